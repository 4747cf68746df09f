// A bare generic noun ("the Army") across articles: invented states, groups and places only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ResolveResult } from '../../src/core/index.js';
import { resolveEntities } from '../../src/resolve/index.js';
import { makeDocument } from './make-document.js';

const entityOf = (result: ResolveResult, doc: ReturnType<typeof makeDocument>, k: number): string | undefined => result.entityOfMention.get(doc.mentions[k]!.id);

test('"the Army" of one article is not, by its spelling, the army another article names', () => {
  const ostria = makeDocument('d0', 'The [Ostrian Federal Army|organization] shelled [Varnhold|location]. The [Army|organization] denied it.');
  const morvan = makeDocument('d1', 'In [Kessa Bay|location] the [Army|organization] arrested [Tomas Vell|person]. The [Army|organization] said so.');
  const result = resolveEntities([ostria, morvan]);
  assert.equal(entityOf(result, ostria, 0), entityOf(result, ostria, 2), 'within its article "the Army" is the army named there');
  assert.notEqual(entityOf(result, morvan, 1), entityOf(result, ostria, 0), 'another story\'s army is not that army');
  assert.equal(entityOf(result, morvan, 1), entityOf(result, morvan, 3), 'the same noun twice in one article is one body');
});

test('"the Coalition" used bare is the coalition other articles of the same story name', () => {
  const named = makeDocument('d0', 'The [Harrow Coalition|organization] struck [Varnhold|location]. The [Coalition|organization] said [Tomas Vell|person] fled.');
  const bare = makeDocument('d1', '[Coalition|organization] aircraft hit [Varnhold|location], where [Tomas Vell|person] hid.');
  const unrelated = makeDocument('d2', '[Coalition|organization] talks in [Kessa Bay|location] stalled.');
  const result = resolveEntities([named, bare, unrelated]);
  assert.equal(entityOf(result, bare, 0), entityOf(result, named, 0), 'same story: same coalition');
  assert.notEqual(entityOf(result, unrelated, 0), entityOf(result, named, 0), 'an article sharing no entity keeps its own');
});
