import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCaseView } from '../../src/export/case-view.js';
import { csvField, toClaimsCsv, toEntitiesCsv } from '../../src/export/csv.js';
import { ANALYSIS, CLAIM_MENTION_COUNT, ENTITIES, SNAPSHOT } from './fixture-case.js';

const FIELD_CASES: ReadonlyArray<[input: string | number | boolean | null, expected: string]> = [
  ['plain', 'plain'],
  ['a, b', '"a, b"'],
  ['say "no"', '"say ""no"""'],
  ['two\nlines', '"two\nlines"'],
  ['carriage\rreturn', '"carriage\rreturn"'],
  ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],     // spreadsheet formula injection is defused
  ['-5 killed', "'-5 killed"],
  [null, ''],
  [3, '3'],
  [-3, '-3'],                                      // numbers are data, not formulas
  [false, 'false'],
];
for (const [input, expected] of FIELD_CASES) test(`csv: field ${JSON.stringify(input)}`, () => assert.equal(csvField(input), expected));

/** RFC 4180 reader for the test: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  return rows;
}

const view = buildCaseView(SNAPSHOT, ANALYSIS);

test('csv-claims: one row per claim mention; quotes, commas and ampersands in the evidence survive', () => {
  const [header, ...rows] = parseCsv(toClaimsCsv(view));
  assert.equal(rows.length, CLAIM_MENTION_COUNT);
  for (const r of rows) assert.equal(r.length, header!.length);
  const col = (name: string): number => header!.indexOf(name);
  const alleged = rows.find((r) => r[col('predicate')] === 'supplied' && r[col('negated')] === 'false')!;
  assert.match(alleged[col('evidence')]!, /"rifles, mortars & <fuses>"/);
  assert.equal(alleged[col('hedged')], 'true');
  assert.equal(alleged[col('source')], '~leaked police dossier');
  assert.equal(alleged[col('url')], 'https://harbour-ledger.example/a?x=1&y=2');
  assert.ok(rows.some((r) => r[col('document')] === 'b-undated.html' && r[col('url')] === '' && r[col('published')] === ''), 'unknown values stay empty');
  const denied = rows.find((r) => r[col('negated')] === 'true')!;
  assert.equal(denied[col('contested')], 'true');
});

test('csv-entities: one row per entity with aliases; lines end in CRLF', () => {
  const text = toEntitiesCsv(view);
  assert.ok(text.endsWith('\r\n'));
  const [header, ...rows] = parseCsv(text);
  assert.equal(rows.length, ENTITIES.length);
  const rvf = rows.find((r) => r[header!.indexOf('id')] === 'rvf')!;
  assert.equal(rvf[header!.indexOf('aliases')], 'RVF');
  assert.equal(rows.find((r) => r[0] === 'brigade')![1], 'Ash & Ember, "Night" <Brigade>');
});
