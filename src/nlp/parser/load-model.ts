import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ModelError } from '../../core/index.js';
import { decodeParserModel, type ParserModel } from './model-file.js';

/** Where `npm run train:parser` writes the model and the parser reads it (repository root, from dist/src/nlp/parser/). */
export const PARSER_MODEL_PATH = fileURLToPath(new URL('../../../../models/parser/parser-model.bin', import.meta.url));

let loaded: ParserModel | null = null;
/** Reads the shipped model once, on first use; a missing file is a ModelError that says how to make it. */
export function loadParserModel(path: string = PARSER_MODEL_PATH): ParserModel {
  if (loaded && path === PARSER_MODEL_PATH) return loaded;
  if (!existsSync(path)) throw new ModelError('MODEL_MISSING', 'no parser model; run `npm run train:parser` to train it', { file: path });
  const model = decodeParserModel(readFileSync(path));
  if (path === PARSER_MODEL_PATH) loaded = model;
  return model;
}
