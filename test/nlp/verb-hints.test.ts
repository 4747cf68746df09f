import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSentences, tokenize } from '../../src/nlp/index.js';
import { finiteVerbsMissed, participlesMissed } from '../../src/nlp/verb-hints.js';

const uposOf = (sentence: string): Map<string, string> => new Map(parseSentences(tokenize(sentence).tokens).map((t) => [t.text, t.upos!]));

test('a relation verb read as a plural noun between a name and a determiner is a verb', () => {
  assert.deepEqual(finiteVerbsMissed(['Officials', 'say', 'Ostrava', 'arms', 'the', 'Front'], ['NOUN', 'VERB', 'PROPN', 'NOUN', 'DET', 'PROPN']), [3]);
  assert.deepEqual(finiteVerbsMissed(['The', 'Bureau', 'funds', 'both', 'groups'], ['DET', 'PROPN', 'NOUN', 'DET', 'NOUN']), [2]);
});

test('adverbs may stand between the subject and the verb, and a subject pronoun opens the clause', () => {
  assert.deepEqual(finiteVerbsMissed(['Alder', 'no', 'longer', 'arms', 'the', 'Front'], ['PROPN', 'ADV', 'ADV', 'NOUN', 'DET', 'PROPN']), [3]);
  assert.deepEqual(finiteVerbsMissed(['Officials', 'say', 'it', 'quietly', 'funds', 'the', 'Front'], ['NOUN', 'VERB', 'PRON', 'ADV', 'NOUN', 'DET', 'PROPN']), [4]);
});

test('a plural noun stays a noun: after a determiner, inside an object, or not a relation verb', () => {
  // "the arms the Front bought": a reduced relative after a determiner.
  assert.deepEqual(finiteVerbsMissed(['seized', 'the', 'arms', 'the', 'Front', 'bought'], ['VERB', 'DET', 'NOUN', 'DET', 'PROPN', 'VERB']), []);
  // "seized Front arms the rebels stored": the plural is the object of a verb already in the clause.
  assert.deepEqual(finiteVerbsMissed(['Police', 'seized', 'Front', 'arms', 'the', 'rebels', 'stored'], ['NOUN', 'VERB', 'PROPN', 'NOUN', 'DET', 'NOUN', 'VERB']), []);
  // "units" is no verb at all.
  assert.deepEqual(finiteVerbsMissed(['Army', 'units', 'the', 'general', 'sent'], ['PROPN', 'NOUN', 'DET', 'NOUN', 'VERB']), []);
});

test('the parse the claims read has the verb where the tagger missed it', () => {
  const upos = uposOf('Officials say Ostrava arms the Talvar Front.');
  assert.equal(upos.get('arms'), 'VERB');
  assert.equal(uposOf('Police seized the arms the Talvar Front bought.').get('arms'), 'NOUN');
});

test('an -ed word after "has" (adverbs between) with an object after it is the perfect\'s participle', () => {
  assert.deepEqual(participlesMissed(['Alder', 'has', 'never', 'armed', 'the', 'Front'], ['PROPN', 'AUX', 'ADV', 'ADJ', 'DET', 'PROPN']), [3]);
  // A predicate adjective after "been", or one with no object, stays.
  assert.deepEqual(participlesMissed(['The', 'Front', 'has', 'been', 'armed', 'by', 'Alder'], ['DET', 'PROPN', 'AUX', 'AUX', 'ADJ', 'ADP', 'PROPN']), []);
  assert.deepEqual(participlesMissed(['They', 'had', 'armed', 'guards'], ['PRON', 'AUX', 'ADJ', 'NOUN']), []);
  assert.equal(uposOf('Alder has never armed the Talvar Front, the ministry said.').get('armed'), 'VERB');
});
