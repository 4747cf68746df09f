import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recognizeMentions } from '../../../src/nlp/ner/index.js';
import { applyPostRules } from '../../../src/nlp/ner/post-rules.js';
import { toTaggerTokens } from '../../../src/nlp/ner/tagger-tokens.js';
import { tokenize } from '../../../src/nlp/wink.js';

// Tags given by hand, as the tagger might have read an invented sentence, so the rules are tested alone.
function typed(text: string, tagOf: (word: string) => string): string[] {
  const tokens = toTaggerTokens(text, tokenize(text).tokens)[0]!;
  return applyPostRules(text, tokens, tokens.map((t) => tagOf(t.text))).map((c) => `${text.slice(c.start, c.end)}/${c.type}`);
}

test('post-rules: an acronym the tagger read as a person is a group or an agency', () => {
  assert.deepEqual(typed('Officials told KANA that six died.', (w) => (w === 'KANA' ? 'B-PER' : 'O')), ['KANA/organization']);
});

test('post-rules: a roman numeral read as a person is not made a group', () => {
  assert.ok(!typed('Officials said that VII died.', (w) => (w === 'VII' ? 'B-PER' : 'O')).includes('VII/organization'));
});

test('post-rules: a named operation is an event, even when the tagger read its words as a person', () => {
  const text = 'The strikes were part of Operation Kolva Marsa, the army offensive.';
  assert.deepEqual(typed(text, (w) => (w === 'Kolva' ? 'B-PER' : w === 'Marsa' ? 'I-PER' : 'O')), ['Operation Kolva Marsa/event']);
});

test('post-rules: a MISC name as the object of a preposition of place is a place; a nationality before a noun is not', () => {
  assert.deepEqual(typed('Smugglers moved opium across the Dolan-Varvan, and rifles north.', (w) => (w === 'Dolan-Varvan' ? 'B-MISC' : 'O')), ['Dolan-Varvan/location']);
  assert.ok(!typed('Fighting in the Afghan border areas went on.', (w) => (w === 'Afghan' ? 'B-MISC' : 'O')).some((c) => c.endsWith('/location')));
});

test('a lower-case inflected verb never sits inside a name: the tagger\'s run over "retook" is cut there', () => {
  const text = 'In May the Selu Guard retook Morvane from the Tarn Brigade.';
  const found = recognizeMentions({ docId: 'd', text, ...tokenize(text) }).map((m) => m.text);
  assert.ok(found.includes('Selu Guard') && !found.some((m) => m.includes('retook')), JSON.stringify(found));
});

test('post-rules: names listed after "the towns of" or "the villages of" are places, whatever the tagger read', () => {
  const text = 'Fighters hold the towns of Dar Malik and Kessa.';
  assert.deepEqual(typed(text, (w) => (w === 'Dar' ? 'B-PER' : w === 'Malik' ? 'I-PER' : w === 'Kessa' ? 'B-LOC' : 'O')), ['Dar Malik/location', 'Kessa/location']);
});

test('post-rules: examples listed after a plural kind of place ("facilities such as", "towns including") are places', () => {
  const text = 'The Front kept facilities such as the Markaz Nur near the border.';
  assert.deepEqual(typed(text, (w) => (w === 'Markaz' ? 'B-ORG' : w === 'Nur' ? 'I-ORG' : 'O')), ['Markaz Nur/location']);
  const groups = 'Groups such as the Markaz Nur denied it.';
  assert.deepEqual(typed(groups, (w) => (w === 'Markaz' ? 'B-ORG' : w === 'Nur' ? 'I-ORG' : 'O')), ['Markaz Nur/organization']);
});

test('post-rules: a place frame is a cue that outweighs the tagger\'s other readings of the name in the document vote', () => {
  const text = 'Fighters hold the region of Gozar in the north.';
  const tokens = toTaggerTokens(text, tokenize(text).tokens)[0]!;
  const [gozar] = applyPostRules(text, tokens, tokens.map((t) => (t.text === 'Gozar' ? 'B-PER' : 'O')));
  assert.equal(gozar?.type, 'location');
  assert.ok(gozar?.contextCue !== undefined);
});
