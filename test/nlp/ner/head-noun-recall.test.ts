import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../../src/core/index.js';
import { recognizeMentions } from '../../../src/nlp/ner/index.js';
import { tokenize } from '../../../src/nlp/wink.js';

// "the Front" after "the Red Valley Front": a group's head word after "the" names the group, linked to it.
const mentionsOf = (text: string): Mention[] => recognizeMentions({ docId: 'd', text, ...tokenize(text) });

test('head-noun short form: "the Front" after the full name is the same group', () => {
  const mentions = mentionsOf('The Red Valley Front attacked a post near Osk. The Front’s fighters withdrew at dawn.');
  const full = mentions.find((m) => m.text === 'Red Valley Front');
  const short = mentions.find((m) => m.text === 'Front');
  assert.ok(full && short, JSON.stringify(mentions.map((m) => m.text)));
  assert.equal(short.type, 'organization');
  assert.equal(short.antecedentId, full.id);
});

test('head-noun short form: two groups sharing the head word make it ambiguous', () => {
  const mentions = mentionsOf('The Red Valley Front and the Osk Liberation Front met in Brell. The Front said little.');
  assert.ok(!mentions.some((m) => m.text === 'Front' && m.rule === 'pattern/head-noun-short-form'), JSON.stringify(mentions.map((m) => m.text)));
});

test('head-noun short form: a lower-case "front" is no name', () => {
  const mentions = mentionsOf('The Red Valley Front attacked a post near Osk. Fighting along the front continued.');
  assert.ok(!mentions.some((m) => m.rule === 'pattern/head-noun-short-form'), JSON.stringify(mentions.map((m) => m.text)));
});

test('head-noun short form: a name built head-first with a particle is shortened to its first word', () => {
  const mentions = mentionsOf('Officials blamed the Gardes du Lac for the raid. The Gardes denied it on Monday.');
  const short = mentions.find((m) => m.text === 'Gardes');
  assert.equal(short?.type, 'organization', JSON.stringify(mentions.map((m) => `${m.text}/${m.type}`)));
});

test('head-noun short form: "the Courier" the tagger read as a place is the outlet named in full before', () => {
  const mentions = mentionsOf('The Brellin Courier reported the raid on Monday. According to the Courier, six died.');
  const full = mentions.find((m) => m.text === 'Brellin Courier');
  const short = mentions.find((m) => m.text === 'Courier');
  assert.equal(full?.type, 'organization', JSON.stringify(mentions.map((m) => `${m.text}/${m.type}`)));
  assert.equal(short?.type, 'organization');
  assert.equal(short?.antecedentId, full?.id);
});

test('head-noun short form: the first word of a head-first name, read by the tagger as a miscellaneous name, is the group', () => {
  // "Gardes" alone looks like a nationality or a language to a CoNLL tagger; after the full name it is the group.
  const mentions = mentionsOf('Envoys accused Osk of arming the Gardes du Lac, a militia in the north. The report said Osk supplied the Gardes with rifles.');
  const full = mentions.find((m) => m.text === 'Gardes du Lac');
  const short = mentions.find((m) => m.text === 'Gardes');
  assert.equal(short?.type, 'organization', JSON.stringify(mentions.map((m) => `${m.text}/${m.type}`)));
  assert.equal(short?.antecedentId, full?.id);
});
