import { Command, CommanderError } from 'commander';
import { DossierError } from '../core/index.js';
import { COMMANDS } from './commands/index.js';

const program = new Command()
  .name('dossier')
  .description('Turns news reporting on armed groups into an evidence-graded network of claims:\nwho is linked to whom, since when, according to whom, and how independently corroborated.')
  .version('0.1.0')
  .showHelpAfterError();

for (const register of COMMANDS) register(program);

// `dossier claims | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof DossierError) {
    process.stderr.write(`dossier: ${err.message} [${err.code}]\n`);
    process.exitCode = 2;
  } else if (err instanceof CommanderError) {
    process.exitCode = err.exitCode;
  } else {
    throw err;
  }
}
