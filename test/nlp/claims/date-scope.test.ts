import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describedClaimsOf } from './annotated.js';

// A date dates a claim only when the parse hangs it on the claim's own predicate (or the sentence
// opens with it); dates of other clauses, of relative clauses on an argument and of verbs of saying
// stay theirs. Invented sentences; published 2025-07-15 (a Tuesday).
const CASES: ReadonlyArray<readonly [sentence: string, claim: string, date: string]> = [
  // The claim's own date.
  ['The [Osk Army|o] attacked the [Kestrel Front|o] in [Brell|l] on Monday.', 'Osk Army attacked Kestrel Front', '2025-07-14'],
  ['The [Osk Army|o] claimed the March 2020 attack on [Brell|l].', 'Osk Army attacked Brell', '2020-03'],
  // Past what the window reads as a clause break, still on the claim's verb or its event noun.
  ['The [Osk Army|o] has run the [Kestrel Front|o] as a proxy since at least 2017.', 'Osk Army sponsors Kestrel Front', '2017'],
  ['Those rifles were later used in the [Kestrel Front|o] raid on [Brell|l], which killed 41 soldiers on 14 September 2023.', 'Kestrel Front attacked Brell', '2023-09-14'],
  // An offset from the sentence's date dates the clause it opens, and only that clause.
  ['Troops captured [Tam Hale|p] of the [Kestrel Front|o] near [Brell|l] on Monday, four days after the [Kestrel Front|o] ambushed an [Osk Army|o] convoy.', 'Kestrel Front attacked Osk Army', '2025-07-10'],
  ['Troops captured [Tam Hale|p] of the [Kestrel Front|o] near [Brell|l] on Monday, four days after the [Kestrel Front|o] ambushed an [Osk Army|o] convoy.', 'Tam Hale member_of Kestrel Front', '2025-07-14'],
  ['The [Osk Army|o] left the force in January, six months after the [Kestrel Front|o] seized power in [Brell|l].', 'Kestrel Front operates_in Brell', '2024-07'],
  // A date that opens the sentence covers all of it, conjuncts included.
  ['In 2025, after the talks collapsed, the [Osk Army|o] attacked the [Kestrel Front|o].', 'Osk Army attacked Kestrel Front', '2025'],
  ['In May the [Osk Army|o] attacked the [Kestrel Front|o] and seized [Brell|l].', 'Osk Army attacked Brell', '2025-05'],
  // A relative clause on another argument keeps its date.
  ['[Kestrel Front|o] fighters attacked [Brell|l], which the [Osk Army|o] had retaken in March.', 'Kestrel Front attacked Brell', 'undated'],
  // A verb of saying dates the statement, not what it states.
  ['The [Osk Army|o] said on Tuesday that [Kestrel Front|o] fighters attacked [Brell|l].', 'Kestrel Front attacked Brell', 'undated'],
  ['[Alder|l] on Thursday accused the [Osk Army|o] of arming the [Kestrel Front|o].', 'Osk Army sponsors Kestrel Front', 'undated'],
  ['[Ilsa Varn|p], the [Kestrel Front|o] spokesman, said in April that the talks had failed.', 'Ilsa Varn member_of Kestrel Front', 'undated'],
  // What a speaker reports does not date the speaker's title.
  ['Jets of the [Osk Army|o] struck [Brell|l] on Sunday, the [Osk Army|o] spokesman, [Ilsa Varn|p], said.', 'Ilsa Varn member_of Osk Army', 'undated'],
  ['Jets of the [Osk Army|o] struck [Brell|l] on Sunday, the [Osk Army|o] spokesman, [Ilsa Varn|p], said.', 'Osk Army attacked Brell', '2025-07-13'],
  // A group's claim about its own act is dated by the claim.
  ['Last month the [Kestrel Front|o] claimed to have overrun an [Osk Army|o] camp near [Brell|l].', 'Kestrel Front attacked Osk Army', '2025-06'],
  // Another conjunct's or adverbial clause's date.
  ['The [Osk Army|o] attacked the [Kestrel Front|o] in May and seized [Brell|l].', 'Osk Army attacked Brell', 'undated'],
  ['[Kestrel Front|o], which seized [Brell|l] in October 2021 and is at war with the [Osk Army|o], remains strong.', 'Kestrel Front hostile_to Osk Army', 'undated'],
  ['The [Osk Army|o] is likely to strike the [Kestrel Front|o] again, as it did in 2023.', 'Osk Army hostile_to Kestrel Front', 'undated'],
  // A date right beside a verb of saying or denying dates the saying, whatever the parse makes of it.
  ['[Alder|l] on Friday dismissed reports that it was arming the [Kestrel Front|o].', 'Alder sponsors Kestrel Front', 'undated'],
  ['The [Osk Council|o] on Friday rejected claims that the [Kestrel Front|o] had attacked [Brell|l].', 'Kestrel Front attacked Brell', 'undated'],
  ['GASSOULÉ, Oct 15 (Newswire) — The [Osk Council|o] on Friday dismissed reports that it was arming the [Kestrel Front|o].', 'Osk Council sponsors Kestrel Front', 'undated'],
  ['The [Kestrel Front|o] on Monday claimed to have overrun an [Osk Army|o] camp.', 'Kestrel Front attacked Osk Army', '2025-07-14'],
  // To declare war is an act, dated by its own date; to declare that something happened is a saying.
  ['The [Kestrel Front|o] on Monday declared war on the [Osk Army|o].', 'Kestrel Front hostile_to Osk Army', '2025-07-14'],
  ['The [Osk Army|o] declared on Tuesday that [Kestrel Front|o] fighters had attacked [Brell|l].', 'Kestrel Front attacked Brell', 'undated'],
  // A relative clause after an event noun's phrase tells of the event, wherever the parser hangs it.
  ['He said the strikes were part of Operation Tamarind, the [Osk Army|o]\'s offensive against the [Kestrel Front|o], which has been under way since August.', 'Osk Army hostile_to Kestrel Front', '2025-08'],
  ['Those rifles, officers believe, were later carried into the [Kestrel Front|o]’s raid on the [Brell|l] garrison, which killed 41 soldiers on 14 September 2023.', 'Kestrel Front attacked Brell', '2023-09-14'],
  // "…, when …" after a date: the when-clause happened then.
  ['The [Kestrel Cartel|o] is a violent group. Two federal officials told the [Osk Herald|o], on condition of anonymity, that the [Kestrel Cartel|o] is likely to retaliate against the [Osk Police|o], as it did in 2023, when gunmen of the cartel killed in [Brell|l] the regional coordinator of the corporation, Comandante [Tam Hale|p].', 'Kestrel Cartel attacked Tam Hale', '2023'],
  ['The [Kestrel Cartel|o] is a violent group. Two federal officials told the [Osk Herald|o], on condition of anonymity, that the [Kestrel Cartel|o] is likely to retaliate against the [Osk Police|o], as it did in 2023, when gunmen of the cartel killed in [Brell|l] the regional coordinator of the corporation, Comandante [Tam Hale|p].', 'Kestrel Cartel hostile_to Osk Police', 'undated'],
  // What has not happened yet has no date.
  ['[Kestrel Front|o] fighters will attack [Brell|l] on Monday, officials fear.', 'Kestrel Front attacked Brell', 'undated'],
  ['The [Osk Army|o] will deploy to [Brell|l] in September under the new plan.', 'Osk Army operates_in Brell', 'undated'],
  ['The judge Olascoaga fixed the next hearing for 3 July, when the defence will present as witness the current director of the [Osk Police|o], Comisario [Tam Hale|p].', 'Tam Hale leader_of Osk Police', 'undated'],
  // A deed named in a description of a person is not dated by the clause around it.
  ['In March, the arrest in [Alder|l] of [Tam Hale|p], the mastermind of the [Brell|l] bombing, revealed the network.', 'Tam Hale attacked Brell', 'undated'],
];

for (const [sentence, claim, date] of CASES) {
  test(`date scope: ${sentence} → ${claim} ${date}`, () => {
    const found = describedClaimsOf(sentence).filter((c) => c.startsWith(`${claim} |`));
    assert.ok(found.length > 0, `no claim "${claim}" in: ${sentence}`);
    assert.ok(found.every((c) => c.endsWith(`| ${date}`)), `${sentence}\n${found.join('\n')}`);
  });
}

test('date scope: a dateline sets the day relative dates count from, even in a later reprint', () => {
  const found = describedClaimsOf('BRELL, 20 May (Newswire) - The [Osk Army|o] attacked the [Kestrel Front|o] this Tuesday.', '2025-06-21');
  assert.deepEqual(found, ['Osk Army attacked Kestrel Front | author | asserted | 2025-05-20']);
});

// "The assault …", "… in the raid": the event the sentence before told, with the date it gave first.
const EVENT_CASES: ReadonlyArray<readonly [passage: string, claim: string, date: string]> = [
  ['On 3 May the [Kestrel Front|o] attacked [Brell|l], the army said on Tuesday. The assault on [Brell|l] was led by [Tam Hale|p].', 'Tam Hale attacked Brell', '2025-05-03'],
  ['Troops raided a farm near [Osk|l] on 2 June. [Tam Hale|p] of the [Kestrel Front|o] was seized in the raid.', 'Tam Hale member_of Kestrel Front', '2025-06-02'],
  // No date before it, or a date of its own: nothing is carried over.
  ['The [Kestrel Front|o] attacked [Brell|l]. The assault on [Brell|l] was led by [Tam Hale|p].', 'Tam Hale attacked Brell', 'undated'],
  ['On 3 May the [Kestrel Front|o] attacked [Brell|l]. The attack on [Osk|l] in June was led by [Tam Hale|p].', 'Tam Hale attacked Osk', '2025-06'],
];
for (const [passage, claim, date] of EVENT_CASES) {
  test(`date scope: event reference ${passage} → ${claim} ${date}`, () => {
    const found = describedClaimsOf(passage).filter((c) => c.startsWith(`${claim} |`));
    assert.ok(found.length > 0, `no claim "${claim}" in: ${passage}`);
    assert.ok(found.every((c) => c.endsWith(`| ${date}`)), `${passage}\n${found.join('\n')}`);
  });
}
