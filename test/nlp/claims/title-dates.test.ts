import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../../src/core/index.js';
import { extractClaims } from '../../../src/nlp/claims/index.js';
import { parseTokens, tokenize } from '../../../src/nlp/index.js';
import { annotate, describedClaimsOf } from './annotated.js';

// A title or a tie stated inside a noun phrase is dated with the event its holder takes part in, and
// not when the holder only speaks, is named by a verb of saying, is described inside another person's
// description, or takes part in what did not happen (GUIDELINES, "Dates"). A wedding dates the tie it
// makes. Invented sentences; published 2025-07-15 (a Tuesday).
const CASES: ReadonlyArray<readonly [sentence: string, claim: string, date: string]> = [
  // The holder takes part in the dated event.
  ['[Ilsa Varn|p], the treasurer of the [Kestrel Front|o], was arrested on Saturday.', 'Ilsa Varn member_of Kestrel Front', '2025-07-12'],
  ['The [Kestrel Front|o]\'s commander, [Ilsa Varn|p], travelled to [Brell|l] in November.', 'Ilsa Varn member_of Kestrel Front', '2024-11'],
  // The speaker's title: what is reported, or the saying, does not date it; a date opening the sentence does.
  ['Jets of the [Osk Army|o] struck [Brell|l] on Sunday, killing dozens, the [Osk Army|o] spokesman, Colonel [Ilsa Varn|p], said.', 'Ilsa Varn member_of Osk Army', 'undated'],
  ['Sunday\'s raid on [Brell|l] was the deadliest since May, [Osk Army|o] spokeswoman [Ilsa Varn|p] said.', 'Ilsa Varn member_of Osk Army', 'undated'],
  ['In March 2024, [Kestrel Front|o] chairman [Tam Hale|p] told the assembly that the talks had failed.', 'Tam Hale leader_of Kestrel Front', '2024-03'],
  // Named by a verb of saying: the date is the role the text names, not the membership.
  ['It names Colonel [Ilsa Varn|p] of the [Alder Bureau|o] as the Front\'s handler since 2017.', 'Ilsa Varn member_of Alder Bureau', 'undated'],
  // Nested in another person's description, even under a date that opens the sentence.
  ['In 2019 [Mira Sol|p] married [Tam Hale|p], younger brother of the [Kestrel Front|o]\'s emir, [Ilsa Varn|p].', 'Ilsa Varn leader_of Kestrel Front', 'undated'],
  ['[Tam Hale|p] married [Mira Sol|p], the daughter of the [Kestrel Front|o]\'s jailed chief, [Ilsa Varn|p], in 2019.', 'Ilsa Varn leader_of Kestrel Front', 'undated'],
  // What did not happen has no time to give.
  ['The [Kestrel Front|o]\'s commander, [Ilsa Varn|p], did not travel to [Brell|l] in November.', 'Ilsa Varn member_of Kestrel Front', 'undated'],
  // A role the holder no longer has, the modifier standing before the body.
  ['In a podcast with former [Osk Army|o] officer [Ilsa Varn|p] on Tuesday, the host spoke about the war.', 'Ilsa Varn member_of Osk Army', 'undated'],
  // A wedding is an event; kin by birth are not.
  ['In 2019 [Mira Sol|p] married [Tam Hale|p], younger brother of the [Kestrel Front|o]\'s emir, [Ilsa Varn|p].', 'Mira Sol relative_of Tam Hale', '2019'],
  ['In 2019 [Mira Sol|p] married [Tam Hale|p], younger brother of the [Kestrel Front|o]\'s emir, [Ilsa Varn|p].', 'Tam Hale relative_of Ilsa Varn', 'undated'],
];

for (const [sentence, claim, date] of CASES) {
  test(`title date: ${sentence} → ${claim} ${date}`, () => {
    const found = describedClaimsOf(sentence).filter((c) => c.startsWith(`${claim} |`));
    assert.ok(found.length > 0, `no claim "${claim}" in: ${sentence}`);
    assert.ok(found.every((c) => c.endsWith(`| ${date}`)), `${sentence}\n${found.join('\n')}`);
  });
}

// NER may also name the country that opens a body's name ("Osk" in "Osk Army"), as a unit of its own
// before the body's: the "former" before both still counts.
test('title date: "former" before a body whose name holds a place mention', () => {
  const { document, mentions } = annotate('In a podcast with former [Osk Army|o] officer [Ilsa Varn|p] on Tuesday, the host spoke about the war.');
  const army = mentions.find((m) => m.text === 'Osk Army')!;
  const place: Mention = { ...army, id: `fiction:${army.start}-${army.start + 3}`, end: army.start + 3, text: 'Osk', type: 'location' };
  const { sentences, tokens } = tokenize(document.text);
  const claims = extractClaims({ document, sentences, tokens: parseTokens(tokens), mentions: [place, ...mentions].sort((a, b) => a.start - b.start) });
  const title = claims.filter((c) => c.predicate === 'member_of' && c.objectId === army.id);
  assert.ok(title.length > 0, JSON.stringify(claims.map((c) => [c.subjectId, c.predicate, c.objectId])));
  assert.ok(title.every((c) => c.date === null), JSON.stringify(title.map((c) => c.date)));
});
