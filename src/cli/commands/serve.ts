import type { Command } from 'commander';
import { z } from 'zod';
import { ConfigError } from '../../core/index.js';
import { startServer, DEFAULT_SERVER_OPTIONS } from '../../server/index.js';
import { openStore } from '../../store/index.js';
import type { CommandModule } from '../command.js';
import { refuseNonCaseFile, storeLocation, withStoreOptions, type StoreOptions } from '../store-option.js';

interface ServeFlags extends StoreOptions {
  readonly port?: string;
  readonly host?: string;
  readonly token?: string;
  readonly allowPrivateUrls?: boolean;
}

const Flags = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(DEFAULT_SERVER_OPTIONS.port),
  host: z.string().min(1).default(DEFAULT_SERVER_OPTIONS.host),
  token: z.string().min(16, 'a token needs at least 16 characters').optional(),
});

export const registerServe: CommandModule = (program: Command) => {
  withStoreOptions(program.command('serve')
    .description(`Serve the case as a JSON API under /api/ (OpenAPI at /openapi.json) and a web UI at /.\nBound to ${DEFAULT_SERVER_OPTIONS.host} unless --host says otherwise. With a token, every write needs\n\`Authorization: Bearer <token>\`.`)
    .option('--port <n>', `port to listen on, 0 for any free one (default: $DOSSIER_PORT or ${DEFAULT_SERVER_OPTIONS.port})`)
    .option('--host <address>', `address to bind (default: ${DEFAULT_SERVER_OPTIONS.host}; 0.0.0.0 exposes the case to the network)`)
    .option('--token <t>', 'require this bearer token for writes (default: $DOSSIER_TOKEN)')
    .option('--allow-private-urls', 'let POST /api/documents {"url"} fetch loopback, private and link-local addresses (default: $DOSSIER_ALLOW_PRIVATE_URLS=1); for test servers only'))
    .action(async (flags: ServeFlags) => {
      const parsed = Flags.safeParse({ port: flags.port ?? process.env.DOSSIER_PORT, host: flags.host, token: flags.token ?? (process.env.DOSSIER_TOKEN || undefined) });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new ConfigError('CONFIG_INVALID', issue.message, { field: issue.path.join('.') });
      }
      const { port, host, token } = parsed.data;
      const location = storeLocation(flags);
      refuseNonCaseFile(location, true);
      const store = await openStore(location);
      const allowPrivateUrls = flags.allowPrivateUrls === true || process.env.DOSSIER_ALLOW_PRIVATE_URLS === '1';
      const server = await startServer({ store, port, host, token: token ?? null, allowPrivateUrls }).catch(async (err: unknown) => {
        await store.close();
        throw err;
      });
      const counts = await store.counts();
      process.stdout.write(`dossier: serving ${store.location} (${counts.documents} documents, ${counts.claims} claims) at ${server.url}\n`);
      if (token === undefined && host !== DEFAULT_SERVER_OPTIONS.host) process.stderr.write('warning: no --token: anyone who can reach this address can add documents\n');
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await server.close();
      await store.close();
    });
};
