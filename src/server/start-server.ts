import { createAdaptorServer } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { ConfigError, type Store } from '../core/index.js';
import { createApi, type ApiOptions } from './create-api.js';

export const DEFAULT_SERVER_OPTIONS = Object.freeze({
  /** Loopback only: the case may hold sensitive reporting, so reaching it from the network is an explicit choice. */
  host: '127.0.0.1',
  port: 7300,
});

export interface ServerOptions extends Omit<ApiOptions, 'allowedHosts'> {
  readonly host?: string;
  /** 0 picks a free port (tests, benchmarks). */
  readonly port?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Serves the API and UI over HTTP. On loopback, only loopback Host headers are accepted, which
 * stops a DNS-rebinding page from reading the case through the user's browser.
 * @example const server = await startServer({ store, port: 0 }); console.log(server.url);
 */
export async function startServer(options: ServerOptions & { readonly store: Store }): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_SERVER_OPTIONS.host;
  const port = options.port ?? DEFAULT_SERVER_OPTIONS.port;
  let allowedHosts: string[] | null = null;
  const api = createApi({ ...options, get allowedHosts() { return allowedHosts; } });
  const server = createAdaptorServer({ fetch: api.fetch, hostname: host });
  // Node closes idle keep-alive sockets after 5 s, racing clients that reuse them at that moment
  // ("other side closed"); a minute is what browsers and proxies expect.
  if ('keepAliveTimeout' in server) server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new ConfigError('CONFIG_INVALID', `port ${port} is in use; pick another with --port`, { field: 'port' }) : err),
    );
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  // Bring the stored analysis up to date now rather than on the first request; it runs in a worker, and readers
  // are answered from the last stored analysis meanwhile. A failure here resurfaces on the first request.
  void api.analysis.check().catch(() => undefined);
  if (LOOPBACK.has(host)) allowedHosts = ['127.0.0.1', 'localhost', '[::1]'].map((h) => `${h}:${bound}`);
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${bound}/`,
    port: bound,
    close: () =>
      new Promise<void>((resolve, reject) => {
        api.analysis.stop();
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
