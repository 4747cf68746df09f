import { CASE_PROFILE } from './features.js';
import { FLAG, normalizeToken, tokenFlags } from './token-shape.js';

/**
 * Learns how each word is usually written away from a sentence start, from unlabelled sentences.
 * Headline sentences (mostly all-caps) are skipped: their capitals say nothing about the words.
 */
export function buildCaseProfile(sentences: readonly (readonly string[])[], minCount = 2): Map<string, number> {
  const counts = new Map<string, [lower: number, capitalised: number, allCaps: number]>();
  for (const words of sentences) {
    const flags = words.map((w) => tokenFlags(normalizeToken(w)));
    const alpha = flags.filter((f) => f & (FLAG.hasLower | FLAG.initUpper)).length;
    const caps = flags.filter((f) => f & FLAG.allUpper).length;
    if (alpha >= 3 && caps >= 0.8 * alpha) continue;
    for (let i = 1; i < words.length; i++) {
      const f = flags[i]!;
      if (!(f & (FLAG.hasLower | FLAG.initUpper))) continue;
      const lower = normalizeToken(words[i]!).toLowerCase();
      const c = counts.get(lower) ?? [0, 0, 0];
      if (f & FLAG.allUpper) c[2]++;
      else if (f & FLAG.initUpper) c[1]++;
      else c[0]++;
      counts.set(lower, c);
    }
  }
  const profile = new Map<string, number>();
  for (const [word, [lower, capitalised, allCaps]] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const total = lower + capitalised + allCaps;
    if (total < minCount) continue;
    const value = lower === total ? CASE_PROFILE.alwaysLower
      : lower >= 0.8 * total ? CASE_PROFILE.mostlyLower
      : allCaps >= 0.6 * total ? CASE_PROFILE.mostlyAllCaps
      : capitalised + allCaps >= 0.8 * total ? CASE_PROFILE.mostlyCapitalised
      : CASE_PROFILE.mixed;
    profile.set(word, value);
  }
  return profile;
}
