import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { repoPath, repoRoot } from '../fixtures/paths.js';

// `npm run demo` as a user stops it: a signal to the demo's own process, or to the npm that started it
// (kill PID, a supervisor, an IDE's stop button), not to the whole process group as Ctrl-C in a terminal
// does. The server it started must go with it.
const demoScript = repoPath('dist', 'scripts', 'demo.js');
const STARTUP_MS = 180_000;   // ingesting the sample corpus and loading the models, on a loaded machine
const STOP_MS = 30_000;
let dir: string;

before(() => { dir = mkdtempSync(join(tmpdir(), 'dossier-demo-')); });
after(() => rmSync(dir, { recursive: true, force: true }));

interface RunningDemo { readonly child: ChildProcess; readonly port: number; readonly output: () => string }

// npm is the one on PATH, or the one running `npm test`.
const npmCli = process.env.npm_execpath;
const npmCommand = npmCli && /\.c?js$/.test(npmCli) ? [process.execPath, npmCli] : ['npm'];

async function startDemo(via: 'node' | 'npm'): Promise<RunningDemo> {
  const args = ['--case', join(dir, 'demo.sqlite'), '--port', '0'];
  const [command, ...prefix] = via === 'node' ? [process.execPath, demoScript] : [...npmCommand, 'run', '--silent', 'demo', '--'];
  const child = spawn(command!, [...prefix, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
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

// Both signals to the demo itself; through npm, the one a supervisor sends (the demo code is the same).
const CASES = [['node', 'SIGINT'], ['node', 'SIGTERM'], ['npm', 'SIGTERM']] as const;
for (const [via, signal] of CASES) {
  const target = via === 'node' ? "the demo's process" : "the process of `npm run demo`";
  test(`${signal} to ${target} stops the server it started, and it exits`, { timeout: STARTUP_MS + 2 * STOP_MS }, async () => {
    const demo = await startDemo(via);
    try {
      assert.equal(await listening(demo.port), true, 'the demo server answers before the signal');
      demo.child.kill(signal);
      const { code, signal: killedBy } = await exited(demo.child);
      // The demo exits with 128 + the signal's number; npm reports its script's failure its own way.
      if (via === 'node') assert.equal(code, signal === 'SIGINT' ? 130 : 143, `exit code:\n${demo.output()}`);
      else assert.ok(code !== 0 || killedBy !== null, `npm exited with ${code}`);
      assert.equal(await closedWithin(demo.port, STOP_MS), true, `port ${demo.port} is still open after the demo exited:\n${demo.output()}`);
    } finally {
      if (demo.child.exitCode === null && demo.child.signalCode === null) demo.child.kill('SIGKILL');
    }
  });
}
