import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ModelError } from '../../../src/core/index.js';
import { parseConll } from '../../../src/nlp/ner/conll-format.js';
import { tagSentences } from '../../../src/nlp/ner/index.js';
import { loadNerModel } from '../../../src/nlp/ner/load-model.js';
import { scoreSpans } from '../../../src/nlp/ner/span-f1.js';
import { tagDocuments } from '../../../src/nlp/ner/tagger.js';
import { sharedPath } from '../../fixtures/paths.js';

// The shipped model against CoNLL-2003 eng.testa (never trained on). A floor, not the figure: the
// figure is printed by `npm run bench ner` and recorded in models/ner/MODEL_CARD.md.
const testa = sharedPath('data', 'ner', 'conll2003', 'eng.testa');

test('shipped model: eng.testa exact-span F1 stays at or above 0.90', { skip: existsSync(testa) ? false : 'no ../shared/data/ner' }, () => {
  const sentences = parseConll(readFileSync(testa, 'utf8'));
  const scores = scoreSpans(sentences.map((s) => s.tags), tagDocuments(loadNerModel(), sentences));
  assert.ok(scores.overall!.f1 >= 0.9, `overall F1 ${scores.overall!.f1.toFixed(4)}`);
  for (const type of ['PER', 'LOC'] as const) assert.ok(scores[type]!.f1 >= 0.9, `${type} F1 ${scores[type]!.f1.toFixed(4)}`);
});

test('shipped model: eng.testa in ALL CAPS and in lower case stays usable (F1 ≥ 0.80 and ≥ 0.75)', { skip: existsSync(testa) ? false : 'no ../shared/data/ner' }, () => {
  const sentences = parseConll(readFileSync(testa, 'utf8'));
  const gold = sentences.map((s) => s.tags);
  const recased = (f: (w: string) => string) => sentences.map((s) => ({ ...s, words: s.words.map(f) }));
  const upper = scoreSpans(gold, tagDocuments(loadNerModel(), recased((w) => w.toUpperCase()))).overall!.f1;
  const lower = scoreSpans(gold, tagDocuments(loadNerModel(), recased((w) => w.toLowerCase()))).overall!.f1;
  assert.ok(upper >= 0.8, `ALL CAPS F1 ${upper.toFixed(4)}`);
  assert.ok(lower >= 0.75, `lower-case F1 ${lower.toFixed(4)}`);
});

test('tagSentences gives one well-formed IOB2 tag per token', () => {
  const tags = tagSentences([['Ilsa', 'Varn', 'met', 'officials', 'in', 'Kabul', '.'], []]);
  assert.equal(tags[0]!.length, 7);
  assert.deepEqual(tags[1], []);
  for (const [i, tag] of tags[0]!.entries()) {
    assert.match(tag, /^(O|[BI]-(PER|ORG|LOC|MISC))$/);
    if (tag.startsWith('I-')) assert.ok(tags[0]![i - 1]!.slice(2) === tag.slice(2), `I- follows its own type at ${i}`);
  }
  assert.equal(tags[0]![5], 'B-LOC');
});

test('a missing model file is a ModelError that says how to make it', () => {
  assert.throws(() => loadNerModel('/nonexistent/ner-model.bin'), (err: unknown) => err instanceof ModelError && err.code === 'MODEL_MISSING' && /train:ner/.test(err.message));
});
