import type { VerbTag } from './parser/index.js';
import { isInflectedVerb, lemmatize, TRIGGERS, type SenseName } from './wordnet/index.js';

// Relation senses whose verbs are also plural nouns ("arms", "funds", "backs", "attacks", "controls"):
// the tagger, reading left to right, takes "Ostrava arms the Front" for a compound with no verb.
const SENSES: readonly SenseName[] = ['attack', 'arrest', 'fund', 'arm', 'supply', 'ally', 'hostile', 'lead'];
let relationVerbs: ReadonlySet<string> | undefined;
const isRelationVerb = (lemma: string): boolean => {
  relationVerbs ??= new Set(SENSES.flatMap((s) => [...TRIGGERS[s].verbs]));
  return relationVerbs.has(lemma);
};

// What opens the noun phrase after a finite verb: "arms the Front", "funds both groups", "backs its ally".
const PHRASE_OPENERS = new Set(['DET', 'PROPN', 'NUM']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her']);
// Pronouns that can only be a subject before a verb: "it arms the Front", "which funds the Guard".
const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'who', 'which']);
// What a subject noun phrase is made of, read leftwards from the word before the verb.
const NOMINAL = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PART', 'PUNCT']);

/**
 * Words the tagger took for plural nouns that are a relation verb's third person, between a subject
 * noun phrase and an object one: "Officials say Ostrava arms the Front", "the Bureau funds both groups".
 * A plural noun straight after a name and before a determiner has no reading as a noun but a reduced
 * relative ("the arms the Front bought"), and that one follows a determiner or adjective, not a name.
 * @example finiteVerbsMissed(['Ostrava', 'arms', 'the', 'Front'], ['PROPN', 'NOUN', 'DET', 'PROPN']) // [1]
 */
export function finiteVerbsMissed(words: readonly string[], upos: readonly string[]): number[] {
  const out: number[] = [];
  for (let k = 1; k + 1 < words.length; k++) {
    if (upos[k] !== 'NOUN') continue;
    const lower = words[k]!.toLowerCase();
    if (lower.length < 4 || !lower.endsWith('s') || lower.endsWith('ss')) continue;
    // Adverbs may stand between subject and verb ("Alder no longer arms the Front", "it quietly funds").
    let before = k - 1;
    while (before > 0 && upos[before] === 'ADV') before--;
    if (upos[before] !== 'PROPN' && upos[before] !== 'NOUN' && !SUBJECT_PRONOUNS.has(words[before]!.toLowerCase())) continue;
    if (!PHRASE_OPENERS.has(upos[k + 1]!) && !POSSESSIVES.has(words[k + 1]!.toLowerCase())) continue;
    const lemma = lemmatize(lower, 'VERB');
    if (lemma === lower || !isRelationVerb(lemma)) continue;
    // A subject pronoun opens its clause; a noun phrase must reach back to the clause's opening.
    if (!SUBJECT_PRONOUNS.has(words[before]!.toLowerCase()) && subjectHasVerb(words, upos, before + 1)) continue;
    out.push(k);
  }
  return out;
}

let clauseTakers: ReadonlySet<string> | undefined;
const takesClause = (word: string): boolean => {
  clauseTakers ??= new Set([...TRIGGERS.reporting.verbs, ...TRIGGERS.hedge.verbs, ...TRIGGERS.denial.verbs]);
  return clauseTakers.has(lemmatize(word.toLowerCase(), 'VERB'));
};

// The subject phrase must be a bare noun phrase back to the clause's opening ("that", a comma, the
// sentence start, or a verb of saying or believing): after any other verb the noun phrase is that verb's
// object ("Police seized Front arms the rebels stored").
function subjectHasVerb(words: readonly string[], upos: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    if (upos[j] === 'VERB' || upos[j] === 'AUX') return !takesClause(words[j]!);
    if (words[j] === ',' || upos[j] === 'SCONJ' || words[j]!.toLowerCase() === 'that') return false;
    if (!NOMINAL.has(upos[j]!) || (upos[j] === 'PUNCT' && words[j] !== '-')) return j > 0 && upos[j] !== 'PUNCT' ? true : false;
  }
  return false;
}

const HAVE = new Set(['has', 'have', 'had', "'ve", 'having']);

/**
 * Past participles the tagger took for adjectives right after a perfect's "has/have/had" (adverbs may
 * stand between): "Alder has never armed the Front". After "has" an -ed word is the verb's participle,
 * and with an object after it, it cannot be a predicate adjective.
 * @example participlesMissed(['Alder', 'has', 'never', 'armed', 'the', 'Front'], ['PROPN', 'AUX', 'ADV', 'ADJ', 'DET', 'PROPN']) // [3]
 */
export function participlesMissed(words: readonly string[], upos: readonly string[]): number[] {
  const out: number[] = [];
  for (let k = 1; k + 1 < words.length; k++) {
    if (upos[k] !== 'ADJ' || !/(ed|en)$/.test(words[k]!.toLowerCase()) || !isInflectedVerb(words[k]!)) continue;
    let j = k - 1;
    while (j > 0 && upos[j] === 'ADV') j--;
    if (!HAVE.has(words[j]!.toLowerCase())) continue;
    if (!PHRASE_OPENERS.has(upos[k + 1]!) && !POSSESSIVES.has(words[k + 1]!.toLowerCase())) continue;
    out.push(k);
  }
  return out;
}

/** Every verb the tagger missed in a sentence, with the tag it takes: the hint `parseTokens` reads. */
export function verbsMissed(words: readonly string[], upos: readonly string[]): VerbTag[] {
  return [
    ...finiteVerbsMissed(words, upos).map((at) => ({ at, tag: 'VERB|VBZ' })),
    ...participlesMissed(words, upos).map((at) => ({ at, tag: 'VERB|VBN' })),
  ];
}
