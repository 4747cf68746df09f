import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeCase } from '../../src/analysis/index.js';
import { buildCase, type DocSpec } from './case-builder.js';
import { ALLIED_AND_HOSTILE, NEGATION, TWO_DATES } from './scenarios.js';

const EVENT_DOC: DocSpec = {
  name: 'anniversary.txt', outlet: 'Northwire',
  text: 'Survivors of the 2021 Port Alder bombing gathered at the harbour.\n',
  mentions: ['2021 Port Alder bombing'],
};

test('timeline: dated claims and named events in date order, each with its precision', () => {
  const timeline = analyzeCase(buildCase([...ALLIED_AND_HOSTILE, ...TWO_DATES, ...NEGATION, EVENT_DOC])).timeline;
  const dates = timeline.map((t) => t.date);
  assert.deepEqual(dates, ['2015', '2021', '2022', '2022-03', '2022-05', '2023-03', '2024-05']);
  assert.deepEqual(timeline.map((t) => t.precision), ['year', 'year', 'year', 'month', 'month', 'month', 'month']);
  const event = timeline.find((t) => t.kind === 'event');
  assert.equal(event?.label, '2021 Port Alder bombing');
  assert.equal(event?.dateText, '2021');
  const claim = timeline.find((t) => t.date === '2023-03');
  assert.equal(claim?.kind, 'claim');
  assert.equal(claim?.predicate, 'attacked');
  assert.equal(claim?.evidence.length, 1);
  assert.equal(claim?.stated, true);
});

test('timeline: undated claims and events without a year in their name stay out', () => {
  const timeline = analyzeCase(buildCase([NEGATION[1]!])).timeline;
  assert.deepEqual(timeline, []);
});
