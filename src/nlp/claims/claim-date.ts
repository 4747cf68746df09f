import type { ClaimDate, Predicate } from '../../core/index.js';
import { isBackgroundRole } from './background-dates.js';
import type { Found } from './construction.js';
import { attachmentOf, datesSaying, datesWhenClause, hangsOnClaim, isForeignDate, isFutureDate, opensSentence } from './date-scope.js';
import type { DateMention } from './dates.js';
import { clauseScope, reportingSpans } from './modality.js';
import type { UnitTree } from './parse-rules/index.js';
import type { Unit } from './sentence-view.js';

// Standing relations, not events: "currently" dates them to the publication month; places and kin get no date.
const UNDATED: ReadonlySet<Predicate> = new Set(['located_in', 'relative_of']);
// "the Azim Foundation, the Front's media wing, released a video on May 25": an appositive's structure is not dated by the event.
// "Kuhandil's breakaway council": who leads a body named with its possessor is the phrase's background.
const UNDATED_RULE = /^(part-of\/(possessor|compound|of)|stance-prefix|parse-possessor-leads)$/;
// A wedding is an event: "married X in 2017" dates the tie it makes, where kin by birth are undated.
const MARRIAGE_RULE = /^parse-marriage/;
const NOW = /\b(currently|now)\b/i;
// A role the holder no longer has, or one that began the group, is background: the sentence's date is not its date.
const HISTORICAL_ROLE = /\b(former|ex-|late|founder|co-founder|founding|erstwhile)\b/i;
// "former Osk army officer Varn": the modifier may stand before the body, outside the role the rule read.
const FORMER = /^(former|erstwhile|ex-?)$/;
// "the arrest in March of Varn, the mastermind of the Osk bombing": a deed named in a description of
// a person happened at its own time, which the clause around it does not give.
const DESCRIBED_DEED = /^(name-then-title|title-before-name)/;
// Titles stated inside a noun phrase, whose date depends on the holder's part in the clause (isBackgroundRole).
const TITLE_RULE = /^(title-before-name|name-then-title|parse-title|parse-person-of-body|parse-role-noun)/;

/**
 * When a claim held or happened, as its own sentence tells it (GUIDELINES, "Dates"), or null. `dates`
 * reads the sentence's dates only when asked: most claims need none.
 */
export function claimDate(f: Found, units: readonly Unit[], tree: UnitTree | null, dates: () => readonly DateMention[], published: string | null): ClaimDate | null {
  if ((UNDATED.has(f.predicate) && !MARRIAGE_RULE.test(f.rule)) || UNDATED_RULE.test(f.rule)) return null;
  if (f.predicate === 'attacked' && DESCRIBED_DEED.test(f.rule)) return null;
  const title = TITLE_RULE.test(f.rule) && (f.predicate === 'member_of' || f.predicate === 'leader_of');
  const phrase = [f.subject, f.object, f.trigger];
  if ((f.predicate === 'member_of' || f.predicate === 'leader_of') && f.role !== null) {
    // The word before the phrase, past any unit overlapping its first (a place inside "Pakistan army").
    const first = Math.min(...phrase);
    let k = first - 1;
    while (k >= 0 && units[k]!.end > units[first]!.start) k--;
    const before = units.slice(Math.max(0, k), Math.max(...phrase));
    if (HISTORICAL_ROLE.test(f.role) || before.some((u) => FORMER.test(u.lower))) return null;
  }
  // A title nested in another person's description is never dated; one the clause only mentions (its
  // holder speaks, is named by a verb of saying, or takes part in what did not happen) takes only a
  // date that opens the sentence.
  const background = title ? isBackgroundRole(tree, units, f.subject, f.trigger, phrase) : null;
  if (background === 'nested') return null;
  return dateFor(f, dates(), published, units, tree, background === 'mentioned');
}

// The date nearest the trigger in the claim's own sentence; "currently"/"now" date a state to the
// publication month (GUIDELINES, "Dates").
// A date in a later clause ("… coexisted in Osk until a raid in March") dates that clause, not the claim:
// the claim takes the nearest date in its own clause, else one from a clause before it. With a parse, a
// date that hangs from another predicate is left out (see isForeignDate): "the Front, which regrouped in
// May, attacked Osk" leaves the attack undated, and "Alder said on Tuesday that …" dates the saying.
function dateFor(f: Found, dates: readonly DateMention[], published: string | null, units: readonly Unit[], tree: UnitTree | null, onlyOpening: boolean): ClaimDate | null {
  const trigger = units[f.trigger]!;
  const foreign = (start: number, end: number): boolean => {
    const at = tree ? attachmentOf(tree, units, start, end) : -1;
    return (tree !== null && (isForeignDate(tree, units, f.trigger, at, start) || isFutureDate(tree, units, at))) || datesSaying(units, f.trigger, start, end);
  };
  const [, to] = clauseScope(units, Math.min(f.subject, f.object, f.trigger), Math.max(f.subject, f.object, f.trigger));
  const limit = units[to]!.end;
  let best: DateMention | null = null;
  const reporting = reportingSpans(units);
  const near = (d: DateMention): boolean => !best || Math.abs(d.start - trigger.start) < Math.abs(best.start - trigger.start);
  for (const d of dates) {
    if (onlyOpening && !(tree !== null && opensSentence(tree, units, d.start, d.end))) continue;
    const inWindow = d.start < limit || (tree !== null && hangsOnClaim(tree, units, f.trigger, attachmentOf(tree, units, d.start, d.end), limit, d.start));
    // "as it did in 2023, when gunmen killed …": the date hangs on another clause but is the when-clause's time.
    const own = d.reference === true || !foreign(d.start, d.end) || (tree !== null && datesWhenClause(tree, units, f.trigger, d.end));
    if (inWindow && own && !reporting.some(([a, b]) => d.start >= a && d.start < b) && near(d)) best = d;
  }
  if (best) return best.date;
  const now = units.find((u) => NOW.test(u.lower) && u.pos === 'ADV');
  if (published && published.length >= 7 && now && !onlyOpening && !foreign(now.start, now.end)) {
    return { value: published.slice(0, 7), precision: 'month', stated: false, text: now.text };
  }
  return null;
}
