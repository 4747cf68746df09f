import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { dossierBin } from '../../fixtures/paths.js';

const dossier = (args: string[], input: string) => spawnSync(process.execPath, [dossierBin, 'parse', ...args], { input, encoding: 'utf8' });

function wordRows(conllu: string): string[][][] {
  return conllu.split('\n\n').filter((b) => b.trim() !== '').map((b) => b.split('\n').filter((l) => /^\d+\t/.test(l)).map((l) => l.split('\t')));
}

test('dossier parse on plain text writes one CoNLL-U block per sentence with a valid tree', () => {
  const run = dossier([], 'The Red Valley Front shelled Osk on Monday.\nOfficials in Alder denied any role.\n');
  assert.equal(run.status, 0, run.stderr);
  const blocks = wordRows(run.stdout);
  assert.equal(blocks.length, 2);
  for (const rows of blocks) {
    assert.equal(rows.filter((c) => c[6] === '0').length, 1, 'one root');
    for (const c of rows) {
      assert.equal(c.length, 10);
      assert.ok(Number(c[6]) >= 0 && Number(c[6]) <= rows.length, `head ${c[6]} in range`);
    }
  }
  assert.match(run.stdout, /^# sent_id = 1\n# text = The Red Valley Front shelled Osk on Monday\.\n1\tThe\t/);
});

test('dossier parse --conllu keeps IDs, comments and multiword ranges; --json gives heads', () => {
  const input = '# text = It wasn\'t Osk.\n1\tIt\t_\t_\t_\t_\t_\t_\t_\t_\n2-3\twasn\'t\t_\t_\t_\t_\t_\t_\t_\t_\n2\twas\t_\t_\t_\t_\t_\t_\t_\t_\n3\tn\'t\t_\t_\t_\t_\t_\t_\t_\t_\n4\tOsk\t_\t_\t_\t_\t_\t_\t_\t_\n5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n';
  const run = dossier(['--conllu'], input);
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.split('\n');
  assert.equal(lines[0], "# text = It wasn't Osk.");
  assert.equal(lines[2], "2-3\twasn't\t_\t_\t_\t_\t_\t_\t_\t_");
  assert.equal(wordRows(run.stdout)[0]!.length, 5);
  const json = dossier(['--conllu', '--json'], input);
  const sentences = JSON.parse(json.stdout) as Array<{ tokens: Array<{ form: string; head: number; deprel: string }> }>;
  assert.deepEqual(sentences[0]!.tokens.map((t) => t.form), ['It', 'was', "n't", 'Osk', '.']);
  assert.equal(sentences[0]!.tokens.filter((t) => t.head === 0).length, 1);
});

test('dossier parse on empty input writes nothing and succeeds', () => {
  const run = dossier([], '');
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, '');
});
