import type { Construction } from '../construction.js';
import { hyphenPair, betweenPair, nominal, underPatronage } from './nominal.js';
import { actorInPlace, homeTo, locatedIn, partOf, placeVerb, underControl } from './places.js';
import { asTitle, claimedResponsibility, gatheringIn, involvementIn, stancePrefix } from './roles.js';
import { kinship, nameThenTitle, titleBeforeName } from './titles.js';
import { alongside, firedAt, formedPact, pledgedAllegiance, receiveFrom, turnedAgainst } from './fixed-phrases.js';
import { asProxy, hyphenParticiple, verbClause } from './verbal.js';
import { sharedTie } from './mutual.js';
import { eventPlace, madeUpOf } from './collective.js';
import { byline } from './byline.js';

/**
 * The construction table, in the order rows run. Order matters in one place only: title rows run
 * first, appositions before prefixed titles, so that "his deputy X" can read the body its possessor
 * was just said to lead ("Varn, the leader of the Front, and his deputy Orlan"). Every row is
 * tested on invented sentences in test/nlp/claims/constructions.test.ts; when two rows find the same
 * relation in one sentence, the earlier row's claim is kept.
 */
export const CONSTRUCTIONS: readonly Construction[] = [
  nameThenTitle,     // "Ilsa Varn, a senior operative of the Front", "Varn was the Front's chief"
  titleBeforeName,   // "Front chief Ilsa Varn", "his deputy, Saif Orlan"
  kinship,           // "Varn's son Tam", "The son of Orlan Varn, he …"
  asTitle,           // "flagged Varn as a weapons facilitator for the Front"
  hyphenParticiple,  // "an Alder-backed militia", "the Varn-led Front"
  hyphenPair,        // "the Front–Guard alliance"
  betweenPair,       // "a partnership between the Front and the Guard"
  underPatronage,    // "under the protection of Alder", "with Alder backing"
  asProxy,           // "used the Front as a proxy"
  verbClause,        // "X attacked Y", "Y was arrested by X", "X, backed by Y"
  alongside,         // "fought alongside the Guard"
  firedAt,           // "fired rockets at Osk"
  turnedAgainst,     // "weaponised the Front against the Guard"
  receiveFrom,       // "received rifles from Alder"
  pledgedAllegiance, // "pledged allegiance to the Front"
  formedPact,        // "the Front and the Guild formed an alliance", "sealed a pact with the Guild"
  sharedTie,         // "both groups kept their pact quiet", "the two groups avoided clashes"
  nominal,           // "X's attack on Y", "the arrest of Y by X", "X has a presence in Y", "X's Y base"
  partOf,            // "the Azim Foundation, the Front's media wing", "a team comprising A, B and C"
  locatedIn,         // "Brell, a district in Alder", "the Alder districts of Brell and Cope"
  placeVerb,         // "Brell lies in Alder", "Brell is located in the north of Alder"
  underControl,      // "Osk has been under Front control since 2023"
  actorInPlace,      // "Front fighters in Alder"
  homeTo,            // "Brell is home to the Cope Brigade"
  gatheringIn,       // "convened a meeting in Brell"
  involvementIn,     // "his involvement in the Osk bombing"
  stancePrefix,      // "a pro-Front and anti-Guard outlet"
  claimedResponsibility, // "A bomb hit Osk. The Front claimed responsibility."
  eventPlace,        // "The Front shelled a convoy. The attack took place in Brell."
  madeUpOf,          // "an alliance made up of the Front, the Brigade and the Guild"
  byline,            // "By Tam Orlan, Brell"
];

export type { Construction };
