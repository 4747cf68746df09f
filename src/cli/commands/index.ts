import type { CommandModule } from '../command.js';

// The order here is the order `dossier --help` lists them: the pipeline first, then reading a case.
export const COMMANDS: readonly CommandModule[] = [
];
