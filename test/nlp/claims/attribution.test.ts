import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOf } from './annotated.js';

// Who asserts a claim: the author, a named entity, or an unnamed source in words. Fictional sentences.
type Case = readonly [name: string, passage: string, source: string];

const CASES: readonly Case[] = [
  ['author voice', 'The [Red Valley Front|o] attacked the [Alder Guard|o].', 'author'],
  ['according to a named entity', 'According to the [Brell Ministry|o], the [Front|o] attacked the [Guard|o].', 'by Brell Ministry'],
  ['according to an unnamed document', 'According to the dossier, the [Front|o] attacked the [Guard|o].', '~dossier'],
  ['according to a pronoun', '[Tam Hale|p] spoke at length. According to him, the [Front|o] attacked the [Guard|o].', 'by Tam Hale'],
  ['X said that', '[Tam Hale|p] said the [Front|o] attacked the [Guard|o].', 'by Tam Hale'],
  ['X said after a comma', 'The [Front|o] attacked the [Guard|o], [Tam Hale|p] said.', 'by Tam Hale'],
  ['said X after a comma', 'The [Front|o] attacked the [Guard|o], said [Tam Hale|p].', 'by Tam Hale'],
  ['a source noun with the speaker named in apposition, closing the sentence', 'The [Front|o] attacked the [Guard|o], the army spokesman, [Tam Hale|p], said.', 'by Tam Hale'],
  ['a source noun with the speaker named in apposition, opening the sentence', "The ministry's spokeswoman, [Ilsa Varn|p], said the [Front|o] attacked the [Guard|o].", 'by Ilsa Varn'],
  ['unnamed plural source', 'Security analysts warn that the [Front|o] is allied with the [Guard|o].', '~Security analysts'],
  ['unnamed single official', 'A senior [Brell|l] official remarked that the [Guard|o] backed the [Front|o].', '~senior Brell official'],
  ['unnamed speaker after a comma, with names earlier', '[Alder|l] answered with airstrikes on [Front|o] positions in [Osk|l], the army said.', '~army'],
  ['a report that found', 'The report, published by [Osk Watch|o], found that the [Guard|o] had armed the [Front|o].', '~report'],
  ['a document with an aside and an adverb', 'The dossier, compiled by the [Brell Constabulary|o], also alleges that the [Guard|o] supplied the [Front|o] with rifles.', '~dossier'],
  ['a document with a long aside', 'The dossier, prepared by the [Brell Constabulary|o] and first reported by the [Osk Herald|o], alleges that the [Guard|o] supplied the [Front|o] with rifles.', '~dossier'],
  ['police as a source', 'Police said the [Front|o] attacked the [Guard|o].', '~Police'],
  ['accused of', '[Tam Hale|p] accused the [Guard|o] of arming the [Front|o].', 'by Tam Hale'],
  ['who blames asserts the blame', 'Officials blamed the [Front|o] for the attack on the [Guard|o].', '~Officials'],
  ['who attributes an attack asserts who made it', '[Tam Hale|p] attributed the ambush on the [Guard|o] to the [Front|o].', 'by Tam Hale'],
  ['speaker with an appositive', '[Tam Hale|p], a founding member of the [Front|o], stated that the [Guard|o] armed the [Cope Brigade|o].', 'by Tam Hale'],
  ['an outlet reporting a dossier passes the dossier\'s words on', 'The [Osk Herald|o] reported in March that a police dossier accused the [Guard|o] of arming the [Front|o].', '~police dossier'],
  ['a parenthetical speaker mid-sentence', 'Fighters of the [Front|o] and the [Guard|o] have clashed since May, residents and officials said, in fighting that has killed nine people.', '~residents and officials'],
  ['"they said" continues the unnamed source just named', '[Tam Hale|p] sent money to the [Cope Brigade|o], the officers said, but they said the [Guard|o] armed the [Front|o].', '~officers'],
  ['"It claims" continues the document the previous sentence spoke through', 'A police dossier names the [Guard|o] as a sponsor. It also claims that [Alder|l] armed the [Front|o].', '~police dossier'],
  ['"It claims" after a group is that group', 'The [Cope Brigade|o] denied the charge. It also claims that [Alder|l] armed the [Front|o].', 'by Cope Brigade'],
  ['who leads an accused body is background', 'The [Cope Brigade|o] accused the [Tam Hale|p]-led [Front|o] of hypocrisy.', 'author'],
  ['outlet relays officials', 'According to a news site, officials believe the [Guard|o] armed the [Front|o].', '~officials'],
  ['told an outlet', 'Officials told a wire agency that the [Guard|o] armed the [Front|o].', '~Officials'],
  ['dossier that details what it describes', 'A classified dossier details what it describes as a partnership between the [Front|o] and the [Guard|o].', '~classified dossier'],
  ['passive is a hedge, not a source', 'The [Front|o] is believed to be allied with the [Guard|o].', 'author'],
  ['quotation then speaker', '"The [Front|o] attacked the [Guard|o]," [Tam Hale|p] said.', 'by Tam Hale'],
  ['speaker then colon and quotation', '[Tam Hale|p] said: "The [Guard|o] armed the [Front|o]."', 'by Tam Hale'],
  ["a body's dossier details", "[Alder|l]'s dossier details how the [Guard|o] armed the [Front|o].", "~Alder's dossier"],
  ['a participant denies', 'The [Front|o] denies harbouring [Cope Brigade|o] leaders.', 'by Front'],
  ['claimed responsibility', 'The [Front|o] claimed responsibility for the attack on the [Guard|o].', 'by Front'],
];

for (const [name, passage, source] of CASES) {
  test(`attribution: ${name}`, () => {
    const { claims, name: nameOf } = claimsOf(passage);
    const last = claims.filter((c) => c.predicate !== 'member_of');
    assert.ok(last.length > 0, `no claim in: ${passage}`);
    for (const c of last) {
      const got = c.source.kind === 'author' ? 'author' : c.source.kind === 'entity' ? `by ${nameOf(c.source.mentionId)}` : `~${c.source.text}`;
      assert.equal(got, source, `${passage} → ${nameOf(c.subjectId)} ${c.predicate} ${nameOf(c.objectId)}`);
    }
  });
}

test('attribution: a title stated before the reporting verb stays in the author\'s voice', () => {
  const { claims, name } = claimsOf('[Naya Orlan|p], chairman of the [Cope Movement|o], told the assembly that the [Guard|o] armed the [Front|o].');
  const title = claims.find((c) => c.predicate === 'leader_of');
  const armed = claims.find((c) => c.predicate === 'sponsors');
  assert.equal(title?.source.kind, 'author');
  assert.ok(armed && armed.source.kind === 'entity' && name(armed.source.mentionId) === 'Naya Orlan');
});

test('attribution: quoted speech that runs on into the next sentence keeps its speaker', () => {
  const { claims, name } = claimsOf('[Tam Hale|p] said: "The [Guard|o] armed the [Front|o]. It also trained the [Cope Brigade|o] in [Osk|l]."');
  const trained = claims.find((c) => name(c.objectId) === 'Cope Brigade');
  assert.ok(trained, 'no claim in the second sentence');
  assert.ok(trained.source.kind === 'entity' && name(trained.source.mentionId) === 'Tam Hale', JSON.stringify(trained.source));
});

test('attribution: a closed quotation does not carry its speaker into the next sentence', () => {
  const { claims, name } = claimsOf('[Tam Hale|p] said: "The [Guard|o] armed the [Front|o]." The [Cope Brigade|o] attacked [Osk|l].');
  const attack = claims.find((c) => name(c.subjectId) === 'Cope Brigade');
  assert.ok(attack);
  assert.equal(attack.source.kind, 'author');
});

test('a denied statement is the denier\'s word, not the reports\' or claims\' it dismisses', () => {
  const { claims, name: nameOf } = claimsOf('The [Osk Council|o] dismissed claims that it supports the [Cope Brigade|o].');
  const parsed = claims.filter((c) => c.rule.includes('parse-sponsor'));
  assert.ok(parsed.length > 0, 'the parse reads the denied claim');
  for (const c of parsed) {
    assert.equal(c.source.kind === 'entity' ? nameOf(c.source.mentionId) : c.source.kind, 'Osk Council');
    assert.equal(c.negated, true);
    assert.equal(c.hedged, false, 'a denial is not a hedge');
  }
});

test('what a speaker says or denies ends at a semicolon', () => {
  const { claims, name } = claimsOf('The [Alder Bureau|o] has denied any role; [Tam Orlan|p], the [Alder Ministry|o]’s spokeswoman, called the document a forgery.');
  const title = claims.filter((c) => c.predicate === 'member_of' && name(c.subjectId) === 'Tam Orlan');
  assert.ok(title.length > 0 && title.every((c) => !c.negated), JSON.stringify(claims.map((c) => `${name(c.subjectId)} ${c.predicate} ${name(c.objectId)} ${c.negated}`)));
});

// "The Front, officials said, attacked Osk": an aside inside the clause speaks for all of it.
test('attribution: a parenthetical "X said" between subject and verb is the source of the clause', () => {
  for (const [sentence, source] of [
    ['The [Cope Brigade|o], police said, was attacked by the [Osk Front|o].', '~police'],
    ['The [Cope Brigade|o], the [Alder Army|o] said, attacked [Brell|l] on Sunday.', 'Alder Army'],
  ] as const) {
    const { claims, name } = claimsOf(sentence);
    assert.equal(claims.length, 1, sentence);
    const claim = claims[0]!;
    assert.equal(claim.source.kind === 'entity' ? name(claim.source.mentionId) : claim.source.kind === 'described' ? `~${claim.source.text}` : 'author', source, sentence);
    // The speaker does not become the doer.
    assert.notEqual(name(claim.subjectId), 'Alder Army', sentence);
  }
  // After a clause of its own, the aside closes that clause and no more.
  const { claims, name } = claimsOf('The [Osk Front|o] attacked [Brell|l], police said, but the [Cope Brigade|o] still holds [Osk|l].');
  const held = claims.find((c) => name(c.subjectId) === 'Cope Brigade')!;
  assert.equal(held.source.kind, 'author');
});
