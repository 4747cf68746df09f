import { readFileSync } from 'node:fs';

// WordNet 3.1 data for the claims stage: relation trigger sets and a morphy lemmatizer. The JSON files
// beside this one are written by scripts/build-triggers.ts (`npm run build:triggers`); PROVENANCE.md
// says from what, under which licence, and from which seed senses.

const DIR = new URL('../../../../src/nlp/wordnet/', import.meta.url);
const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as T;

/** The relation senses trigger sets exist for; `predicate` in each says what the sense reads as. */
export const SENSE_NAMES = Object.freeze([
  'attack', 'arrest', 'fund', 'arm', 'supply', 'ally', 'hostile', 'lead', 'member', 'presence',
  'ended', 'denial', 'responsibility', 'reporting', 'hedge',
] as const);
export type SenseName = (typeof SENSE_NAMES)[number];

export interface TriggerSet {
  /** A relation predicate, or what the sense marks instead: 'ended' (a tie that stopped), 'negation', 'source', 'hedge'. */
  readonly predicate: string;
  /** Verb lemmas. */
  readonly verbs: ReadonlySet<string>;
  /** Event nouns ("raid", "sponsorship"). */
  readonly nouns: ReadonlySet<string>;
  /** Agent nouns ("attacker", "backer"). */
  readonly agents: ReadonlySet<string>;
}

interface TriggerFile { readonly senses: Partial<Record<string, { predicate: string; verbs: string[]; nouns: string[]; agents: string[] }>> }

function readTriggers(): Record<SenseName, TriggerSet> {
  const { senses } = readJson<TriggerFile>('triggers.json');
  const entry = (name: SenseName): TriggerSet => {
    const t = senses[name];
    if (!t) throw new Error(`src/nlp/wordnet/triggers.json has no sense "${name}": run npm run build:triggers`);
    return Object.freeze({ predicate: t.predicate, verbs: new Set(t.verbs), nouns: new Set(t.nouns), agents: new Set(t.agents) });
  };
  const out = {} as Record<SenseName, TriggerSet>;
  for (const name of SENSE_NAMES) out[name] = entry(name);
  return out;
}

/** Trigger lemmas per relation sense, grown from named WordNet seed senses (see PROVENANCE.md). */
export const TRIGGERS: Readonly<Record<SenseName, TriggerSet>> = Object.freeze(readTriggers());

/**
 * Light verbs: a verb that hands its subject to an event noun as that event's actor ("carried out an
 * attack", "delivered strikes", "launched raids", "has the support of"). `particle` must follow the verb
 * ("carry out"); `senses` are the event nouns' senses the verb may carry. A named table, not WordNet's.
 */
export interface LightVerb { readonly lemma: string; readonly particle?: string; readonly senses: readonly SenseName[] }
export const LIGHT_VERBS: readonly LightVerb[] = Object.freeze([
  { lemma: 'carry', particle: 'out', senses: ['attack'] },
  { lemma: 'conduct', senses: ['attack'] },
  { lemma: 'launch', senses: ['attack'] },
  { lemma: 'stage', senses: ['attack'] },
  { lemma: 'mount', senses: ['attack'] },
  { lemma: 'deliver', senses: ['attack'] },
  { lemma: 'perpetrate', senses: ['attack'] },
  { lemma: 'commit', senses: ['attack'] },
  { lemma: 'execute', senses: ['attack'] },
  { lemma: 'wage', senses: ['attack', 'hostile'] },
  { lemma: 'declare', senses: ['hostile'] },
  { lemma: 'claim', senses: ['responsibility'] },
  { lemma: 'have', senses: ['fund', 'arm', 'ally', 'presence'] },
  { lemma: 'enjoy', senses: ['fund', 'arm'] },
  { lemma: 'receive', senses: ['fund', 'arm', 'supply'] },
  { lemma: 'provide', senses: ['fund', 'arm', 'supply'] },
  { lemma: 'offer', senses: ['fund', 'arm'] },
  { lemma: 'extend', senses: ['fund'] },
  { lemma: 'lend', senses: ['fund'] },
  { lemma: 'form', senses: ['ally'] },
  { lemma: 'forge', senses: ['ally'] },
  { lemma: 'seal', senses: ['ally'] },
  { lemma: 'sign', senses: ['ally'] },
  { lemma: 'enter', senses: ['ally'] },
  { lemma: 'maintain', senses: ['ally', 'presence'] },
  { lemma: 'establish', senses: ['ally', 'presence'] },
  { lemma: 'take', senses: ['lead', 'presence'] },
  { lemma: 'assume', senses: ['lead'] },
  { lemma: 'seize', senses: ['presence'] },
  { lemma: 'issue', senses: ['denial', 'reporting'] },
]);

/** The light verbs by lemma, for a Map lookup. */
export const LIGHT_VERB_SENSES: ReadonlyMap<string, LightVerb> = new Map(LIGHT_VERBS.map((v) => [v.lemma, v]));

type WnPos = 'noun' | 'verb' | 'adj' | 'adv';

// Morphy's detachment rules (WordNet morph(7)), in the order tried.
const RULES: Readonly<Record<WnPos, ReadonlyArray<readonly [suffix: string, ending: string]>>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

interface Morphology { readonly lemmas: Record<WnPos, ReadonlySet<string>>; readonly exceptions: Record<WnPos, ReadonlyMap<string, string>> }
let morphology: Morphology | null = null;
// Loaded on first use: the lemma index is most of a megabyte, and a run that never lemmatizes skips it.
function load(): Morphology {
  if (morphology) return morphology;
  const { lemmas } = readJson<{ lemmas: Record<WnPos, string> }>('lemmas.json');
  const { exceptions } = readJson<{ exceptions: Partial<Record<WnPos, Record<string, string>>> }>('exceptions.json');
  const index = (p: WnPos): ReadonlySet<string> => new Set(lemmas[p].split(' '));
  const irregular = (p: WnPos): ReadonlyMap<string, string> => new Map(Object.entries(exceptions[p] ?? {}));
  morphology = {
    lemmas: { noun: index('noun'), verb: index('verb'), adj: index('adj'), adv: index('adv') },
    exceptions: { noun: irregular('noun'), verb: irregular('verb'), adj: irregular('adj'), adv: irregular('adv') },
  };
  return morphology;
}

const POS_OF_UPOS: Readonly<Record<string, WnPos>> = { VERB: 'verb', AUX: 'verb', NOUN: 'noun', PROPN: 'noun', ADJ: 'adj', ADV: 'adv' };
const caches: Record<WnPos, Map<string, string>> = { noun: new Map(), verb: new Map(), adj: new Map(), adv: new Map() };

/**
 * WordNet's morphy for one word: an exception-list entry wins; otherwise the shortest of the word itself
 * (when it is a lemma) and what the detachment rules make of it that is a lemma ("allies" → "ally",
 * though "Allies" is a noun lemma too; the same choice NLTK's lemmatizer makes).
 */
function morphy(word: string, pos: WnPos): string {
  const { lemmas, exceptions } = load();
  const irregular = exceptions[pos].get(word);
  if (irregular) return irregular;
  let best = lemmas[pos].has(word) ? word : null;
  for (const [suffix, ending] of RULES[pos]) {
    if (word.length > suffix.length && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length) + ending;
      if (lemmas[pos].has(base) && (best === null || base.length < best.length)) best = base;
    }
  }
  return best ?? word;
}

/**
 * The WordNet lemma of a word read as a Universal POS tag (VERB, NOUN, ADJ, ADV; other tags return the
 * word lower-cased). Unknown words come back lower-cased, unchanged. Memoised: the hot path is a Map lookup.
 * @example lemmatize('fought', 'VERB') === 'fight'; lemmatize('militias', 'NOUN') === 'militia'
 */
export function lemmatize(word: string, upos: string): string {
  const lower = word.toLowerCase();
  const pos = POS_OF_UPOS[upos];
  if (!pos) return lower;
  const cache = caches[pos];
  let lemma = cache.get(lower);
  if (lemma === undefined) {
    lemma = morphy(lower, pos);
    cache.set(lower, lemma);
  }
  return lemma;
}

let irregularByLemma: Record<'noun' | 'verb', ReadonlyMap<string, readonly string[]>> | null = null;
/** The irregular surface forms WordNet lists for a lemma ("fight" → "fought"), by part of speech. */
function irregularForms(lemma: string, pos: 'noun' | 'verb'): readonly string[] {
  if (!irregularByLemma) {
    const invert = (p: 'noun' | 'verb'): Map<string, string[]> => {
      const out = new Map<string, string[]>();
      for (const [surface, base] of load().exceptions[p]) out.set(base, [...(out.get(base) ?? []), surface]);
      return out;
    };
    irregularByLemma = { noun: invert('noun'), verb: invert('verb') };
  }
  return irregularByLemma[pos].get(lemma) ?? [];
}

/**
 * The inflected forms of a verb or noun lemma (the lemma itself first): regular English endings plus
 * WordNet's irregular forms, each kept only when morphy maps it back to the lemma. Used to turn trigger
 * lemmas into the surface forms a table lookup sees; not for the hot path.
 * @example inflect('raid', 'verb') → ['raid', 'raids', 'raided', 'raiding']
 */
export function inflect(lemma: string, pos: 'noun' | 'verb'): string[] {
  const forms = new Set<string>([lemma]);
  const y = /[^aeiou]y$/.test(lemma);
  const sibilant = /(s|x|z|ch|sh)$/.test(lemma);
  forms.add(y ? `${lemma.slice(0, -1)}ies` : sibilant ? `${lemma}es` : `${lemma}s`);
  const irregular = irregularForms(lemma, pos);
  if (pos === 'verb') {
    const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
    // An irregular past ("fought") replaces the regular one, unless WordNet lists a doubled "-ed" form ("kidnapped").
    if (irregular.length === 0 || irregular.some((f) => f.endsWith('ed'))) forms.add(y ? `${lemma.slice(0, -1)}ied` : `${stem}ed`);
    forms.add(lemma.endsWith('ee') ? `${lemma}ing` : `${stem}ing`);
  }
  for (const f of irregular) forms.add(f);
  const upos = pos === 'verb' ? 'VERB' : 'NOUN';
  return [...forms].filter((f) => f === lemma || lemmatize(f, upos) === lemma);
}

let placeHeads: ReadonlySet<string> | null = null;
/**
 * Whether a noun names a natural feature ("Forest", "gorges", "Woods"): WordNet's hyponyms of geological
 * formations, bodies of water, forests and deserts, kept when that is the word's first sense
 * (place-heads.json, written by scripts/build-place-heads.ts).
 */
export function isNaturalFeatureNoun(word: string): boolean {
  placeHeads ??= new Set(readJson<{ heads: string[] }>('place-heads.json').heads);
  const lower = word.toLowerCase();
  return placeHeads.has(lower) || placeHeads.has(lemmatize(lower, 'NOUN'));
}

/** Whether a word is an inflected English verb form ("retook", "attacked", "claims"), not a base form or a non-verb. */
export function isInflectedVerb(word: string): boolean {
  const lower = word.toLowerCase();
  const lemma = lemmatize(lower, 'VERB');
  return lemma !== lower && load().lemmas.verb.has(lemma);
}
