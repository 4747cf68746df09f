import { pairs, type Construction, type Found } from '../construction.js';

/**
 * "By Tam Orlan, Brell": a byline says where its reporters filed from, as "reporting by Tam Orlan in
 * Brell" does. Only a sentence that is nothing but the byline: "By noon, Brell was quiet" names no reporter.
 */
export const byline: Construction = {
  name: 'byline',
  predicates: ['operates_in'],
  example: 'By Tam Orlan and Ilsa Varn, Brell',
  find(units) {
    const out: Found[] = [];
    if (units[0]?.lower !== 'by' || units.length > 8) return out;
    const last = units[units.length - 1]?.text === '.' ? units.length - 2 : units.length - 1;
    const place = units[last];
    if (place?.mention?.type !== 'location' || units[last - 1]?.text !== ',') return out;
    const reporters: number[] = [];
    for (let k = 1; k < last - 1; k++) {
      if (units[k]!.mention?.type === 'person') reporters.push(k);
      else if (units[k]!.lower !== 'and' && units[k]!.text !== ',') return out;
    }
    out.push(...pairs(reporters, 'operates_in', [last], 0, this.name));
    return out;
  },
};
