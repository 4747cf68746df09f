import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ModelError } from '../../core/index.js';
import { buildPhraseIndex, type PhraseIndex } from './gazetteer-index.js';
import { decodeModel, type NerModel } from './model.js';

/** Where `npm run train:ner` writes the model and the tagger reads it (repository root, from dist/src/nlp/ner/). */
export const MODEL_PATH = fileURLToPath(new URL('../../../../models/ner/ner-model.bin', import.meta.url));

let phrases: PhraseIndex | null = null;
/** The gazetteer phrase index, built once; training and tagging must share it. */
export function sharedPhraseIndex(): PhraseIndex {
  phrases ??= buildPhraseIndex();
  return phrases;
}

let loaded: NerModel | null = null;
/** Reads the shipped model once; a missing file is a ModelError that says how to make it. */
export function loadNerModel(path: string = MODEL_PATH): NerModel {
  if (loaded && path === MODEL_PATH) return loaded;
  if (!existsSync(path)) throw new ModelError('MODEL_MISSING', 'no NER model; run `npm run train:ner` to train it', { file: path });
  const model = decodeModel(readFileSync(path), sharedPhraseIndex());
  if (path === MODEL_PATH) loaded = model;
  return model;
}
