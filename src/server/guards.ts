import { timingSafeEqual, createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { QueryError } from '../core/index.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * With a token, every write needs `Authorization: Bearer <token>`; reads stay open because the
 * server is bound to loopback unless the user says otherwise. Hashing both sides first makes the
 * comparison constant-time whatever the lengths.
 */
export function requireTokenForWrites(token: string | null): MiddlewareHandler {
  const expected = token === null ? null : digest(token);
  return async (c, next) => {
    if (expected !== null && !SAFE_METHODS.has(c.req.method)) {
      const header = c.req.header('authorization') ?? '';
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (match === null || !timingSafeEqual(digest(match[1]!), expected)) {
        throw new QueryError('AUTH_REQUIRED', 'this server needs `Authorization: Bearer <token>` for writes', { field: 'authorization' });
      }
    }
    await next();
  };
}

/**
 * Rejects requests whose Host is not one we serve: a page on another site that rebinds its DNS
 * name to 127.0.0.1 would otherwise read the case through the victim's browser.
 */
export function allowOnlyHosts(hosts: () => readonly string[] | null): MiddlewareHandler {
  return async (c, next) => {
    const allowed = hosts();
    if (allowed !== null) {
      const host = (c.req.header('host') ?? '').toLowerCase();
      if (!allowed.includes(host)) return c.json({ error: { code: 'INPUT_INVALID', message: `host ${JSON.stringify(host)} is not served here`, field: 'host' } }, 421);
    }
    await next();
  };
}

/** Browsers send Origin on cross-site POSTs; a write from another origin is refused even without a token. */
export function refuseCrossOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && !SAFE_METHODS.has(c.req.method)) {
      const self = new URL(c.req.url);
      const host = c.req.header('host') ?? self.host;
      if (origin !== `${self.protocol}//${host}`) {
        return c.json({ error: { code: 'INPUT_INVALID', message: `cross-origin write from ${origin} refused`, field: 'origin' } }, 403);
      }
    }
    await next();
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
