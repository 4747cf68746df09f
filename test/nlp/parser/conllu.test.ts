import assert from 'node:assert/strict';
import { test } from 'node:test';
import { columnOf, readConllu, wordsOf, writeConllu } from '../../../src/nlp/parser/conllu.js';

// Invented sentences; a multiword token and an empty node as UD allows them.
const INPUT = [
  '# sent_id = a1',
  '# text = The envoys weren\'t there.',
  '1\tThe\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tenvoys\t_\t_\t_\t_\t_\t_\t_\t_',
  '3-4\tweren\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '3\twere\t_\t_\t_\t_\t_\t_\t_\t_',
  '4\tn\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '4.1\tgone\t_\t_\t_\t_\t_\t_\t_\t_',
  '5\tthere\t_\t_\t_\t_\t_\t_\t_\t_',
  '',
  '1\tYes\t_\tINTJ\t_\t_\t0\troot\t_\t_',
].join('\n');

test('readConllu separates sentences and lists only integer-ID words', () => {
  const sentences = readConllu(INPUT);
  assert.equal(sentences.length, 2, 'a missing final blank line still ends the last sentence');
  assert.deepEqual(wordsOf(sentences[0]!), ['The', 'envoys', 'were', "n't", 'there']);
  assert.deepEqual(sentences[0]!.comments, ['# sent_id = a1', "# text = The envoys weren't there."]);
  assert.deepEqual(columnOf(sentences[1]!, 7), ['root']);
});

test('writeConllu gives back every line it read, each sentence ended by a blank line', () => {
  assert.equal(writeConllu(readConllu(INPUT)), `${INPUT}\n\n`);
});

test('readConllu pads short lines to ten columns and tolerates CRLF', () => {
  const [sentence] = readConllu('1\tHello\r\n2\tthere\r\n');
  assert.equal(sentence!.lines[0]!.length, 10);
  assert.deepEqual(wordsOf(sentence!), ['Hello', 'there']);
});
