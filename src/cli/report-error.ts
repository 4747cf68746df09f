import { CommanderError } from 'commander';
import { DossierError, type ErrorCode } from '../core/index.js';
import { knownOsReason, osReason } from '../ingest/index.js';

// Exit 2: the command line asked for something that cannot be (a bad flag or value, a name or case that is
// not there); fix the command. Exit 1: the command was fine but its work failed (a file, the network, the store).
const USAGE_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'CONFIG_INVALID', 'INPUT_INVALID', 'EXPORT_UNKNOWN_FORMAT', 'ENTITY_NOT_FOUND', 'ENTITY_AMBIGUOUS', 'STORE_NOT_FOUND', 'DOCUMENT_NOT_FOUND', 'QUEUE_NEEDS_POSTGRES',
]);

export const EXIT_USAGE = 2;
export const EXIT_FAILED = 1;

export function exitCodeOf(code: ErrorCode): number {
  return USAGE_CODES.has(code) ? EXIT_USAGE : EXIT_FAILED;
}

/**
 * Writes one line for a failure, naming the file, flag or value and the reason, plus a hint for usage
 * errors; a stack trace only with `--debug`. Returns the exit code.
 */
export function reportError(err: unknown, context: { readonly command: string | null; readonly debug: boolean }, write: (text: string) => void): number {
  const hint = `see \`dossier ${context.command ? `${context.command} ` : ''}--help\``;
  if (err instanceof CommanderError) {
    // Commander has printed nothing (its output is silenced); help and --version are not errors.
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return err.exitCode;
    write(`dossier${context.command ? ` ${context.command}` : ''}: ${err.message.replace(/^error:\s*/, '').replace(/\s*\n\s*/g, ' ')}\n${hint}\n`);
    return EXIT_USAGE;
  }
  if (err instanceof DossierError) {
    const exitCode = exitCodeOf(err.code);
    // A stage that quotes a driver's message ("connect ECONNREFUSED …") gets the reason in words beside it.
    const words = knownOsReason(err.cause);
    const message = words && !err.message.includes(words) ? `${err.message} (${words})` : err.message;
    write(`dossier: ${message} [${err.code}]\n${exitCode === EXIT_USAGE ? `${hint}\n` : ''}`);
    if (context.debug && err.stack) write(`${err.stack}\n`);
    return exitCode;
  }
  // Not an error we expect: still one line, with the OS reason in words; the stack is there on request.
  const path = err instanceof Error ? (err as NodeJS.ErrnoException).path : undefined;
  write(`dossier: ${path ? `${path}: ` : ''}${osReason(err)}${context.debug ? '' : ' (run again with --debug for the stack trace)'}\n`);
  if (context.debug && err instanceof Error && err.stack) write(`${err.stack}\n`);
  return EXIT_FAILED;
}
