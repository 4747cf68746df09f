import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { findArmedGroup, findCountry, isCommonWord, isDemonym, isPlaceName, listArmedGroups, listCountries, nameSkeleton, normalizeName } from '../../../src/nlp/lexicon/index.js';
import { repoPath } from '../../fixtures/paths.js';

test('every gazetteer entry records its source', () => {
  for (const c of listCountries()) assert.match(c.source, /world-countries@.* i18n-iso-countries@/, c.name);
  for (const g of listArmedGroups()) assert.match(g.source, /^UN SC Consolidated List /, g.name);
  const places = readFileSync(repoPath('src', 'nlp', 'lexicon', 'places.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  for (const line of places.slice(0, 500)) assert.match(line, /^[^\t]+\t[A-Z]{2}\t\d+\t\d+$/, line);
  const regions = readFileSync(repoPath('src', 'nlp', 'lexicon', 'regions.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  for (const line of regions) assert.match(line, /^[^\t]+\t\S+@\S+ /, line);
});

const GROUPS: ReadonlyArray<[query: string, ref: string | null]> = [
  ['Lashkar-e-Tayyiba', 'QDe.118'],            // the listed name
  ['LASHKAR E TOIBA', 'QDe.118'],              // a listed alias, case and hyphens ignored
  ['Lashkar-e-Taiba', 'QDe.118'],              // a transliteration the list does not spell out
  ['TTP', 'QDe.132'],                          // the bracketed acronym of the listed name
  ['Taliban', 'regime:Taliban'],               // a sanctions regime named for the group
  ['Lashkar', null],                           // one word: too short for the spelling-tolerant match
  ['Red Valley Front', null],
];
for (const [query, ref] of GROUPS) test(`findArmedGroup("${query}") → ${ref ?? 'none'}`, () => assert.equal(findArmedGroup(query)?.ref ?? null, ref));

test('findArmedGroup answers a name asked again (a kept answer) as it did the first time', () => {
  for (const [query, ref] of GROUPS) {
    const first = findArmedGroup(query);
    assert.equal(findArmedGroup(query), first, query);
    assert.equal(first?.ref ?? null, ref, query);
  }
});

const COUNTRIES: ReadonlyArray<[query: string, code: string | null]> = [
  ['Pakistan', 'PAK'], ['Islamic Republic of Pakistan', 'PAK'], ['the United States', 'USA'], ['PK', null], ['Kessa', null],
];
for (const [query, code] of COUNTRIES) test(`findCountry("${query}") → ${code ?? 'none'}`, () => assert.equal(findCountry(query)?.code ?? null, code));

const WORDS: ReadonlyArray<[word: string, demonym: boolean, place: boolean, common: boolean]> = [
  ['Pakistani', true, false, false], ['Afghans', true, false, false], ['Quetta', false, true, false],
  ['Central Asia', false, true, false], ['similarly', false, false, true], ['Varn', false, false, false],
];
for (const [word, demonym, place, common] of WORDS) {
  test(`lexicon: "${word}" demonym=${demonym} place=${place} common=${common}`, () => {
    assert.equal(isDemonym(word), demonym);
    assert.equal(isPlaceName(word), place);
    assert.equal(isCommonWord(word), common);
  });
}

test('normalizeName ignores case, accents, hyphens, curly quotes, possessives and a leading "the"', () => {
  assert.equal(normalizeName('The Lashkar-e-Taiba’s'), normalizeName('lashkar e taiba'));
  assert.equal(normalizeName('Teşkilatı'), 'teskilati');
});

test('nameSkeleton keeps consonants so transliterations meet, and keeps different names apart', () => {
  assert.equal(nameSkeleton('Tehreek-e-Taliban'), nameSkeleton('Tehrik-i-Taliban'));
  assert.notEqual(nameSkeleton('Lashkar-e-Taiba'), nameSkeleton('Lashkar-e-Jhangvi'));
});
