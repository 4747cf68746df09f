import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { dossierBin } from '../../fixtures/paths.js';

// Fictional tokens in CoNLL-2003 layout through the real CLI.
const INPUT = ['-DOCSTART- -X- O O', '', 'Ilsa NNP I-NP O', 'Varn NNP I-NP O', 'met VBD I-VP O', 'officials NNS I-NP O', 'in IN I-PP O', 'Kabul NNP I-NP O', '. . O O', '', ''].join('\n');

test('dossier tag --conll writes token<TAB>tag per input line, blank lines and -DOCSTART- kept', () => {
  const run = spawnSync(process.execPath, [dossierBin, 'tag', '--conll'], { input: INPUT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.split('\n');
  assert.equal(lines[0], '-DOCSTART-\tO');
  assert.equal(lines[1], '');
  assert.deepEqual(lines.slice(2, 9).map((l) => l.split('\t')[0]), ['Ilsa', 'Varn', 'met', 'officials', 'in', 'Kabul', '.']);
  assert.equal(lines[7], 'Kabul\tB-LOC');
  for (const line of lines.slice(2, 9)) assert.match(line, /^\S+\t(O|[BI]-(PER|ORG|LOC|MISC))$/);
  assert.equal(lines[9], '', 'the sentence-ending blank line is kept');
});

test('dossier tag on plain text tokenises it as the pipeline does and keeps hyphenated names whole', () => {
  const run = spawnSync(process.execPath, [dossierBin, 'tag'], { input: 'Fighters of Jaish-e-Zarkand met Ilsa Varn in Kabul.\n', encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const rows = run.stdout.trim().split('\n').map((l) => l.split('\t'));
  assert.deepEqual(rows.map(([word]) => word), ['Fighters', 'of', 'Jaish-e-Zarkand', 'met', 'Ilsa', 'Varn', 'in', 'Kabul', '.']);
  assert.equal(rows[7]![1], 'B-LOC');
});
