import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../../src/core/index.js';
import { extractClaims } from '../../../src/nlp/claims/index.js';
import { parseTokens, tokenize } from '../../../src/nlp/index.js';
import { annotate } from './annotated.js';

// "the Ostrani-led coalition" is the coalition with its leader inside it (issue 14): the NER gives both
// mentions, nested; the claims relate them. The annotated style marks the leader; the coalition, which
// that style cannot nest, is added over `coalition`. Invented names throughout.
function described(marked: string, coalition: string): string[] {
  const { document, mentions } = annotate(marked);
  const start = document.text.indexOf(coalition);
  const leader = mentions.find((m) => m.start === start)!;
  const outer: Mention = { ...leader, id: `fiction:${start}-${start + coalition.length}`, end: start + coalition.length, text: coalition, type: 'organization', rule: 'pattern/led-coalition' };
  const all = [...mentions, outer];
  const { sentences, tokens } = tokenize(document.text);
  const claims = extractClaims({ document, sentences, tokens: parseTokens(tokens), mentions: all });
  const name = (id: string): string => all.find((m) => m.id === id)?.text ?? id;
  return claims.map((c) => {
    const source = c.source.kind === 'author' ? 'author' : c.source.kind === 'entity' ? `by ${name(c.source.mentionId)}` : `~${c.source.text}`;
    return [`${name(c.subjectId)} ${c.negated ? 'NOT ' : ''}${c.predicate} ${name(c.objectId)}`, source, c.hedged ? 'hedged' : 'asserted'].join(' | ');
  }).sort();
}

test('a person before "-led" leads the coalition, in the author\'s voice', () => {
  const found = described('The [Ilsa Varn|p]-led alliance seized [Osk|l] on Monday.', 'Ilsa Varn-led alliance');
  assert.ok(found.includes('Ilsa Varn leader_of Ilsa Varn-led alliance | author | asserted'), JSON.stringify(found));
  assert.ok(found.includes('Ilsa Varn-led alliance attacked Osk | author | asserted') || found.some((f) => f.startsWith('Ilsa Varn-led alliance ') && f.includes(' Osk')), JSON.stringify(found));
});

test('a state before "-backed" sponsors the coalition; a state before "-led" directs it (sponsors, role leader), as no person leads', () => {
  const backed = described('Officials said the [Brell|l]-backed coalition shelled [Osk|l].', 'Brell-backed coalition');
  assert.ok(backed.some((f) => f.startsWith('Brell sponsors Brell-backed coalition')), JSON.stringify(backed));
  assert.ok(backed.some((f) => f.startsWith('Brell-backed coalition attacked Osk | ~Officials')), JSON.stringify(backed));
  // leader_of joins a person to a body (FORMAT.md): a state leading a coalition directs it, which is sponsors.
  const led = described('The [Ostrani|l]-led coalition shelled [Osk|l].', 'Ostrani-led coalition');
  assert.ok(!led.some((f) => f.includes('leader_of')), JSON.stringify(led));
  assert.ok(led.some((f) => f.startsWith('Ostrani sponsors Ostrani-led coalition')), JSON.stringify(led));
});

test('a hedged or denied sentence hedges or negates the backing it states', () => {
  const hedged = described('The [Varkesh|l]-funded alliance reportedly shelled [Osk|l].', 'Varkesh-funded alliance');
  assert.ok(hedged.some((f) => f.startsWith('Varkesh-funded alliance attacked Osk') && f.endsWith('hedged')), JSON.stringify(hedged));
  const denied = described('The [Tam Orlan|p]-led coalition did not attack [Osk|l].', 'Tam Orlan-led coalition');
  assert.ok(denied.some((f) => f.startsWith('Tam Orlan-led coalition NOT attacked Osk')), JSON.stringify(denied));
  assert.ok(denied.some((f) => f.startsWith('Tam Orlan leader_of Tam Orlan-led coalition')), JSON.stringify(denied));
});

test('"the coalition" and "it" later in the text are the led coalition, not its leader', () => {
  const found = described('The [Ostrani|l]-led coalition struck [Cope|l] on Monday. The coalition later shelled [Osk|l]. It also bombed [Brell|l].', 'Ostrani-led coalition');
  assert.ok(found.some((f) => f.startsWith('Ostrani-led coalition attacked Osk')), JSON.stringify(found));
  assert.ok(found.some((f) => f.startsWith('Ostrani-led coalition attacked Brell')), JSON.stringify(found));
  assert.ok(!found.some((f) => f.startsWith('Ostrani attacked')), JSON.stringify(found));
});

test('"killed by X-led coalition aircraft": the agent is the coalition, not the state that leads it', () => {
  const found = described('[Tam Orlan|p] was killed by [Ostrani|l]-led coalition aircraft.', 'Ostrani-led coalition');
  assert.ok(found.some((f) => f.startsWith('Ostrani-led coalition attacked Tam Orlan')), JSON.stringify(found));
  assert.ok(!found.some((f) => f.startsWith('Ostrani attacked')), JSON.stringify(found));
});
