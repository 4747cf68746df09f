import assert from 'node:assert/strict';
import { CommanderError } from 'commander';
import { test } from 'node:test';
import { ConfigError, StoreError } from '../../src/core/index.js';
import { reportError } from '../../src/cli/report-error.js';

function report(err: unknown, debug = false): { code: number; text: string } {
  let text = '';
  const code = reportError(err, { command: 'claims', debug }, (t) => { text += t; });
  return { code, text };
}

test('a usage error is exit 2: one line with its code, then the command\'s help hint', () => {
  const { code, text } = report(new ConfigError('CONFIG_INVALID', 'unknown --format "xml"', { field: 'format' }));
  assert.equal(code, 2);
  assert.equal(text, 'dossier: format: unknown --format "xml" [CONFIG_INVALID]\nsee `dossier claims --help`\n');
});

test('failed work is exit 1 without a hint; a driver\'s quoted code gets its words', () => {
  const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  const { code, text } = report(new StoreError('STORE_UNAVAILABLE', `cannot connect to PostgreSQL: ${cause.message}`, { field: 'postgres://x' }, { cause }));
  assert.equal(code, 1);
  assert.equal(text, 'dossier: postgres://x: cannot connect to PostgreSQL: connect ECONNREFUSED 127.0.0.1:5432 (connection refused) [STORE_UNAVAILABLE]\n');
});

test('an unexpected system error is one line with its path and reason; the stack only with --debug', () => {
  const err = Object.assign(new Error('ENOENT: no such file or directory, open \'/x/y\''), { code: 'ENOENT', path: '/x/y' });
  const plain = report(err);
  assert.equal(plain.code, 1);
  assert.equal(plain.text, 'dossier: /x/y: no such file or directory (run again with --debug for the stack trace)\n');
  const debug = report(err, true);
  assert.match(debug.text, /^dossier: \/x\/y: no such file or directory\n/);
  assert.match(debug.text, /^\s+at /m);
});

test('commander\'s usage errors are exit 2 on one line; help and --version are not errors', () => {
  const usage = report(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--x'\n(Did you mean --entity?)"));
  assert.equal(usage.code, 2);
  assert.equal(usage.text, "dossier claims: unknown option '--x' (Did you mean --entity?)\nsee `dossier claims --help`\n");
  const help = report(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'));
  assert.deepEqual(help, { code: 0, text: '' });
});
