import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bestTitle, headlineOf, isHeadlineLike } from '../../src/ingest/index.js';

// Invented lines in the shapes scraped news text takes.
const LINES: ReadonlyArray<[line: string, headline: boolean]> = [
  ['Published:  03:49 PM, 27 February 2026', false],
  ['Updated 14 March 2026 09:12 GMT', false],
  ['14 March 2026', false],
  ['Monday, March 14', false],
  ['Home > News > Front claims Sallow Ford raid', false],
  ['News » Region » Ashfen', false],
  ['By Mara Ellison', false],
  ['OPINION', false],
  ['HARBOUR INSTITUTE | BRIEFING', false],
  ['Front claims Sallow Ford raid', true],
  ['Perilous Convergence', true],
  ['Troops withdraw.', true],
  ['Residents of Sallow Ford said on Tuesday that fighters of the Red Valley Front had entered the town before dawn and set fire to the depot.', false],
];
for (const [line, expected] of LINES) test(`headline: ${JSON.stringify(line)} ${expected ? 'is' : 'is not'} headline-like`, () => assert.equal(isHeadlineLike(line), expected));

test('headline: page furniture before the headline is skipped', () => {
  assert.equal(headlineOf('Published:  03:49 PM, 27 February 2026\n\nFront claims Sallow Ford raid\n\nResidents said…'), 'Front claims Sallow Ford raid');
  assert.equal(headlineOf('Home > News > Front claims raid\n\nFront claims Sallow Ford raid\n\nBody.'), 'Front claims Sallow Ford raid');
});

test("headline: the outlet's name and a letterhead in capitals give way to the headline below them", () => {
  assert.equal(headlineOf('The Harbour Ledger\nFront claims Sallow Ford raid\nBy Mara Ellison', 'The Harbour Ledger'), 'Front claims Sallow Ford raid');
  assert.equal(headlineOf('ASHFEN PROVINCIAL COMMAND\nStatement on the Sallow Ford raid\nBody text.'), 'Statement on the Sallow Ford raid');
  assert.equal(headlineOf('THE EMIR OF THE PASSES\nBy Mara Ellison\nBody text follows here.'), 'THE EMIR OF THE PASSES');
});

test('headline: text without one is named by its lead sentence, cut at a word', () => {
  const lead = 'Residents of Sallow Ford said on Tuesday that fighters of the Red Valley Front had entered the town before dawn and set fire to the depot. More followed.';
  const name = headlineOf(lead)!;
  assert.ok(name.endsWith('…') && name.length <= 121, name);
  assert.ok(lead.startsWith(name.slice(0, -1)), name);
  assert.equal(headlineOf('Published: 14 March 2026\nResidents fled the town on Tuesday as fighters of the Front entered it, and officials in the capital said nothing at all about it. Then more came.'), 'Residents fled the town on Tuesday as fighters of the Front entered it, and officials in the capital said nothing at…');
  assert.equal(headlineOf('\n\n'), null);
});

test('headline: a title from markup is kept when it reads as one, replaced when it is a dateline', () => {
  assert.equal(bestTitle('Front raid | Harbour Ledger', 'x'), 'Front raid | Harbour Ledger');
  assert.equal(bestTitle('Published: 03:49 PM', 'Front claims Sallow Ford raid\n\nBody.'), 'Front claims Sallow Ford raid');
  assert.equal(bestTitle(null, 'Front claims Sallow Ford raid'), 'Front claims Sallow Ford raid');
});
