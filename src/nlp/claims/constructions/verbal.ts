import { byAgent, rightObject, subjectOf } from '../arguments.js';
import { RELATIVES, conjunctsLeft, conjunctsRight, isClauseBreak, isJoiningDash, isModifierPlace, isVerbLike, withContainer } from '../phrases.js';
import { pairs, relation, type Construction, type Found } from '../construction.js';
import { BE_FORMS, HYPHEN_PARTICIPLES, ledBy, NOUNS, VERBS } from '../lexicon.js';
import type { Unit } from '../sentence-view.js';
import type { Predicate } from '../../../core/index.js';

const IRREGULAR_PARTICIPLES = new Set(['struck', 'led', 'fought', 'sent', 'given', 'run', 'overrun', 'held', 'built', 'kept', 'caught', 'taken']);
const isParticiple = (w: string): boolean => w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w);

// "was attacked", "had been quietly expanded", "is being funded": a form of "be" before the verb,
// adverbs allowed between. "X, backed by Y" is passive too: a participle with a "by" agent.
function isPassive(units: readonly Unit[], i: number): boolean {
  const w = units[i]!.lower;
  if (!isParticiple(w)) return false;
  let j = i - 1;
  while (j >= 0 && units[j]!.pos === 'ADV') j--;
  if (units[j] && (BE_FORMS.has(units[j]!.lower) || units[j]!.lower === 'get' || units[j]!.lower === 'got')) return true;
  // "X, widely denounced across the region and even by Y, …": a reduced relative with a later agent.
  for (let k = i + 1; k < units.length && k - i <= 8; k++) {
    const w = units[k]!;
    if (w.lower === 'by') return true;
    if (w.pos === 'VERB' || w.pos === 'AUX' || w.text === ',' || w.text === ';') return false;
  }
  return false;
}

const TO = new Set(['to']);
const OF = new Set(['of']);
// "abducted schoolgirls from Chibok", "a hall in Osk": an attack crosses into the place it struck.
const PLACE_PREPS = new Set(['of', 'in', 'at', 'inside', 'near', 'from']);

/** Active and passive verbs with the direction right: "X attacked Y", "Y was attacked by X", "Y, backed by X". */
export const verbClause: Construction = {
  name: 'verb',
  predicates: ['attacked', 'arrested', 'sponsors', 'supplied', 'allied_with', 'hostile_to', 'member_of', 'leader_of', 'operates_in'],
  example: 'The Red Valley Front attacked a police post in Port Alder; the post was later raided by the Alder Guard.',
  find(units) {
    const out: Found[] = [];
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      if (!isVerbLike(units, i, VERBS)) continue;
      const sense = VERBS.get(u.lower);
      // "this coordinated strategy": a participle after a determiner is an adjective.
      if (!sense || isJoiningDash(units, i - 1) || (units[i - 1]?.pos === 'DET' && !RELATIVES.has(units[i - 1]!.lower))) continue;
      const passive = isPassive(units, i);
      // "the Front, which had been quietly expanded in Osk by the Guard": moved by another is sponsored by it.
      if (passive && sense.predicate === 'operates_in' && SPONSORED_MOVES.has(u.lower)) {
        const patient = subjectOf(units, i);
        const agent = byAgent(units, i, 10);
        if (agent >= 0 && patient >= 0) {
          out.push(...pairs([agent], 'sponsors', conjunctsLeft(units, patient), i, `${this.name}/passive`));
          continue;
        }
      }
      if (passive && sense.predicate !== 'operates_in') {
        const patient = subjectOf(units, i);
        const agent = byAgent(units, i, 10) >= 0 ? byAgent(units, i, 10) : sense.predicate === 'attacked' ? strikeAgent(units, i) : -1;
        // "arms supplied by Alder to the Front": the goods are the patient, the recipient follows "to".
        if (sense.predicate === 'supplied' && agent >= 0) {
          const recipient = rightObject(units, agent, { preps: TO, maxSlots: 6 });
          if (recipient >= 0) out.push(...pairs([agent], 'supplied', conjunctsRight(units, recipient), i, `${this.name}/passive`));
          continue;
        }
        // "Varn was not tied to the Front", "has long been linked to X": a state, read like the active.
        const stative = agent < 0 && sense.predicate === 'allied_with';
        if (!stative) {
          if (patient >= 0 && agent >= 0) out.push(...pairs(conjunctsRight(units, agent), sense.predicate, conjunctsLeft(units, patient), i, `${this.name}/passive`));
          continue;
        }
      }
      const subject = subjectOf(units, i);
      if (subject < 0) continue;
      let object = -1;
      if (sense.predicate === 'supplied') {
        object = rightObject(units, i, { preps: TO, maxSlots: 14, crossCommas: true });
        if (object < 0) {
          const direct = rightObject(units, i);
          if (direct >= 0 && units[direct + 1]?.lower === 'with') object = direct;
        }
      } else if (sense.predicate === 'operates_in') {
        const places = placesAfter(units, i, new Set(sense.preps), sense.direct === true);
        if (places.length > 0) out.push(...pairs(conjunctsLeft(units, subject), 'operates_in', places, i, this.name));
        continue;
      } else {
        object = rightObject(units, i, { preps: sense.preps ? new Set(sense.preps) : null, through: sense.through ? new Set(sense.through) : sense.predicate === 'attacked' ? PLACE_PREPS : OF });
      }
      if (object < 0) object = relativeGap(units, i, subject);
      // "the Front and the Guard clashed again", "the two movements merged": a symmetric verb without
      // an object relates the subjects to one another.
      const modifiesNoun = units[i + 1]?.pos === 'NOUN' && !units[i + 1]!.mention;
      if (object < 0 && (sense.predicate === 'allied_with' || sense.predicate === 'hostile_to')) {
        if (modifiesNoun || units[i - 1]?.pos === 'PRON') continue;
        const subjects = conjunctsLeft(units, subject);
        for (let a = 0; a < subjects.length; a++) for (let b = a + 1; b < subjects.length; b++) out.push(relation(subjects[a]!, sense.predicate, subjects[b]!, i, `${this.name}/mutual`));
        continue;
      }
      if (object < 0) continue;
      // "directed the investigation of Varn", "backed the release of Varn": the verb acts on a process, not on Varn.
      if (sense.predicate === 'sponsors' && actsOnProcess(units, i, object)) continue;
      // "brought the Front into Brell", "brought in the Front" sponsor; "brought Varn to court" does not.
      if (BRING.has(u.lower) && units[i + 1]?.lower !== 'in' && units[object + 1]?.lower !== 'into') continue;
      // "set up to attack X", "vowed to target X": an attack intended is hostility, not an attack.
      // "vowed to attack", "will strike", "could target": an attack not (yet) made is hostility.
      let before = i - 1;
      while (units[before]?.pos === 'ADV') before--;
      const intended = sense.predicate === 'attacked' && (units[before]?.lower === 'to' || MODALS.has(units[before]?.lower ?? ''));
      // "seized the town of Osk": taking a place is an attack on it, whatever the verb does to people.
      // "the Brigade joined the Front": a group that joins becomes part of the other.
      const joinsAsGroup = sense.predicate === 'member_of' && units[subject]!.mention!.type === 'organization';
      const predicate = intended ? 'hostile_to' : sense.predicate === 'arrested' && units[object]!.mention!.type === 'location' ? 'attacked' : joinsAsGroup ? 'part_of' : sense.predicate === 'leader_of' && leadsAPart(units, i, object) ? 'member_of' : sense.predicate;
      const objects = predicate === 'attacked' ? withContainer(units, conjunctsRight(units, object)) : conjunctsRight(units, object);
      out.push(...pairs(conjunctsLeft(units, subject), predicate, objects, i, intended ? `${this.name}/intended` : this.name));
    }
    return out;
  },
};

// "runs the Front's fuel depots", "commands the northern wing of the Front": who leads a part of a body
// belongs to it; leading the body itself is "leads the Front".
function leadsAPart(units: readonly Unit[], verb: number, object: number): boolean {
  if (/^['’]s?$/.test(units[object + 1]?.text ?? '') && units.slice(object + 2, object + 5).some((u) => u.pos === 'NOUN' && !u.mention)) return true;
  for (let k = verb + 1; k < object; k++) if (units[k]!.pos === 'NOUN' && !units[k]!.mention) return true;
  return false;
}

const PROCESSES = new Set(['investigation', 'investigations', 'inquiry', 'probe', 'arrest', 'arrests', 'release', 'trial', 'prosecution', 'killing', 'capture', 'hunt', 'search', 'extradition', 'detention', 'assassination', 'removal', 'surveillance', 'interrogation', 'questioning', 'pursuit', 'elimination', 'disarmament', 'designation', 'ban', 'banning', 'expulsion', 'isolation', 'defeat']);

function actsOnProcess(units: readonly Unit[], verb: number, object: number): boolean {
  for (let k = verb + 1; k < object; k++) if (PROCESSES.has(units[k]!.lower) && (units[k + 1]?.lower === 'of' || units[k + 1]?.lower === 'into' || units[k + 1]?.lower === 'against')) return true;
  return false;
}

// "the Front, which the Guard had armed, …": the relative pronoun stands for the verb's object.
function relativeGap(units: readonly Unit[], verb: number, subject: number): number {
  const rel = units[subject - 1]?.pos === 'DET' ? subject - 2 : subject - 1;
  if (rel < 1 || !/^(which|whom|that)$/.test(units[rel]!.lower) || units[rel - 1]!.text !== ',' || !units[rel - 2]?.mention) return -1;
  for (let k = subject + 1; k < verb; k++) if (units[k]!.pos !== 'AUX' && units[k]!.pos !== 'ADV' && units[k]!.pos !== 'PART') return -1;
  return rel - 2;
}

// "was killed in a Guard drone strike": the attacker is the name on the strike.
function strikeAgent(units: readonly Unit[], verb: number): number {
  for (let k = verb + 1; k < units.length && k - verb <= 8; k++) {
    const u = units[k]!;
    if (isClauseBreak(units, k) || u.text === ',') return -1;
    if (u.mention && (u.mention.type === 'organization' || u.mention.type === 'location')) {
      for (let j = k + 1; j < units.length && j - k <= 3; j++) if (NOUNS.get(units[j]!.lower) === 'attacked') return units[k - 1]?.pos === 'ADP' ? -1 : k;
      return -1;
    }
  }
  return -1;
}

const MODALS = new Set(['will', 'would', 'could', 'might', 'may', 'shall', "'ll"]);
const BRING = new Set(['bring', 'brings', 'brought', 'bringing']);

const SPONSORED_MOVES = new Set(['expanded', 'deployed', 'relocated', 'moved', 'stationed', 'based', 'infiltrated']);

/**
 * Every place a movement or presence verb reaches in its clause: "operating across the Kessa Line in
 * Alder and Brell", "stretches from Osk and Cope to Alder, Brell and Varn".
 */
function placesAfter(units: readonly Unit[], verb: number, preps: ReadonlySet<string>, direct: boolean): number[] {
  const out: number[] = [];
  let opened = direct;
  for (let k = verb + 1; k < units.length && k - verb <= 24; k++) {
    const u = units[k]!;
    if (isClauseBreak(units, k) || (u.text === ',' && !opened)) break;
    if (u.pos === 'VERB' && !(units[k - 1]?.lower === 'and' && k - verb <= 3)) break;
    if (preps.has(u.lower) || (opened && PLACE_LINKS.has(u.lower))) opened = true;
    // "out of Osk in Alder": the second place contains the first; it is not a second base.
    const container = units[k - 1]?.lower === 'in' && units[k - 2]?.mention?.type === 'location';
    // Straight after a preposition a place is its object, even before a noun ("in Brell province").
    const modifier = isModifierPlace(units, k) && units[k - 1]?.pos !== 'ADP';
    // "based there", "moved there": the anaphor carries its own preposition.
    const there = u.viaCoref && u.lower === 'there';
    if (u.mention?.type === 'location' && (opened || there) && !modifier && !container) out.push(k);
    else if (u.mention && !u.viaCoref && u.mention.type !== 'location' && !opened) break;
  }
  return out;
}
const PLACE_LINKS = new Set(['in', 'to', 'from', 'across', 'into', 'through', 'inside', 'within', 'throughout', 'and', 'of']);


/** "an Alder-backed militia", "the Ilsa Varn-led Front", "a Port Alder-based cell". */
export const hyphenParticiple: Construction = {
  name: 'hyphen-participle',
  predicates: ['sponsors', 'leader_of', 'allied_with', 'operates_in'],
  example: 'The Ilsa Varn-led Red Valley Front denied the report.',
  find(units) {
    const out: Found[] = [];
    for (let i = 2; i < units.length; i++) {
      const sense = HYPHEN_PARTICIPLES.get(units[i]!.lower);
      if (!sense || !isJoiningDash(units, i - 1) || !units[i - 2]!.mention) continue;
      const modifier = i - 2;
      let head = -1;
      for (let k = i + 1; k < units.length && k - i <= 4; k++) {
        if (units[k]!.mention) { head = k; break; }
        // "an Alder-backed militia, the Cope Brigade, …"
        if (units[k]!.text === ',' && units[k - 1]!.pos === 'NOUN') {
          const n = units[k + 1]?.lower === 'the' ? k + 2 : k + 1;
          // A pronoun read as a name ("…, its spokesman said") is no apposition.
          if (units[n]?.mention && !units[n]!.viaCoref) head = n;
          break;
        }
        if (units[k]!.pos !== 'ADJ' && units[k]!.pos !== 'NOUN') break;
      }
      // "Varn, an Alder-backed commander": the appositive's head is the mention before the comma.
      if (head < 0) {
        let k = modifier - 1;
        if (units[k]?.lower === 'a' || units[k]?.lower === 'an' || units[k]?.lower === 'the') k--;
        if (units[k]?.text === ',' && units[k - 1]?.mention) head = k - 1;
      }
      if (head < 0) continue;
      const role = sense.predicate === 'leader_of' ? 'leader' : null;
      if (sense.inverse) out.push(relation(head, sense.predicate, modifier, i, this.name, role));
      else for (const m of conjunctsLeft(units, modifier)) out.push(relation(m, ledBy(sense.predicate, units[m]!.mention!.type), head, i, this.name, role));
    }
    return out;
  },
};

const PROXY_NOUNS = new Set(['proxy', 'proxies', 'tool', 'tools', 'instrument', 'instruments', 'asset', 'assets', 'pawn', 'pawns']);

/** "Alder used the Front as a proxy", "turned to the Front as a proxy instrument". */
export const asProxy: Construction = {
  name: 'as-proxy',
  predicates: ['sponsors'],
  example: 'The Alder ministry used the Red Valley Front as a proxy against its rivals.',
  find(units) {
    const out: Found[] = [];
    for (let i = 1; i < units.length; i++) {
      if (units[i]!.lower !== 'as') continue;
      let k = i + 1;
      while (k < units.length && k - i <= 3 && !PROXY_NOUNS.has(units[k]!.lower) && (units[k]!.pos === 'DET' || units[k]!.pos === 'ADJ' || units[k]!.pos === 'PRON')) k++;
      if (!PROXY_NOUNS.has(units[k]?.lower ?? '')) continue;
      let sponsored = -1;
      for (let j = i - 1; j >= 0 && i - j <= 4; j--) if (units[j]!.mention) { sponsored = j; break; }
      if (sponsored < 0) continue;
      let verb = -1;
      for (let j = sponsored - 1; j >= 0 && sponsored - j <= 3; j--) if (units[j]!.pos === 'VERB') { verb = j; break; }
      if (verb < 0) continue;
      // "X has been repurposed by Y as an instrument": Y, the agent, is the sponsor of the subject X.
      const by = sponsored - (units[sponsored - 1]?.pos === 'DET' ? 2 : 1);
      if (units[by]?.lower === 'by' && by - 1 === verb) {
        const patient = subjectOf(units, verb);
        if (patient >= 0) out.push(relation(sponsored, 'sponsors', patient, k, `${this.name}/passive`));
        continue;
      }
      const sponsor = subjectOf(units, verb);
      if (sponsor >= 0) out.push(relation(sponsor, 'sponsors', sponsored, k, this.name));
    }
    return out;
  },
};
