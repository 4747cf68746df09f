import assert from 'node:assert/strict';
import { test } from 'node:test';
import { branchHeads, deriveParentGroups } from '../../scripts/parent-groups.js';

// An invented sanctions list: every group and code is fictional; the countries are real.
const COUNTRIES = new Set(['tunisia', 'yemen', 'mali']);
const isCountry = (s: string): boolean => COUNTRIES.has(s.toLowerCase());

test('a branch name gives the name of the group it is a branch of', () => {
  const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['VALM-K', ['VALM']],
    ['VALM-Tunisia', ['VALM']],
    ['VALM in Yemen', ['VALM']],
    ['Dorvesh Tunisia', ['Dorvesh']],
    ['VALM’S SOUTH ASIA BRANCH', ['VALM']],
    ['SOUTH ASIAN CHAPTER OF VALM', ['VALM']],
    ['Valley Movement of Ostria – West Sahel (VALM-WS)', ['Valley Movement of Ostria', 'VALM']],
    ['THE VALLEY MOVEMENT’S NORTH PROVINCE', ['Valley Movement']],
  ];
  for (const [name, heads] of cases) assert.deepEqual(branchHeads(name, isCountry), heads, name);
});

test('a name that is no branch name gives nothing: a hyphenated name, a possessive, a people, a note in brackets', () => {
  for (const name of ['Lashkar-e-Valm', 'Ministry of the People’s Armed Forces', 'Tehrik-i-Valm Mali', 'Valley Aid (formerly known as Valley Relief)', 'VALM (Levantine Valley fighters - sub-unit name)']) {
    const heads = branchHeads(name, isCountry);
    assert.ok(!heads.some((h) => /ministry|tehrik|formerly|levantine/i.test(h)), `${name}: ${JSON.stringify(heads)}`);
  }
});

test('heads of one entity\'s branch names are one parent; a head already listed, or read once, is left out', () => {
  const parents = deriveParentGroups([
    { ref: 'FIC.001', name: 'VALM KHORASAN (VALM-K)', aliases: ['VALM-K', 'VLS-K', 'Valley State Khorasan'] },
    { ref: 'FIC.002', name: 'SOLDIERS OF THE VALLEY', aliases: ['VALM-Tunisia', 'Dorvesh Tunisia'] },
    { ref: 'FIC.003', name: 'OSTRIA FRONT', aliases: ['Marvel Tunisia', 'Ostria Front'] },
    { ref: 'FIC.004', name: 'VLS', aliases: [] },
  ], isCountry);
  assert.equal(parents.length, 1, JSON.stringify(parents));
  const [parent] = parents;
  assert.equal(parent!.name, 'VALM');
  assert.deepEqual([...parent!.aliases].sort(), ['Dorvesh']);
  assert.ok(parent!.from.some((f) => f.includes('FIC.002')) && parent!.from.some((f) => f.includes('FIC.001')));
});
