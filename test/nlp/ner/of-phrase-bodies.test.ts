import assert from 'node:assert/strict';
import { test } from 'node:test';
import { make, type Candidate } from '../../../src/nlp/ner/candidate.js';
import { joinBodiesOfOrganisations } from '../../../src/nlp/ner/of-phrase-bodies.js';
import { toTaggerTokens } from '../../../src/nlp/ner/tagger-tokens.js';
import { tokenize } from '../../../src/nlp/wink.js';

// Candidates set by hand as the tagger cuts them at "of the"; invented names.
function joined(text: string, spans: ReadonlyArray<[surface: string, type: Candidate['type']]>): string[] {
  const tokens = toTaggerTokens(text, tokenize(text).tokens)[0]!;
  const out = spans.map(([surface, type]) => {
    const start = text.indexOf(surface);
    const first = tokens.findIndex((t) => t.start === start);
    const last = tokens.findIndex((t) => t.end === start + surface.length) + 1;
    return make(tokens, first, last, type, 'model/ner');
  });
  joinBodiesOfOrganisations(tokens, out);
  return out.map((c) => `${text.slice(c.start, c.end)}/${c.type}`);
}

test('body of an organisation: "<Command> of the <group>" is one organisation', () => {
  assert.deepEqual(joined('The General Command of the Brell Army and Armed Forces denied it.', [['General Command', 'organization'], ['Brell Army and Armed Forces', 'organization']]),
    ['General Command of the Brell Army and Armed Forces/organization']);
});

test('body of an organisation: a head that is no body word keeps the two names apart', () => {
  assert.deepEqual(joined('The Osk Front of the Brell Army denied it.', [['Osk Front', 'organization'], ['Brell Army', 'organization']]),
    ['Osk Front/organization', 'Brell Army/organization']);
});

test('body of an organisation: a place after "of" is left to the place rules', () => {
  assert.deepEqual(joined('The Security Council of Ostrava met.', [['Security Council', 'organization'], ['Ostrava', 'location']]),
    ['Security Council/organization', 'Ostrava/location']);
});

test('facility of a place: "<Penitentiary> of <place>" is one place', () => {
  assert.deepEqual(joined('He was moved to the State Penitentiary of Pedra Alta in May.', [['State Penitentiary', 'location'], ['Pedra Alta', 'location']]),
    ['State Penitentiary of Pedra Alta/location']);
});

test('facility of a place: a head-first facility name tagged as a body is a place', async () => {
  const { recognizeMentions } = await import('../../../src/nlp/ner/index.js');
  const text = 'The Central Hospital of Osk was shelled. The University of Osk closed.';
  const found = recognizeMentions({ docId: 'd', text, ...tokenize(text) }).map((m) => `${m.text}/${m.type}`);
  assert.ok(found.includes('Central Hospital of Osk/location') && found.includes('University of Osk/organization'), found.join());
});

test('facility of a place: untagged words ending in a facility head before "of <name>" make one place with it', () => {
  assert.deepEqual(joined('He was born inside the State Penitentiary of Pedra Alta in May.', [['Pedra Alta', 'person']]),
    ['State Penitentiary of Pedra Alta/location']);
});
