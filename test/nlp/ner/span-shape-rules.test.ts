import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cutPersonAtAcronym, dropSharedHeadConjunct, followsRoleNoun, isTitlePhrase, precedesLed, splitNameCompound } from '../../../src/nlp/ner/span-shape-rules.js';
import type { TaggerToken } from '../../../src/nlp/ner/tagger-tokens.js';
import { recognizeMentions } from '../../../src/nlp/ner/index.js';
import { tokenize } from '../../../src/nlp/wink.js';

// Token lists built from fictional phrases; each token starts where the previous ended plus a space,
// except around "-" written as " - " below, which is glued (no space), as wink leaves "X-led".
function tokensOf(phrase: string): TaggerToken[] {
  const out: TaggerToken[] = [];
  let offset = 0;
  for (const part of phrase.split(' ')) {
    const glued = part === '-' || out[out.length - 1]?.text === '-';
    if (glued) offset -= 1;
    out.push({ text: part, start: offset, end: offset + part.length, sentenceIndex: 0, pos: 'X' });
    offset += part.length + 1;
  }
  return out;
}
const words = (tokens: TaggerToken[], first: number, last: number): string => tokens.slice(first, last).map((t) => t.text).join(' ');

test('shared-head coordination keeps the contiguous conjunct', () => {
  const t = tokensOf('South and Central Asia');
  assert.equal(words(t, dropSharedHeadConjunct(t, 0, 4), 4), 'Central Asia');
  const u = tokensOf('Kessa and Lowmarsh');
  assert.equal(dropSharedHeadConjunct(u, 0, 3), 0, 'two names are not a shared head');
});

const TITLES: ReadonlyArray<[phrase: string, first: number, last: number, trimmed: boolean, isTitle: boolean]> = [
  ['Chief of Army Staff', 2, 4, false, true],
  ['National Security Adviser', 0, 3, false, true],
  ['National Security', 0, 2, true, true],
  ['Iranian National', 0, 2, false, true],
  ['Red Valley Front', 0, 3, false, false],
  ['Iraqi National Congress', 0, 3, false, false],
];
for (const [phrase, first, last, trimmed, isTitle] of TITLES) {
  test(`title phrase: "${words(tokensOf(phrase), first, last)}" in "${phrase}" → ${isTitle}`, () => assert.equal(isTitlePhrase(tokensOf(phrase), first, last, trimmed), isTitle));
}

test('a person span stops at an acronym, not at a roman numeral', () => {
  const t = tokensOf('Ilsa Varn RVF Kessa');
  assert.equal(cutPersonAtAcronym(t, 0, 4), 2);
  const u = tokensOf('Tomas Brell III');
  assert.equal(cutPersonAtAcronym(u, 0, 3), 3);
});

test('name compounds split into places and acronyms, other hyphenated words do not', () => {
  const [border] = tokensOf('Afghanistan-Pakistan');
  assert.deepEqual(splitNameCompound(border!)?.map((p) => [p.start, p.end, p.isPlace]), [[0, 11, true], [12, 20, true]]);
  const [rivals] = tokensOf('RVF-GHB');
  assert.deepEqual(splitNameCompound(rivals!)?.map((p) => p.isPlace), [false, false]);
  const [name] = tokensOf('Jaish-e-Zarkand');
  assert.equal(splitNameCompound(name!), null);
});

test('role frames: after a role noun, before "-led"', () => {
  const t = tokensOf('the group leader Ilsa Varn');
  assert.equal(followsRoleNoun(t, 3), true);
  assert.equal(followsRoleNoun(t, 2), false);
  const u = tokensOf('the Ilsa Varn - led council');
  assert.equal(precedesLed(u, 3), true);
  assert.equal(precedesLed(tokensOf('the Ilsa Varn led the council'), 3), false, 'a spaced "led" is a verb');
});

test('office holder: after "Minister of", the portfolio ends where the person\'s name begins', () => {
  const text = 'The Minister of Foreign Affairs Ardo Mirkavi rejected the report. The Secretary of Interior Tam Orlan Hale agreed.';
  const mentions = recognizeMentions({ docId: 'd', text, ...tokenize(text) });
  const people = mentions.filter((m) => m.type === 'person').map((m) => m.text);
  assert.deepEqual(people, ['Ardo Mirkavi', 'Tam Orlan Hale'], JSON.stringify(mentions.map((m) => `${m.text}/${m.type}`)));
  assert.ok(!mentions.some((m) => m.type === 'organization' && /Mirkavi|Hale/.test(m.text)));
});

test('a capitalised preposition of a title-case headline opens no name: "Two Years After Derazvan"', () => {
  const text = 'Two Years After Derazvan, the Front Has Turned Inward\n\nFighting in Derazvan resumed.';
  const mentions = recognizeMentions({ docId: 'd', text, ...tokenize(text) });
  assert.ok(!mentions.some((m) => m.text.startsWith('After')), JSON.stringify(mentions.map((m) => m.text)));
});

test('a post inside a span tagged as one body splits the body from its holder', () => {
  const text = 'Osk Relief Agency Special Envoy de Marvo met the delegation. Red Valley Front Commander Tam Varn denied it.';
  const mentions = recognizeMentions({ docId: 'd', text, ...tokenize(text) }).map((m) => `${m.text}/${m.type}`);
  assert.ok(mentions.includes('de Marvo/person') && mentions.includes('Tam Varn/person'), mentions.join());
  assert.ok(!mentions.some((m) => /Envoy|Commander/.test(m)), mentions.join());
});

test('a word that also heads bodies ("General Command") does not split a body', () => {
  const text = 'The General Command of the Osk Army denied it.';
  const mentions = recognizeMentions({ docId: 'd', text, ...tokenize(text) });
  assert.ok(!mentions.some((m) => m.type === 'person'), JSON.stringify(mentions.map((m) => `${m.text}/${m.type}`)));
});

test('a post and its portfolio at the end of a span are no body: "Brell State Commissioner for Internal Security"', () => {
  const text = 'Reacting, Brell State Commissioner for Internal Security, Tam Orlan Varo, said the Front had taken villages.';
  const mentions = recognizeMentions({ docId: 'd', text, ...tokenize(text) });
  assert.ok(!mentions.some((m) => /Commissioner|Security/.test(m.text)), JSON.stringify(mentions.map((m) => `${m.text}/${m.type}`)));
  assert.ok(mentions.some((m) => m.text === 'Tam Orlan Varo' && m.type === 'person'));
});
