import type { Mention, Predicate, Token } from '../../core/index.js';
import { separateNestedMentions } from './nested-mentions.js';

/**
 * One slot of a sentence as the constructions see it: a word, or a whole mention collapsed into one
 * slot, so that "the Red Valley Front's chief" reads as MENTION 's chief whatever the NER's span.
 */
export interface Unit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly pos: string;
  /** The mention this slot names: directly, or its antecedent when the slot is a pronoun or "the group". */
  readonly mention: Mention | null;
  /** True when `mention` was reached through a pronoun or a definite description. */
  readonly viaCoref: boolean;
  /** "this alliance", "they", "these groups": the other members of the set the slot stands for. */
  readonly partners?: readonly Mention[];
  /**
   * An event noun read through coreference: "The attack occurred in Brell" stands for its actor (`mention`)
   * with the place its clause gives; "… claimed the attack" stands for the places it struck (`mention`,
   * `partners`), claimed by the subject of the verb at `claimedBy`, or by `claimant` when the text names
   * who did it elsewhere in the clause ("the attack was carried out by X", "blamed X for the attack").
   */
  readonly event?: { readonly predicate: Predicate; readonly place: Mention | null; readonly claimedBy?: number; readonly claimant?: Mention };
}

const wordUnit = (t: Token): Unit => ({ start: t.start, end: t.end, text: t.text, lower: t.text.toLowerCase(), pos: t.pos, mention: null, viaCoref: false });

/**
 * Collapses each mention into one unit. A mention that covers only part of a token still takes that
 * token: wink splits "Front-backed" differently from a tagger trained on other data.
 */
export function collapseMentions(tokens: readonly Token[], allMentions: readonly Mention[]): Unit[] {
  // "the Osk attack", "the 2019 Brell bombings": a named event built on a place reads as the place and the
  // event noun, so the rows see what was struck; no claim takes an event as its argument.
  const mentions = separateNestedMentions(allMentions.filter((e) => e.type !== 'event' || !allMentions.some((p) => p.type === 'location' && p.start >= e.start && p.end <= e.end)));
  const units: Unit[] = [];
  let m = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    while (m < mentions.length && mentions[m]!.end <= token.start) m++;
    const mention = mentions[m];
    if (mention && mention.start < token.end && token.start < mention.end) {
      // "pro-Front" as one token: keep the prefix and its dash as slots of their own.
      if (token.start < mention.start) units.push(...prefixUnits(token, mention.start));
      units.push({ start: mention.start, end: mention.end, text: mention.text, lower: mention.text.toLowerCase(), pos: 'PROPN', mention, viaCoref: false });
      while (i + 1 < tokens.length && tokens[i + 1]!.start < mention.end) i++;
      m++;
      continue;
    }
    units.push(wordUnit(token));
  }
  return foldParentheticalAliases(joinHyphenatedWords(units));
}

// "secretary-general", "co-founder", "commander-in-chief": wink splits hyphenated words that our
// lexicons hold whole. Only word–word joins are merged; "Alder-backed" keeps its mention apart.
function joinHyphenatedWords(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const dash = out[out.length - 1];
    const left = out[out.length - 2];
    if (dash && left && (dash.text === '-' || dash.text === '‐') && !left.mention && !u.mention && left.end === dash.start && dash.end === u.start && /\w$/.test(left.text) && /^\w/.test(u.text)) {
      out.length -= 2;
      const text = `${left.text}-${u.text}`;
      out.push({ start: left.start, end: u.end, text, lower: text.toLowerCase(), pos: u.pos, mention: null, viaCoref: false });
      continue;
    }
    out.push(u);
  }
  return out;
}

function prefixUnits(token: Token, end: number): Unit[] {
  const text = token.text.slice(0, end - token.start);
  const dashed = /^(.*\w)([-–])$/.exec(text);
  if (!dashed) return [{ ...wordUnit(token), end, text, lower: text.toLowerCase() }];
  const word = dashed[1]!;
  const dashAt = token.start + word.length;
  return [
    { ...wordUnit(token), end: dashAt, text: word, lower: word.toLowerCase(), pos: 'ADJ' },
    { ...wordUnit(token), start: dashAt, end, text: dashed[2]!, lower: dashed[2]!, pos: 'PUNCT' },
  ];
}

// "the Red Valley Front (RVF) attacked …": the acronym in brackets names the same thing, and leaving it
// in would put two mentions and two brackets between every construction and its arguments.
function foldParentheticalAliases(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const open = units[i + 1];
    const inner = units[i + 2];
    const close = units[i + 3];
    // The unit keeps its mention but spans the brackets, so "Front (RVF)-Guard" still reads as joined.
    if (u.mention && open?.text === '(' && inner?.mention && close?.text === ')') {
      out.push({ ...u, end: close.end });
      i += 3;
      continue;
    }
    out.push(u);
  }
  return out;
}

