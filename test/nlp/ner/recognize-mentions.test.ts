import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../../src/core/index.js';
import { recognizeMentions } from '../../../src/nlp/ner/index.js';
import { tokenize } from '../../../src/nlp/wink.js';

// Fictional sentences (invented groups, people and places; real countries only as places), run
// through the shipped model and the post-rules, as the pipeline does.
const mentionsOf = (text: string): Mention[] => recognizeMentions({ docId: 'd', text, ...tokenize(text) });
const find = (mentions: readonly Mention[], text: string): Mention | undefined => mentions.find((m) => m.text === text);

const TYPED: ReadonlyArray<[name: string, text: string, mention: string, type: Mention['type']]> = [
  ['person after a title, title left out', 'Officials said Dr. Ilsa Varn left the camp on Monday.', 'Ilsa Varn', 'person'],
  ['country is a location', 'The convoy crossed into Afghanistan at night.', 'Afghanistan', 'location'],
  ['name ending in an organisation head', 'A statement from the Red Valley Front said the talks had failed.', 'Red Valley Front', 'organization'],
  ['hyphenated group name is one mention', 'Jaish-e-Zarkand fighters attacked a post near the border.', 'Jaish-e-Zarkand', 'organization'],
  ['place followed by "district"', 'The group set up camps in the Kessa district of Balochistan.', 'Kessa', 'location'],
  ['an acronym that dictionaries also list in lower case', 'Officials of OPEC met envoys in Kessa on Monday.', 'OPEC', 'organization'],
  ['designated group from the UN list, spelled differently', 'Tehreek-e-Taliban Pakistan claimed the attack.', 'Tehreek-e-Taliban Pakistan', 'organization'],
  ['a name inside a stance prefix', 'Kessa hosts anti-Iran militias and a pro-Russia outlet.', 'Iran', 'location'],
  ['a short stance prefix', 'Kessa hosts a pro-Russia outlet.', 'Russia', 'location'],
  ['a country before a faith adjective is the country alone', 'Kessa hosts anti-Iran Sunni extremist groups, officials said.', 'Iran', 'location'],
];
for (const [name, text, surface, type] of TYPED) {
  test(`mention: ${name}`, () => {
    const mention = find(mentionsOf(text), surface);
    assert.ok(mention, `"${surface}" found in: ${JSON.stringify(mentionsOf(text).map((m) => `${m.text}/${m.type}`))}`);
    assert.equal(mention.type, type, surface);
    assert.equal(text.slice(mention.start, mention.end), surface, 'offsets index the document text');
  });
}

test('an acronym in parentheses attaches to the name before it and takes its type', () => {
  const text = 'Fighters of the Red Valley Front (RVF) crossed the river.';
  const mentions = mentionsOf(text);
  const name = find(mentions, 'Red Valley Front');
  const acronym = find(mentions, 'RVF');
  assert.ok(name && acronym, JSON.stringify(mentions.map((m) => m.text)));
  assert.equal(acronym.antecedentId, name.id);
  assert.equal(acronym.type, name.type);
});

test('the acronym window repairs a name the tagger split at "and"', () => {
  const text = 'He joined the Front for Liberty and Justice (FLJ) in 2019.';
  const name = find(mentionsOf(text), 'Front for Liberty and Justice');
  assert.ok(name, JSON.stringify(mentionsOf(text).map((m) => m.text)));
  assert.equal(name.type, 'organization');
});

test('a named attack is an event and its place stays a location', () => {
  const text = 'The group was blamed for the 2019 Kessa market bombing.';
  const mentions = mentionsOf(text);
  assert.equal(find(mentions, '2019 Kessa market bombing')?.type, 'event', JSON.stringify(mentions.map((m) => `${m.text}/${m.type}`)));
  assert.equal(find(mentions, 'Kessa')?.type, 'location');
});

test('a surname after the full name links back to it', () => {
  const text = 'Ilsa Varn leads the Front. Varn was seen in Kabul last week.';
  const mentions = mentionsOf(text);
  const full = find(mentions, 'Ilsa Varn');
  const short = mentions.find((m) => m.text === 'Varn' && m.start > 20);
  assert.ok(full && short, JSON.stringify(mentions.map((m) => m.text)));
  assert.equal(short.antecedentId, full.id);
});

test('one name gets one type across the document', () => {
  const text = ['Kessa lies on the river.', 'Officials in Kessa said the road was closed.', 'Traders from Kessa left.', 'Kessa said nothing.'].join('\n');
  const types = new Set(mentionsOf(text).filter((m) => m.text === 'Kessa').map((m) => m.type));
  assert.equal(types.size, 1, [...types].join(','));
});

const FRAMED: ReadonlyArray<[name: string, text: string, expected: ReadonlyArray<[string, Mention['type']]>, absent: readonly string[]]> = [
  ['role noun before a name', 'The group said its leader Tomas Brell had fled.', [['Tomas Brell', 'person']], []],
  ['a name before "-led"', 'Police raided the Ilsa Varn-led council on Monday.', [['Ilsa Varn', 'person']], ['Ilsa Varn-led']],
  ['modifier hyphen keeps the names apart', 'The Pakistan-based Red Valley Front denied it.', [['Pakistan', 'location'], ['Red Valley Front', 'organization']], ['Pakistan-based']],
  ['a compound of two countries names both, and the border', 'Fighters crossed the Afghanistan-Pakistan border.', [['Afghanistan', 'location'], ['Pakistan', 'location'], ['Afghanistan-Pakistan border', 'location']], ['Afghanistan-Pakistan']],
  ['two directions sharing a head', 'Trade across South and Central Asia slowed.', [['Central Asia', 'location']], ['South and Central Asia', 'South']],
  ['a title phrase is no organisation', 'National Security Adviser Ilsa Varn met the envoy.', [['Ilsa Varn', 'person']], ['National Security', 'National Security Adviser']],
  ['a name ending in a kind of document is a work', 'The truce was sealed under the Ridgeback Accord in 2023.', [['Ridgeback Accord', 'work']], []],
  ['what something is based in is a place', 'The Kessa-based weekly printed the claim.', [['Kessa', 'location']], ['Kessa-based']],
  ['a state body named by its nationality', 'Ilsa Varn accused the Chilean military establishment of the raid.', [['Chilean military establishment', 'organization']], ['Chilean']],
  ['a state body named by its country', "Peru's security establishment denied it.", [["Peru's security establishment", 'organization'], ['Peru', 'location']], []],
  ['people described by nationality name no body', 'Chilean army officers left the camp.', [], ['Chilean army', 'Chilean']],
];
for (const [name, text, expected, absent] of FRAMED) {
  test(`mention frame: ${name}`, () => {
    const mentions = mentionsOf(text);
    const seen = JSON.stringify(mentions.map((m) => `${m.text}/${m.type}`));
    for (const [surface, type] of expected) assert.equal(find(mentions, surface)?.type, type, `${surface} in ${seen}`);
    for (const surface of absent) assert.equal(find(mentions, surface), undefined, `${surface} must not be a mention: ${seen}`);
  });
}

test('a name right after a kind of work is that work', () => {
  const text = 'The Front spread its views in its magazine Ironwood, printed in Kessa.';
  const mentions = mentionsOf(text);
  assert.equal(find(mentions, 'Ironwood')?.type, 'work', JSON.stringify(mentions.map((m) => `${m.text}/${m.type}`)));
});

test('a nationality before "war" or "attack" names no event', () => {
  const mentions = mentionsOf('Veterans of the Afghan war met in Kessa.');
  assert.equal(mentions.filter((m) => m.type === 'event').length, 0, JSON.stringify(mentions.map((m) => `${m.text}/${m.type}`)));
});
