// Trains the NER tagger from ../shared/data/ner/ and writes models/ner/ner-model.bin.
//
//   npm run train:ner [-- --epochs 12 --seed 1 --bits 20 --stages 2 --folds 5 --no-wikigold --no-augment --out PATH]
//
// Two stages (src/nlp/ner/second-stage.ts): the first-stage model, then a second one trained on
// what first-stage models trained on the other folds of the documents predicted for each sentence
// (jack-knifing), in about four times the training time of one stage. --stages 1 writes the
// one-stage model alone.
//
// Data (see ../shared/data/PROVENANCE.md):
//  - CoNLL-2003 eng.train: the labelled core. IOB1, rewritten as IOB2.
//  - WikiGold: same label set and guidelines, Wikipedia text, so the model sees prose beyond 1996
//    Reuters wire copy. Tags are IO only; a maximal run is read as one entity, wrong only where two
//    same-type names touch with no word between, which is rare in running text.
//  - GUM (news, interview): not NE annotation (it marks every referring expression, pronouns
//    included), so its labels are not used; its text only feeds the unlabelled case profile. The
//    Wikivoyage genre is left out because it is share-alike licensed.
//  - eng.testa is never trained on; it is scored at the end, for the model card.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCaseProfile } from '../src/nlp/ner/case-profile.js';
import { augmentDocuments, augmentHeadlines } from './ner-augment.js';
import { parseConll, type ConllSentence } from '../src/nlp/ner/conll-format.js';
import { CASE_PROFILE, extractFeatures, FEATURES_PER_TOKEN } from '../src/nlp/ner/features.js';
import { listCommonWords } from '../src/nlp/lexicon/index.js';
import { LABELS, labelIndex } from '../src/nlp/ner/labels.js';
import { MODEL_PATH, sharedPhraseIndex } from '../src/nlp/ner/load-model.js';
import { encodeModel, decodeModel, type NerModel, type StageWeights } from '../src/nlp/ner/model.js';
import { seededRandom, trainOnFeatures } from '../src/nlp/ner/perceptron.js';
import { SECOND_STAGE_FEATURES_PER_TOKEN } from '../src/nlp/ner/second-stage.js';
import { jackknifeLabels, secondStageFeatures, type StackingSentence } from '../src/nlp/ner/second-stage-training.js';
import { scoreSpans } from '../src/nlp/ner/span-f1.js';
import { tagDocuments } from '../src/nlp/ner/tagger.js';
import { buildDocumentStats, type DocumentStats } from '../src/nlp/ner/document-stats.js';

/** Sentence → statistics of its document; a document is a (source, -DOCSTART- index) pair. */
function documentStatsBy(sentences: readonly ConllSentence[]): (s: ConllSentence) => DocumentStats {
  const groups = new Map<string, string[][]>();
  const key = (s: ConllSentence): string => `${s.source}:${s.document}`;
  for (const s of sentences) { const g = groups.get(key(s)) ?? []; g.push([...s.words]); groups.set(key(s), g); }
  const stats = new Map([...groups].map(([k, g]) => [k, buildDocumentStats(g)] as const));
  return (s) => stats.get(key(s))!;
}



const argv = process.argv.slice(2);
const option = (name: string, fallback: string): string => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1]! : fallback; };
const flag = (name: string): boolean => argv.includes(`--${name}`);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const shared = option('shared', `${repoRoot}../shared`);
const epochs = Number(option('epochs', '12'));
const seed = Number(option('seed', '1'));
const bucketBits = Number(option('bits', '20'));
const stages = Number(option('stages', '2'));
const folds = Number(option('folds', '5'));
const out = option('out', MODEL_PATH);
const started = performance.now();

const read = (path: string): string => readFileSync(`${shared}/data/ner/${path}`, 'utf8');
const conllTrain = parseConll(read('conll2003/eng.train'), undefined, 'conll');
const wikigold = flag('no-wikigold') ? [] : parseConll(read('wikigold/wikigold.conll.txt'), undefined, 'wikigold');
const testa = parseConll(read('conll2003/eng.testa'));
const gumText = ['news', 'interview'].flatMap((genre) => readdirSync(`${shared}/data/ner/gum/${genre}`).sort()
  .flatMap((file) => parseConll(read(`gum/${genre}/${file}`), /\t/).map((s) => s.words)));

const labelled: ConllSentence[] = [...conllTrain, ...wikigold];
const upperShare = Number(option('upper-docs', '0.15'));
const lowerShare = Number(option('lower-docs', '0.1'));
const documentCopies = flag('no-augment') ? [] : augmentDocuments(labelled, seed, upperShare, lowerShare);
const training = flag('no-augment') ? labelled : [...labelled, ...documentCopies, ...augmentHeadlines(labelled, seed)];
const caseProfile = buildCaseProfile([...labelled.map((s) => s.words), ...gumText]);
// Dictionary words the text never showed mid-sentence get their own profile value, which the model
// learns to read as "probably not a name" (see CASE_PROFILE.dictionary).
for (const word of listCommonWords()) if (!caseProfile.has(word)) caseProfile.set(word, CASE_PROFILE.dictionary);
const tables = { caseProfile, phrases: sharedPhraseIndex(), bucketBits };
console.log(`training on ${training.length} sentences (${conllTrain.length} CoNLL train, ${wikigold.length} WikiGold, ${documentCopies.length} in upper- or lower-cased document copies, ${training.length - labelled.length - documentCopies.length} headline copies); case profile of ${caseProfile.size} words`);

// Document statistics come from each document's own (unaugmented) sentences, as at tagging time.
const statsOf = documentStatsBy([...labelled, ...documentCopies]);
const documentOf = (s: ConllSentence): string => `${s.source}:${s.document}`;
const features = training.map((s) => extractFeatures(s.words, tables, undefined, statsOf(s)).slice(0, s.words.length * FEATURES_PER_TOKEN));
const gold = training.map((s) => s.tags.map(labelIndex));
const progress = (stage: string) => (epoch: number, mistakes: number, tokens: number): void =>
  console.log(`${stage} epoch ${epoch}: ${mistakes} token errors / ${tokens} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
const trained = trainOnFeatures(features, gold, FEATURES_PER_TOKEN, bucketBits, { epochs, seed, onEpoch: progress('first stage') });

/** Folds by original document, shuffled with the seed, so a document and its copies fall together. */
function foldsOf(sentences: readonly ConllSentence[]): number[] {
  const original = (s: ConllSentence): string => `${s.source.replace(/\+(upper|lower)$/, '')}:${s.document}`;
  const keys = [...new Set(sentences.map(original))];
  const random = seededRandom(seed ^ 0xf01d);
  for (let i = keys.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [keys[i], keys[j]] = [keys[j]!, keys[i]!]; }
  const fold = new Map(keys.map((key, i) => [key, i % folds] as const));
  return sentences.map((s) => fold.get(original(s))!);
}

function trainSecondStage(): StageWeights {
  const inDocument = new Set([...labelled, ...documentCopies]);
  const fold = foldsOf(training);
  const stacking: StackingSentence[] = training.map((s, i) => ({
    words: s.words, labels: gold[i]!, features: features[i]!, fold: fold[i]!, document: documentOf(s),
    partOfDocument: inDocument.has(s), documentHasCapitals: statsOf(s).hasCapitals,
  }));
  const firstLabels = jackknifeLabels(stacking, folds, bucketBits, { epochs, seed });
  const errors = firstLabels.reduce((sum, l, i) => sum + l.filter((x, t) => x !== gold[i]![t]).length, 0);
  console.log(`jack-knifed first stage (${folds} folds): ${errors} token errors (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const second = trainOnFeatures(secondStageFeatures(stacking, firstLabels, tables), gold, SECOND_STAGE_FEATURES_PER_TOKEN, bucketBits, { epochs, seed, onEpoch: progress('second stage') });
  return { ...second, scale: 1 };
}

const draft: NerModel = {
  info: { format: 'dossier-ner/1', labels: [...LABELS], bucketBits, trainedOn: ['conll2003/eng.train', ...(wikigold.length ? ['wikigold/wikigold.conll.txt'] : [])], epochs, seed, figures: {} },
  ...trained,
  scale: 1,
  tables,
  ...(stages === 2 ? { secondStage: trainSecondStage() } : {}),
};
// Score the model as it will be loaded (after int16 quantisation), not the float weights in memory.
const reloaded = decodeModel(encodeModel(draft), tables.phrases);
const scores = scoreSpans(testa.map((s) => s.tags), tagDocuments(reloaded, testa));
// Only data-determined figures go into the file, so the same data and seed give the same bytes.
const figures: Record<string, number> = {};
for (const [type, s] of Object.entries(scores)) figures[`testaF1.${type}`] = Math.round(s.f1 * 10000) / 10000;
const file = encodeModel({ ...draft, info: { ...draft.info, figures } });
writeFileSync(out, file);
for (const [type, s] of Object.entries(scores)) console.log(`eng.testa ${type.padEnd(8)} P ${s.precision.toFixed(4)} R ${s.recall.toFixed(4)} F1 ${s.f1.toFixed(4)}`);
console.log(`wrote ${out} (${(statSync(out).size / 1e6).toFixed(2)} MB) in ${Math.round((performance.now() - started) / 1000)} s`);
