import { Command } from 'commander';
import { COMMANDS } from './commands/index.js';
import { reportError } from './report-error.js';

const program = new Command()
  .name('dossier')
  .description('Turns news reporting on armed groups into an evidence-graded network of claims:\nwho is linked to whom, since when, according to whom, and how independently corroborated.')
  .version('0.1.0')
  .option('--debug', 'on an error, print the stack trace too')
  // Commanders' own messages are printed by reportError as one line and a hint, not followed by the whole help;
  // both settings are inherited by the commands registered below.
  .exitOverride()
  .configureOutput({ outputError: () => undefined });

for (const register of COMMANDS) register(program);

const args = process.argv.slice(2);
const command = args.find((arg) => program.commands.some((c) => c.name() === arg)) ?? null;
const report = (err: unknown): number => reportError(err, { command, debug: args.includes('--debug') }, (text) => process.stderr.write(text));

// `dossier claims | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  process.exit(report(err));
});
// A failure outside the command's own await (a stream, a timer) is still one line, not Node's stack dump.
process.on('uncaughtException', (err) => process.exit(report(err)));
process.on('unhandledRejection', (err) => process.exit(report(err)));

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.exitCode = report(err);
}
