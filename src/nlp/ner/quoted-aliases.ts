import type { Mention } from '../../core/index.js';
import { isCommonWord, isNameParticle } from '../lexicon/index.js';
import { make, type Candidate, type CandidateType } from './candidate.js';
import type { TaggerToken } from './tagger-tokens.js';

// Nicknames and aliases are written in quotes next to the name they stand for: 'Ramón Ulloa,
// alias "El Gallo"', 'known as "Tatu"', '"Comandante Ilario" (Tomás Berro)', '— "the Caravan" to the
// border guards —'. The tagger, reading words, types a quoted "El Gallo" as a group by its article or
// misses it; the frame says it is another name of the person or group beside it.

const OPEN_QUOTE = /^["“«‘']$/;
const CLOSE_QUOTE = /^["”»’']$/;
// Words between a name and its quoted alias: "alias", "known as", "nicknamed", "a.k.a.", "code name".
const INTRODUCER = /^(alias|aka|a\.k\.a\.?|nicknamed|dubbed|called|known|as|also|codenamed|code-named|code|name|nom|de|guerre|or|—|–|-|,)$/i;
const STRONG_INTRODUCER = /^(alias|aka|a\.k\.a\.?|nicknamed|dubbed|called|known|codenamed|code-named|name|guerre)$/i;
// Nouns that say what kind of thing the unnamed referent before a quoted name is.
const PERSON_NOUN = /^(boss|capo|leader|chief|commander|brother|sister|son|daughter|nephew|cousin|uncle|wife|husband|witness|informant|operator|enforcer|hitman|deputy|lieutenant|spokesman|spokeswoman|spokesperson|man|woman|fighter|militant|suspect|trafficker|smuggler)$/i;
const GROUP_NOUN = /^(ring|network|cartel|gang|group|militia|faction|cell|unit|column|band|crew|outfit|movement|organisation|organization|brigade|battalion|syndicate|alliance|coalition)$/i;
const MAX_ALIAS_TOKENS = 4;

/** Adds a candidate for each quoted alias beside a name (or a noun saying what it names), linked to that name. */
export function addQuotedAliases(tokens: readonly TaggerToken[], out: Candidate[]): void {
  for (let open = 0; open < tokens.length; open++) {
    if (!OPEN_QUOTE.test(tokens[open]!.text)) continue;
    const inner = quotedName(tokens, open);
    if (inner === null) continue;
    const referent = referentOf(tokens, out, open, inner.close);
    if (referent === null) continue;
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.first < inner.close && out[k]!.last > inner.first) out.splice(k, 1);
    const alias = make(tokens, inner.first, inner.close, referent.type, 'pattern/quoted-alias');
    alias.contextCue = referent.cue;
    if (referent.name) alias.antecedent = referent.name;
    out.push(alias);
    open = inner.close;
  }
}

/** The name inside quotes opening at `open`: one to four words, capitalised except for particles. Null otherwise. */
function quotedName(tokens: readonly TaggerToken[], open: number): { first: number; close: number } | null {
  let first = open + 1;
  // '"the Caravan"': the article is the sentence's, the name is what follows.
  if (/^the$/i.test(tokens[first]?.text ?? '') && /^\p{Lu}/u.test(tokens[first + 1]?.text ?? '')) first++;
  for (let close = first + 1; close <= first + MAX_ALIAS_TOKENS && close < tokens.length; close++) {
    if (!CLOSE_QUOTE.test(tokens[close]!.text)) continue;
    const words = tokens.slice(first, close).map((t) => t.text);
    const named = words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) || (/^\p{Ll}+$/u.test(w) && isNameParticle(w)));
    if (!named || !/^\p{Lu}/u.test(words[0]!) || !/^\p{Lu}/u.test(words[words.length - 1]!)) return null;
    return { first, close };
  }
  return null;
}

interface Referent {
  readonly type: CandidateType;
  readonly cue: string;
  readonly name?: Candidate;
}

/**
 * What the quoted name stands for: the person or group named just before it (past a comma,
 * "alias", "known as"), or just after it in brackets; else the kind a noun before it gives.
 */
function referentOf(tokens: readonly TaggerToken[], out: readonly Candidate[], open: number, close: number): Referent | null {
  const alias = tokens.slice(open + 1, close).map((t) => t.text).join(' ');
  let k = open - 1;
  let strong = false;
  while (k >= 0 && open - k <= 4 && INTRODUCER.test(tokens[k]!.text)) { strong ||= STRONG_INTRODUCER.test(tokens[k]!.text); k--; }
  // Only a comma after a name: a quoted common word ("Reuters, "Never"") is speech, not a name.
  // Past a comma alone, the quotes must close the apposition: in '…of the Osk Police, "El Gallo" paid'
  // the quoted name opens a new clause.
  const closesApposition = strong || /^([,;.)]|—|–)$/.test(tokens[close + 1]?.text ?? '.');
  const speechLike = !strong && alias.split(' ').every((w) => isCommonWord(w) || isNameParticle(w.toLowerCase()));
  const before = out.find((c) => c.last === k + 1 && (c.type === 'person' || c.type === 'organization'));
  if (before && k < open - 1 && !speechLike && closesApposition) return { type: before.type, cue: `"${alias}" is a quoted alias of the name before it`, name: before };
  if (tokens[close + 1]?.text === '(') {
    const after = out.find((c) => c.first === close + 2 && tokens[c.last]?.text === ')' && c.type === 'person');
    if (after) return { type: 'person', cue: `"${alias}" is a quoted alias of the bracketed name after it`, name: after };
  }
  const noun = tokens[k]?.text ?? '';
  if (/^\p{Ll}/u.test(noun) && PERSON_NOUN.test(noun)) return { type: 'person', cue: `"${alias}" names a ${noun}` };
  if (/^\p{Ll}/u.test(noun) && GROUP_NOUN.test(noun) && k < open - 1) return { type: 'organization', cue: `"${alias}" names a ${noun}` };
  return null;
}

/**
 * '"El Gallo" fled' after 'Ramón Ulloa, alias "El Gallo"': once the text has given a quoted alias,
 * the alias used alone elsewhere in the article names the same referent, so it links to it too.
 */
export function linkRepeatedAliases(mentions: readonly Mention[]): Mention[] {
  const target = new Map<string, Mention>();
  for (const m of mentions) if (m.rule === 'pattern/quoted-alias' && !target.has(m.text)) target.set(m.text, m);
  if (target.size === 0) return [...mentions];
  return mentions.map((m) => {
    const alias = target.get(m.text);
    if (alias === undefined || alias === m || m.antecedentId !== undefined) return m;
    return { ...m, type: alias.type, antecedentId: alias.antecedentId ?? alias.id };
  });
}
