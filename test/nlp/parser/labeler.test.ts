import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHeads } from '../../../src/nlp/parser/arc-parser.js';
import { closedClassOf, labelArcs } from '../../../src/nlp/parser/labeler.js';
import { loadParserModel } from '../../../src/nlp/parser/load-model.js';
import { punctuationBefore } from '../../../src/nlp/parser/parser-features.js';
import { tagWords } from '../../../src/nlp/parser/tagger.js';
import { wordAtoms } from '../../../src/nlp/parser/word-atoms.js';

test('the shipped labeller, which keeps each word\'s own sums, labels as scoring every feature does', () => {
  const model = loadParserModel();
  const table = model.labeler;
  // The same table behind a plain Scorer: labelArcs then scores all the features of every arc.
  const plain = { classes: table.classes, score: table.score.bind(table) };
  // Words repeat within and across sentences, and "attack" comes as a noun and as a verb, so kept sums are read
  // for the same word and tag, and not for the same word under another tag.
  const inputs = [
    ['The', 'Front', 'claimed', 'the', 'attack', 'on', 'Osk', '.'],
    ['Fighters', 'of', 'the', 'Front', 'attack', 'the', 'town', 'of', 'Osk', 'every', 'night', '.'],
    ['Varn', ',', 'who', 'leads', 'the', 'Front', ',', 'was', 'arrested', 'in', 'Brell', 'by', 'police', '.'],
    ['The', 'Front', 'claimed', 'the', 'attack', 'on', 'Osk', '.'],
    ['Police', 'said', 'that', 'that', 'group', 'claims', 'the', 'leads', 'that', 'police', 'found', 'back', 'then', '.'],
    ['The', 'claims', 'that', 'the', 'group', 'leads', 'back', 'to', 'Osk', 'were', 'denied', 'by', 'the', 'Front', "'s", 'leaders', '.'],
    ['Rebels', 'who', 'attack', 'the', 'town', 'back', 'the', 'Front', ',', 'police', 'said', 'that', 'night', '.'],
  ];
  for (const words of inputs) {
    const atoms = wordAtoms(words, model.tagger.clusters);
    const tags = tagWords(model.tagger, words, atoms);
    const upos = Array.from(tags, (t) => model.uposOfTag[t]!);
    const heads = parseHeads(model.parser, { words: atoms.lower, tags, punctuation: punctuationBefore((i) => upos[i] === 'PUNCT', words.length), clusters: atoms.cluster });
    const input = { atoms, tags, closedClass: closedClassOf(upos), heads };
    assert.deepEqual([...labelArcs(table, input, words)], [...labelArcs(plain, input)], words.join(' '));
  }
});
