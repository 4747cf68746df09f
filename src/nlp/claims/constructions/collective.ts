import { pairs, relation, type Construction, type Found } from '../construction.js';
import { subjectOf } from '../arguments.js';
import { conjunctsLeft, conjunctsRight } from '../phrases.js';
import type { Unit } from '../sentence-view.js';

/**
 * "The attack occurred in Alder's northern Brell region": an event noun that coreference resolved to
 * the actor of the attack reported a sentence or two before (`Unit.event`) struck the place its clause
 * names (GUIDELINES, "Attacks on places"). "The Front claimed the attack": the claimant struck the
 * places the previous sentence says the attack hit.
 */
export const eventPlace: Construction = {
  name: 'event-place',
  predicates: ['attacked'],
  example: 'The Front shelled a convoy on Monday. The attack took place in the Brell district of Alder.',
  find(units) {
    const out: Found[] = [];
    for (let i = 0; i < units.length; i++) {
      const event = units[i]!.event;
      // "The Front claimed the attack": the claimant struck the places the attack stands for.
      if (event?.claimedBy !== undefined) {
        const claimant = subjectOf(units, event.claimedBy);
        if (claimant >= 0) out.push(...pairs(conjunctsLeft(units, claimant), event.predicate, [i], i, `${this.name}/claimed`));
        continue;
      }
      // "The attack was carried out by the Front", "officials blamed the Front for the attack".
      if (event?.claimant !== undefined) {
        const claimant = units.findIndex((u) => u.mention?.id === event.claimant!.id);
        if (claimant >= 0) out.push(relation(claimant, event.predicate, i, i, `${this.name}/claimed`));
        continue;
      }
      if (!event?.place) continue;
      const k = units.findIndex((u, n) => n > i && u.mention?.id === event.place!.id);
      if (k > i) out.push(relation(i, event.predicate, k, i, this.name));
    }
    return out;
  },
};

const ALLIANCE_NOUNS = new Set(['alliance', 'coalition', 'bloc', 'grouping', 'union', 'confederation', 'federation', 'umbrella', 'platform', 'front', 'axis', 'partnership']);
// What joins an alliance noun to its members: "made up of", "composed of", "comprising", "of", "bringing together".
const MEMBERS_AFTER: ReadonlyArray<readonly string[]> = [
  ['made', 'up', 'of'], ['composed', 'of'], ['consisting', 'of'], ['formed', 'by'], ['formed', 'of'], ['comprising'], ['grouping'],
  ['bringing', 'together'], ['that', 'includes'], ['which', 'includes'], ['including'], ['uniting'], ['of'],
];

/** The members an alliance noun at `i` lists ("an alliance made up of A, B and C"), as unit indexes; [] if none. */
export function allianceMembers(units: readonly Unit[], i: number): number[] {
  const u = units[i]!;
  if (u.mention || !ALLIANCE_NOUNS.has(u.lower)) return [];
  const first = membersStart(units, i);
  if (first < 0) return [];
  const members = conjunctsRight(units, first).filter((m) => units[m]!.mention?.type === 'organization');
  return members.length >= 2 ? members : [];
}

// After an alliance noun at `i`, the index of the first member, stepping over a comma-set aside ("made
// up, according to officials, of A, B and C"); -1 when no member list follows.
function membersStart(units: readonly Unit[], i: number): number {
  for (const words of MEMBERS_AFTER) {
    let k = i + 1;
    let ok = true;
    for (const w of words) {
      if (units[k]?.text === ',' && w === 'of' && words.length > 1) {
        let c = k + 1;
        while (c < units.length && c - k <= 8 && units[c]!.text !== ',') c++;
        if (units[c]?.text !== ',') { ok = false; break; }
        k = c + 1;
      }
      if (units[k]?.lower !== w) { ok = false; break; }
      k++;
    }
    if (!ok) continue;
    if (units[k]?.lower === 'the') k++;
    return units[k]?.mention ? k : -1;
  }
  return -1;
}

/**
 * "an alliance made up of A, B and C", "a coalition of A and B": every two members are allied.
 * "The Osk Task Force, made up of A, B and C": each member is part of the named body, and allied with
 * the others.
 */
export const madeUpOf: Construction = {
  name: 'made-up-of',
  predicates: ['allied_with', 'part_of'],
  example: 'Officials described an alliance made up of the Red Valley Front, the Cope Brigade and the Osk Guild.',
  find(units) {
    const out: Found[] = [];
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      // "the Osk Joint Task Force, made up of A, B and C": a named body's members are parts of it.
      const body = u.mention?.type === 'organization' && units[i + 1]?.text === ',' && units[i + 2]?.lower !== 'of' ? membersStart(units, i + 1) : -1;
      if (body >= 0 && units[i + 2]?.lower !== 'of') {
        const parts = conjunctsRight(units, body).filter((m) => units[m]!.mention?.type === 'organization');
        if (parts.length < 2) continue;
        // … and, joined in one body, they work together.
        out.push(...pairs(parts, 'part_of', [i], i + 2, `${this.name}/body`));
        for (let a = 0; a < parts.length; a++) for (let b = a + 1; b < parts.length; b++) out.push(...pairs([parts[a]!], 'allied_with', [parts[b]!], i + 2, `${this.name}/body`));
        continue;
      }
      const members = allianceMembers(units, i);
      if (members.length < 2) continue;
      for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) out.push(...pairs([members[a]!], 'allied_with', [members[b]!], i, this.name));
    }
    return out;
  },
};
