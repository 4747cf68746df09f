import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { IngestError, type DocumentFormat } from '../core/index.js';
import { refusalOf } from './address-policy.js';
import type { RawSource } from './load-document.js';
import { DEFAULT_INGEST_OPTIONS, type IngestOptions } from './options.js';
import { osReason } from './os-reason.js';

const ALLOW_HINT = 'pass --allow-private-urls to fetch it anyway';

/**
 * Fetches a page the user asked for: the only network access dossier ever makes. Only http and https;
 * a host that is, or resolves to, a loopback, private, link-local or metadata address is refused unless
 * `allowPrivateUrls` (metadata addresses even then), and the check is made in the socket's own DNS lookup
 * (so the address checked is the one connected to) and again for every redirect, followed by hand up to
 * `maxRedirects`. One time limit covers the redirects and the body; the body is cut off at `maxBytes`.
 * @example const raw = await fetchSource('https://example.org/news/1', { ...DEFAULT_INGEST_OPTIONS, fetchTimeoutMs: 5000 });
 */
export async function fetchSource(url: string, options: IngestOptions = DEFAULT_INGEST_OPTIONS): Promise<RawSource> {
  const signal = AbortSignal.timeout(options.fetchTimeoutMs);
  let current = parseHttpUrl(url, url);
  for (let redirects = 0; ; redirects++) {
    refuseLiteralAddress(current, url, options, redirects > 0);
    const response = await send(current, url, options, signal, redirects > 0);
    const location = response.headers.location;
    if (response.statusCode !== undefined && response.statusCode >= 300 && response.statusCode < 400 && location) {
      response.destroy();
      if (redirects >= options.maxRedirects) throw new IngestError('INGEST_FETCH_FAILED', `more than ${options.maxRedirects} redirects (the last to ${location})`, { file: url });
      current = parseHttpUrl(new URL(location, current).href, url);
      continue;
    }
    return await readResponse(response, current, url, options, signal);
  }
}

function parseHttpUrl(href: string, file: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(href);
  } catch {
    throw new IngestError('INGEST_URL_REFUSED', `"${href}" is not a valid URL`, { file });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new IngestError('INGEST_URL_REFUSED', `unsupported URL scheme "${parsed.protocol}" (only http and https are fetched)${href === file ? '' : ` in a redirect to ${href}`}`, { file });
  }
  return parsed;
}

// A literal IP never goes through DNS, so the socket's lookup hook would not see it.
function refuseLiteralAddress(url: URL, file: string, options: IngestOptions, redirected: boolean): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) === 0) return;
  const reason = refusalOf(host, options.allowPrivateUrls);
  if (reason) throw refused(options, file, host, reason, redirected ? url.href : null);
}

function refused(options: IngestOptions, file: string, host: string, reason: string, redirect: string | null, address?: string): IngestError {
  const what = address && address !== host ? `${host} resolves to ${address}, ${reason}` : `${host} is ${reason}`;
  const hint = options.allowPrivateUrls ? 'never fetched' : ALLOW_HINT;
  return new IngestError('INGEST_URL_REFUSED', `${redirect ? `redirected to ${redirect}: ` : ''}${what}; ${hint}`, { file });
}

class AddressRefused extends Error {
  constructor(readonly address: string, readonly reason: string) {
    super(`${address} is ${reason}`);
  }
}

function guardedLookup(options: IngestOptions): LookupFunction {
  return (hostname, lookupOptions, callback) => {
    dnsLookup(hostname, { ...lookupOptions, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return (callback as (e: Error) => void)(err);
      const bad = addresses.map((a) => ({ a, reason: refusalOf(a.address, options.allowPrivateUrls) })).find((x) => x.reason);
      if (bad) return (callback as (e: Error) => void)(new AddressRefused(bad.a.address, bad.reason!));
      if (lookupOptions.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0]!;
      (callback as (e: null, a: string, f: number) => void)(null, first.address, first.family);
    });
  };
}

function send(url: URL, file: string, options: IngestOptions, signal: AbortSignal, redirected: boolean): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    // No shared agent: a pooled keep-alive socket would skip the lookup, and with it the address check.
    const req = request(url, { agent: false, signal, lookup: guardedLookup(options), headers: { 'user-agent': 'dossier/0.1 (+article ingest)', accept: 'text/html, text/plain, text/markdown;q=0.9, */*;q=0.1' } });
    req.on('response', resolve);
    req.on('error', (err) => reject(fetchError(err, url, file, options, signal, redirected)));
    req.end();
  });
}

function fetchError(err: unknown, url: URL, file: string, options: IngestOptions, signal: AbortSignal, redirected: boolean): IngestError {
  if (err instanceof AddressRefused) return refused(options, file, url.hostname, err.reason, redirected ? url.href : null, err.address);
  if (signal.aborted) return new IngestError('INGEST_FETCH_FAILED', `timed out after ${options.fetchTimeoutMs / 1000} s`, { file }, { cause: err });
  return new IngestError('INGEST_FETCH_FAILED', `${osReason(err)} (${url.host})`, { file }, { cause: err });
}

async function readResponse(response: IncomingMessage, url: URL, file: string, options: IngestOptions, signal: AbortSignal): Promise<RawSource> {
  const status = response.statusCode ?? 0;
  if (status < 200 || status >= 300) {
    response.destroy();
    throw new IngestError('INGEST_FETCH_FAILED', `HTTP ${status} ${response.statusMessage ?? ''}`.trimEnd(), { file });
  }
  const tooLarge = (size: string): IngestError => new IngestError('INGEST_TOO_LARGE', `${size} is over the ${options.maxBytes}-byte limit`, { file });
  const declared = Number(response.headers['content-length'] ?? NaN);
  if (declared > options.maxBytes) {
    response.destroy();
    throw tooLarge(`${declared} bytes`);
  }
  const type = response.headers['content-type'] ?? '';
  const format: DocumentFormat | null = /html/i.test(type) ? 'html' : /text\/plain/i.test(type) ? 'txt' : /markdown/i.test(type) ? 'md' : null;
  if (!format && !/^text\//i.test(type) && type) {
    response.destroy();
    throw new IngestError('INGEST_UNSUPPORTED_TYPE', `content type ${type} is not an article`, { file });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response) {
      size += (chunk as Buffer).length;
      // Stop reading at the limit: a server that sends no length, or lies about it, is cut off, not buffered.
      if (size > options.maxBytes) {
        response.destroy();
        throw tooLarge('the body');
      }
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw fetchError(err, url, file, options, signal, false);
  }
  const name = url.pathname.split('/').filter(Boolean).pop() ?? url.hostname;
  return { name, origin: file, bytes: new Uint8Array(Buffer.concat(chunks)), format };
}
