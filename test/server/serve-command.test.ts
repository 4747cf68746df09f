import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { after, before, test } from 'node:test';
import { dossierBin } from '../fixtures/paths.js';
import { openTestCase } from './open-case.js';

// `dossier serve` as a user runs it: a real process and socket, the token from the environment.
const TOKEN = 'serve-test-token-0123456789';
let dir: string;
let child: ChildProcess;
let url: URL;

before(async () => {
  const tc = await openTestCase();
  const caseFile = tc.store.location;
  dir = dirname(caseFile);
  await tc.store.close();   // the server opens the file itself
  child = spawn(process.execPath, [dossierBin, 'serve', '--case', caseFile, '--port', '0'], { env: { ...process.env, DOSSIER_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'pipe'] });
  url = new URL(await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /at (http:\/\/\S+\/)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  }));
});
after(() => {
  child?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

test('binds to 127.0.0.1 by default and prints the URL', () => {
  assert.equal(url.hostname, '127.0.0.1');
});

test('serves the UI at / with a content security policy', async () => {
  const res = await fetch(url);
  assert.equal(res.status, 200);
  assert.match(await res.text(), /<div|<main/);
  assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
});

test('a write without the token from DOSSIER_TOKEN is refused; with it, accepted', async () => {
  const body = JSON.stringify({ name: 'gull-point.txt', text: 'The Gull Point Watch operates in Port Alder, residents said.' });
  const refused = await fetch(new URL('api/documents', url), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  assert.equal(refused.status, 401);
  const accepted = await fetch(new URL('api/documents', url), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body });
  assert.equal(accepted.status, 201, await accepted.text());
});

test('a request naming another host (DNS rebinding) is refused', async () => {
  const status = await new Promise<number>((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: '/api/entities', headers: { host: `attacker.example:${url.port}` } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
  assert.equal(status, 421);
});

test('asked to fetch its own address, the server refuses (loopback) without --allow-private-urls', async () => {
  const body = JSON.stringify({ url: new URL('api/entities', url).href });
  const res = await fetch(new URL('api/documents', url), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body });
  assert.equal(res.status, 403);
  const error = ((await res.json()) as { error: { code: string; message: string } }).error;
  assert.equal(error.code, 'INGEST_URL_REFUSED');
  assert.match(error.message, /127\.0\.0\.1 is a loopback address/);
});

test('DOSSIER_ALLOW_PRIVATE_URLS=1 lets the server fetch a page on 127.0.0.1', async () => {
  const page = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('The Saltmarsh Guard opened a checkpoint near Dunmere on Monday, residents said.');
  });
  await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
  const tc = await openTestCase();
  const caseFile = tc.store.location;
  await tc.store.close();
  const allowing = spawn(process.execPath, [dossierBin, 'serve', '--case', caseFile, '--port', '0'], { env: { ...process.env, DOSSIER_TOKEN: '', DOSSIER_ALLOW_PRIVATE_URLS: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let out = '';
      allowing.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /at (http:\/\/\S+\/)/.exec(out);
        if (match) resolve(match[1]!);
      });
      allowing.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
    });
    const pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}/saltmarsh.txt`;
    const res = await fetch(new URL('api/documents', base), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url: pageUrl }) });
    assert.equal(res.status, 201, await res.clone().text());
  } finally {
    allowing.kill('SIGTERM');
    page.close();
    rmSync(dirname(caseFile), { recursive: true, force: true });
  }
});
