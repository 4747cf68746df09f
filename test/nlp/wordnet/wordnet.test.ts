import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GLOBAL_STOP, SEEDS } from '../../../scripts/build-triggers.js';
import { inflect, isNaturalFeatureNoun, LIGHT_VERB_SENSES, lemmatize, SENSE_NAMES, TRIGGERS } from '../../../src/nlp/wordnet/index.js';

const LEMMAS: ReadonlyArray<[word: string, upos: string, lemma: string]> = [
  ['fought', 'VERB', 'fight'],          // verb.exc
  ['led', 'VERB', 'lead'],
  ['withdrew', 'VERB', 'withdraw'],
  ['kidnapped', 'VERB', 'kidnap'],      // doubled consonant, from the exception list
  ['raided', 'VERB', 'raid'],           // -ed → '' (raide is no verb)
  ['based', 'VERB', 'base'],            // -ed → -e first
  ['shelling', 'VERB', 'shell'],
  ['smuggles', 'VERB', 'smuggle'],
  ['Ambushes', 'NOUN', 'ambush'],       // lower-cased, -es after a sibilant
  ['militias', 'NOUN', 'militia'],
  ['allies', 'NOUN', 'ally'],           // "Allies" is a lemma too; the shorter wins
  ['bases', 'NOUN', 'base'],
  ['was', 'AUX', 'be'],
  ['better', 'ADJ', 'good'],            // adj.exc
  ['Zorvath', 'PROPN', 'zorvath'],      // unknown: unchanged, lower case
  ['Brellish', 'ADJ', 'brellish'],
  ['the', 'DET', 'the'],                // no WordNet part of speech
  ['news', 'NOUN', 'news'],             // a lemma, and "new" is no noun
];
for (const [word, upos, lemma] of LEMMAS) test(`lemmatize ${word}/${upos} → ${lemma}`, () => assert.equal(lemmatize(word, upos), lemma, `${word}/${upos}`));

test('lemmatize is memoised and stable: the same answer twice', () => {
  assert.equal(lemmatize('strafed', 'VERB'), 'strafe');
  assert.equal(lemmatize('strafed', 'VERB'), 'strafe');
});

const INFLECTIONS: ReadonlyArray<[lemma: string, pos: 'noun' | 'verb', forms: string[]]> = [
  ['raid', 'verb', ['raid', 'raids', 'raided', 'raiding']],
  ['ally', 'verb', ['ally', 'allies', 'allied', 'allying']],
  ['fight', 'verb', ['fight', 'fights', 'fighting', 'fought']],     // no "fighted"
  ['strafe', 'verb', ['strafe', 'strafes', 'strafed', 'strafing']],
  ['ambush', 'noun', ['ambush', 'ambushes']],
  ['militia', 'noun', ['militia', 'militias']],
];
for (const [lemma, pos, forms] of INFLECTIONS) test(`inflect ${lemma} (${pos})`, () => assert.deepEqual(inflect(lemma, pos), forms, lemma));

test('every inflected form lemmatizes back to its lemma', () => {
  for (const name of SENSE_NAMES) for (const verb of TRIGGERS[name].verbs) {
    for (const form of inflect(verb, 'verb')) assert.equal(lemmatize(form, 'VERB'), verb, `${name}: ${form} → ${verb}`);
  }
});

const MEMBERS: ReadonlyArray<[sense: (typeof SENSE_NAMES)[number], kind: 'verbs' | 'nouns' | 'agents', word: string, present: boolean]> = [
  ['attack', 'verbs', 'attack', true],
  ['attack', 'verbs', 'ambush', true],
  ['attack', 'verbs', 'strafe', true],       // a troponym of the seed
  ['attack', 'nouns', 'raid', true],
  ['attack', 'nouns', 'bombing', true],      // derived from "bomb"
  ['attack', 'agents', 'attacker', true],
  ['attack', 'verbs', 'tackle', false],      // stop list: sport, not war
  ['attack', 'verbs', 'rape', false],        // another lexicographer file: not followed
  ['arrest', 'verbs', 'detain', true],
  ['arrest', 'verbs', 'collar', false],      // stop list
  ['fund', 'verbs', 'bankroll', true],
  ['fund', 'nouns', 'sponsorship', true],
  ['fund', 'agents', 'backer', true],
  ['arm', 'verbs', 'harbour', true],
  ['supply', 'verbs', 'smuggle', true],
  ['ally', 'nouns', 'alliance', true],
  ['hostile', 'verbs', 'clash', true],
  ['hostile', 'nouns', 'rivalry', true],
  ['lead', 'verbs', 'command', true],
  ['member', 'verbs', 'enlist', true],
  ['presence', 'verbs', 'deploy', true],
  ['ended', 'verbs', 'withdraw', true],
  ['ended', 'verbs', 'sever', true],
  ['denial', 'verbs', 'refute', true],
  ['reporting', 'verbs', 'allege', true],
  ['hedge', 'verbs', 'suspect', true],
];
for (const [sense, kind, word, present] of MEMBERS) {
  test(`triggers: ${sense}.${kind} ${present ? 'has' : 'lacks'} "${word}"`, () => assert.equal(TRIGGERS[sense][kind].has(word), present, `${sense}.${kind} ${word}`));
}

test('every sense has verbs, no trigger is a multi-word entry or a global stop word, and the seeds cover every sense', () => {
  assert.deepEqual(Object.keys(SEEDS).sort(), [...SENSE_NAMES].sort());
  for (const name of SENSE_NAMES) {
    const t = TRIGGERS[name];
    assert.ok(t.verbs.size > 0, name);
    for (const w of [...t.verbs, ...t.nouns, ...t.agents]) {
      assert.match(w, /^[a-z][a-z-]*[a-z]$/, `${name}: ${w}`);
      assert.ok(!GLOBAL_STOP.has(w), `${name}: ${w}`);
      assert.ok(!SEEDS[name]!.stop.includes(w), `${name}: ${w} is on its stop list`);
    }
  }
});

test('light verbs: "carried out an attack", "has the support of"', () => {
  assert.equal(LIGHT_VERB_SENSES.get(lemmatize('carried', 'VERB'))?.particle, 'out');
  assert.ok(LIGHT_VERB_SENSES.get(lemmatize('has', 'VERB'))?.senses.includes('fund'));
  assert.ok(LIGHT_VERB_SENSES.get(lemmatize('launched', 'VERB'))?.senses.includes('attack'));
  assert.equal(LIGHT_VERB_SENSES.get('attack'), undefined, 'a trigger is not a light verb');
});

test('natural-feature nouns come from WordNet by first sense: forests and gorges yes, passes and cities no', () => {
  for (const word of ['forest', 'Forest', 'gorges', 'river', 'plateau', 'woods', 'hills', 'wadi']) assert.ok(isNaturalFeatureNoun(word), word);
  // "pass" is first an act, "range" an extent, "city" a settlement (left to the name rules), "state" a condition.
  for (const word of ['pass', 'range', 'city', 'state', 'front', 'brigade', 'council']) assert.ok(!isNaturalFeatureNoun(word), word);
});
