import assert from 'node:assert/strict';
import { test } from 'node:test';
import { overlaps, placeLabels, type LabelRequest } from '../../src/web/app/label-placement.js';

const VIEWPORT = { width: 400, height: 300 };
const FONT_PX = 13;
const request = (id: string, x: number, y: number, width = 60, forced = false): LabelRequest => ({ id, text: id, x, y, radius: 5, width, forced });

/** A deterministic scatter (linear congruential generator), dense enough that many labels must give way. */
function scatter(n: number, seed = 7): LabelRequest[] {
  let state = seed;
  const next = (): number => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, (_, i) => request(`n${i}`, 10 + next() * 380, 10 + next() * 280, 30 + Math.round(next() * 60)));
}

test('label placement: in a dense scatter no two labels overlap and every label stays inside the viewport', () => {
  const placed = placeLabels(scatter(150), VIEWPORT, FONT_PX);
  assert.ok(placed.length >= 20 && placed.length < 150, `${placed.length} of 150 placed: some, not all`);
  for (const [i, a] of placed.entries()) {
    assert.ok(a.box.x >= 0 && a.box.y >= 0 && a.box.x + a.box.width <= VIEWPORT.width && a.box.y + a.box.height <= VIEWPORT.height, a.id);
    for (const b of placed.slice(i + 1)) assert.ok(!overlaps(a.box, b.box), `${a.id} overlaps ${b.id}`);
  }
});

test('label placement: the first (most central) request is always placed, to the right of its node', () => {
  const requests = scatter(150);
  const placed = placeLabels(requests, VIEWPORT, FONT_PX);
  const first = requests[0]!;
  assert.equal(placed[0]?.id, first.id);
  assert.equal(placed[0]!.box.x, first.x + first.radius + 3);
});

test('label placement: a node at the right edge is labelled on its left rather than cut off', () => {
  const [label] = placeLabels([request('edge', 390, 150)], VIEWPORT, FONT_PX);
  assert.ok(label && label.box.x + label.box.width < 390, JSON.stringify(label));
});

test('label placement: where the right side is taken, the next label moves rather than disappears', () => {
  const placed = placeLabels([request('a', 100, 100, 80), request('b', 110, 100, 80)], VIEWPORT, FONT_PX);
  assert.deepEqual(placed.map((p) => p.id), ['a', 'b']);
  assert.ok(!overlaps(placed[0]!.box, placed[1]!.box));
});

test('label placement: a label that fits nowhere waits for hover or zoom, unless the reader asked for it', () => {
  const crowd = [request('a', 100, 100, 80), request('b', 100, 100, 80), request('c', 100, 100, 80), request('d', 100, 100, 80)];
  assert.deepEqual(placeLabels([...crowd, request('e', 100, 100, 80)], VIEWPORT, FONT_PX).map((p) => p.id), ['a', 'b', 'c', 'd']);
  assert.deepEqual(placeLabels([...crowd, request('e', 100, 100, 80, true)], VIEWPORT, FONT_PX).map((p) => p.id), ['a', 'b', 'c', 'd', 'e']);
});

test('label placement: a label avoids covering another node when it has somewhere else to go', () => {
  const nodes = [{ id: 'a', x: 100, y: 100, radius: 5 }, { id: 'blocker', x: 140, y: 100, radius: 8 }];
  const [label] = placeLabels([request('a', 100, 100, 60)], VIEWPORT, FONT_PX, nodes);
  assert.ok(label && !overlaps(label.box, { x: 132, y: 92, width: 16, height: 16 }), JSON.stringify(label));
});
