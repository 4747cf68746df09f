import type { Command } from 'commander';

/** A CLI command registers itself on the program; main.ts lists them in the order `--help` shows. */
export type CommandModule = (program: Command) => void;
