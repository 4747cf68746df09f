import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { repoPath } from '../fixtures/paths.js';

// `npm run demo` as a user stops it: a signal to the demo's own process (kill PID, a supervisor, an IDE's
// stop button), not to its whole process group. The server it started must go with it.
const demoScript = repoPath('dist', 'scripts', 'demo.js');
const STARTUP_MS = 180_000;   // ingesting the sample corpus and loading the models, on a loaded machine
const STOP_MS = 30_000;
let dir: string;

before(() => { dir = mkdtempSync(join(tmpdir(), 'dossier-demo-')); });
after(() => rmSync(dir, { recursive: true, force: true }));

interface RunningDemo { readonly child: ChildProcess; readonly port: number; readonly output: () => string }

async function startDemo(): Promise<RunningDemo> {
  const child = spawn(process.execPath, [demoScript, '--case', join(dir, 'demo.sqlite'), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => { out += chunk.toString(); });
  child.stderr!.on('data', (chunk: Buffer) => { out += chunk.toString(); });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the demo did not start serving within ${STARTUP_MS} ms:\n${out}`)), STARTUP_MS);
    const look = (): void => {
      const match = /serving .* at http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (match) { clearTimeout(timer); resolve(Number(match[1])); }
    };
    child.stdout!.on('data', look);
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`the demo exited with ${code} before serving:\n${out}`)); });
  });
  return { child, port, output: () => out };
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the demo was still running ${STOP_MS} ms after the signal`)), STOP_MS);
    child.once('exit', (code, signal) => { clearTimeout(timer); resolve({ code, signal }); });
  });
}

/** Resolves true when something accepts connections on the port, false when it is refused. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

// The server is a grandchild: it may close its socket a moment after the demo has exited.
async function closedWithin(port: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!(await listening(port))) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  test(`${signal} to the demo's process stops the server it started and the demo exits`, { timeout: STARTUP_MS + 2 * STOP_MS }, async () => {
    const demo = await startDemo();
    try {
      assert.equal(await listening(demo.port), true, 'the demo server answers before the signal');
      demo.child.kill(signal);
      const { code } = await exited(demo.child);
      assert.equal(code, signal === 'SIGINT' ? 130 : 143, `the demo exits with 128 + the signal number:\n${demo.output()}`);
      assert.equal(await closedWithin(demo.port, STOP_MS), true, `port ${demo.port} is still open after the demo exited`);
    } finally {
      if (demo.child.exitCode === null && demo.child.signalCode === null) demo.child.kill('SIGKILL');
    }
  });
}
