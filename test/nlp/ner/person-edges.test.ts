import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../../src/core/index.js';
import { fixPersonEdges } from '../../../src/nlp/ner/person-edges.js';
import { tokenize } from '../../../src/nlp/wink.js';

// Person mentions as the tagger might cut them, set by hand, so the test reads the rule alone. Invented names.
function mention(text: string, surface: string, type: Mention['type'], from = 0): Mention {
  const start = text.indexOf(surface, from);
  return { id: `d:${start}-${start + surface.length}`, docId: 'd', start, end: start + surface.length, text: surface, type, sentenceIndex: 0, rule: 'model/ner' };
}
const shown = (mentions: readonly Mention[]): string => JSON.stringify(mentions.map((m) => `${m.text}/${m.type}`));

test('person edges: a place the article names, glued to the front of a name after "of", is split off', () => {
  const text = 'Ulloa was held in Brenasca. The former governor of Brenasca Teodoro Vaca Rincón was detained.';
  const glued = mention(text, 'Brenasca Teodoro Vaca Rincón', 'person');
  const out = fixPersonEdges(text, tokenize(text).tokens, [mention(text, 'Brenasca', 'location'), glued]);
  assert.deepEqual(out.map((m) => `${m.text}/${m.type}`), ['Brenasca/location', 'Brenasca/location', 'Teodoro Vaca Rincón/person'], shown(out));
});

test('person edges: a name word the article never names as a place stays in the name', () => {
  const text = 'The former governor of Brenasca Teodoro Vaca Rincón was detained.';
  const out = fixPersonEdges(text, tokenize(text).tokens, [mention(text, 'Brenasca Teodoro Vaca Rincón', 'person')]);
  assert.deepEqual(out.map((m) => m.text), ['Brenasca Teodoro Vaca Rincón']);
});

test('person edges: an unknown capitalised word alone before a name is its dropped first name', () => {
  const text = 'The brothers Fulvio Berrasco Ondal and Anselmo Berrasco Ondal were charged.';
  const out = fixPersonEdges(text, tokenize(text).tokens, [mention(text, 'Berrasco Ondal', 'person'), mention(text, 'Anselmo Berrasco Ondal', 'person')]);
  assert.equal(out[0]!.text, 'Fulvio Berrasco Ondal', shown(out));
});

test('person edges: a dictionary word, a title or another name before a name is not taken into it', () => {
  for (const [text, name] of [['Yesterday Berrasco Ondal spoke.', 'Berrasco Ondal'], ['The Comandante Berrasco Ondal spoke.', 'Berrasco Ondal'], ['Envoy Karsk Ulvio Berrasco Ondal spoke.', 'Berrasco Ondal']] as const) {
    const out = fixPersonEdges(text, tokenize(text).tokens, [mention(text, name, 'person')]);
    assert.equal(out[0]!.text, name, text);
  }
});

test('person edges: links to a widened name follow it', () => {
  const text = 'The brothers Fulvio Berrasco Ondal spoke. Ondal left.';
  const full = mention(text, 'Berrasco Ondal', 'person');
  const short = { ...mention(text, 'Ondal', 'person', text.indexOf('Ondal left')), antecedentId: full.id };
  const out = fixPersonEdges(text, tokenize(text).tokens, [full, short]);
  assert.equal(out[1]!.antecedentId, out[0]!.id);
  assert.equal(out[0]!.text, 'Fulvio Berrasco Ondal');
});
