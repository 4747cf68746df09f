import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PARSE_ROWS } from '../../../src/nlp/claims/parse-rules/index.js';
import { claimsOf, describedClaimsOf, relationsOf } from './annotated.js';

// Each parse row on parsed invented text, with what stands between its words varied: an adverbial, a
// parenthetical, a relative clause, coordination, the passive. A reading must survive all of them.
// (test/nlp/claims/parse-rules.test.ts runs the same rows over hand-written trees.)
type Case = readonly [row: string, sentence: string, expected: string];

const CASES: readonly Case[] = [
  ['parse-attack-verb', 'The [Red Valley Front|o] attacked the [Alder Guard|o].', 'Red Valley Front attacked Alder Guard'],
  ['parse-attack-verb', 'The [Red Valley Front|o] on Sunday attacked the [Alder Guard|o].', 'Red Valley Front attacked Alder Guard'],
  ['parse-attack-verb', 'The [Red Valley Front|o], which [Alder|l] has long backed, attacked the [Cope Brigade|o] last week.', 'Red Valley Front attacked Cope Brigade'],
  ['parse-attack-verb', 'The [Cope Brigade|o] was ambushed near the river by fighters of the [Red Valley Front|o].', 'Red Valley Front attacked Cope Brigade'],
  ['parse-attack-verb', 'The [Red Valley Front|o] and the [Osk Militia|o] raided [Brell|l] before dawn.', 'Osk Militia attacked Brell'],
  ['parse-sponsor-verb', 'The [Red Valley Front|o] is funded, officials say, by [Alder|l].', 'Alder sponsors Red Valley Front'],
  ['parse-sponsor-verb', '[Alder|l] has quietly financed the [Red Valley Front|o] since 2021.', 'Alder sponsors Red Valley Front'],
  ['parse-supply-verb', '[Alder|l] supplied rifles and drones to the [Red Valley Front|o] over the winter.', 'Alder supplied Red Valley Front'],
  ['parse-ally-verb', 'The [Red Valley Front|o], weakened by a year of fighting, allied with the [Cope Brigade|o].', 'Red Valley Front allied_with Cope Brigade'],
  ['parse-fight-verb', 'The [Red Valley Front|o] and the [Cope Brigade|o] clashed again on Sunday.', 'Red Valley Front hostile_to Cope Brigade'],
  ['parse-fight-verb', 'The [Red Valley Front|o] has fought the [Alder Guard|o] for a decade.', 'Red Valley Front hostile_to Alder Guard'],
  ['parse-lead-verb', 'The [Cope Brigade|o] is now led by [Ilsa Varn|p], a former teacher.', 'Ilsa Varn leader_of Cope Brigade'],
  ['parse-seat-verb', '[Tam Orlan|p], officials say, now sits on the [Red Valley Front|o]\'s military council.', 'Tam Orlan member_of Red Valley Front'],
  ['parse-seat-verb', '[Tam Orlan|p] served for a decade on the council of the [Red Valley Front|o].', 'Tam Orlan member_of Red Valley Front'],
  ['parse-arrest-verb', '[Ilsa Varn|p], who had fled in May, was detained on Tuesday by the [Alder Guard|o].', 'Alder Guard arrested Ilsa Varn'],
  ['parse-join-verb', '[Tam Orlan|p], a teacher from a village near the border, joined the [Red Valley Front|o] in 2019.', 'Tam Orlan member_of Red Valley Front'],
  ['parse-presence-verb', 'Fighters of the [Red Valley Front|o] now operate openly across [Brell|l].', 'Red Valley Front operates_in Brell'],
  ['parse-attack-noun', 'The [Red Valley Front|o] carried out a deadly raid on [Osk|l] last night.', 'Red Valley Front attacked Osk'],
  ['parse-hostility-noun', 'The region has seen months of clashes between the [Red Valley Front|o] and the [Alder Guard|o].', 'Red Valley Front hostile_to Alder Guard'],
  ['parse-ally-noun', 'The [Red Valley Front|o] has forged close ties with the [Cope Brigade|o], officials say.', 'Red Valley Front allied_with Cope Brigade'],
  ['parse-title', '[Ilsa Varn|p], the [Red Valley Front|o] chief, spoke on Monday.', 'Ilsa Varn leader_of Red Valley Front'],
  ['parse-kinship', '[Tam Varn|p] is the eldest son of [Ilsa Varn|p].', 'Tam Varn relative_of Ilsa Varn'],
  ['parse-composition', 'The [Osk Front|o] was formed in 2020 through the merger of the [Cope Brigade|o] and the [Brell Militia|o].', 'Brell Militia part_of Osk Front'],
  ['parse-composition', 'The [Osk Front|o], a coalition of the [Cope Brigade|o] and the [Brell Militia|o], denies it.', 'Cope Brigade part_of Osk Front'],
  ['parse-unit-of-body', 'The [3rd Brigade|o] of the [Alder Army|o] holds the pass.', '3rd Brigade part_of Alder Army'],
  ['parse-named-in-place', 'Coalition jets struck [Osk Front|o] positions near [Brell|l] on Sunday.', 'Osk Front operates_in Brell'],
  ['parse-control-verb', 'The [Osk Front|o] now controls most of the region of [Brell|l].', 'Osk Front operates_in Brell'],
  ['parse-attack-verb', 'The [Alder Guard|o], whose aircraft struck the [Osk Front|o] last week, denied the report.', 'Alder Guard attacked Osk Front'],
  ['parse-possessor-leads', "In 2021 [Tam Orlan|p]'s [Shield Council|o] seized power in the capital.", 'Tam Orlan leader_of Shield Council'],
  ['parse-kinship', '[Saif Varn|p], the younger brother of the Front’s emir, [Ilsa Varn|p], was arrested.', 'Saif Varn relative_of Ilsa Varn'],
  // A title the parse made the head of the name ("General Tam Orlan"), and a possessed name it hung on its possessor.
  ['parse-possessor-leads', "General [Tam Orlan|p]'s [Shield Council|o] seized power in 2021.", 'Tam Orlan leader_of Shield Council'],
  ['parse-title', "The [Cope Brigade|o]'s force commander, Major-General [Tam Orlan|p], said the capture was a success.", 'Tam Orlan member_of Cope Brigade'],
  ['parse-kinship', "The report said [Varn|p]'s half-brother, Colonel [Tomas Varn|p], sits on the council.", 'Tomas Varn relative_of Varn'],
  ['parse-described-part', 'The [Osk Brigade|o], a 3,000-strong peacekeeping force of the [Union of Coastal States|o], arrived in June.', 'Osk Brigade part_of Union of Coastal States'],
  ['parse-described-part', "The [Alder Front|o]'s armed wing, the [Osk Brigade|o], has been quiet since May.", 'Osk Brigade part_of Alder Front'],
  // A description after a coordination describes the conjunct it follows, not the first one.
  ['parse-presence-adjective', 'Clashes have erupted between the [Guard|o] and the [Brell Rangers|o], an ethnic militia active along the [Tarn River|l].', 'Brell Rangers operates_in Tarn River'],
  ['parse-attack-noun', 'The [Brell Rangers|o] were heavily involved in last week\'s raid on [Tellan|l].', 'Brell Rangers attacked Tellan'],
  ['parse-attack-noun', 'The [Brell Rangers|o] played a role in the ambush on the [Osk Guard|o].', 'Brell Rangers attacked Osk Guard'],
  ['parse-acts-in-place', 'The [Cope Brigade|o] clashed with the [Osk Front|o] near [Tellan|l] on Monday.', 'Cope Brigade operates_in Tellan'],
  ['parse-named-in-place', 'The [Cope Brigade|o] clashed with the [Osk Front|o] near [Tellan|l] on Monday.', 'Osk Front operates_in Tellan'],
  ['parse-acts-in-place', 'The [Osk Front|o] fought the [Cope Brigade|o] in [Brell Province|l] for a week.', 'Osk Front operates_in Brell Province'],
  ['parse-acts-in-place', 'The [Osk Front|o]’s offensive against the [Cope Brigade|o] in the upper [Tellan|l] valley began last week.', 'Osk Front operates_in Tellan'],
  ['parse-attack-noun', 'The attack by the [Osk Front|o] took place in [Tellan|l] on Monday.', 'Osk Front attacked Tellan'],
  ['parse-attack-noun', 'The [Osk Front|o] carried out a series of strikes near [Tellan|l] last week.', 'Osk Front operates_in Tellan'],
  // A predicate noun stands for its subject.
  ['parse-control-verb', 'The town of [Tellan|l] is the largest town now controlled by the [Osk Front|o].', 'Osk Front operates_in Tellan'],
  ['parse-attack-verb', 'The [Osk Front|o] is the group that attacked the [Cope Brigade|o] in May.', 'Osk Front attacked Cope Brigade'],
  ['parse-role-noun', 'The attack was confirmed by [Ilsa Varn|p], commissioner of the [Alder Police Command|o].', 'Ilsa Varn member_of Alder Police Command'],
  ['parse-role-noun', '[Tam Orlan|p], a former diplomat, is a visiting scholar at the [Brell Institute|o].', 'Tam Orlan member_of Brell Institute'],
  ['parse-lead-verb', 'The detainee is a cousin of [Ilsa Varn|p], who directs the [Osk Front|o] from prison.', 'Ilsa Varn leader_of Osk Front'],
  ['parse-lead-verb', '[Tam Orlan|p] has run the [Osk Front|o] with his brothers since 2019.', 'Tam Orlan leader_of Osk Front'],
  ['parse-serves-in', '[Tam Orlan|p] sits on the [Osk Council|o] and oversees arms deliveries.', 'Tam Orlan member_of Osk Council'],
  ['parse-serves-in', '[Tam Orlan|p], who served in the [Alder Army|o] for a decade, was arrested.', 'Tam Orlan member_of Alder Army'],
  ['parse-serves-in', 'In the 1990s [Tam Orlan|p] fought for the [Red Valley Front|o].', 'Tam Orlan member_of Red Valley Front'],
  // "whose" titles: the body is the relative clause's antecedent, the holder the name after the title.
  ['parse-title', 'Police raided the [Osk Front|o], whose leader, [Tam Orlan|p], escaped.', 'Tam Orlan leader_of Osk Front'],
  ['parse-title', 'The [Osk Front|o], whose commander, General [Tam Orlan|p], visited [Brell|l] in May, denied the report.', 'Tam Orlan member_of Osk Front'],
  // An object gap inside a relative clause: "the militia which officials accuse X of arming".
  ['parse-sponsor-verb', 'Fighting involved the [Brell Rangers|o], an ethnic militia which officials accuse the [Alder Army|o] of arming.', 'Alder Army sponsors Brell Rangers'],
  ['parse-attack-verb', '[Ilsa Varn|p] was wounded near [Tellan|l] in June in an ambush by fighters of the [Osk Front|o].', 'Osk Front attacked Ilsa Varn'],
  ['parse-place-in-place', 'The regime is inflicting the worst bombardment yet on [Tellan|l] and other towns and cities in [Brell|l].', 'Tellan located_in Brell'],
  ['parse-place-in-place', 'The rebels hold several towns in [Brell Province|l] including [Varnsk|l] and [Tellan|l].', 'Tellan located_in Brell Province'],
  ['parse-place-in-place', 'The cartel grew up in the port of [Tellan|l], in the state of [Brell|l], in the nineties.', 'Tellan located_in Brell'],
  ['parse-place-in-place', 'The Front holds the region of [Varnsk|l] in northern [Brell|l].', 'Varnsk located_in Brell'],
  // A participle set off after a name describes the name, wherever the parse hung it.
  ['parse-lead-verb', 'Officials welcomed the agreement between the [Osk Council|o], led by General [Tam Orlan|p], and the [Cope Brigade|o].', 'Tam Orlan leader_of Osk Council'],
  ['parse-sponsor-verb', 'Rebels attacked the headquarters of the [Osk Front|o], which the [Alder Army|o] has armed since 2020.', 'Alder Army sponsors Osk Front'],
  ['parse-described-part', 'The strikes were conducted with the [Cope Brigade|o], the [Osk Coalition|o]’s partner force in the north.', 'Cope Brigade allied_with Osk Coalition'],
  // The one supported in a fight is the one fighting.
  ['parse-hostility-noun', 'The minister reiterated support for the [Alder Army|o] in the fight against the [Osk Front|o].', 'Alder Army hostile_to Osk Front'],
  ['parse-hostility-noun', 'The [Brell Council|o] supports the [Alder Army|o] in the fight against [Kestrel|o].', 'Alder Army hostile_to Kestrel'],
  ['parse-acts-in-place', 'The arrest of [Tam Orlan|p] by police at a checkpoint near [Varnsk|l] was announced on Tuesday.', 'Tam Orlan operates_in Varnsk'],
  ['parse-alongside', 'The [Osk Front|o] fought the [Cope Brigade|o] in [Brell|l] alongside the [Alder Army|o].', 'Alder Army hostile_to Cope Brigade'],
  ['parse-alongside', 'The [Osk Front|o] fought the [Alder Guard|o] near [Brell|l] alongside the [Cope Brigade|o].', 'Osk Front allied_with Cope Brigade'],
  ['parse-alongside', 'The [Alder Army|o] raided the camp in coordination with the [Cope Brigade|o].', 'Alder Army allied_with Cope Brigade'],
  ['parse-alongside', 'Officers of the [Alder Police|o], in coordination with the [Cope Guard|o], arrested [Tam Orlan|p].', 'Cope Guard arrested Tam Orlan'],
  ['parse-alongside', 'Officers of the [Alder Police|o], in coordination with the [Cope Guard|o], arrested [Tam Orlan|p].', 'Alder Police allied_with Cope Guard'],
  ['parse-alongside', 'The [Alder Army|o], together with the [Cope Brigade|o], shelled [Tellan|l] overnight.', 'Cope Brigade attacked Tellan'],
  ['parse-tie-noun', 'The strikes were coordinated with the [Osk Front|o], the [Alder Coalition|o]’s partner force in [Brell|l].', 'Osk Front allied_with Alder Coalition'],
  ['parse-tie-noun', '[Alder|l], the main ally of the [Osk Front|o] since 2019, denied the report.', 'Alder allied_with Osk Front'],
  ['parse-tie-noun', 'The [Osk Front|o] and its arch-rival, the [Cope Brigade|o], met in [Brell|l].', 'Cope Brigade hostile_to Osk Front'],
  ['parse-tie-noun', '[Tam Orlan|p], a longtime rival of [Ilsa Varn|p], spoke on Monday.', 'Tam Orlan hostile_to Ilsa Varn'],
  ['parse-joint-body', 'A joint team of the [Alder Army|o] and the [Cope Brigade|o] raided the camp.', 'Alder Army allied_with Cope Brigade'],
  ['parse-pact', 'The [Osk Front|o] and the [Cope Brigade|o] signed a non-aggression pact in 2021.', 'Osk Front allied_with Cope Brigade'],
  ['parse-marriage', 'In 2019 [Ilsa Varn|p] married [Tam Orlan|p] in a village near the border.', 'Ilsa Varn relative_of Tam Orlan'],
  ['parse-fall-of', 'A year after the fall of [Osk|l] to the [Red Valley Front|o], the town is quiet.', 'Red Valley Front operates_in Osk'],
  ['parse-fall-of', 'Nearly a year after the fall of [Osk|l] to [Cope|o] terrorists, Tam Orlan spoke.', 'Cope operates_in Osk'],
  ['parse-fall-of', '[Osk|l] fell to the [Red Valley Front|o] in June after a week of shelling.', 'Red Valley Front operates_in Osk'],
  ['parse-taken-from', 'The [Alder Guard|o] captured the town of [Osk|l] from the [Red Valley Front|o] in May.', 'Red Valley Front operates_in Osk'],
  ['parse-taken-from', 'The [Alder Guard|o] captured the town of [Osk|l] from the [Red Valley Front|o] in May.', 'Alder Guard hostile_to Red Valley Front'],
  ['parse-taken-from', 'In June the [Cope Brigade|o] retook [Osk|l] from the [Red Valley Front|o].', 'Cope Brigade hostile_to Red Valley Front'],
  // The one supplied may hang on the goods.
  ['parse-supply-verb', 'The [Alder Ministry|o] supplies drones to the [Red Valley Front|o], a report says.', 'Alder Ministry supplied Red Valley Front'],
  ['parse-fight-verb', "The [Alder Guard|o]'s strategy to defeat the [Osk Front|o] is working.", 'Alder Guard hostile_to Osk Front'],
  ['parse-acts-in-place', 'The [Cope Brigade|o] on Monday held talks with envoys in [Brell|l].', 'Cope Brigade operates_in Brell'],
  // A tie or a place in a participle is a state of the noun it describes, and a body's description set off
  // after its fighters describes the body.
  ['parse-ally-verb', 'The [Cope Brigade|o], a militia allied with the [Red Valley Front|o], took the hill.', 'Cope Brigade allied_with Red Valley Front'],
  ['parse-ally-verb', 'By 2020 the [Cope Brigade|o] was closely aligned with the [Red Valley Front|o].', 'Cope Brigade allied_with Red Valley Front'],
  ['parse-ally-verb', 'Fighters of the [Cope Brigade|o], a militia allied with the [Red Valley Front|o], took the hill.', 'Cope Brigade allied_with Red Valley Front'],
  ['parse-presence-adjective', 'Members of the [Cope Brigade|o], a group based in [Brell|l], fled.', 'Cope Brigade operates_in Brell'],
  ['parse-ally-noun', "Officials described the [Alder Bureau|o]'s dealings with the [Cope Brigade|o] in detail.", 'Alder Bureau allied_with Cope Brigade'],
  // A place compounded onto an attack noun with no target of its own is what was struck.
  ['parse-attack-noun', 'The [Gardes du Lac|o] were involved in the [Osk|l] attack.', 'Gardes du Lac attacked Osk'],
  ['parse-attack-noun', 'The [Alder Army|o] blamed the [Gardes du Lac|o] for the [Osk|l] massacre.', 'Gardes du Lac attacked Osk'],
  // An unnamed set stands for the members an "including" phrase names, on the verb or on the noun.
  ['parse-control-verb', 'The [Red Valley Front|o] controls most of [Brell|l], including the towns of [Osk|l] and [Varn|l].', 'Red Valley Front operates_in Varn'],
  ['parse-attack-verb', 'The [Alder Guard|o] struck several towns, including [Osk|l] and [Varn|l], on Monday.', 'Alder Guard attacked Varn'],
  ['parse-sponsor-verb', 'Several states, including [Alder|l] and [Brell|l], have armed the [Cope Brigade|o].', 'Brell sponsors Cope Brigade'],
  // Belonging and subordination; a unit named with its body's possessive; a merger of names the parser
  // hung on "of" (a preposition never heads its noun).
  ['parse-join-verb', 'The [Osk Ministry|o], to which the [Border Corps|o] is subordinated, denied it.', 'Border Corps part_of Osk Ministry'],
  ['parse-join-verb', 'The [Fiscal Unit|o], which belongs to the [Alder Prosecutor|o], said so.', 'Fiscal Unit part_of Alder Prosecutor'],
  ['parse-unit-of-body', "Rebels ambushed a convoy of the [Alder Army|o]'s [22nd Battalion|o] on the road.", '22nd Battalion part_of Alder Army'],
  ['parse-composition', '[Harakat al-Nur|o] was formed in 2025 through the merger of [Jund al-Sabiq|o], [Kata\'ib al-Wadi|o] and [Jabhat al-Marj|o].', 'Kata\'ib al-Wadi part_of Harakat al-Nur'],
  // A place near the named target of an attack, wherever the parse hung it, is near the attacker too.
  ['parse-attack-noun', '[Alder Air Force|o] aircraft carried out strikes against the [Red Valley Front|o] near [Osk|l] on Monday.', 'Alder Air Force operates_in Osk'],
  // "where" stands for "in" its antecedent, a part of the place included; flying over a place is acting there.
  ['parse-presence-adjective', "[Osk Front|o] fighters shelled residential areas of [Brell|l], where the army's [3rd Brigade|o] is based.", '3rd Brigade operates_in Brell'],
  ['parse-acts-in-place', 'The [Alder Army|o] flew drones over [Osk|l] on Monday.', 'Alder Army operates_in Osk'],
  ['parse-described-part', "[Sada al-Nur|o], the [Osk Front|o]'s media outlet, said so.", 'Sada al-Nur part_of Osk Front'],
  ['parse-title', 'The cartel fights the [Irmandade do Passo|o], a Belvarran organisation whose leader, [Jairo Bastos|p], remains in prison.', 'Jairo Bastos leader_of Irmandade do Passo'],
  // A title given with no body of its own is of the body that gives it (or whose council does).
  ['parse-title', 'In 2020 the council of the [Red Valley Front|o] chose [Tam Orlan|p] as commander-in-chief.', 'Tam Orlan leader_of Red Valley Front'],
  ['parse-title', 'The [Red Valley Front|o] named [Tam Orlan|p] as its new spokesman on Monday.', 'Tam Orlan member_of Red Valley Front'],
  // "part of": predicated, after "forms/became", or set off; a person is a member.
  ['parse-described-part', 'The [Osk Air Wing|o], which forms part of the [Red Valley Front|o], denied it.', 'Osk Air Wing part_of Red Valley Front'],
  ['parse-described-part', 'Since 2020 the [Osk Air Wing|o] has been part of the [Red Valley Front|o].', 'Osk Air Wing part_of Red Valley Front'],
  ['parse-described-part', 'The [Cope Brigade|o], part of the [Red Valley Front|o], took the hill.', 'Cope Brigade part_of Red Valley Front'],
  ['parse-described-part', '[Tam Orlan|p] is part of the [Red Valley Front|o], police say.', 'Tam Orlan member_of Red Valley Front'],
];

for (const [row, sentence, expected] of CASES) {
  test(`${row}: ${sentence}`, () => {
    assert.ok(PARSE_ROWS.some((r) => r.name === row), `no row named ${row}`);
    const found = relationsOf(sentence);
    assert.ok(found.includes(expected), `${expected} not in ${JSON.stringify(found)}`);
  });
}

// Negated readings: the parse scopes "not", denials and ended ties to the claim's own clause.
const NEGATED: ReadonlyArray<readonly [sentence: string, expected: string]> = [
  ['In June [Tam Orlan|p] withdrew from the [Osk Front|o] with several hundred fighters.', 'Tam Orlan NOT member_of Osk Front'],
  ['[Alder|l] pulled its 600 soldiers out of the [Osk Mission|o] in January.', 'Alder NOT allied_with Osk Mission'],
  ['The [Cope Brigade|o] has denied any role in arming the [Osk Front|o].', 'Cope Brigade NOT sponsors Osk Front'],
  ['The [Osk Front|o] is not an ally of the [Cope Brigade|o], its spokesman said.', 'Osk Front NOT allied_with Cope Brigade'],
  ['The [Red Valley Front|o] did not attack the [Alder Guard|o] on Sunday.', 'Red Valley Front NOT attacked Alder Guard'],
  ['[Alder|l] has never funded the [Red Valley Front|o], the ministry said.', 'Alder NOT sponsors Red Valley Front'],
  ['[Alder|l] denied arming the [Red Valley Front|o].', 'Alder NOT sponsors Red Valley Front'],
  ['In February the [Osk Front|o] broke off all ties with the [Cope Brigade|o].', 'Osk Front NOT allied_with Cope Brigade'],
  ['In December the [Alder Army|o] severed all contacts with the [Cope Brigade|o].', 'Alder Army NOT allied_with Cope Brigade'],
  ['[Tam Orlan|p] said the [Gardes du Lac|o] were not involved in the [Osk|l] attack.', 'Gardes du Lac NOT attacked Osk'],
  // An event the subject took part in, negated on the word it hangs on.
  ['Officials said the [Brell Rangers|o] were not involved in the attack on [Tellan|l].', 'Brell Rangers NOT attacked Tellan'],
  ['The [Brell Rangers|o] were not responsible for the attack on [Tellan|l].', 'Brell Rangers NOT attacked Tellan'],
  // A window row's reading, negated by a denial the parse shows governing it from further up.
  ['The ministry dismissed as baseless the reports that the [Kestrel Front|o] directs the operations of the [Cope Brigade|o].', 'Kestrel Front NOT sponsors Cope Brigade'],
];
for (const [sentence, expected] of NEGATED) {
  test(`negation: ${sentence}`, () => {
    const found = relationsOf(sentence);
    assert.ok(found.includes(expected), `${expected} not in ${JSON.stringify(found)}`);
  });
}

test('taking part in an event, or part of a place, makes nobody a part or a member', () => {
  for (const text of ['The [Cope Brigade|o] took part in talks hosted by the [Red Valley Front|o].', 'Fighters of the [Cope Brigade|o] hold part of [Brell|l].']) {
    assert.ok(!relationsOf(text).some((r) => r.includes('part_of') || r.includes('member_of')), text);
  }
});

test('a passive\'s conjunct or adverbial clause shares its subject, not its agent', () => {
  const led = relationsOf('The [Red Valley Front|o] is led by [Tam Orlan|p] and controls most of [Brell|l].');
  assert.ok(led.includes('Red Valley Front operates_in Brell') && !led.includes('Tam Orlan operates_in Brell'), JSON.stringify(led));
  const arrested = relationsOf('[Tam Orlan|p] was arrested by the [Alder Guard|o] after attacking [Osk|l].');
  assert.ok(arrested.includes('Tam Orlan attacked Osk') && !arrested.includes('Alder Guard attacked Osk'), JSON.stringify(arrested));
});

test('serving somewhere is no membership of a place', () => {
  assert.ok(!relationsOf('[Tam Orlan|p] served in [Brell|l] for a decade.').some((r) => r.includes('member_of')));
});

test('parse-role-noun: a noun that relates a person to a body without membership gives none', () => {
  for (const text of ['[Tam Orlan|p], a fierce critic of the [Osk Front|o], was arrested.', '[Ilsa Varn|p], a lawyer for the [Osk Front|o], denied it.']) {
    assert.ok(!relationsOf(text).some((r) => r.includes('member_of')), text);
  }
});

test('a description set off after a name describes it, and stays outside the denial that governs the name', () => {
  const found = relationsOf('The [Osk Council|o] on Friday dismissed reports that it was arming the [Brell Rangers|o], a militia in [Alder|l].');
  assert.ok(found.includes('Osk Council NOT sponsors Brell Rangers'), JSON.stringify(found));
  assert.ok(found.includes('Brell Rangers operates_in Alder') && !found.includes('Brell Rangers NOT operates_in Alder'), JSON.stringify(found));
});

test('who leads a part of a body belongs to it; who leads the body, described or not, leads it', () => {
  for (const text of ["[Tam Orlan|p] is said to command the [Osk Front|o]'s fighters in the hills.", '[Tam Orlan|p], who allegedly runs the fuel depots of the [Osk Front|o], was freed.', "Police say [Tam Orlan|p] now runs the [Osk Front|o]’s kidnapping cell."]) {
    const found = relationsOf(text);
    assert.ok(found.includes('Tam Orlan member_of Osk Front') && !found.includes('Tam Orlan leader_of Osk Front'), `${text} ${JSON.stringify(found)}`);
  }
  for (const text of ["[Tam Orlan|p], the head of the [Osk Front|o]'s military wing, was arrested in May.", "The arrest of [Tam Orlan|p], commander of the [Osk Front|o]'s northern battalion, was announced."]) {
    const found = relationsOf(text);
    assert.ok(found.includes('Tam Orlan member_of Osk Front') && !found.includes('Tam Orlan leader_of Osk Front'), `${text} ${JSON.stringify(found)}`);
  }
  for (const text of ['The [Osk Front|o], a militia commanded by [Tam Orlan|p], holds the pass.', '[Tam Orlan|p] has commanded the [Osk Front|o] since 2019.']) {
    assert.ok(relationsOf(text).includes('Tam Orlan leader_of Osk Front'), `${text} ${JSON.stringify(relationsOf(text))}`);
  }
});

test('an event laid at someone\'s door ("blamed X for", "accused X of", "attributed … to X", "behind") names its actor', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['Officials blamed the [Red Valley Front|o] for last week\'s attack on the [Alder Guard|o].', 'Red Valley Front attacked Alder Guard'],
    ['The [Red Valley Front|o] was blamed for the bombing of a market in [Osk|l].', 'Red Valley Front attacked Osk'],
    ['The army attributed the ambush on the [Alder Guard|o] to the [Red Valley Front|o].', 'Red Valley Front attacked Alder Guard'],
    ['The [Red Valley Front|o] was behind the bombing in [Osk|l].', 'Red Valley Front attacked Osk'],
    ['The [Red Valley Front|o] is believed to be behind the kidnapping of [Tam Orlan|p] last week.', 'Red Valley Front attacked Tam Orlan'],
  ];
  for (const [text, expected] of cases) assert.ok(relationsOf(text).includes(expected), `${text} ${JSON.stringify(relationsOf(text))}`);
});

test('a denied claim carried by "claims by X that …" is negated however the parse hangs the clause, and the places of what it was done to stay outside', () => {
  const found = relationsOf('He rejected claims by state media that [Osk Front|o] aircraft had struck [Alder Army|o] positions near [Brell|l].');
  assert.ok(found.includes('Osk Front NOT attacked Alder Army'), JSON.stringify(found));
  assert.ok(found.includes('Alder Army operates_in Brell') && !found.includes('Alder Army NOT operates_in Brell'), JSON.stringify(found));
  assert.ok(relationsOf('The [Osk Front|o] denied having bases in [Brell|l].').includes('Osk Front NOT operates_in Brell'));
});

test('a participle on a noun keeps its own gap: "rifles bought in Belvo" puts nobody in Belvo', () => {
  const found = relationsOf('Its commanders approached the [Osk Brotherhood|o], which allegedly supplies them with rifles bought in [Belvo|l].');
  assert.ok(!found.includes('Osk Brotherhood operates_in Belvo'), JSON.stringify(found));
});

test('an attack only vowed or planned is hostility, not an attack', () => {
  for (const text of ['The [Osk Front|o] vowed further attacks on the [Alder Army|o].', '[Tam Orlan|p] had confessed to planning attacks on the [Alder Army|o].']) {
    const found = relationsOf(text);
    assert.ok(found.some((r) => r.endsWith('hostile_to Alder Army')) && !found.some((r) => r.endsWith('attacked Alder Army')), `${text} ${JSON.stringify(found)}`);
  }
  assert.ok(relationsOf('The [Osk Front|o] carried out attacks on the [Alder Army|o].').includes('Osk Front attacked Alder Army'));
});

test('a place qualifying a name stays outside the negation of the clause', () => {
  const found = relationsOf('[Alder|l] has never supplied weapons to the [Cope Brigade|o] or to any other group in [Brell|l].');
  assert.ok(found.includes('Alder NOT supplied Cope Brigade'), JSON.stringify(found));
  assert.ok(!found.some((r) => r.includes('NOT operates_in')), JSON.stringify(found));
});

test('what an act was against is no doer of it', () => {
  const found = relationsOf('The strikes against the [Osk Front|o] were conducted in coordination with the [Cope Brigade|o].');
  assert.ok(!found.some((r) => r.startsWith('Osk Front allied_with')), JSON.stringify(found));
});

test('who responds to an attack did not carry it out', () => {
  const found = relationsOf('The minister, [Tam Orlan|p], responds to the attack in [Brell|l].');
  assert.ok(!found.some((r) => r.startsWith('Tam Orlan attacked')), JSON.stringify(found));
});

test('a country lies in no town or province', () => {
  const found = relationsOf('Ministers agreed further joint action between [Chad|l] and [France|l] in [Calais|l] region.');
  assert.ok(!found.some((r) => r.includes('located_in Calais')), JSON.stringify(found));
});

test('a title in apposition keeps its holder whatever the clause around it denies or ends', () => {
  const found = relationsOf('The [Osk Front|o] did not attack [Tellan|l], its leader, [Tam Orlan|p], said.');
  assert.ok(found.includes('Tam Orlan leader_of Osk Front') && !found.includes('Tam Orlan NOT leader_of Osk Front'), JSON.stringify(found));
  assert.ok(relationsOf('[Tam Orlan|p] is no longer the leader of the [Osk Front|o].').includes('Tam Orlan NOT leader_of Osk Front'));
});

test('negation: a verb of ending negates what it governs, not a clause hung on it', () => {
  assert.ok(relationsOf('The [Osk Army|o] stopped funding the [Kestrel Front|o] in 2025.').includes('Osk Army NOT sponsors Kestrel Front'));
  const after = relationsOf('In 2025, after the rains ended, the [Osk Army|o] attacked the [Kestrel Front|o].');
  assert.ok(after.includes('Osk Army attacked Kestrel Front') && !after.includes('Osk Army NOT attacked Kestrel Front'), JSON.stringify(after));
});

// A negation in another clause does not reach the claim.
test('negation: "not" in a relative clause on the subject leaves the main claim asserted', () => {
  const found = relationsOf('The [Red Valley Front|o], which was not at the talks, attacked the [Alder Guard|o] the next day.');
  assert.ok(found.includes('Red Valley Front attacked Alder Guard'), JSON.stringify(found));
  assert.ok(!found.includes('Red Valley Front NOT attacked Alder Guard'), JSON.stringify(found));
});

// A denial that points back at the sentence before: the accused denies, in its own voice.
test('parse-denial-of-previous: "X has denied the charge" denies what the sentence before alleged of X', () => {
  const found = relationsOf('Officials in [Osk|l] accuse [Alder|l] of arming the [Cope Brigade|o]. [Alder|l] has denied the charge.');
  assert.ok(found.includes('Alder sponsors Cope Brigade'), JSON.stringify(found));
  assert.ok(found.includes('Alder NOT sponsors Cope Brigade'), JSON.stringify(found));
});
test('parse-denial-of-previous: a denial with its own clause is not read back', () => {
  const found = relationsOf('Officials accuse [Alder|l] of arming the [Cope Brigade|o]. [Alder|l] denied that it had ever met envoys.');
  assert.ok(!found.includes('Alder NOT sponsors Cope Brigade'), JSON.stringify(found));
});

test('parse-denial-of-previous: "denied any role" denies what was said of the denier, not its officers\' membership', () => {
  const found = relationsOf('A dossier names [Col. Irma Tal|p] of the [Osk Bureau|o] as the handler of the [Cope Brigade|o], and officials say the [Osk Bureau|o] funds the [Cope Brigade|o]. The [Osk Bureau|o] has denied any role.');
  assert.ok(found.includes('Osk Bureau NOT sponsors Cope Brigade'), JSON.stringify(found));
  assert.ok(!found.includes('Col. Irma Tal NOT member_of Osk Bureau'), JSON.stringify(found));
});
test('parse-denial-of-previous: the denial carries no date of the claim it denies', () => {
  const { claims } = claimsOf('Officials say the [Osk Bureau|o] has funded the [Cope Brigade|o] since 2017. The [Osk Bureau|o] has denied any role.');
  const denial = claims.find((c) => c.negated && c.predicate === 'sponsors');
  assert.ok(denial, JSON.stringify(claims));
  assert.equal(denial.date, null);
  assert.equal(claims.find((c) => !c.negated && c.predicate === 'sponsors')?.date?.value, '2017');
});
test('parse-denial-of-previous: a party\'s mouthpiece denies for it, and "the claim" is the last thing said', () => {
  const found = relationsOf('The [Cope Brigade|o] shelled [Brell|l] in May, and last week the [Red Valley Front|o] said it had overrun a [Cope Brigade|o] camp. [Sawt al-Nur|o], the [Cope Brigade|o]\'s magazine, dismissed the claim as boasting.');
  assert.ok(found.includes('Red Valley Front NOT attacked Cope Brigade'), JSON.stringify(found));
  assert.ok(!found.includes('Cope Brigade NOT attacked Brell'), JSON.stringify(found));
});
test('scope: a "that" clause the parse hangs as an adverbial is still what a denial governs', () => {
  const found = relationsOf('The ministry dismisses as baseless the reports that the [Osk Bureau|o] funds the [Cope Brigade|o].');
  assert.ok(found.includes('Osk Bureau NOT sponsors Cope Brigade'), JSON.stringify(found));
  assert.ok(!relationsOf('The [Cope Brigade|o] shelled [Brell|l] so that the [Alder Guard|o] would withdraw.').some((r) => r.includes('NOT')));
});

// Whose voice: a relative clause on a name is the writer's background; a statement noun carries its own source.
test('voice: a relative clause on a name inside reported speech is the writer\'s', () => {
  const claims = describedClaimsOf('Police said the [Osk Front|o], which has operated in [Brell|l] since 2019, attacked the [Alder Guard|o].');
  assert.ok(claims.some((c) => c.startsWith('Osk Front operates_in Brell | author')), JSON.stringify(claims));
  assert.ok(claims.some((c) => c.startsWith('Osk Front attacked Alder Guard | ~Police')), JSON.stringify(claims));
});
test('voice: "reports that" makes the reports the source', () => {
  const claims = describedClaimsOf('Asked about reports that [Alder|l] had armed the [Osk Front|o], the minister smiled.');
  assert.ok(claims.some((c) => c.startsWith('Alder sponsors Osk Front | ~reports')), JSON.stringify(claims));
});

test('a place the text puts inside another place does not act', () => {
  const found = relationsOf('[Osk|l], a town in [Alder|l], lies on the river. Rebels said [Osk|l] attacked the [Cope Brigade|o].');
  assert.ok(found.includes('Osk located_in Alder'), JSON.stringify(found));
  assert.ok(!found.includes('Osk attacked Cope Brigade'), JSON.stringify(found));
});
test('a state still acts', () => {
  const found = relationsOf('[Alder|l] armed the [Cope Brigade|o] in 2021.');
  assert.ok(found.includes('Alder sponsors Cope Brigade'), JSON.stringify(found));
});

test('"has the support of X": X is the sponsor, whichever table reads it', () => {
  const found = relationsOf('The [Osk Front|o] have the support of the [Cope Brigade|o], whose fighters hold the pass.');
  assert.ok(found.includes('Cope Brigade sponsors Osk Front'), JSON.stringify(found));
  assert.ok(!found.includes('Osk Front sponsors Cope Brigade'), JSON.stringify(found));
});

test('a place noun preceded by its names ("Osk and Tarn districts of Brell and Cope") keeps the "of" place outside', () => {
  const found = relationsOf('The Front is strong in [Osk|l] and [Tarn|l] districts of [Brell|l] and [Cope|l] provinces, respectively.');
  assert.ok(!found.some((r) => r.startsWith('Brell located_in') || r.startsWith('Cope located_in')), JSON.stringify(found));
});

// An officer's sponsorship is the organization's; what the officer hands over is the officer's own.
test('for-body: a person the sentence ties to a body sponsors for it', () => {
  const found = relationsOf('A dossier names Colonel [Irma Tal|p] of the [Osk Bureau|o] as the [Cope Brigade|o]\'s handler since 2017.');
  assert.ok(found.includes('Irma Tal sponsors Cope Brigade'), JSON.stringify(found));
  assert.ok(found.includes('Osk Bureau sponsors Cope Brigade'), JSON.stringify(found));
  const handed = relationsOf('A photograph shows [Irma Tal|p], the [Osk Bureau|o]\'s coordinator, handing a pistol to [Tam Orlan|p].');
  assert.ok(!handed.includes('Osk Bureau supplied Tam Orlan'), JSON.stringify(handed));
});
test('for-body: a membership said in another sentence does not make the body the sponsor', () => {
  const found = relationsOf('[Irma Tal|p] joined the [Osk Bureau|o] in 2001. Years later [Irma Tal|p] funded the [Cope Brigade|o] from her own pocket.');
  assert.ok(!found.includes('Osk Bureau sponsors Cope Brigade'), JSON.stringify(found));
});

// "blame X on Y": the one the event is laid on did it, and the "on" phrase naming them is no target.
test('blame-on: an event blamed on someone names its doer, however the parse hung the "on" phrase', () => {
  for (const sentence of [
    'Officials blamed the [Brell|l] raid on the [Cope Brigade|o].',
    'The raid on [Brell|l] was blamed on the [Cope Brigade|o].',
    'Officials blamed the raid on [Brell|l] on the [Cope Brigade|o].',
  ]) {
    const found = relationsOf(sentence);
    assert.ok(found.includes('Cope Brigade attacked Brell'), `${sentence} ${JSON.stringify(found)}`);
    assert.ok(!found.some((r) => r.startsWith('Brell ')), `${sentence} ${JSON.stringify(found)}`);
  }
  assert.ok(!relationsOf('Officials blamed the raid on [Brell|l] on poor security.').some((r) => r.includes('attacked')));
});

// Not speaking of an event does not deny it.
test('scope: "has not commented on the arrest of X by Y" leaves the arrest unnegated', () => {
  const found = relationsOf('The [Osk Front|o] has not commented on the arrest of [Tam Orlan|p] by the [Alder Guard|o].');
  assert.ok(found.includes('Alder Guard arrested Tam Orlan'), JSON.stringify(found));
  assert.ok(!found.includes('Alder Guard NOT arrested Tam Orlan'), JSON.stringify(found));
  assert.ok(relationsOf('The [Alder Guard|o] did not arrest [Tam Orlan|p].').includes('Alder Guard NOT arrested Tam Orlan'));
});

// "the Osk massacre, in which X killed …": the clause happened where its event did.
test('relative "in which" on an event noun: what the clause tells happened at the event\'s place', () => {
  const found = relationsOf('It came a month after the [Brell|l] massacre, in which the [Cope Brigade|o] killed 41 people at a market.');
  assert.ok(found.includes('Cope Brigade attacked Brell'), JSON.stringify(found));
  const meeting = relationsOf('It came a month after the [Brell|l] talks, in which the [Cope Brigade|o] took no part.');
  assert.ok(!meeting.includes('Cope Brigade attacked Brell'), JSON.stringify(meeting));
});

// A light verb in any form hands its subject to the event noun it governs.
test('light verbs: "denied ever providing weapons to X" is a denied supply, whatever form the light verb takes', () => {
  const found = relationsOf('[Alder|l] denied ever providing weapons to the [Cope Brigade|o].');
  assert.ok(found.includes('Alder NOT supplied Cope Brigade'), JSON.stringify(found));
});

// "which" is never a person: a "which" clause the parse hung on a person's title belongs to the noun before its comma.
test('relative "which" hung on a title goes to the noun before its comma', () => {
  const found = relationsOf('The raid was led by [Tam Orlan|p], commander of the [3rd Brigade|o], under [Ilsa Varn|p], commander of the army\'s [4th Division|o], to which the brigade belongs.');
  assert.ok(found.includes('3rd Brigade part_of 4th Division'), JSON.stringify(found));
});

// With the doer as the noun's possessor, its "of" phrase is what the act is done to.
test('event nouns: "its support of X" makes X the one supported; "the support of X" keeps X the giver', () => {
  assert.ok(relationsOf('[Alder|l] renewed its support of the [Cope Brigade|o].').includes('Alder sponsors Cope Brigade'));
  assert.ok(relationsOf('The [Cope Brigade|o] has the support of [Alder|l].').includes('Alder sponsors Cope Brigade'));
});
