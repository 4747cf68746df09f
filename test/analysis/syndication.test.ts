import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCitations, findReportingOutlet, findSyndication } from '../../src/analysis/syndication.js';

// Fictional credit lines; expected outlet, or null where the text credits no outlet for the whole piece.
const CREDITS: ReadonlyArray<readonly [text: string, outlet: string | null]> = [
  ['Body of the piece.\n>> Source: Northwire.com\n', 'Northwire.com'],
  ['Body.\nSOURCE: The Harbour Post\n', 'The Harbour Post'],
  ['Body.\nCourtesy: Daily Lantern\n', 'Daily Lantern'],
  ['The council met on Monday. This article first appeared in The Weekly Compass.\n', 'The Weekly Compass'],
  ['Body.\nRepublished with permission from Coastal Ledger.\n', 'Coastal Ledger'],
  ['PORT ALDER, March 3 (Northwire) - The ferries stopped running.\n', 'Northwire'],
  ['A picture of the harbour (Source: Northwire) shows the damage.\n', null],
  ['The source said the Front had moved north.\n', null],
  ['Officials say the source of the money is unclear: donations.\n', null],
];
for (const [text, outlet] of CREDITS) {
  test(`credit line: ${JSON.stringify(text.slice(0, 50))}`, () => assert.equal(findSyndication(text)?.outlet ?? null, outlet, text));
}

const CITATIONS: ReadonlyArray<readonly [text: string, outlet: string | null]> = [
  ['Ilsa Varn told The Harbour Post that the pact was over.', 'The Harbour Post'],
  ['In an interview with Northwire, Tomas Reker denied it.', 'Northwire'],
  ['The Daily Lantern published an interview with Tomas Reker last year.', 'The Daily Lantern'],
  ['Tomas Reker told reporters that nothing had changed.', null],
];
for (const [text, outlet] of CITATIONS) {
  test(`citation: ${text}`, () => assert.equal(findCitations(text)[0]?.outlet ?? null, outlet, text));
}

const REPORTING: ReadonlyArray<readonly [text: string, outlet: string | null]> = [
  ['The Front moved north, as Northwire reported in May.', 'Northwire'],
  ['The raid was first reported by The Harbour Post.', 'The Harbour Post'],
  ['According to Ruritanian officials, the raid failed.', null],
  ['The Front reported heavy losses.', null],
];
for (const [text, outlet] of REPORTING) {
  test(`outlet credited in a sentence: ${text}`, () => assert.equal(findReportingOutlet(text), outlet, text));
}

test('credit line: found at the end of a long piece, not taken from its middle', () => {
  const filler = 'The ferry from Port Alder ran late again this week, and traders waited on the quay.\n'.repeat(60);
  assert.equal(findSyndication(`${filler}\nSource: Northwire\n`)?.outlet, 'Northwire');
  assert.equal(findSyndication(`${filler}Source: Northwire\n${filler}`), null);
});
