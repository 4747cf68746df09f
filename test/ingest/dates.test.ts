import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDateline, parsePartialDate, parseWrittenDate } from '../../src/ingest/index.js';

const PARTIAL: ReadonlyArray<[input: string, expected: string | null]> = [
  ['2026', '2026'],
  ['2026-03', '2026-03'],
  ['2026-03-12', '2026-03-12'],
  ['2026-03-12T08:00:00Z', '2026-03-12'],
  ['2026-13', null],
  ['March 2026', null],
];
for (const [input, expected] of PARTIAL) test(`partial date: ${input}`, () => assert.equal(parsePartialDate(input), expected, input));

const WRITTEN: ReadonlyArray<[input: string, expected: string | null]> = [
  ['12 March 2026', '2026-03-12'],
  ['03:49 PM, 4 February 2026', '2026-02-04'],
  ['October 7, 2025 17:19:20 IST', '2025-10-07'],
  ['Sept. 3rd, 2024', '2024-09-03'],
  ['no date here at all', null],
];
for (const [input, expected] of WRITTEN) test(`written date: ${input}`, () => assert.equal(parseWrittenDate(input), expected, input));

const DATELINES: ReadonlyArray<[name: string, text: string, expected: string | null]> = [
  ['published line', 'Published: 12 March 2026\n\nThe Front met envoys.', '2026-03-12'],
  ['last updated line', 'Harbour Ledger\nLast Updated: May 2, 2025 10:00 GMT\nThe Front met envoys.', '2025-05-02'],
  ['published wins over updated', 'Updated: 3 June 2025\nPublished on 1 June 2025\nText.', '2025-06-01'],
  ['a date in the body is not a dateline', 'The Front attacked the depot on 12 March 2026, police said.', null],
];
for (const [name, text, expected] of DATELINES) test(`dateline: ${name}`, () => assert.equal(findDateline(text), expected, name));
