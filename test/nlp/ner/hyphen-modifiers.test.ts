import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../../src/core/index.js';
import { recognizeMentions } from '../../../src/nlp/ner/index.js';
import { tokenize } from '../../../src/nlp/wink.js';

// A name glued to a participle by a dash ("the Zarvan-backed brigade") is a name of its own (issue 14).
const mentionsOf = (text: string): Mention[] => recognizeMentions({ docId: 'd', text, ...tokenize(text) });
const shown = (text: string): string => JSON.stringify(mentionsOf(text).map((m) => `${m.text}/${m.type}`));

test('an unknown capitalised word before "-backed", "-funded", "-based" is a name, typed by what the participle says', () => {
  for (const [text, name, type] of [
    ['Analysts say the Varkesh-backed Red Hand Brigade moved fighters north.', 'Varkesh', 'location'],
    ['A Tolmar-funded militia ambushed the convoy.', 'Tolmar', 'location'],
    ['The North Ostra-based cell was dismantled last week.', 'North Ostra', 'location'],
    ['Police raided a KRF-linked network of safe houses.', 'KRF', 'organization'],
    ['The Haut-Selune-backed group denied the report.', 'Haut-Selune', 'location'],
  ] as const) {
    const found = mentionsOf(text).find((m) => m.text === name || m.text === name.replace(' ', '-'));
    assert.equal(found?.type, type, `${text} ${shown(text)}`);
  }
});

test('a common word before the dash, or no participle after it, makes no name', () => {
  for (const text of ['State-backed militias patrol the border.', 'Government-funded schools reopened.', 'The Varkesh-style raids continued.']) {
    assert.ok(!mentionsOf(text).some((m) => m.rule === 'pattern/hyphen-modifier'), `${text} ${shown(text)}`);
  }
});

test('the name found before the dash is found again where the tagger alone missed it', () => {
  const text = 'The Varkesh-backed Red Hand Brigade took the town. Varkesh denies arming it.';
  assert.equal(mentionsOf(text).filter((m) => m.text === 'Varkesh').length, 2, shown(text));
});
