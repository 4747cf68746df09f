// Wording by which English news says that two names are one. General phrasing, not names.

/**
 * Between a name and the next one: "Tomas Vell, alias Abu Ferro", "RVF, known locally as Sorkh Vadi Mahaz",
 * "the RVF, also called Sorkh Vadi", "a faction that calls itself the Dawn Column". Not "formerly known as"
 * or "now known as": a renamed or successor group is kept apart (issue 14).
 */
export const ALIAS_BETWEEN = /^\s*[)\]]?\s*[,–—]?\s*[(\[]?\s*(?:alias|a\.?k\.?a\.?|nicknamed|nom de guerre|whose real name is|real name|whose\s+(?:nom de guerre|alias|kunya|pseudonym|nickname)\s+is|(?:also |better |locally |widely |commonly )?(?:known|called|referred to|styled)\b[^.;!?()\n]{0,60}?\bas|(?:(?:a|an|the)\s+[^,.;!?()\n]{0,40}?\s+)?(?:who|which)\s+(?:goes|went|(?:is|was)\s+(?:also\s+|better\s+|widely\s+|commonly\s+|locally\s+)?known|signs|signed|calls|called|styles|styled|uses|used)\b[^.;!?()\n]{0,40}?\b(?:as|by(?:\s+the)?(?:\s+(?:nom de guerre|name|alias|pseudonym))?)|or\s+(?:simply|just|more simply)|also\s+(?:written|spelt|spelled|rendered|transliterated)(?:\s+as)?|(?:also|sometimes|locally|widely|commonly|often|variously)\s+(?:called|named|dubbed)|(?:(?:a|an|the)\s+[^,.;!?()\n]{0,40}?\s+)?(?:who|which|that)\s+(?:calls|called|styles|styled|names|named|brands|branded)\s+(?:itself|himself|herself|themselves))\s*:?\s*["“‘']?\s*(?:the\s+)?$/i;

/** "Tomas Vell, a former sergeant his men call “Heron”": an appositive ending in a calling verb names him again. */
export const ALIAS_CALLED_BETWEEN = /^\s*,\s*(?:a|an|the)\s+[^,.;!?()\n]{0,60}?\s+(?:call|calls|called|dub|dubs|dubbed|nickname|nicknamed)\s*["“‘']?\s*$/i;

/** "the Irmandade, or Hermandad del Morro as the press calls it": the calling clause follows the second name. */
export const ALIAS_OR_BETWEEN = /^\s*,\s*or\s+(?:the\s+)?$/i;
export const ALIAS_CALLS_AFTER = /^\s*["”’']?\s*,?\s*as\s+[^.;!?()\n]{0,40}?\b(?:calls?|called|knows?|known|names?|named|refers? to)\s+(?:it|them|him|her)\b/i;

/** "the Ostan Union — Ittihodi Ostan, or …": a name set off by a dash right after another of its kind restates it. */
export const DASH_APPOSITION = /^\s*[—–]\s*["“]?$/;

/** "Sorkh Vadi Mahaz, as the Red Valley Front is also known": the cue is split around the second name. */
export const ALIAS_AS_BETWEEN = /^\s*,\s*as\s+(?:the\s+)?$/i;
export const ALIAS_AS_AFTER = /^\s*(?:is|was|are|were)\s+(?:also\s+|locally\s+|widely\s+|better\s+|commonly\s+|sometimes\s+)?(?:known|called)\b/i;

/**
 * Generic nouns that end organisation names and stand for them alone after "the": "the Front" for
 * the Red Valley Front, "the Constabulary" for the Ashfen Constabulary. A closed list of common
 * English nouns, so a proper name that happens to end a longer name ("Taliban") is never taken for it.
 */
export const ORGANIZATION_HEAD_NOUNS: ReadonlySet<string> = new Set([
  'front', 'army', 'movement', 'council', 'brigade', 'brigades', 'constabulary', 'party', 'force', 'forces', 'institute',
  'directorate', 'agency', 'ministry', 'police', 'group', 'organisation', 'organization', 'network', 'foundation', 'service',
  'bureau', 'committee', 'commission', 'alliance', 'coalition', 'league', 'union', 'guard', 'militia', 'battalion', 'regiment',
  'corps', 'command', 'department', 'court', 'assembly', 'parliament', 'federation', 'society', 'trust', 'company',
  'corporation', 'bank', 'university', 'centre', 'center', 'tribunal', 'cell', 'legion', 'division', 'administration',
]);

/** Nouns that make a place name an administrative unit: "Ashfen Province", "Varn District". */
export const ADMINISTRATIVE_NOUNS: ReadonlySet<string> = new Set([
  'province', 'district', 'region', 'governorate', 'county', 'prefecture', 'oblast', 'tehsil', 'division', 'municipality', 'department', 'state',
]);

/** Last words that make a group name a part of another: "… Khorasan Province", "… Women's Wing". */
export const BRANCH_NOUNS: ReadonlySet<string> = new Set([
  'province', 'branch', 'wing', 'chapter', 'faction', 'division', 'unit', 'cell', 'command', 'affiliate', 'franchise', 'wilayat', 'wilayah',
]);

/**
 * English head nouns and the words other languages open group names with: "the Brotherhood" may
 * stand for "Irmandade do Morro", "the Movement" for "Harakat Nasr". Generic words only, and not
 * army, forces, party or council, which in English copy mostly mean a state's own.
 */
export const HEAD_TRANSLATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['brotherhood', ['irmandade', 'hermandad', 'fraternité', 'confrérie', 'ikhwan']],
  ['brigade', ['liwa', 'brigada', 'brigade', 'katiba', 'katibat']],
  ['brigades', ['kataib', "kata'ib", 'brigadas', 'brigades']],
  ['front', ['jabhat', 'jabha', 'frente', 'front']],
  ['movement', ['harakat', 'haraka', 'movimiento', 'movimento', 'mouvement', 'tehreek', 'tehrik']],
  ['guardians', ['gardiens', 'guardianes', 'guardiões']],
  ['cartel', ['cártel', 'cartel']],
]);

// Nouns that describe a group or a person without naming them: "the Ostria-backed group", "the Front's emir".
const GROUP_DESCRIPTION_NOUNS = 'group|militia|movement|organi[sz]ation|outfit|faction|network|cartel|gang|front|coalition|alliance|force|insurgency|rebels|insurgents';
const PERSON_DESCRIPTION_NOUNS = 'man|woman|cleric|commander|leader|emir|chief|spokesman|spokeswoman|preacher|militant|fighter|trafficker|smuggler|boss|kingpin|warlord';

/**
 * "The Ostria-backed group, known locally as …", "the cartel's chief, better known as …": a description
 * standing for a group or person named just before, then the cue that gives its other name. Group 1 is the
 * description's noun; the match starts where the description does.
 */
export const DESCRIBED_ALIAS = new RegExp(`\\b(?:the|this|that|its|his|their)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,4}?(${GROUP_DESCRIPTION_NOUNS}|${PERSON_DESCRIPTION_NOUNS})\\s*,?\\s*(?:(?:which|who)\\s+(?:is|was|are|were)\\s+)?(?:also\\s+|locally\\s+|widely\\s+|better\\s+|commonly\\s+|more\\s+commonly\\s+)?(?:known|called|referred\\s+to)\\s+(?:locally\\s+|widely\\s+|in\\s+\\p{L}+\\s+)?as\\s*["“‘']?\\s*(?:the\\s+)?$`, 'iu');

/** Whether a description noun matched by DESCRIBED_ALIAS stands for a person (else a group). */
export const describesPerson = (noun: string): boolean => new RegExp(`^(?:${PERSON_DESCRIPTION_NOUNS})$`, 'i').test(noun);
