import type { Command } from 'commander';
import { openJobQueue } from '../../store/index.js';
import type { CommandModule } from '../command.js';
import { printJson, printTable } from '../output.js';
import { storeLocation, withStoreOptions, type StoreOptions } from '../store-option.js';
import { describeQueue } from './worker.js';

interface QueueFlags extends StoreOptions {
  readonly json?: boolean;
}

export const registerQueue: CommandModule = (program: Command) => {
  withStoreOptions(program.command('queue')
    .description('Show a PostgreSQL case\'s work queue: jobs pending, running, failed and done, and each failed job (the\ndead letter) with its reason and attempts. Changes nothing.')
    .option('--json', 'print one JSON report'))
    .action(async (flags: QueueFlags) => {
      const { store, queue } = await openJobQueue(storeLocation(flags));
      try {
        const counts = await queue.counts();
        const failed = await queue.failedJobs();
        if (flags.json) {
          printJson({ case: store.location, ...counts, failedJobs: failed });
          return;
        }
        process.stdout.write(describeQueue(store.location, counts));
        if (failed.length > 0) {
          process.stdout.write('\nfailed jobs:\n');
          printTable(['job', 'source', 'attempts', 'code', 'reason'], failed.map((f) => [f.id, f.origin, f.attempts, f.code, f.reason]), 80);
        }
      } finally {
        await queue.close();
      }
    });
};
