import type { Found } from '../construction.js';
import type { Unit } from '../sentence-view.js';
import { doerOf } from './clause.js';
import { PARSE_RULES, type ParseRule } from './rules.js';
import { COMPOSITION_ROWS, findCompositions } from './composition.js';
import { COOPERATION_ROWS, findCooperation } from './cooperation.js';
import { findTakenFrom, findTakeovers, TAKEN_FROM_ROW, TAKEOVER_ROW } from './takeover.js';
import { findService, SERVICE_ROW } from './service.js';
import { findHyphenDescriptions, HYPHEN_DESCRIPTION_ROW } from './hyphen.js';
import { findTieNouns, TIE_NOUN_ROW } from './ties.js';
import { DENIAL_ROW } from './denial.js';
import { findPlacesInPlaces, PLACE_IN_PLACE_ROW } from './places-in-places.js';
import { ACTS_IN_PLACE, DESCRIBED_IN_PLACE, findActsInPlace, findDescribedInPlace, findNamedInPlace, NAMED_IN_PLACE } from './presence.js';
import { findRolesOverParse, PARSE_ROLE_ROWS } from './roles.js';
import { readRule } from './rule-readings.js';
import { parseScope, presenceScope } from './scope.js';
import { clauseVoice } from './voice.js';
import { buildUnitTree, isNounLike, type TokenArc, type UnitTree } from './tree.js';

/** Every row name of the parse table, for ablation and listing. */
export const PARSE_ROWS: readonly { readonly name: string; readonly example: string }[] = [...PARSE_RULES, ...PARSE_ROLE_ROWS, ...COMPOSITION_ROWS, ...COOPERATION_ROWS, TAKEOVER_ROW, TAKEN_FROM_ROW, SERVICE_ROW, HYPHEN_DESCRIPTION_ROW, TIE_NOUN_ROW, ACTS_IN_PLACE, NAMED_IN_PLACE, DESCRIBED_IN_PLACE, PLACE_IN_PLACE_ROW, DENIAL_ROW];

export { buildUnitTree, PARSE_RULES, PARSE_ROLE_ROWS };
export type { ParseRule, TokenArc, UnitTree };

// The trigger rules each word can fire, in PARSE_RULES order: a unit then checks the one or two rules
// its word triggers instead of asking all eighteen trigger sets.
const RULES_BY_WORD = new Map<string, ParseRule[]>();
for (const rule of PARSE_RULES) for (const word of rule.trigger.words) RULES_BY_WORD.set(word, [...(RULES_BY_WORD.get(word) ?? []), rule]);

/** Reads every row of `rules` over one sentence's tree. */
export function findOverParse(units: readonly Unit[], tree: UnitTree, rows: readonly { readonly name: string }[] = PARSE_ROWS): Found[] {
  const names = new Set(rows.map((r) => r.name));
  const out: Found[] = [...findRolesOverParse(units, tree, names)];
  if (names.has(ACTS_IN_PLACE.name)) out.push(...findActsInPlace(units, tree));
  if (names.has(NAMED_IN_PLACE.name)) out.push(...findNamedInPlace(units, tree));
  if (names.has(DESCRIBED_IN_PLACE.name)) out.push(...findDescribedInPlace(units, tree));
  if (names.has(PLACE_IN_PLACE_ROW.name)) out.push(...findPlacesInPlaces(units, tree));
  out.push(...findCompositions(units, tree, names));
  out.push(...findCooperation(units, tree, names));
  if (names.has(TAKEOVER_ROW.name)) out.push(...findTakeovers(units, tree));
  if (names.has(SERVICE_ROW.name)) out.push(...findService(units, tree));
  if (names.has(HYPHEN_DESCRIPTION_ROW.name)) out.push(...findHyphenDescriptions(units, tree));
  if (names.has(TIE_NOUN_ROW.name)) out.push(...findTieNouns(units, tree));
  if (names.has(TAKEN_FROM_ROW.name)) out.push(...findTakenFrom(units, tree, (k) => doerOf(tree, units, k).actors.map((a) => a.unit)));
  for (let k = 0; k < units.length; k++) {
    if (units[k]!.mention) continue;
    for (const rule of RULES_BY_WORD.get(units[k]!.lower) ?? []) {
      if (!names.has(rule.name) || !(rule.trigger.upos.includes(tree.upos[k]!) || (rule.trigger.upos.includes('NOUN') && isNounLike(tree, k)))) continue;
      const scope = rule.predicate === 'operates_in' ? presenceScope(tree, units, k) : parseScope(tree, units, k);
      const voice = clauseVoice(tree, units, k);
      for (const reading of readRule(rule, units, tree, k)) {
        const above = reading.governor === undefined ? null : parseScope(tree, units, reading.governor);
        const negated = (reading.ended ? !scope.negated : scope.negated) !== (above?.negated ?? false);
        const denied = scope.denied || (above?.denied ?? false);
        const hedged = scope.hedged || (above?.hedged ?? false);
        for (const s of reading.subjects) for (const o of reading.objects) {
          if (s.unit === o.unit) continue;
          out.push({ subject: s.unit, object: o.unit, predicate: reading.predicate, role: null, trigger: k, rule: `${rule.name}${reading.suffix}`, negated, denied, hedged, voice });
        }
      }
    }
  }
  return out;
}
