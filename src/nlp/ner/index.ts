import type { EntityType, Mention, Sentence, Token } from '../../core/index.js';

export interface RecognizeInput {
  readonly docId: string;
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}

// PLACEHOLDER until the trained tagger (issue 4) lands: runs of capitalised tokens, typed by a
// handful of cue words. Replaced wholesale by the NER stage.
const ORG_CUES = /^(Army|Front|Movement|Party|Council|Agency|Intelligence|Province|Group|Brigade|Force|Forces|Ministry|Department|Police|Taliban|Qaeda|Lashkar|Jaish|Tehrik)$/;
export function recognizeMentions(input: RecognizeInput): Mention[] {
  const mentions: Mention[] = [];
  const { tokens } = input;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.pos !== 'PROPN') { i++; continue; }
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.pos === 'PROPN' && tokens[j + 1]!.sentenceIndex === token.sentenceIndex) j++;
    const start = token.start;
    const end = tokens[j]!.end;
    const words = tokens.slice(i, j + 1).map((t) => t.text);
    const type: EntityType = words.some((w) => ORG_CUES.test(w)) || /^[A-Z]{2,5}$/.test(words[0]!) ? 'organization' : words.length >= 2 ? 'person' : 'location';
    mentions.push({ id: `${input.docId}:${start}-${end}`, docId: input.docId, start, end, text: input.text.slice(start, end), type, sentenceIndex: token.sentenceIndex, rule: 'pattern/capitalised-run' });
    i = j + 1;
  }
  return mentions;
}

/** Tags pre-tokenised sentences with IOB2 over PER/ORG/LOC/MISC (for `dossier tag --conll`). */
export function tagSentences(sentences: readonly (readonly string[])[]): string[][] {
  return sentences.map((words) => words.map(() => 'O'));
}
