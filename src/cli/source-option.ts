import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ConfigError, type ManifestEntry } from '../core/index.js';
import { DEFAULT_INGEST_OPTIONS, planSources, unmatchedManifestRows, type IngestOptions, type SkippedFile } from '../ingest/index.js';

export interface SourceFlags {
  readonly manifest?: string;
  readonly allowPrivateUrls?: boolean;
  readonly fetchTimeout?: string;
  readonly timeLimit?: string;
}

/** The option of every command that reads sources: URLs to private addresses are refused unless asked for. */
export function withSourceOptions(command: Command): Command {
  return command
    .option('--allow-private-urls', 'fetch URLs on loopback, private or link-local addresses too (local test servers)')
    .option('--fetch-timeout <seconds>', `give up on a URL after this long, redirects and body included (default: ${DEFAULT_INGEST_OPTIONS.fetchTimeoutMs / 1000})`)
    .option('--time-limit <seconds>', `fail a document that takes longer than this to read and extract, and go on with the rest (default: ${DEFAULT_INGEST_OPTIONS.timeLimitMs / 1000})`);
}

export interface InputPlan {
  readonly options: IngestOptions;
  /** How many outcomes the run will give, for progress. */
  readonly count: number;
  readonly skipped: readonly SkippedFile[];
  readonly unmatchedRows: readonly string[];
  /** One line each, ready for stderr: files left out of directories and manifest rows that name no input. */
  readonly warnings: readonly string[];
}

/**
 * Looks at what a run will read before it starts, so files left out of a directory are named with their
 * reason and a manifest row for a file that is not there is a warning rather than a silent no-op.
 */
export function planInputs(sources: readonly string[], flags: SourceFlags, manifest: ReadonlyMap<string, ManifestEntry>): InputPlan {
  const options: IngestOptions = {
    ...DEFAULT_INGEST_OPTIONS,
    allowPrivateUrls: flags.allowPrivateUrls === true,
    fetchTimeoutMs: secondsFlag('fetch-timeout', flags.fetchTimeout, DEFAULT_INGEST_OPTIONS.fetchTimeoutMs),
    timeLimitMs: secondsFlag('time-limit', flags.timeLimit, DEFAULT_INGEST_OPTIONS.timeLimitMs),
  };
  const plan = planSources(sources, options);
  // The manifest usually sits in the corpus folder: it is read, not skipped.
  const manifestPath = flags.manifest ? resolve(flags.manifest) : null;
  const skipped = plan.skipped.filter((s) => resolve(s.path) !== manifestPath);
  const inputs = [...plan.items.map((i) => (i.kind === 'file' ? i.path : i.url)), ...plan.errors.map((e) => e.site.file ?? '')];
  const unmatchedRows = manifest.size > 0 ? unmatchedManifestRows(manifest, inputs).map((e) => e.file) : [];
  const warnings = [
    ...skipped.map((s) => `skipped: ${s.path}: ${s.reason}`),
    ...unmatchedRows.map((file) => `warning: ${flags.manifest}: the row for "${file}" matches no input`),
  ];
  return { options, count: plan.items.length + plan.errors.length, skipped, unmatchedRows, warnings };
}

function secondsFlag(name: string, value: string | undefined, fallbackMs: number): number {
  if (value === undefined) return fallbackMs;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0 || value.trim() === '') {
    throw new ConfigError('CONFIG_INVALID', `--${name} must be a number of seconds above 0, got "${value}"`, { field: name });
  }
  return seconds * 1000;
}
