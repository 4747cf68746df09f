import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findArmedGroup, listArmedGroups } from '../../../src/nlp/index.js';

// The UN list writes branches as "NAME (COUNTRY)"; the country says where, it is not another name for the group.
test('a country in brackets after a listed name is not an alias of it', () => {
  for (const country of ['Pakistan', 'Kenya', 'Indonesia', 'Somalia']) assert.equal(findArmedGroup(country), null, country);
  const qualified = listArmedGroups().filter((g) => g.aliases.some((a) => /^(pakistan|kenya|indonesia|somalia)$/i.test(a)));
  assert.deepEqual(qualified.map((g) => g.ref), []);
});

test('the branch is still found by its name', () => {
  assert.ok(findArmedGroup('Al-Haramain Foundation'));
});
