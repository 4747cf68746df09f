import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType, Mention } from '../../../src/core/index.js';
import { buildUnitTree, findOverParse, type TokenArc } from '../../../src/nlp/claims/parse-rules/index.js';
import type { Unit } from '../../../src/nlp/claims/sentence-view.js';

// Hand-written trees for invented sentences, in CoNLL-U's spirit: "form UPOS head deprel [type]", heads
// 1-based, 0 the root; a name is one token marked o/p/l. These test the rows over a fixed parse, whatever
// the parser model of the day does; test/nlp/claims/constructions-parsed.test.ts runs them on parsed text.
const TYPES: Readonly<Record<string, EntityType>> = { o: 'organization', p: 'person', l: 'location' };

function sentence(rows: readonly string[]): { units: Unit[]; arcs: TokenArc[] } {
  const units: Unit[] = [];
  const arcs: TokenArc[] = [];
  let offset = 0;
  for (const row of rows) {
    const [form, upos, head, deprel, type] = row.split(' ') as [string, string, string, string, string | undefined];
    const text = form.replaceAll('_', ' ');
    const start = offset;
    const end = start + text.length;
    offset = end + 1;
    const mention: Mention | null = type ? { id: `t:${start}`, docId: 't', start, end, text, type: TYPES[type]!, sentenceIndex: 0, rule: 'gazetteer/test' } : null;
    units.push({ start, end, text, lower: text.toLowerCase(), pos: mention ? 'PROPN' : upos, mention, viaCoref: false });
    arcs.push({ start, end, upos, head: Number(head) - 1, deprel });
  }
  return { units, arcs };
}

function read(rows: readonly string[]): string[] {
  const { units, arcs } = sentence(rows);
  const found = findOverParse(units, buildUnitTree(units, arcs));
  return [...new Set(found.map((f) => `${units[f.subject]!.text} ${f.negated !== f.denied ? 'NOT ' : ''}${f.predicate} ${units[f.object]!.text}`))].sort();
}

const CASES: ReadonlyArray<readonly [name: string, rows: readonly string[], expected: readonly string[]]> = [
  ['the noun "whose" possesses, read as an oblique before a verb with no subject, is its subject', [
    'Cope_Brigade PROPN 2 nsubj o', 'has VERB 0 root', 'the DET 4 det', 'support NOUN 2 obj', 'of ADP 6 case', 'Alder_Guard PROPN 4 nmod o', ', PUNCT 10 punct',
    'whose PRON 9 nmod:poss', 'aircraft NOUN 10 obl:unmarked', 'struck VERB 4 acl', 'Osk_Front PROPN 12 compound o', 'positions NOUN 10 obj', '. PUNCT 2 punct',
  ], ['Alder Guard attacked Osk Front', 'Alder Guard sponsors Cope Brigade']],
  ['an object the parse hung on the verb\'s object is coordinated with it, and both are struck', [
    'The DET 2 det', 'Osk_Front PROPN 3 nsubj o', 'attacked VERB 0 root', 'police NOUN 5 compound', 'posts NOUN 3 obj', 'and CCONJ 8 cc', 'safe ADJ 8 amod', 'houses NOUN 5 obj', 'in ADP 10 case', 'Brell PROPN 8 nmod l', '. PUNCT 3 punct',
  ], ['Osk Front attacked Brell']],
  ['a name set off after a description the parse made a second subject is the description\'s apposition', [
    'The DET 3 det', 'Osk_Front PROPN 5 compound o', "'s PART 2 case", 'armed ADJ 5 amod', 'wing NOUN 9 nsubj', ', PUNCT 7 punct', 'Cope_Brigade PROPN 9 nsubj o', ', PUNCT 7 punct', 'said VERB 0 root', 'so ADV 9 advmod', '. PUNCT 9 punct',
  ], ['Cope Brigade part_of Osk Front']],
  ['a preposition the parse made the head of its noun is lowered to the noun\'s case marker', [
    'The DET 2 det', 'Osk_Front PROPN 4 nsubj:pass o', 'was AUX 4 aux:pass', 'formed VERB 0 root', 'through ADP 7 case', 'the DET 7 det', 'merger NOUN 4 obl', 'of ADP 7 nmod',
    'Cope_Brigade PROPN 8 nsubj o', 'and CCONJ 11 cc', 'Brell_Militia PROPN 9 conj o', '. PUNCT 4 punct',
  ], ['Brell Militia part_of Osk Front', 'Cope Brigade part_of Osk Front']],
  ['a bulletin\'s place label before a colon is no subject, though the parse made the subject its apposition', [
    'Brell PROPN 7 nsubj l', ': PUNCT 4 punct', 'The DET 4 det', 'Osk_Guard PROPN 1 appos o', 'on ADP 6 case', 'Tuesday PROPN 7 obl', 'arrested VERB 0 root', 'Tam_Orlan PROPN 7 obj p', '. PUNCT 7 punct',
  ], ['Osk Guard arrested Tam Orlan']],
  ['a bulleted place label is no subject either', [
    '• PUNCT 8 punct', 'Brell PROPN 8 nsubj l', ': PUNCT 5 punct', 'The DET 5 det', 'Osk_Guard PROPN 2 appos o', 'on ADP 7 case', 'Tuesday PROPN 8 obl', 'arrested VERB 0 root', 'Tam_Orlan PROPN 8 obj p', '. PUNCT 8 punct',
  ], ['Osk Guard arrested Tam Orlan']],
  ['a clause opened by "in which" that the parse hung loosely is a relative clause on the event before it, and happened where it did', [
    'It PRON 2 nsubj', 'came VERB 0 root', 'after ADP 6 case', 'the DET 6 det', 'Brell PROPN 6 compound l', 'massacre NOUN 2 obl', ', PUNCT 11 punct', 'in ADP 9 case', 'which DET 10 det', 'Cope_Brigade PROPN 11 nsubj o', 'killed VERB 2 parataxis', 'dozens NOUN 11 obj', '. PUNCT 2 punct',
  ], ['Cope Brigade attacked Brell']],
  ['"no evidence that X armed Y" read as a relative clause with "that" as its object is the noun\'s complement, and its "no" negates it', [
    'Investigators NOUN 2 nsubj', 'found VERB 0 root', 'no DET 4 det', 'evidence NOUN 2 obj', 'that PRON 7 obj', 'Alder PROPN 7 nsubj l', 'armed VERB 4 acl:relcl', 'the_Cope_Brigade PROPN 7 xcomp o', '. PUNCT 2 punct',
  ], ['Alder NOT sponsors the Cope Brigade']],
  ['a parenthetical "X said" between subject and verb hangs on the verb, which gets its subject back (the name was the root)', [
    'Tam_Orlan PROPN 0 root p', ', PUNCT 4 punct', 'officials NOUN 4 nsubj', 'say VERB 1 parataxis', ', PUNCT 7 punct', 'now ADV 7 advmod', 'joined VERB 4 ccomp', 'the_Osk_Front PROPN 7 obj o', '. PUNCT 1 punct',
  ], ['Tam Orlan member_of the Osk Front']],
  ['a parenthetical "X said" between subject and verb hangs on the verb (the report was the root, with two subjects)', [
    'Cope_Brigade PROPN 5 nsubj o', ', PUNCT 4 punct', 'the DET 4 det', 'Alder_Army PROPN 5 nsubj o', 'said VERB 0 root', ', PUNCT 7 punct', 'attacked VERB 5 ccomp', 'Brell PROPN 7 obj l', '. PUNCT 5 punct',
  ], ['Cope Brigade attacked Brell']],
  ['a parenthetical "she added" parsed as the root with the real verb its conjunct gives the verb back its subject', [
    'Alder PROPN 4 nsubj l', ', PUNCT 4 punct', 'she PRON 4 nsubj', 'added VERB 0 root', ', PUNCT 6 punct', 'attacked VERB 4 conj', 'the_Cope_Brigade PROPN 6 obj o', '. PUNCT 4 punct',
  ], ['Alder attacked the Cope Brigade']],
  ['a name straight after a lowercase title noun takes the title\'s place, however the parse hung it', [
    'Alder PROPN 2 nsubj l', 'cut VERB 0 root', 'ties NOUN 2 obj', 'with ADP 6 case', 'militia NOUN 6 compound', 'leader NOUN 3 nmod', 'Tam_Orlan PROPN 2 obj p', '. PUNCT 2 punct',
  ], ['Alder NOT allied_with Tam Orlan']],
  ['a subject the parse hung on a fronted time phrase is given back to the verb', [
    'In ADP 2 case', 'December PROPN 5 obl', 'the DET 4 det', 'Alder_Army PROPN 2 appos o', 'attacked VERB 0 root', 'the DET 7 det', 'Cope_Brigade PROPN 5 obj o', '. PUNCT 5 punct',
  ], ['Alder Army attacked Cope Brigade']],
  ['a bare noun phrase the parse hung on a subjectless verb as an oblique is the verb\'s subject', [
    'Units NOUN 10 obl', 'of ADP 3 case', 'Alder_Guard PROPN 1 nmod o', ', PUNCT 6 punct', 'in ADP 6 case', 'concert NOUN 1 nmod', 'with ADP 8 case', 'Osk_Police PROPN 6 nmod o', ', PUNCT 6 punct', 'detained VERB 0 root', 'Tam_Orlan PROPN 10 obj p', '. PUNCT 10 punct',
  ], ['Alder Guard allied_with Osk Police', 'Alder Guard arrested Tam Orlan', 'Osk Police arrested Tam Orlan']],
  ['a bare time before a subjectless verb stays an oblique (no "Sunday" as subject)', [
    'Sunday PROPN 2 obl', 'stormed VERB 0 root', 'Brell PROPN 2 obj l', '. PUNCT 2 punct',
  ], []],
  ['a name after a time phrase with its own preposition stays where it is (no "Osk attacked")', [
    'In ADP 2 case', 'December PROPN 6 obl', 'in ADP 4 case', 'Osk PROPN 2 nmod l', 'militants NOUN 6 nsubj', 'attacked VERB 0 root', 'the DET 8 det', 'Cope_Brigade PROPN 6 obj o', '. PUNCT 6 punct',
  ], ['Cope Brigade operates_in Osk']],
  ['a relative clause between subject and verb does not break the reading', [
    'The DET 2 det', 'Red_Valley_Front PROPN 8 nsubj o', ', PUNCT 6 punct', 'which PRON 6 obj', 'Alder PROPN 6 nsubj o', 'backs VERB 2 acl:relcl', ', PUNCT 6 punct',
    'attacked VERB 0 root', 'a DET 10 det', 'post NOUN 8 obj', 'in ADP 12 case', 'Osk PROPN 10 nmod l', '. PUNCT 8 punct',
  ], ['Alder sponsors Red Valley Front', 'Red Valley Front attacked Osk']],
  ['the passive with a "by" agent reverses the direction', [
    'Ilsa_Varn PROPN 3 nsubj:pass p', 'was AUX 3 aux:pass', 'detained VERB 0 root', 'by ADP 5 case', 'Alder_Guard PROPN 3 obl:agent o', '. PUNCT 3 punct',
  ], ['Alder Guard arrested Ilsa Varn']],
  ['coordinated subjects each act, and a shared subject carries to the second verb', [
    'The DET 2 det', 'Front PROPN 5 nsubj o', 'and CCONJ 4 cc', 'the_Guard PROPN 2 conj o', 'stormed VERB 0 root', 'Osk PROPN 5 obj l', 'and CCONJ 8 cc', 'ambushed VERB 5 conj', 'Cope_Brigade PROPN 8 obj o', '. PUNCT 5 punct',
  ], ['Front attacked Cope Brigade', 'Front attacked Osk', 'the Guard attacked Cope Brigade', 'the Guard attacked Osk']],
  ['a negation on the verb negates; one in a relative clause on the subject does not', [
    'The DET 2 det', 'Front PROPN 10 nsubj o', ', PUNCT 7 punct', 'which PRON 7 nsubj', 'was AUX 7 cop', 'not PART 7 advmod', 'involved ADJ 2 acl:relcl', ', PUNCT 7 punct', 'never ADV 10 advmod', 'funded VERB 0 root', 'the_Guard PROPN 10 obj o', '. PUNCT 10 punct',
  ], ['Front NOT sponsors the Guard']],
  ['a denial verb above the clause denies it', [
    'Alder PROPN 2 nsubj o', 'denied VERB 0 root', 'arming VERB 2 xcomp', 'the_Front PROPN 3 obj o', '. PUNCT 2 punct',
  ], ['Alder NOT sponsors the Front']],
  ['an event noun takes the doer of its light verb and its target through "on"', [
    'The DET 2 det', 'Front PROPN 3 nsubj o', 'carried VERB 0 root', 'out ADP 3 compound:prt', 'a DET 6 det', 'raid NOUN 3 obj', 'on ADP 8 case', 'Osk PROPN 6 nmod l', '. PUNCT 3 punct',
  ], ['Front attacked Osk']],
  ['an intended attack is hostility', [
    'The DET 2 det', 'Front PROPN 3 nsubj o', 'vowed VERB 0 root', 'to PART 5 mark', 'attack VERB 3 xcomp', 'the_Guard PROPN 5 obj o', '. PUNCT 3 punct',
  ], ['Front hostile_to the Guard']],
  // … and the place that "has seen" them is where both sides were.
  ['clashes between two named groups relate them', [
    'Osk PROPN 3 nsubj l', 'has AUX 3 aux', 'seen VERB 0 root', 'clashes NOUN 3 obj', 'between ADP 6 case', 'the_Front PROPN 4 nmod o', 'and CCONJ 8 cc', 'the_Guard PROPN 6 conj o', '. PUNCT 3 punct',
  ], ['the Front hostile_to the Guard', 'the Front operates_in Osk', 'the Guard operates_in Osk']],
  ['the fighters of a group act as the group', [
    'Front PROPN 2 compound o', 'fighters NOUN 3 nsubj', 'ambushed VERB 0 root', 'a DET 5 det', 'convoy NOUN 3 obj', 'near ADP 7 case', 'Osk PROPN 3 obl l', '. PUNCT 3 punct',
  ], ['Front operates_in Osk']],
  ['a title in apposition with its body as possessor', [
    'Tam_Orlan PROPN 0 root p', ', PUNCT 5 punct', 'the DET 4 det', "Front PROPN 5 nmod:poss o", "chief NOUN 1 appos", '. PUNCT 1 punct',
  ], ['Tam Orlan leader_of Front']],
  ['a title before the name, with the body as its compound', [
    'Front PROPN 2 compound o', 'spokesman NOUN 3 compound', 'Tam_Orlan PROPN 4 nsubj p', 'spoke VERB 0 root', '. PUNCT 4 punct',
  ], ['Tam Orlan member_of Front']],
  ['kin through "of" on a copula predicate', [
    'Tam_Varn PROPN 5 nsubj p', 'is AUX 5 cop', 'the DET 5 det', 'eldest ADJ 5 amod', 'son NOUN 0 root', 'of ADP 7 case', 'Ilsa_Varn PROPN 5 nmod p', '. PUNCT 5 punct',
  ], ['Tam Varn relative_of Ilsa Varn']],
  ['an event noun with a "by" agent and a place puts the agent there', [
    'The DET 2 det', 'use NOUN 0 root', 'of ADP 4 case', 'drones NOUN 2 nmod', 'by ADP 6 case', 'the_Front PROPN 2 nmod o', 'in ADP 8 case', 'Osk PROPN 2 nmod l',
  ], ['the Front operates_in Osk']],
  ['accused of arming: the accused is the doer', [
    'Officials NOUN 2 nsubj', 'accused VERB 0 root', 'Alder PROPN 2 obj o', 'of SCONJ 5 mark', 'arming VERB 2 advcl', 'the_Front PROPN 5 obj o', '. PUNCT 2 punct',
  ], ['Alder sponsors the Front']],
  ['a place qualifying the target puts the target there, and is not what was struck', [
    'Alder PROPN 2 nsubj l', 'launched VERB 0 root', 'strikes NOUN 2 obj', 'against ADP 5 case', 'the_Front PROPN 3 nmod o', 'in ADP 7 case', 'Osk PROPN 5 nmod l', 'and CCONJ 9 cc', 'Brell PROPN 7 conj l', '. PUNCT 2 punct',
  ], ['Alder attacked the Front', 'the Front operates_in Brell', 'the Front operates_in Osk']],
  ['coordination joins names of one kind: a place is no conjunct of a group', [
    'The DET 2 det', 'Guard PROPN 3 nsubj o', 'attacked VERB 0 root', 'the_Front PROPN 3 obj o', 'and CCONJ 6 cc', 'Osk PROPN 4 conj l', '. PUNCT 3 punct',
  ], ['Guard attacked the Front']],
  ['what a place is said to be puts it inside another', [
    'Brell PROPN 4 nsubj l', 'is AUX 4 cop', 'a DET 4 det', 'district NOUN 0 root', 'in ADP 6 case', 'Alder PROPN 4 nmod l', '. PUNCT 4 punct',
  ], ['Brell located_in Alder']],
  ['what a group is said to be, somewhere, puts it there', [
    'the_Cope_Brigade PROPN 7 nsubj o', ', PUNCT 4 punct', 'a DET 4 det', 'militia NOUN 1 appos', 'in ADP 6 case', 'Brell PROPN 4 nmod l', 'denies VERB 0 root', '. PUNCT 7 punct',
  ], ['the Cope Brigade operates_in Brell']],
  ['a name in apposition to the body of a title phrase names the title holder', [
    'Tam_Varn PROPN 0 root p', ', PUNCT 3 punct', 'brother NOUN 1 appos', 'of ADP 6 case', 'the DET 6 det', 'leader NOUN 3 nmod', 'of ADP 9 case', 'the DET 9 det', 'Front PROPN 6 nmod o', ', PUNCT 11 punct', 'Ilsa_Varn PROPN 9 appos p', '. PUNCT 1 punct',
  ], ['Tam Varn relative_of Ilsa Varn']],
  ['presence through an adjective on an apposition', [
    'the_Cope_Brigade PROPN 0 root o', ', PUNCT 4 punct', 'a DET 4 det', 'militia NOUN 1 appos', 'active ADJ 4 amod', 'along ADP 7 case', 'Osk_river PROPN 5 obl l', '. PUNCT 1 punct',
  ], ['the Cope Brigade operates_in Osk river']],
];

for (const [name, rows, expected] of CASES) {
  test(`parse rules: ${name}`, () => assert.deepEqual(read(rows), [...expected].sort(), rows.map((r) => r.split(' ')[0]).join(' ')));
}

// Hedges the parse scopes: on the claim's own verb, or on a verb above it; not on a neighbour clause.
const HEDGE_CASES: ReadonlyArray<readonly [name: string, rows: readonly string[], hedged: boolean]> = [
  ['a raising passive above the claim hedges it and hands down its subject', [
    'The DET 2 det', 'Front PROPN 4 nsubj:pass o', 'is AUX 4 aux:pass', 'believed VERB 0 root', 'to PART 7 mark', 'have AUX 7 aux', 'attacked VERB 4 xcomp', 'the_Guard PROPN 7 obj o', '. PUNCT 4 punct',
  ], true],
  ['an adverb on the verb hedges it', [
    'The DET 2 det', 'Front PROPN 4 nsubj o', 'reportedly ADV 4 advmod', 'attacked VERB 0 root', 'the_Guard PROPN 4 obj o', '. PUNCT 4 punct',
  ], true],
  ['an adverb in a relative clause on the object does not', [
    'The DET 2 det', 'Front PROPN 3 nsubj o', 'attacked VERB 0 root', 'the_Guard PROPN 3 obj o', ', PUNCT 8 punct', 'which PRON 8 nsubj', 'reportedly ADV 8 advmod', 'moved VERB 4 acl:relcl', '. PUNCT 3 punct',
  ], false],
];
for (const [name, rows, hedged] of HEDGE_CASES) {
  test(`parse rules, hedging: ${name}`, () => {
    const { units, arcs } = sentence(rows);
    const found = findOverParse(units, buildUnitTree(units, arcs)).filter((f) => f.predicate === 'attacked');
    assert.ok(found.length > 0, 'the attack is read');
    assert.equal(found[0]!.hedged, hedged, rows.map((r) => r.split(' ')[0]).join(' '));
  });
}
