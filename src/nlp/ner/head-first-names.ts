import { headFirstKind, isCommonWord, isNameParticle } from '../lexicon/index.js';
import { make, type Candidate, type CandidateType } from './candidate.js';
import type { TaggerToken } from './tagger-tokens.js';

// Names that put their head first and join capitalised parts with lower-case particles
// ("Frente de Liberación del Norte", "Forces de défense du Haut-Orvan", "Harakat Nasr al-Din").
// The tagger, trained on English news, cuts them at the first particle; these rules read their shape.

const CAPITALISED = /^(\p{Lu}|(al|el|ul|ad|ash|an|as|at|ar|az)-\p{Lu}|\d+$)/u;
const LEADING_ARTICLE = /^(el|la|los|las|le|les|il|lo|al|o|os|as|the)$/i;
// A plural article cannot open one person's name: "Los Garzones" is a group, whatever the tagger said.
const PLURAL_ARTICLE = /^(los|las|les|os)$/i;
const DIRECTION = /^(upper|lower|north|south|east|west|northern|southern|eastern|western|central|greater|inner|outer)$/i;
const SENTENCE_ARTICLE = /^(the|a|an)$/;

const isParticle = (t: TaggerToken | undefined): boolean => t !== undefined && /^\p{Ll}/u.test(t.text) && isNameParticle(t.text);
const isNamePart = (t: TaggerToken | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text) || (t !== undefined && /^(al|el|ul)-\p{Lu}/u.test(t.text));

/**
 * Joins a tagged name to the capitalised words after a particle ("Passo" + "da" + "Vereda"),
 * drops a particle the tagger left dangling ("Forces de"), types the joined name by its head word,
 * and adds names opened by a head-first group or place word that the tagger missed altogether.
 */
export function joinHeadFirstNames(tokens: readonly TaggerToken[], out: Candidate[]): void {
  const sorted = [...out].sort((a, b) => a.first - b.first);
  const removed = new Set<Candidate>();
  for (const c of sorted) {
    if (removed.has(c) || c.listed || c.type === 'event' || c.type === 'work') continue;
    let end = c.last;
    const start = leftOfArticle(tokens, c);
    while (end - c.first > 1 && isParticle(tokens[end - 1])) end--;
    let joined = false;
    // "UN Envoy" + "de Vries": an English name does not run on through a particle into a person's.
    const opensHeadFirst = c.type === 'person' || headFirstKind(tokens[LEADING_ARTICLE.test(tokens[c.first]!.text) ? c.first + 1 : c.first]?.text.split('-')[0] ?? '') !== null;
    for (;;) {
      if (!opensHeadFirst && out.some((o) => o !== c && o.type !== c.type && o.first >= end && o.first <= end + 3 && isParticle(tokens[o.first]))) break;
      const next = extendAcrossParticle(tokens, end, c.first);
      if (next === null) break;
      end = next;
      joined = true;
    }
    const kind = typeByHeadWord(tokens, c.first, end, joined);
    const type: CandidateType = kind ?? (c.type !== 'person' ? c.type
      : PLURAL_ARTICLE.test(tokens[c.first]!.text) ? 'organization'
      // "Upper Orvan", "North Kessa": no person's name opens with a direction.
      : DIRECTION.test(tokens[c.first]!.text) && end - c.first > 1 ? 'location' : c.type);
    if (end === c.last && type === c.type && start === c.first) continue;
    for (const other of out) if (other !== c && other.first >= start && other.first < end) removed.add(other);
    const reshaped = joined || end !== c.last || start !== c.first;
    const widened = { ...make(tokens, start, end, type, reshaped ? 'pattern/head-first-name' : c.rule), ...(c.antecedent ? { antecedent: c.antecedent } : {}) };
    out[out.indexOf(c)] = widened;
  }
  for (let i = out.length - 1; i >= 0; i--) if (removed.has(out[i]!)) out.splice(i, 1);
  addUntaggedHeadFirstNames(tokens, out);
}

/**
 * "Saray al-Nasr Group" tagged from "al-Nasr": the capitalised word before an Arabic article belongs to
 * the name when it is no English word or is a head-first group word. Returns the new first token.
 */
function leftOfArticle(tokens: readonly TaggerToken[], c: Candidate): number {
  const before = tokens[c.first - 1];
  if (before === undefined || !/^(al|el|ul)-\p{Lu}/u.test(tokens[c.first]!.text) || before.sentenceIndex !== tokens[c.first]!.sentenceIndex) return c.first;
  return /^\p{Lu}\p{Ll}+$/u.test(before.text) && (!isCommonWord(before.text) || headFirstKind(before.text) !== null) ? c.first - 1 : c.first;
}

/** The new end when a particle and a capitalised name follow `end` ("… de la Sierra"), else null. */
function extendAcrossParticle(tokens: readonly TaggerToken[], end: number, first: number): number | null {
  let k = end;
  // "Movimiento 9 de Julio": a day number inside a name is followed by its particle.
  if (/^\d{1,2}$/.test(tokens[k]?.text ?? '') && isParticle(tokens[k + 1])) k++;
  if (!isParticle(tokens[k])) return null;
  let j = k + 1;
  if (isParticle(tokens[j])) j++;                                                            // "de la", "de los"
  else if (/^\p{Ll}{3,}$/u.test(tokens[j]?.text ?? '') && !isNameParticle(tokens[j]!.text) && isParticle(tokens[j + 1]) && !isCommonWord(tokens[j]!.text)) j += 2; // "de sécurité du"
  const head = tokens[j];
  if (head === undefined || head.sentenceIndex !== tokens[first]!.sentenceIndex || !CAPITALISED.test(head.text) || /^\d/.test(head.text)) return null;
  let stop = j + 1;
  while (isNamePart(tokens[stop]) && tokens[stop]!.sentenceIndex === head.sentenceIndex) stop++;
  return stop;
}

/**
 * The type a head-first word gives a name, when the name reads as head-first: it holds a particle,
 * or its head is no English word ("Harakat Nasr", "Cerro Alto"; not "Front Street").
 */
function typeByHeadWord(tokens: readonly TaggerToken[], first: number, end: number, joined: boolean): CandidateType | null {
  let h = first;
  if (end - h > 1 && LEADING_ARTICLE.test(tokens[h]!.text)) h++;
  const word = tokens[h]!.text;
  const kind = headFirstKind(word.split('-')[0]!);
  if (kind === null || end - first < 2) return null;
  const hasParticle = joined || tokens.slice(h + 1, end).some((t) => isParticle(t) || /^(al|el|ul)-/.test(t.text) || /-(e|i|ul|al)-/.test(t.text));
  return hasParticle || !isCommonWord(word) ? kind : null;
}

/** "Harakat Nasr al-Din claimed …" with no tag at all: a head-first group word opens a name of two or more words. */
function addUntaggedHeadFirstNames(tokens: readonly TaggerToken[], out: Candidate[]): void {
  const covered = new Set<number>();
  for (const c of out) for (let i = c.first; i < c.last; i++) covered.add(i);
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.text;
    if (covered.has(i) || !/^\p{Lu}\p{Ll}/u.test(word) || isCommonWord(word) || headFirstKind(word) === null) continue;
    if (SENTENCE_ARTICLE.test(tokens[i + 1]?.text ?? '')) continue;
    let end = i + 1;
    while (isNamePart(tokens[end]) && tokens[end]!.sentenceIndex === tokens[i]!.sentenceIndex) end++;
    for (;;) {
      const next = extendAcrossParticle(tokens, end, i);
      if (next === null) break;
      end = next;
    }
    if (end - i < 2) continue;
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.first >= i && out[k]!.first < end) out.splice(k, 1);
    out.push(make(tokens, i, end, headFirstKind(word)!, 'pattern/head-first-name'));
    for (let k = i; k < end; k++) covered.add(k);
  }
}
