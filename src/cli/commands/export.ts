import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ExportError } from '../../core/index.js';
import { EXPORT_FORMATS, exportCase } from '../../export/index.js';
import { osReason } from '../../ingest/index.js';
import type { CommandModule } from '../command.js';
import { useStore, withStoreOptions, type StoreOptions } from '../store-option.js';

interface ExportFlags extends StoreOptions {
  readonly format: string;
  readonly out?: string;
}

export const registerExport: CommandModule = (program: Command) => {
  withStoreOptions(program.command('export')
    .description(`Write the case in an exchange format: ${EXPORT_FORMATS.join(', ')}.`)
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
    .option('--out <file>', 'write to a file instead of stdout'))
    .action(async (flags: ExportFlags) => {
      await useStore(flags, async (store) => {
        const text = exportCase(flags.format, { snapshot: await store.loadCase() });
        if (flags.out) writeOut(flags.out, text);
        else process.stdout.write(text);
      });
    });
};

function writeOut(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (err) {
    throw new ExportError('OUTPUT_UNWRITABLE', `cannot write --out: ${osReason(err)}`, { file }, { cause: err });
  }
}
