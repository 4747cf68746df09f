import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../../src/core/index.js';
import { recognizeMentions } from '../../../src/nlp/ner/index.js';
import { tokenize } from '../../../src/nlp/wink.js';

// A name in quotes beside a person or group is another name of it: typed as it, linked to it. Invented names.
const mentionsOf = (text: string): Mention[] => recognizeMentions({ docId: 'd', text, ...tokenize(text) });
const shown = (mentions: readonly Mention[]): string => JSON.stringify(mentions.map((m) => `${m.text}/${m.type}`));

const CASES: ReadonlyArray<[frame: string, text: string, alias: string, full: string]> = [
  ['after "alias"', 'Police arrested Ramiro Ulloa Benítez, alias "El Gallo", on Friday in the port.', 'El Gallo', 'Ramiro Ulloa Benítez'],
  ['after "known as"', 'The defence of Tomás Berro Alcázar, known as "Pintado", appealed on Monday.', 'Pintado', 'Tomás Berro Alcázar'],
  ['in apposition after a comma', 'The cartel of Anselmo Quiroga Luna, "El Zorzal", denied the killings.', 'El Zorzal', 'Anselmo Quiroga Luna'],
  ['before its owner in brackets', 'The army blamed the column of "Comandante Ilario" (Teodoro Vaca Rincón) for the ambush.', 'Comandante Ilario', 'Teodoro Vaca Rincón'],
];
for (const [frame, text, alias, full] of CASES) {
  test(`quoted alias ${frame}: a person's nickname is a person linked to the full name`, () => {
    const mentions = mentionsOf(text);
    const a = mentions.find((m) => m.text === alias);
    const f = mentions.find((m) => m.text === full);
    assert.ok(a && f, shown(mentions));
    assert.equal(a.type, 'person', shown(mentions));
    assert.equal(a.antecedentId, f.id);
  });
}

test('quoted alias: a noun before the quotes gives the kind of an unnamed referent', () => {
  const mentions = mentionsOf('The smuggling ring — "the Lantern" to the border guards — moved fuel across the frontier.');
  assert.equal(mentions.find((m) => m.text === 'Lantern')?.type, 'organization', shown(mentions));
});

test('quoted alias: used alone later, the alias links to the same person', () => {
  const mentions = mentionsOf('Police arrested Ramiro Ulloa Benítez, alias "El Gallo", on Friday. Witnesses said "El Gallo" ran the port.');
  const full = mentions.find((m) => m.text === 'Ramiro Ulloa Benítez');
  const later = mentions.filter((m) => m.text === 'El Gallo');
  assert.equal(later.length, 2, shown(mentions));
  assert.ok(later.every((m) => m.type === 'person' && m.antecedentId === full?.id), shown(mentions));
});

test('quoted alias: quoted speech after a name is no alias', () => {
  const mentions = mentionsOf('Asked about the deal, Ilsa Varn told the agency, "Never", and left.');
  assert.ok(!mentions.some((m) => m.text === 'Never'), shown(mentions));
});

test('quoted alias: a quoted name opening the next clause after a comma is not the body before it', () => {
  const mentions = mentionsOf('The unit belongs to the Fiscalía General de Brenas, "El Gallo" received the money there.');
  const alias = mentions.find((m) => m.text === 'El Gallo');
  const body = mentions.find((m) => m.text.startsWith('Fiscalía'));
  assert.ok(body, shown(mentions));
  assert.ok(alias === undefined || alias.antecedentId !== body.id, shown(mentions));
});
