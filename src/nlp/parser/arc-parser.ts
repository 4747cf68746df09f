import { LEFT, MOVES, ParserState, RIGHT, SHIFT } from './arc-hybrid.js';
import { seededRandom, shuffleInPlace } from './feature-hash.js';
import { PARSER_FEATURES, parserFeatures, type ParserInput } from './parser-features.js';
import { FeatureWeights, type Scorer } from './weights.js';

/**
 * Greedy arc-hybrid parser scored by an averaged perceptron, trained with the dynamic oracle and
 * error exploration (Goldberg & Nivre 2012, 2013). Why greedy and not a beam: a beam of 8 buys about
 * one point of UAS at eight times the cost, and every sentence of every case is parsed; training on
 * the parser's own mistakes (the dynamic oracle) recovers a good part of that point at no run-time
 * cost. Why unlabelled: three moves instead of ~100 labelled ones keep each step to three weights
 * per feature; labels come after, with the whole tree in view (labeler.ts).
 */
export function parseHeads(weights: Scorer, input: ParserInput): Int32Array {
  const n = input.words.length;
  const state = new ParserState(n);
  const feats = new Int32Array(PARSER_FEATURES);
  const scores = new Float32Array(MOVES);
  while (!state.isTerminal) {
    // With the stack empty only SHIFT is legal, with the buffer down to the root only one reduce:
    // the scores could not change the move, so they are not computed (about one step in twelve).
    if (state.depth === 0) { state.apply(SHIFT); continue; }
    if (state.front === n) { state.apply(state.depth === 1 ? LEFT : RIGHT); continue; }
    const count = parserFeatures(state, input, feats);
    weights.score(feats, count, scores);
    state.apply(bestLegal(state, scores));
  }
  return state.heads;
}

function bestLegal(state: ParserState, scores: Float32Array): number {
  let best = -1;
  for (let m = 0; m < MOVES; m++) if (state.isLegal(m) && (best < 0 || scores[m]! > scores[best]!)) best = m;
  return best;
}

export interface ParserTrainingSentence extends ParserInput {
  /** Projective gold heads, 0-based, `n` for the root. */
  readonly heads: Int32Array;
}

export interface ParserTrainOptions {
  readonly epochs: number;
  readonly seed: number;
  /** After the first epoch, follow a wrong prediction with this probability (exploration). */
  readonly explore: number;
  readonly onEpoch?: (epoch: number, weights: FeatureWeights, stamp: number) => void;
}

export function trainParser(sentences: readonly ParserTrainingSentence[], options: ParserTrainOptions): FeatureWeights {
  const weights = new FeatureWeights(MOVES, 1 << 21);
  const random = seededRandom(options.seed);
  const order = sentences.map((_, i) => i);
  const feats = new Int32Array(PARSER_FEATURES);
  const scores = new Float32Array(MOVES);
  const costs = new Int32Array(MOVES);
  let stamp = 1;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const index of order) {
      const sentence = sentences[index]!;
      const state = new ParserState(sentence.words.length);
      while (!state.isTerminal) {
        const count = parserFeatures(state, sentence, feats);
        weights.score(feats, count, scores);
        let guess = -1;
        let bestZero = -1;
        for (let m = 0; m < MOVES; m++) {
          if (!state.isLegal(m)) { costs[m] = -1; continue; }
          costs[m] = state.cost(m, sentence.heads);
          if (guess < 0 || scores[m]! > scores[guess]!) guess = m;
          if (costs[m] === 0 && (bestZero < 0 || scores[m]! > scores[bestZero]!)) bestZero = m;
        }
        let next = guess;
        if (costs[guess] !== 0) {
          // A projective gold tree always leaves a zero-cost move; if lifting failed, take any legal one.
          if (bestZero < 0) bestZero = guess;
          else weights.update(feats, count, bestZero, guess, stamp);
          next = epoch > 1 && random() < options.explore ? guess : bestZero;
        }
        state.apply(next);
        stamp++;
      }
    }
    options.onEpoch?.(epoch, weights, stamp);
  }
  weights.average(stamp);
  return weights;
}

