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

test('label placement: the most central request, placed first, keeps its preferred place to the right of its node', () => {
  const hub = request('hub', 200, 150, 60);
  const requests = [hub, ...scatter(150).filter((r) => Math.hypot(r.x - 200, r.y - 150) > 90)];
  const placed = placeLabels(requests, VIEWPORT, FONT_PX);
  assert.equal(placed[0]?.id, 'hub');
  assert.equal(placed[0]!.box.x, hub.x + hub.radius + 3);
  const order = requests.map((r) => r.id);
  assert.deepEqual(placed.map((p) => p.id), order.filter((id) => placed.some((p) => p.id === id)), 'placed in priority order');
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
  const [label] = placeLabels([request('a', 100, 100, 60)], VIEWPORT, FONT_PX, { nodes });
  assert.ok(label && !overlaps(label.box, { x: 132, y: 92, width: 16, height: 16 }), JSON.stringify(label));
});

test('label placement: a label that could only be drawn over another node waits, unless the reader asked for it', () => {
  const ring = [{ id: 'a', x: 100, y: 100, radius: 5 }, ...[[140, 100], [60, 100], [100, 80], [100, 120]].map(([x, y], i) => ({ id: `b${i}`, x: x!, y: y!, radius: 8 }))];
  assert.deepEqual(placeLabels([request('a', 100, 100, 60)], VIEWPORT, FONT_PX, { nodes: ring }), []);
  assert.equal(placeLabels([request('a', 100, 100, 60, true)], VIEWPORT, FONT_PX, { nodes: ring }).length, 1);
  assert.equal(placeLabels([request('a', 100, 100, 60)], VIEWPORT, FONT_PX, { nodes: ring, hubs: 1 }).length, 1, 'a hub among its neighbours is still named');
});

test('label placement: no label goes under a reserved area such as the status line', () => {
  const status = { x: 0, y: 0, width: 200, height: 24 };
  const [label] = placeLabels([request('a', 100, 20, 60)], VIEWPORT, FONT_PX, { reserved: [status] });
  assert.ok(label && !overlaps(label.box, status), JSON.stringify(label));
});
