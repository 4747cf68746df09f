import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import Database from 'better-sqlite3';
import { dossierBin } from '../../fixtures/paths.js';

// Running the real binary, as a user does, for the crash and concurrency tests.

const cleanEnv = (): NodeJS.ProcessEnv => {
  const { DOSSIER_CASE: _case, DOSSIER_STORE: _store, ...env } = process.env;
  return env;
};

export interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function dossierSync(args: readonly string[]): Finished {
  const run = spawnSync(process.execPath, [dossierBin, ...args], { encoding: 'utf8', env: cleanEnv() });
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

export interface Running {
  readonly child: ChildProcess;
  readonly finished: Promise<Finished>;
  /** SIGKILL to the whole process group: nothing of the run gets to clean up, as in a crash or an OOM kill. */
  kill(): void;
}

/** Starts `dossier` in its own process group (detached), so a kill reaches it and nothing it started. */
export function startDossier(args: readonly string[]): Running {
  const child = spawn(process.execPath, [dossierBin, ...args], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: cleanEnv() });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
  const finished = new Promise<Finished>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return {
    child, finished,
    kill() {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;   // already gone
      }
    },
  };
}

/** How many documents the case holds now, read without a lock; null while there is no readable case yet. */
export function documentCount(file: string): number | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 });
    return Number((db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n);
  } catch {
    return null;   // not created yet, not migrated yet, or mid-checkpoint: ask again
  } finally {
    db?.close();
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
