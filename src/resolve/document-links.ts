import { isAcronymOf } from './acronym.js';
import { linkGroupShortForms, linkHeadNouns, linkNationalityQualified, linkPlaceShortForms } from './document-short-forms.js';
import { linkGenericNounsInDocument } from './generic-nouns.js';
import { linkPersonShortForms } from './person-short-forms.js';
import { link, type ParsedMention, type ResolveContext } from './resolve-context.js';
import { ALIAS_AS_AFTER, ALIAS_AS_BETWEEN, ALIAS_BETWEEN, ALIAS_CALLED_BETWEEN, ALIAS_CALLS_AFTER, ALIAS_OR_BETWEEN, DASH_APPOSITION, DESCRIBED_ALIAS, describesPerson } from './text-cues.js';

// "Red Valley Front (RVF)" and "RVF (Red Valley Front)": the text pairs a name with its short form.
const OPEN_BRACKET = /^\s*[(\[]\s*$/;
const CLOSE_BRACKET = /^\s*[)\]]/;
// "Tomas Vell (born 1971; Ostrian: …), also known as Abu Ferro": an aside in brackets before the cue says nothing of the alias.
const BRACKETED_ASIDE = /^\s*[(\[][^()\[\]]{0,120}[)\]]\s*(?=,)/;

/**
 * Links mentions inside one document, where context narrows what a short name can mean:
 * the NLP stage's antecedents, names paired in brackets or by "alias", one acronym used twice,
 * an acronym and the name it abbreviates, a lone surname or given name to the most recent
 * full name it fits, "the Front" to the most recent group name ending in it, and "Ashfen" to
 * the "Ashfen Province" just named. Order matters: short forms attach after pairs are known, so a bracketed
 * acronym is not taken for the initials of some other name.
 */
export function linkWithinDocuments(ctx: ResolveContext): void {
  for (let d = 0; d < ctx.docRanges.length; d++) {
    const [first, end] = ctx.docRanges[d]!;
    linkAntecedents(ctx, first, end);
    linkPairedNames(ctx, d, first, end);
    linkDescribedAliases(ctx, d, first, end);
    linkRepeatedAcronyms(ctx, first, end);
    linkAcronymInitials(ctx, first, end);
    linkPersonShortForms(ctx, d, first, end);
    linkGenericNounsInDocument(ctx, first, end);
    linkHeadNouns(ctx, d, first, end);
    linkGroupShortForms(ctx, first, end);
    linkPlaceShortForms(ctx, first, end);
    linkNationalityQualified(ctx, first, end);
  }
}


function linkAntecedents(ctx: ResolveContext, first: number, end: number): void {
  const index = new Map<string, number>();
  for (let i = first; i < end; i++) index.set(ctx.mentions[i]!.mention.id, i);
  for (let i = first; i < end; i++) {
    const m = ctx.mentions[i]!.mention;
    const ante = m.antecedentId === undefined ? undefined : index.get(m.antecedentId);
    if (ante === undefined) continue;
    // Not checked for conflicts: the text analysis saw a link the names alone cannot show.
    link(ctx, ante, i, 'antecedent', `the text analysis (${m.rule}) read "${m.text}" as "${ctx.mentions[ante]!.mention.text}"`, false);
  }
}

function linkPairedNames(ctx: ResolveContext, d: number, first: number, end: number): void {
  const text = ctx.texts[d]!;
  for (let i = first; i + 1 < end; i++) {
    const a = ctx.mentions[i]!;
    const b = ctx.mentions[i + 1]!;
    const between = text.slice(a.mention.end, b.mention.start);
    if (OPEN_BRACKET.test(between) && CLOSE_BRACKET.test(text.slice(b.mention.end, b.mention.end + 3))) {
      const [long, short] = a.form.acronym !== null ? [b, a] : [a, b];
      // A person is rarely given an acronym, so a person-typed name needs the initials to agree ("Milli Istihbarat Teskilati (MIT)").
      const pairsAcronym = short.form.acronym !== null && long.form.acronym === null && long.form.core.length >= 2
        && (long.type !== 'person' || isAcronymOf(short.form.acronym, long.form.name));
      // Brackets after a place usually give the larger place ("Olmvik (Ostria)"), not another name for it.
      const pairsSameKind = a.type === b.type && (a.type === 'person' || a.type === 'organization');
      if (pairsAcronym) {
        const acronym = short.form.acronym!;
        const initials = isAcronymOf(acronym, long.form.name);
        // "the Ashfen Brigade (RVF)" gives the parent, not a short form, when another name here has those initials.
        const belongsElsewhere = !initials && ctx.mentions.slice(first, end).some((m) => m !== long && expandsAcronym(m, acronym));
        if (!belongsElsewhere) link(ctx, i, i + 1, 'acronym-defined', `"${short.form.name}" is given in brackets beside "${long.form.name}"${initials ? ' and is its initials' : ''}`, false);
      } else if (pairsSameKind) {
        link(ctx, i, i + 1, 'bracketed-alias', `"${b.form.name}" is given in brackets beside "${a.form.name}"`, false);
      }
    } else if (ALIAS_BETWEEN.test(between) || ALIAS_BETWEEN.test(between.replace(BRACKETED_ASIDE, '')) || (ALIAS_AS_BETWEEN.test(between) && ALIAS_AS_AFTER.test(text.slice(b.mention.end, b.mention.end + 40)))
      || (ALIAS_CALLED_BETWEEN.test(between) && a.type === 'person')
      // 'Tomás Berro Alcázar, "El Tordo", …': a name in quotes in apposition to a person is his nickname.
      || (a.type === 'person' && /^\s*,\s*["“]$/.test(between) && /^["”]\s*[,)]/.test(text.slice(b.mention.end, b.mention.end + 3)))
      || (ALIAS_OR_BETWEEN.test(between) && ALIAS_CALLS_AFTER.test(text.slice(b.mention.end, b.mention.end + 60)))) {
      // The text says so in words; the NER's types may still disagree, so they are not compared.
      link(ctx, i, i + 1, 'alias-in-text', `the text gives "${b.form.name}" as another name of "${a.form.name}"`, false);
    } else if (between === '/' && a.type === 'organization' && b.type === 'organization' && a.form.acronym !== null && b.form.acronym !== null) {
      // "the UPRN/FDO": two short names joined by a slash, as a group writes its name in two languages.
      link(ctx, i, i + 1, 'slashed-alias', `"${a.form.name}/${b.form.name}" writes two short names of one group`, false);
    } else if (/^\s*,\s*the\s+$/.test(between) && a.type === 'organization' && a.form.acronym === null && b.form.acronym !== null
      && /^\s*[,)]\s*(?!and\b|or\b)/.test(text.slice(b.mention.end, b.mention.end + 8)) && !/^\s*,\s*the\s+\S+\s*,\s*(?:and|or)\b/.test(text.slice(a.mention.end, b.mention.end + 8))) {
      // "the External Security Bureau, the KSB, said": an acronym in apposition is the body's short name,
      // even when its initials are of a name in another language.
      link(ctx, i, i + 1, 'acronym-in-apposition', `"${b.form.name}" is set off by commas right after "${a.form.name}"`, false);
    } else if (DASH_APPOSITION.test(between) && a.type === 'organization' && b.type === 'organization' && a.form.acronym === null && b.form.acronym === null
      && /^\s*(?:,|[—–]|\)|$)/.test(text.slice(b.mention.end, b.mention.end + 3))) {
      // Only a dash that closes the restatement (or a comma after it): "X — Y and Z fought" lists, it does not rename.
      link(ctx, i, i + 1, 'alias-in-text', `"${b.form.name}" is set off by a dash right after "${a.form.name}", restating it`, false);
    }
  }
}

// Within one article an acronym keeps one meaning.
function linkRepeatedAcronyms(ctx: ResolveContext, first: number, end: number): void {
  const seen = new Map<string, number>();
  for (let i = first; i < end; i++) {
    const acronym = ctx.mentions[i]!.form.acronym;
    if (acronym === null) continue;
    const earlier = seen.get(acronym);
    if (earlier === undefined) seen.set(acronym, i);
    else link(ctx, earlier, i, 'same-acronym-in-document', `"${acronym}" is used again in the same document`);
  }
}

function linkAcronymInitials(ctx: ResolveContext, first: number, end: number): void {
  const done = new Set<string>();
  for (let i = first; i < end; i++) {
    const acronym = ctx.mentions[i]!.form.acronym;
    if (acronym === null || done.has(acronym)) continue;
    done.add(acronym);
    // "UK" near "Urem al-Kubra": a country's short form is the country, not those initials.
    if (ctx.options.countryOf(acronym) !== null) continue;
    if (hasExpansionInDocument(ctx, i, first, end)) continue;
    // The most recent expansion before the acronym, else the first one after it.
    let target = -1;
    for (let j = i - 1; j >= first && target < 0; j--) if (expands(ctx, j, acronym)) target = j;
    for (let j = i + 1; j < end && target < 0; j++) if (expands(ctx, j, acronym)) target = j;
    if (target >= 0) link(ctx, target, i, 'acronym-initials', `"${acronym}" is the initials of "${ctx.mentions[target]!.form.name}" in the same document`);
  }
}

function expands(ctx: ResolveContext, j: number, acronym: string): boolean {
  return expandsAcronym(ctx.mentions[j]!, acronym);
}

function expandsAcronym(p: ParsedMention, acronym: string): boolean {
  return p.form.acronym === null && p.type !== 'person' && p.form.core.length >= 2 && isAcronymOf(acronym, p.form.name);
}

function hasExpansionInDocument(ctx: ResolveContext, i: number, first: number, end: number): boolean {
  const root = ctx.union.find(i);
  for (let j = first; j < end; j++) {
    const p = ctx.mentions[j]!;
    if (p.form.acronym === null && p.form.core.length >= 2 && p.type !== 'person' && ctx.union.find(j) === root) return true;
  }
  return false;
}

// How far back a description may look for the name it stands for: the sentence before, or two.
const DESCRIBED_NAME_WINDOW_CHARS = 400;
// The cue after a description, cut off to quote the description alone in a reason.
const CUE_TAIL = /\s*,?\s*(?:(?:which|who)\s+(?:is|was|are|were)\s+)?(?:also\s+|locally\s+|widely\s+|better\s+|commonly\s+|more\s+commonly\s+)?(?:known|called|referred\s+to)[\s\S]*$/i;

/**
 * "The Ostria-backed group, known locally as Lac Morne": a description that opens its sentence stands
 * for the nearest group named before it, and the name after the cue is another name of it. A person
 * description ("Vell, the cartel's chief better known as …") only in apposition to the person's name.
 */
function linkDescribedAliases(ctx: ResolveContext, d: number, first: number, end: number): void {
  const text = ctx.texts[d]!;
  for (let i = first; i < end; i++) {
    const p = ctx.mentions[i]!;
    if (p.type === 'location') continue;
    // The cue ends in "as" right before the name: a cheap test before the full pattern.
    if (!/\bas\b/i.test(text.slice(Math.max(0, p.mention.start - 12), p.mention.start))) continue;
    const from = Math.max(0, p.mention.start - 120);
    const before = text.slice(from, p.mention.start);
    const sentenceStart = Math.max(0, ...[...before.matchAll(/[.!?]\s+/g)].map((m) => m.index + m[0].length));
    const match = DESCRIBED_ALIAS.exec(before.slice(sentenceStart));
    if (!match) continue;
    // "The Ostria-backed group, known as X" opens its sentence and takes up the group just named;
    // "… said the militia, known as X, …" in mid-sentence may bring in a new one.
    const opensSentence = before.slice(sentenceStart, sentenceStart + match.index).trim() === '';
    const described = from + sentenceStart + match.index;
    const person = describesPerson(match[1]!);
    for (let j = i - 1; j >= first; j--) {
      const q = ctx.mentions[j]!;
      if (q.mention.end > described) continue;
      if (q.mention.end < described - DESCRIBED_NAME_WINDOW_CHARS) break;
      if (person ? q.type !== 'person' : q.type !== 'organization') continue;
      // "joined the umbrella organization known as X" introduces X; only a description set off by commas
      // ("The group, known as X", "Vell, the cartel's chief better known as X") stands for a name before it.
      // A person only in apposition: "The group's leader, known as X" need not be whoever was named last.
      const appositive = /^\s*,\s*$/.test(text.slice(q.mention.end, described));
      if (!appositive && (person || !opensSentence || !/,\s*(?:\p{Ll}+\s+){0,3}(?:known|called|referred)\b/u.test(match[0]))) break;
      link(ctx, j, i, 'described-alias', `"${p.form.name}" is given as another name of "${match[0].replace(CUE_TAIL, '')}", which stands for "${q.form.name}" named just before`, false);
      break;
    }
  }
}
