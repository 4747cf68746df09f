import type { CaseSnapshot } from '../core/index.js';
import { normaliseName } from './normalise.js';

/** How a described source ("~the leaked Ostrian dossier") is counted. */
export interface DescribedSource {
  /** Comparison key shared by every description of the same artefact: "ostrian dossier". */
  readonly key: string;
  /** As a reader would name it: "Leaked Ostrian dossier". */
  readonly label: string;
  /** One specific artefact (a dossier, a report, a video) rather than unnamed people ("analysts", "officials"). */
  readonly isSpecific: boolean;
}

// Head nouns of described sources that are one specific artefact, which several pieces can share
// ("the leaked report", "a classified dossier"); anything else described ("analysts", "officials",
// "media reports") is an unnamed source that only the publishing piece vouches for.
const ARTEFACT_NOUNS = new Set([
  'dossier', 'report', 'document', 'memo', 'memorandum', 'cable', 'letter', 'video', 'statement', 'assessment', 'study',
  'file', 'audit', 'inquiry', 'investigation', 'probe', 'testimony', 'interrogation', 'confession', 'transcript', 'photo',
  'photograph', 'image', 'footage', 'recording', 'book', 'magazine', 'communique', 'communiqué', 'chargesheet', 'indictment',
  'affidavit', 'filing', 'bulletin', 'briefing', 'review', 'database', 'list', 'verdict', 'judgment', 'judgement', 'ruling',
  'diary', 'email', 'speech', 'interview', 'leak', 'survey', 'paper',
]);
// Words that do not change which artefact is meant: "a classified Indian dossier" is "the Indian dossier".
const DROPPED_WORDS = /\b(?:a|an|the|this|that|its|their|his|her|same|classified|secret|leaked|confidential|new|recent|latest|internal|detailed|so-called|purported|alleged|unpublished|recently)\b/g;
// A description's head noun comes before what qualifies it: "the dossier prepared by Ostrian intelligence" is a
// dossier, "a video released by the Front" a video, "the report of the harbour commission" a report.
const QUALIFIER = /\s(?:(?:[a-z]+ed|[a-z]+en|drawn up)\s+)?(?:by|from|of|on|about|which|that|who)\s.*$/;

export function describedKey(text: string): DescribedSource {
  const bare = text.replace(/^~/, '').trim();
  const label = bare.replace(/^(?:a|an|the)\s+/i, '');
  const core = bare.toLowerCase().replace(QUALIFIER, '');
  const key = normaliseName(core.replace(DROPPED_WORDS, ' '));
  const head = key.split(' ').at(-1) ?? '';
  return { key, label: label.charAt(0).toUpperCase() + label.slice(1), isSpecific: ARTEFACT_NOUNS.has(head) };
}

/**
 * The described sources of a case, read once. A bare "the dossier" joins the one qualified dossier the case knows
 * ("the Ostrian dossier"), because a piece that says "the dossier" after naming it means that one; with two
 * qualified dossiers in the case it stays apart, since we cannot tell which is meant.
 */
export function describedSources(snapshot: CaseSnapshot): (text: string) => DescribedSource {
  const seen = new Map<string, DescribedSource>();
  for (const doc of snapshot.documents) {
    for (const claim of doc.claims) if (claim.source.kind === 'described' && !seen.has(claim.source.text)) seen.set(claim.source.text, describedKey(claim.source.text));
  }
  const qualifiedByHead = new Map<string, Set<string>>();
  for (const d of seen.values()) {
    const head = d.key.split(' ').at(-1) ?? '';
    if (!d.isSpecific || d.key === head) continue;
    qualifiedByHead.set(head, (qualifiedByHead.get(head) ?? new Set()).add(d.key));
  }
  const merged = new Map<string, DescribedSource>();
  for (const [text, d] of seen) {
    const only = d.isSpecific ? qualifiedByHead.get(d.key) : undefined;
    merged.set(text, only?.size === 1 ? { ...d, key: [...only][0]! } : d);
  }
  // One label per artefact, the plainest the case uses: "Indian dossier" rather than "Classified Indian dossier".
  const labelOf = new Map<string, string>();
  for (const [text, d] of merged) {
    const current = labelOf.get(d.key);
    const isOwnKey = seen.get(text)!.key === d.key;   // a bare "the dossier" folded in does not name the artefact
    if (isOwnKey && (current === undefined || d.label.length < current.length)) labelOf.set(d.key, d.label);
  }
  const resolved = new Map<string, DescribedSource>();
  for (const [text, d] of merged) resolved.set(text, { ...d, label: labelOf.get(d.key) ?? d.label });
  return (text) => resolved.get(text) ?? describedKey(text);
}
