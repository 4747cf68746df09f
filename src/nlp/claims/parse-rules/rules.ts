import type { Predicate } from '../../../core/index.js';
import { NOUNS, VERBS } from '../lexicon.js';
import { PLACE_OBLIQUES, type Path } from './paths.js';

/**
 * How a row reaches the other side of its relation:
 * - `patient`: the verb's object, or its subject in the passive;
 * - `partner`: the object or an oblique through `preps`; a plural subject alone relates its members;
 * - `recipient`: an oblique through `preps` ("supplied rifles to X"), or an object that has "with"
 *   ("supplied X with rifles");
 * - `places`: named places through `preps` (and the object, when `direct`);
 * - `oblique`: only an oblique (noun triggers: "an attack on X", "ties with X").
 */
export type ObjectRole =
  | { readonly kind: 'patient' }
  | { readonly kind: 'partner'; readonly preps: readonly string[] }
  | { readonly kind: 'recipient'; readonly preps: readonly string[] }
  | { readonly kind: 'places'; readonly preps: readonly string[]; readonly direct: boolean }
  | { readonly kind: 'oblique'; readonly preps: readonly string[] };

/** One row of the table: what triggers it, how its arguments are reached, and an invented example. */
export interface ParseRule {
  readonly name: string;
  readonly predicate: Predicate;
  readonly trigger: { readonly words: ReadonlySet<string>; readonly upos: readonly string[] };
  /** `doer` for verbs (subject, passive agent, shared subject); paths for nouns, with a light verb's doer as fallback. */
  readonly subject: 'doer' | readonly Path[];
  readonly object: ObjectRole;
  /** Places the event happened in also count as its targets ("a raid on the market in Osk" attacks Osk). */
  readonly placesAreTargets?: boolean;
  readonly example: string;
}

// Verbs too general to carry a relation on their own ("used", "brought", "created") stay with the
// window constructions, which read them only in fixed frames ("used X as a proxy").
const WEAK_VERBS = new Set(['use', 'uses', 'used', 'using', 'employ', 'employs', 'employed', 'employing', 'launch', 'launches', 'launched', 'launching', 'bring', 'brings', 'brought', 'bringing', 'create', 'created', 'creates', 'raise', 'raised', 'strengthen', 'strengthened', 'strengthens', 'sustain', 'sustained', 'sustains', 'direct', 'directs', 'directed', 'directing', 'found', 'founded', 'give', 'gives', 'gave', 'giving', 'hand', 'hands', 'handed', 'handing', 'counter', 'counters', 'countered', 'countering', 'denounce', 'denounces', 'denounced', 'condemn', 'condemns', 'condemned', 'threaten', 'threatens', 'threatened', 'move', 'moves', 'moved', 'moving', 'strike', 'strikes', 'striking', 'target', 'targets']);

const verbsFor = (predicate: Predicate, filter: (w: string) => boolean = () => true): ReadonlySet<string> =>
  new Set([...VERBS].filter(([w, s]) => s.predicate === predicate && !WEAK_VERBS.has(w) && filter(w)).map(([w]) => w));
const nounsFor = (predicate: Predicate, exclude: ReadonlySet<string> = new Set()): ReadonlySet<string> =>
  new Set([...NOUNS].filter(([w, p]) => p === predicate && !exclude.has(w)).map(([w]) => w));
const prepsOf = (word: string): readonly string[] => VERBS.get(word)?.preps ?? [];

// Verbs of bringing an enemy down, aimed or done: "vowed to defeat X", "working to degrade and defeat X".
const DEFEAT = new Set(['defeat', 'defeats', 'defeated', 'defeating', 'degrade', 'degrades', 'degraded', 'degrading', 'combat', 'combats', 'combated', 'combating', 'combatting', 'crush', 'crushed', 'crushes', 'crushing', 'rout', 'routed', 'repel', 'repelled', 'repels', 'repulse', 'repulsed', 'dislodge', 'dislodged', 'expel', 'expelled', 'oust', 'ousted', 'drive', 'drove', 'driven']);
const VERB = ['VERB'];
const NOUN = ['NOUN'];
const PRESENCE_VERBS = verbsFor('operates_in');
const presencePreps = [...new Set([...PRESENCE_VERBS].flatMap(prepsOf).concat(PLACE_OBLIQUES))].filter((p) => p !== 'to' && p !== 'into');
const CONTROL = new Set(['control', 'controls', 'controlled', 'controlling', 'occupy', 'occupies', 'occupied', 'occupying', 'hold', 'holds', 'held', 'seized', 'seize', 'captured', 'capture']);

// Noun agents: "X's attack", "the attack by X", "a Front attack". Fallback: the doer of a light verb.
const NOUN_AGENT: readonly Path[] = [[{ rel: 'nmod:poss' }], [{ rel: 'nmod', preps: ['by'] }], [{ rel: 'nmod:agent' }], [{ rel: 'compound' }]];
// Event nouns whose "of" phrase is the one acted on: "the killing of Varn", "the arrest of Varn".
const OF_PATIENT = new Set(['killing', 'killings', 'assassination', 'assassinations', 'murder', 'murders', 'abduction', 'abductions', 'kidnapping', 'kidnappings', 'massacre', 'massacres', 'arrest', 'arrests', 'detention', 'detentions', 'capture']);
const STATES = new Set(['takeover', 'conquest', 'occupation', 'control', 'offensive', 'campaign', 'campaigns', 'jihad', 'retaliation', 'revenge', 'crackdown', 'crackdowns', 'fighters', 'branch', 'network', 'networks', 'footprint', 'office', 'offices', 'hub', 'hubs', 'facility', 'facilities']);

export const PARSE_RULES: readonly ParseRule[] = [
  {
    name: 'parse-attack-verb', predicate: 'attacked', trigger: { words: verbsFor('attacked'), upos: VERB }, subject: 'doer', object: { kind: 'patient' }, placesAreTargets: true,
    example: 'Last week the Red Valley Front, which Alder backs, attacked a police post in Osk.',
  },
  {
    name: 'parse-arrest-verb', predicate: 'arrested', trigger: { words: verbsFor('arrested'), upos: VERB }, subject: 'doer', object: { kind: 'patient' },
    example: 'Ilsa Varn, who had fled Osk in May, was detained on Tuesday by the Alder Guard.',
  },
  {
    name: 'parse-sponsor-verb', predicate: 'sponsors', trigger: { words: verbsFor('sponsors'), upos: VERB }, subject: 'doer', object: { kind: 'patient' },
    example: 'The Front, long backed by Alder, has also been funded since 2021 by the Cope Brigade.',
  },
  {
    name: 'parse-supply-verb', predicate: 'supplied', trigger: { words: verbsFor('supplied'), upos: VERB }, subject: 'doer', object: { kind: 'recipient', preps: ['to'] },
    example: 'Alder quietly supplied rifles and drones to the Front over the winter.',
  },
  {
    name: 'parse-ally-verb', predicate: 'allied_with', trigger: { words: verbsFor('allied_with'), upos: VERB }, subject: 'doer', object: { kind: 'partner', preps: ['with', 'to'] },
    example: 'The Front, battered by months of fighting, has allied with the Cope Brigade.',
  },
  {
    name: 'parse-fight-verb', predicate: 'hostile_to', trigger: { words: new Set([...verbsFor('hostile_to'), ...DEFEAT]), upos: VERB }, subject: 'doer', object: { kind: 'partner', preps: ['with', 'against'] },
    example: 'The Front and the Alder Guard clashed again near Osk on Sunday.',
  },
  {
    name: 'parse-join-verb', predicate: 'member_of', trigger: { words: verbsFor('member_of'), upos: VERB }, subject: 'doer', object: { kind: 'partner', preps: ['to'] },
    example: 'Tam Orlan, a former teacher from Osk, joined the Front in 2019.',
  },
  {
    // "sits on the Front's military council", "served on the board of the Bureau": a seat on a body's
    // council is a place in the body (paths.ts reads the council as its owner).
    name: 'parse-seat-verb', predicate: 'member_of', trigger: { words: new Set(['sit', 'sits', 'sat', 'sitting', 'serve', 'serves', 'served', 'serving']), upos: VERB }, subject: 'doer', object: { kind: 'oblique', preps: ['on'] },
    example: 'Tam Orlan now sits on the Front\'s military council.',
  },
  {
    name: 'parse-lead-verb', predicate: 'leader_of', trigger: { words: verbsFor('leader_of'), upos: VERB }, subject: 'doer', object: { kind: 'patient' },
    example: 'The Front is now led by Ilsa Varn, who replaced its founder last year.',
  },
  {
    name: 'parse-presence-verb', predicate: 'operates_in', trigger: { words: PRESENCE_VERBS, upos: VERB }, subject: 'doer', object: { kind: 'places', preps: presencePreps, direct: false },
    example: 'Front units, according to residents, now operate openly across the Brell district.',
  },
  {
    name: 'parse-control-verb', predicate: 'operates_in', trigger: { words: CONTROL, upos: VERB }, subject: 'doer', object: { kind: 'places', preps: [], direct: true },
    example: 'Since March the Front has controlled Osk and two nearby villages.',
  },
  {
    name: 'parse-presence-adjective', predicate: 'operates_in', trigger: { words: new Set(['active', 'present', 'based', 'stationed', 'deployed', 'entrenched', 'headquartered', 'operating', 'operational', 'located', 'situated']), upos: ['ADJ', 'VERB'] }, subject: 'doer', object: { kind: 'places', preps: presencePreps, direct: false },
    example: 'The Cope Brigade, a militia active along the Osk river, denies the charge.',
  },
  {
    name: 'parse-withdrawal', predicate: 'member_of', trigger: { words: new Set(['withdraw', 'withdrew', 'withdrawn', 'withdraws', 'withdrawing', 'pull', 'pulled', 'pulls', 'pulling', 'leave', 'left', 'leaves', 'quit', 'quits', 'exit', 'exited', 'exits', 'abandon', 'abandoned', 'abandons', 'split', 'splits', 'broke', 'break', 'breaks', 'defected', 'defect', 'resigned', 'resign', 'expelled']), upos: VERB }, subject: 'doer', object: { kind: 'oblique', preps: ['from', 'out of', 'of'] },
    example: 'In June the Osk Brigade withdrew its fighters from the Front.',
  },
  {
    name: 'parse-attack-noun', predicate: 'attacked', trigger: { words: nounsFor('attacked'), upos: NOUN }, subject: NOUN_AGENT, object: { kind: 'oblique', preps: ['on', 'against', 'targeting', 'upon'] }, placesAreTargets: true,
    example: 'The Front carried out a deadly raid last night on a police post in Osk.',
  },
  {
    name: 'parse-arrest-noun', predicate: 'arrested', trigger: { words: nounsFor('arrested'), upos: NOUN }, subject: NOUN_AGENT, object: { kind: 'oblique', preps: ['of'] },
    example: 'The arrest of Ilsa Varn by Alder Guard officers on Tuesday surprised Osk.',
  },
  {
    name: 'parse-sponsor-noun', predicate: 'sponsors', trigger: { words: nounsFor('sponsors'), upos: NOUN }, subject: NOUN_AGENT, object: { kind: 'oblique', preps: ['for', 'to'] },
    example: "Alder's financial support for the Front has grown since the ceasefire.",
  },
  {
    name: 'parse-ally-noun', predicate: 'allied_with', trigger: { words: nounsFor('allied_with', new Set(['coalition', 'axis', 'understanding', 'convergence', 'coordination', 'relationship', 'relationships'])), upos: NOUN }, subject: NOUN_AGENT, object: { kind: 'oblique', preps: ['with', 'to'] },
    example: 'The Front has forged close ties with the Cope Brigade, officials say.',
  },
  {
    name: 'parse-hostility-noun', predicate: 'hostile_to', trigger: { words: new Set([...nounsFor('hostile_to', STATES), 'defeat', 'fight', 'struggle', 'counteroffensive', 'counter-offensive']), upos: NOUN }, subject: NOUN_AGENT, object: { kind: 'oblique', preps: ['with', 'against', 'on', 'toward', 'towards'] },
    example: 'Osk has seen months of clashes between the Front and the Alder Guard.',
  },
  {
    name: 'parse-presence-noun', predicate: 'operates_in', trigger: { words: new Set(['presence', 'bases', 'base', 'camps', 'camp', 'hideouts', 'hideout', 'stronghold', 'strongholds', 'insurgency', 'operations', 'activities', 'foothold', 'outposts', 'cells', 'positions', 'headquarters', 'office', 'offices', 'garrison', 'garrisons', 'safehouse', 'safehouses', 'units', 'forces', 'troops', 'fighters', 'advisers', 'advisors', 'instructors', 'trainers', 'expansion', 'deployment', 'spread', 'return', 'advance', 'push']), upos: NOUN }, subject: NOUN_AGENT, object: { kind: 'places', preps: [...presencePreps, 'into'], direct: false },
    example: 'The Front has waged an insurgency in the Brell district since 2019.',
  },
];

/** Event nouns whose "of" phrase is the one acted on ("the killing of Varn"), for the noun rows' obliques. */
export const PARSE_OF_PATIENT = OF_PATIENT;
