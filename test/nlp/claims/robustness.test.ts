import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention, SourceDocument } from '../../../src/core/index.js';
import { extractClaims } from '../../../src/nlp/claims/index.js';
import { tokenize } from '../../../src/nlp/index.js';
import { annotate } from './annotated.js';

// Inputs the stage must survive, and invariants every claim keeps. Invented text.
const doc = (text: string, published: string | null = null): SourceDocument => ({ id: 'x', name: 'x.txt', origin: 'test', format: 'txt', title: null, text, published, publishedFrom: null, outlet: null, url: null });

test('robustness: empty text and text without mentions give no claims', () => {
  for (const text of ['', '   \n\n', 'Nothing happened here. Nobody went anywhere.']) {
    const { sentences, tokens } = tokenize(text);
    assert.deepEqual(extractClaims({ document: doc(text), sentences, tokens, mentions: [] }), [], JSON.stringify(text));
  }
});

test('robustness: mentions out of order and overlapping tokens are accepted', () => {
  const { document, mentions } = annotate('[Front|o] chief [Ilsa Varn|p] met the [Guard|o]-backed [Cope Brigade|o] in [Osk|l].');
  const { sentences, tokens } = tokenize(document.text);
  const shuffled: Mention[] = [...mentions].reverse();
  const claims = extractClaims({ document, sentences, tokens, mentions: shuffled });
  assert.ok(claims.length >= 2);
});

test('robustness: every claim points at known mentions, lies in the text, and has a well-formed date', () => {
  const passage = 'In March 2024 the [Front|o] attacked [Osk|l], a town in [Alder|l]. It was reportedly backed by the [Guard|o]. ' +
    '[Tam Hale|p], the group\'s spokesman, said the [Brigade|o] had joined the [Front|o]. "We will fight the [Guard|o]," he said.';
  const { document, mentions } = annotate(passage, '2024-07');
  const { sentences, tokens } = tokenize(document.text);
  const claims = extractClaims({ document, sentences, tokens, mentions });
  const ids = new Set(mentions.map((m) => m.id));
  assert.ok(claims.length > 3);
  for (const c of claims) {
    assert.ok(ids.has(c.subjectId) && ids.has(c.objectId), c.id);
    if (c.source.kind === 'entity') assert.ok(ids.has(c.source.mentionId), c.id);
    assert.ok(c.evidence.start >= 0 && c.evidence.end <= document.text.length && c.evidence.start < c.evidence.end, c.id);
    if (c.date) assert.match(c.date.value, /^\d{4}(-\d{2}(-\d{2})?)?$/, c.id);
    assert.match(c.rule, /^(pattern|coref)\//, c.id);
  }
  assert.equal(new Set(claims.map((c) => c.id)).size, claims.length, 'claim ids are unique');
});

test('robustness: a very long sentence is read without error', () => {
  const long = Array.from({ length: 400 }, (_, n) => `the [Front ${n}|o] attacked [Osk ${n}|l]`).join(', and ') + '.';
  const { document, mentions } = annotate(long);
  const { sentences, tokens } = tokenize(document.text);
  assert.ok(extractClaims({ document, sentences, tokens, mentions }).length > 0);
});
