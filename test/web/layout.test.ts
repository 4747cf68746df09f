import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layoutGraph, packComponents, type Point } from '../../src/web/app/layout.js';

const extent = (points: Iterable<Point>): { width: number; height: number } => {
  const list = [...points];
  const xs = list.map((p) => p.x), ys = list.map((p) => p.y);
  return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
};

test('layout: a small component with no link to the rest sits beside the main one, not far away in a corner', () => {
  // A star of 20 and a lone pair: repulsion alone pushes the pair out until the star fills a corner of the view.
  const nodes = [...Array.from({ length: 21 }, (_, i) => ({ id: `s${i}`, community: 0, degree: i === 0 ? 20 : 1 })), { id: 'p0', community: 1, degree: 1 }, { id: 'p1', community: 1, degree: 1 }];
  const edges = [...Array.from({ length: 20 }, (_, i) => ({ source: 's0', target: `s${i + 1}` })), { source: 'p0', target: 'p1' }];
  const positions = layoutGraph(nodes, edges, 1.5);
  const whole = extent(positions.values());
  const star = extent(nodes.filter((n) => n.id.startsWith('s')).map((n) => positions.get(n.id)!));
  assert.ok(star.width * star.height >= 0.5 * whole.width * whole.height, `the star fills ${(star.width * star.height / (whole.width * whole.height)).toFixed(2)} of the drawing`);
});

test('layout: packed components keep their shape and never overlap', () => {
  const positions = new Map<string, Point>([['a', { x: 0, y: 0 }], ['b', { x: 3, y: 1 }], ['c', { x: 100, y: 100 }], ['d', { x: 101, y: 100 }], ['e', { x: -50, y: 40 }]]);
  const edges = [{ source: 'a', target: 'b' }, { source: 'c', target: 'd' }];
  const packed = packComponents(positions, edges, 1.4);
  assert.deepEqual([packed.get('b')!.x - packed.get('a')!.x, packed.get('b')!.y - packed.get('a')!.y], [3, 1]);
  assert.deepEqual([packed.get('d')!.x - packed.get('c')!.x, packed.get('d')!.y - packed.get('c')!.y], [1, 0]);
  const box = (ids: string[]): { x: number; y: number; w: number; h: number } => {
    const ps = ids.map((id) => packed.get(id)!);
    const x = Math.min(...ps.map((p) => p.x)), y = Math.min(...ps.map((p) => p.y));
    return { x, y, w: Math.max(...ps.map((p) => p.x)) - x, h: Math.max(...ps.map((p) => p.y)) - y };
  };
  const boxes = [box(['a', 'b']), box(['c', 'd']), box(['e'])];
  for (const [i, p] of boxes.entries()) for (const q of boxes.slice(i + 1)) {
    assert.ok(p.x + p.w < q.x || q.x + q.w < p.x || p.y + p.h < q.y || q.y + q.h < p.y, `${JSON.stringify(p)} and ${JSON.stringify(q)} overlap`);
  }
  const whole = extent(packed.values());
  assert.ok(whole.width < 10 && whole.height < 10, `packed into ${whole.width} × ${whole.height}, not the 150 × 100 they started in`);
});

test('layout: is deterministic', () => {
  const nodes = Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, community: i % 3, degree: (i % 5) + 1 }));
  const edges = nodes.slice(1).map((n, i) => ({ source: nodes[i]!.id, target: n.id }));
  assert.deepEqual([...layoutGraph(nodes, edges)], [...layoutGraph(nodes, edges)]);
});
