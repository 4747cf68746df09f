import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `vite build` writes the UI; compiled server code lives in dist/src/server/. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

// Article text is rendered with textContent, and this policy is the second wall: even if markup
// slipped into the DOM, no inline script or handler attribute could run, and nothing loads from elsewhere.
export const UI_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * Serves the built UI. Unknown paths without an extension fall back to index.html so a reload
 * on a client-side route still works; a path that climbs out of the root is a plain 404.
 */
export async function serveStaticFile(root: string, urlPath: string): Promise<Response | null> {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath).replace(/^\/+/, '');
  } catch {
    return null;
  }
  const base = resolve(root);
  const wanted = resolve(base, relative === '' ? 'index.html' : relative);
  if (wanted !== base && !wanted.startsWith(base + sep)) return null;
  const file = (await tryRead(wanted)) ?? (extname(wanted) === '' ? await tryRead(resolve(base, 'index.html')) : null);
  if (file === null) return null;
  const type = CONTENT_TYPES[extname(file.path)] ?? 'application/octet-stream';
  // Vite fingerprints everything under assets/, so those may be cached for good; index.html never.
  const cache = file.path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
  return new Response(new Uint8Array(file.bytes), { headers: { 'content-type': type, 'cache-control': cache, ...UI_SECURITY_HEADERS } });
}

async function tryRead(path: string): Promise<{ path: string; bytes: Buffer } | null> {
  try {
    return { path, bytes: await readFile(path) };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'EISDIR') return null;
    throw err;
  }
}
