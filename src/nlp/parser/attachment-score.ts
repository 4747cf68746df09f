import { universalRelation } from './tags.js';

/** Running totals for the UD evaluation's token-level scores (gold tokenisation, punctuation included). */
export class AttachmentScore {
  tokens = 0;
  upos = 0;
  uas = 0;
  las = 0;        // universal part of the relation, as the CoNLL 2018 script compares it
  fullLas = 0;    // the whole relation, subtypes included

  add(gold: { upos: readonly string[]; heads: readonly number[]; deprels: readonly string[] }, guess: { upos: readonly string[]; heads: readonly number[]; deprels: readonly string[] }): void {
    for (let i = 0; i < gold.heads.length; i++) {
      this.tokens++;
      if (gold.upos[i] === guess.upos[i]) this.upos++;
      if (gold.heads[i] !== guess.heads[i]) continue;
      this.uas++;
      if (universalRelation(gold.deprels[i]!) === universalRelation(guess.deprels[i]!)) this.las++;
      if (gold.deprels[i] === guess.deprels[i]) this.fullLas++;
    }
  }

  get figures(): { upos: number; uas: number; las: number; fullLas: number } {
    const t = Math.max(1, this.tokens);
    return { upos: this.upos / t, uas: this.uas / t, las: this.las / t, fullLas: this.fullLas / t };
  }
}
