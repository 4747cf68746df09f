import type { Mention, Token } from '../../core/index.js';
import { findCountry, isCommonWord, isDemonym, isNameParticle, isPlaceName } from '../lexicon/index.js';

// The tagger sees one sentence's words; where a person's name meets another capitalised word its
// edges go wrong in two ways that the rest of the article can settle:
// - a place glued to the front: "the former governor of Tescana Gumersindo Pliego" read as one
//   person, though the article names "Tescana" as a place elsewhere (or the lists know it);
// - a first name dropped: "the brothers Fidencio Berrospe Alcocer" read as "Berrospe Alcocer",
//   because the tagger never saw "Fidencio"; an unknown capitalised word right before a person's
//   name, standing alone, is the name's own first word.

const PLACE_PREPOSITION = /^(of|in|from|for|at|near)$/i;
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
// Titles that are no English words and so pass the dictionary test: "Comandante", "Licenciada".
const FOREIGN_TITLE = /^(ingeniero|ingeniera|licenciado|licenciada|doctora|don|doña|señor|señora|senhor|senhora|coronel|comandante|capitán|capitão|teniente|tenente|sargento|général|delegado|delegada|comisario|ustod|mullo|qori|haji|hajji|sheikh|shaykh|mawlawi|mullah|sardar|mir|sayyid)$/i;

/** Splits places glued to the front of people's names and restores dropped first names; links follow the reshaped mentions. */
export function fixPersonEdges(text: string, tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const placeTexts = new Set(mentions.filter((m) => m.type === 'location').map((m) => m.text));
  const startIndex = new Map(tokens.map((t, i) => [t.start, i]));
  const covered = new Set<number>();
  for (const m of mentions) for (let k = m.start; k < m.end; k++) covered.add(k);
  const renamed = new Map<string, string>();
  const out: Mention[] = [];
  for (const m of mentions) {
    const first = startIndex.get(m.start);
    if (m.type !== 'person' || first === undefined) { out.push(m); continue; }
    const place = gluedPlace(tokens, first, m, placeTexts);
    if (place !== null) {
      const { antecedentId: _personal, ...unlinked } = m;
      const placeMention = reshape(text, unlinked, m.start, place.end, 'location', 'pattern/glued-place');
      const person = reshape(text, m, tokens[place.next]!.start, m.end, 'person', 'pattern/glued-place');
      renamed.set(m.id, person.id);
      out.push(placeMention, person);
      continue;
    }
    const given = droppedFirstName(tokens, first, covered, placeTexts);
    if (given !== null) {
      const person = reshape(text, m, tokens[given]!.start, m.end, 'person', 'pattern/dropped-first-name');
      renamed.set(m.id, person.id);
      out.push(person);
      continue;
    }
    out.push(m);
  }
  if (renamed.size === 0) return out;
  return out.map((m) => (m.antecedentId !== undefined && renamed.has(m.antecedentId) ? { ...m, antecedentId: renamed.get(m.antecedentId)! } : m));
}

/** The place (one or two words) glued to the front of a person mention of three words or more, after a preposition; else null. */
function gluedPlace(tokens: readonly Token[], first: number, m: Mention, placeTexts: ReadonlySet<string>): { end: number; next: number } | null {
  if (!PLACE_PREPOSITION.test(tokens[first - 1]?.text ?? '')) return null;
  for (const length of [2, 1]) {
    const words = tokens.slice(first, first + length);
    const rest = tokens.slice(first + length).filter((t) => t.end <= m.end);
    // What is left must still be a name of two words at least, all capitalised.
    if (words.length < length || rest.length < 2 || !rest.every((t) => /^\p{Lu}/u.test(t.text))) continue;
    const surface = words.map((t) => t.text).join(' ');
    if (!words.every((t) => NAME_WORD.test(t.text))) continue;
    if (placeTexts.has(surface) || isPlaceName(surface) || findCountry(surface) !== null) return { end: words[words.length - 1]!.end, next: first + length };
  }
  return null;
}

/** The index of a dropped first name right before a person mention, or null. */
function droppedFirstName(tokens: readonly Token[], first: number, covered: ReadonlySet<number>, placeTexts: ReadonlySet<string>): number | null {
  const word = tokens[first - 1];
  const before = tokens[first - 2];
  if (word === undefined || word.sentenceIndex !== tokens[first]!.sentenceIndex || word.end === tokens[first]!.start) return null;
  if (!NAME_WORD.test(word.text) || covered.has(word.start) || FOREIGN_TITLE.test(word.text)) return null;
  if (isCommonWord(word.text) || isDemonym(word.text) || isNameParticle(word.text.toLowerCase()) || isPlaceName(word.text) || placeTexts.has(word.text)) return null;
  // Two capitalised words in a row before the name would be another name, not its first word.
  if (before !== undefined && before.sentenceIndex === word.sentenceIndex && /^\p{Lu}/u.test(before.text) && !/^(The|A|An)$/.test(before.text)) return null;
  return first - 1;
}

function reshape(text: string, m: Mention, start: number, end: number, type: Mention['type'], rule: Mention['rule']): Mention {
  return { ...m, id: `${m.docId}:${start}-${end}`, start, end, text: text.slice(start, end), type, rule };
}
