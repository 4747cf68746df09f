import type { Mention, Sentence, Token } from '../../core/index.js';
import { loadNerModel } from './load-model.js';
import { harmoniseTypes, type PlacedCandidate } from './document-consistency.js';
import type { Candidate } from './candidate.js';
import { applyPostRules } from './post-rules.js';
import { recallAcronyms } from './acronym-recall.js';
import { extendListedGroups } from './listed-extension.js';
import { retypeByPlaceContext } from './place-context.js';
import { tagWith } from './tagger.js';
import { recallUntaggedNames } from './untagged-names.js';
import { recallHeadNouns } from './head-noun-recall.js';
import { dropLocalDemonyms } from './local-demonyms.js';
import { typeActingSubjects } from './subject-cues.js';
import { toTaggerTokens } from './tagger-tokens.js';
import { datelinePlaces, withDatelines } from './dateline.js';
import { linkRepeatedAliases } from './quoted-aliases.js';
import { fixPersonEdges } from './person-edges.js';
import { addCoalitionLeaders } from './coalition-leaders.js';

export interface RecognizeInput {
  readonly docId: string;
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}

/**
 * Finds named people, organisations, places, events and works in one document: the trained
 * sequence tagger (models/ner/) labels each sentence, then typed post-rules map CoNLL's labels onto
 * dossier's entity types (see post-rules.ts), and within-document links are added.
 * @example recognizeMentions({ docId, text, ...tokenize(text) }).filter((m) => m.type === 'organization')
 */
export function recognizeMentions(input: RecognizeInput): Mention[] {
  const model = loadNerModel();
  const placed: PlacedCandidate[] = [];
  const sentences = toTaggerTokens(input.text, input.tokens);
  // The whole document is tagged at once: the tagger reads each word against the rest of the article.
  const tagged = tagWith(model, sentences.map((tokens) => tokens.map((t) => t.text)));
  sentences.forEach((tokens, i) => {
    for (const candidate of applyPostRules(input.text, tokens, tagged[i]!, model.tables.caseProfile)) {
      placed.push({ candidate, text: input.text.slice(candidate.start, candidate.end), sentenceIndex: tokens[0]!.sentenceIndex });
    }
  });
  placed.push(...recallUntaggedNames(input.text, sentences, placed));
  placed.push(...recallHeadNouns(input.text, sentences, placed));
  const mentions: Mention[] = [];
  const seen = new Set<string>();
  const idOf = (c: Candidate): string => `${input.docId}:${c.start}-${c.end}`;
  for (const { candidate, text, sentenceIndex } of harmoniseTypes(placed)) {
    const id = idOf(candidate);
    if (seen.has(id) || candidate.type === 'misc') continue;
    seen.add(id);
    mentions.push({
      id, docId: input.docId, start: candidate.start, end: candidate.end, text, type: candidate.type, sentenceIndex, rule: candidate.rule,
      ...(candidate.antecedent && candidate.antecedent.type !== 'misc' ? { antecedentId: idOf(candidate.antecedent) } : {}),
    });
  }
  const widened = extendListedGroups(input.text, input.tokens, fixPersonEdges(input.text, input.tokens, mentions));
  const linked = linkRepeatedAliases(linkShortNames(recallAcronyms(input.docId, input.tokens, typeActingSubjects(input.tokens, dropLocalDemonyms(input.text, input.tokens, retypeByPlaceContext(input.tokens, widened))))));
  return addCoalitionLeaders(withDatelines(linked, datelinePlaces(input.docId, input.text, input.sentences)));
}

/**
 * "Ilsa Orlan Varn … Varn": a one-word person mention equal to the last word of an earlier,
 * longer person mention in the same document names the same person, unless two earlier people share it.
 */
function linkShortNames(mentions: readonly Mention[]): Mention[] {
  const bySurname = new Map<string, Mention | null>();
  return mentions.map((m) => {
    const words = m.text.split(/\s+/);
    if (m.type !== 'person') return m;
    if (words.length > 1) {
      const surname = words[words.length - 1]!;
      const earlier = bySurname.get(surname);
      bySurname.set(surname, earlier === undefined || earlier?.text === m.text ? m : null);
      return m;
    }
    const full = bySurname.get(m.text);
    return full && m.antecedentId === undefined ? { ...m, antecedentId: full.id } : m;
  });
}

/**
 * Tokenises plain text as the pipeline does (hyphenated names re-joined) and tags it, one list of
 * [token, IOB2 tag] pairs per sentence; the text is read as one document.
 * @example tagText('Ilsa Varn flew to Kabul.')[0] // [['Ilsa','B-PER'], ['Varn','I-PER'], ['flew','O'], …]
 */
export function tagText(text: string, tokens: readonly Token[]): Array<Array<[token: string, tag: string]>> {
  const sentences = toTaggerTokens(text, tokens).map((s) => s.map((t) => t.text));
  const tags = tagWith(loadNerModel(), sentences);
  return sentences.map((words, i) => words.map((w, j) => [w, tags[i]![j]!] as [string, string]));
}

/** Tags pre-tokenised sentences with IOB2 over PER/ORG/LOC/MISC (for `dossier tag --conll`). */
export function tagSentences(sentences: readonly (readonly string[])[]): string[][] {
  return tagWith(loadNerModel(), sentences);
}
