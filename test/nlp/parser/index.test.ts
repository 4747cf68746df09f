import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../../src/nlp/index.js';
import { formatConllu, parseConllu, parseTokens } from '../../../src/nlp/parser/index.js';

test('parseTokens gives every token a head inside its own sentence, -1 for each sentence root', () => {
  const { tokens } = tokenize('Fighters of the Red Valley Front shelled Osk.\nThe council denied it.');
  const parsed = parseTokens(tokens);
  assert.equal(parsed.length, tokens.length);
  for (const sentence of [0, 1]) {
    const own = parsed.filter((t) => t.sentenceIndex === sentence);
    assert.equal(own.filter((t) => t.head === -1).length, 1, `sentence ${sentence}: one root`);
    for (const t of own) assert.ok(t.head! >= -1 && t.head! < own.length, `sentence ${sentence}: ${t.text} → ${t.head}`);
    assert.ok(own.every((t) => typeof t.upos === 'string' && typeof t.deprel === 'string'));
  }
});

test('parseConllu fills UPOS, HEAD and DEPREL and passes comments, ranges and empty nodes through', () => {
  const input = [
    '# sent_id = x1', '1\tThey\t_\t_\t_\t_\t_\t_\t_\t_', '2-3\tdidn\'t\t_\t_\t_\t_\t_\t_\t_\t_', '2\tdid\t_\t_\t_\t_\t_\t_\t_\t_',
    '3\tn\'t\t_\t_\t_\t_\t_\t_\t_\t_', '4\tgo\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No', '4.1\tgo\t_\t_\t_\t_\t_\t_\t_\t_', '5\t.\t_\t_\t_\t_\t_\t_\t_\t_', '',
  ].join('\n');
  const { conllu, sentences } = parseConllu(input);
  const lines = conllu.split('\n');
  assert.equal(lines.length, 10, 'same lines plus the final newline');
  assert.equal(lines[0], '# sent_id = x1');
  assert.equal(lines[2], "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_", 'range line unchanged');
  assert.equal(lines[6], '4.1\tgo\t_\t_\t_\t_\t_\t_\t_\t_', 'empty node unchanged');
  assert.equal(lines[5]!.split('\t')[9], 'SpaceAfter=No', 'MISC kept');
  const words = [1, 3, 4, 5, 7].map((i) => lines[i]!.split('\t'));
  assert.equal(words.filter((c) => c[6] === '0').length, 1, 'one root');
  for (const c of words) assert.match(`${c[3]} ${c[6]} ${c[7]}`, /^[A-Z]+ [0-5] [a-z:]+$/, c.join(' '));
  assert.equal(sentences[0]!.tokens.length, 5);
});

test('formatConllu writes blank-line separated sentences with SpaceAfter=No where tokens touch', () => {
  const text = 'Osk fell.\nAlder held.';
  const out = formatConllu([{ text: 'Osk fell.', tokens: [
    { id: 1, form: 'Osk', upos: 'PROPN', head: 2, deprel: 'nsubj', start: 0, end: 3 },
    { id: 2, form: 'fell', upos: 'VERB', head: 0, deprel: 'root', start: 4, end: 8 },
    { id: 3, form: '.', upos: 'PUNCT', head: 2, deprel: 'punct', start: 8, end: 9 },
  ] }]);
  void text;
  assert.equal(out, '# sent_id = 1\n# text = Osk fell.\n1\tOsk\t_\tPROPN\t_\t_\t2\tnsubj\t_\t_\n2\tfell\t_\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t_\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n');
});
