import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recognizeMentions } from '../../../src/nlp/ner/index.js';
import { tokenize } from '../../../src/nlp/wink.js';

// Sentences (fictional or generic) in which no entity of the given surface may be found.
const mentionsOf = (text: string): string[] => recognizeMentions({ docId: 'd', text, ...tokenize(text) }).map((m) => m.text);

const NONE: ReadonlyArray<[name: string, text: string, mustNotFind: string]> = [
  ['nationality adjective', 'Pakistani officials denied the report.', 'Pakistani'],
  ['plural demonym', 'Afghans crossed the border in large numbers.', 'Afghans'],
  ['sentence-initial adverb', 'Similarly, the council rejected the plan.', 'Similarly'],
  ['quoted all-caps common word', 'The files were stamped "BLACK" by the team.', 'BLACK'],
  ['all-caps headline of common words', 'BORDER TALKS COLLAPSE AFTER NIGHT RAID', 'BORDER'],
  ['title-case headline of common words', 'Talks Collapse After Night Raid On Border Post', 'Talks'],
  ['lone title', 'The Emir said little.', 'Emir'],
];
for (const [name, text, surface] of NONE) {
  test(`no mention: ${name}`, () => assert.ok(!mentionsOf(text).includes(surface), `${surface} in ${JSON.stringify(mentionsOf(text))}`));
}

test('no mention at all in plain prose without names', () => {
  assert.deepEqual(mentionsOf('He said the talks had failed and that nobody would return before winter.'), []);
});

const EDGE: ReadonlyArray<[name: string, text: string]> = [
  ['empty text', ''],
  ['only punctuation and symbols', '… — ?! ** ## ()'],
  ['emoji and digits', '🙂 2026 12:30 3.5% 1,000'],
  ['brackets with nothing inside', 'The ( ) and the [ ] stay empty.'],
];
for (const [name, text] of EDGE) test(`no mention and no error: ${name}`, () => assert.deepEqual(mentionsOf(text), []));

test('a very long sentence is tagged without error', () => {
  const text = `${'the council met again and '.repeat(2000)}Ilsa Varn spoke in Kabul.`;
  const found = mentionsOf(text);
  assert.ok(found.includes('Kabul'), JSON.stringify(found));
});
