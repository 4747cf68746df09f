import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describedKey, describedSources } from '../../src/analysis/described-source.js';
import { buildCase } from './case-builder.js';

// Fictional descriptions of sources → the key they count under, and whether they are one specific artefact.
const CASES: ReadonlyArray<readonly [text: string, key: string, isSpecific: boolean]> = [
  ['~a classified Ostrian dossier', 'ostrian dossier', true],
  ['~the leaked Ostrian dossier', 'ostrian dossier', true],
  ['~the dossier prepared by Ostrian intelligence', 'dossier', true],
  ['~the report of the harbour commission', 'report', true],
  ['~a video released by the Front', 'video', true],
  ['~analysts', 'analysts', false],
  ['~security analysts', 'security analysts', false],
  ['~media reports', 'media reports', false],
  ['~a senior official', 'senior official', false],
  ['~intelligence sources', 'intelligence sources', false],
];
for (const [text, key, isSpecific] of CASES) {
  test(`described source: ${text}`, () => {
    const found = describedKey(text);
    assert.equal(found.key, key, text);
    assert.equal(found.isSpecific, isSpecific, text);
  });
}

const claimBy = (n: number, described: string) => ({
  name: `d${n}.txt`, outlet: `Outlet ${n}`, text: 'The Amber Hand sponsors the Red Valley Front.\n',
  claims: [{ s: 'Amber Hand', p: 'sponsors' as const, o: 'Red Valley Front', sentence: 'The Amber Hand sponsors the Red Valley Front.', source: { described } }],
});

test('a bare "the dossier" joins the one qualified dossier of the case', () => {
  const of = describedSources(buildCase([claimBy(1, '~the Ostrian dossier'), claimBy(2, '~the dossier')]));
  assert.equal(of('~the dossier').key, 'ostrian dossier');
});

test('with two qualified dossiers in the case, a bare "the dossier" stays apart', () => {
  const of = describedSources(buildCase([claimBy(1, '~the Ostrian dossier'), claimBy(2, '~the Valdorian dossier'), claimBy(3, '~the dossier')]));
  assert.equal(of('~the dossier').key, 'dossier');
});

test('one label per artefact, the plainest description the case uses', () => {
  const of = describedSources(buildCase([claimBy(1, '~a classified Ostrian dossier'), claimBy(2, '~the Ostrian dossier'), claimBy(3, '~the dossier')]));
  assert.deepEqual(['~a classified Ostrian dossier', '~the Ostrian dossier', '~the dossier'].map((t) => of(t).label), ['Ostrian dossier', 'Ostrian dossier', 'Ostrian dossier']);
});
