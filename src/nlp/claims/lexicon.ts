import type { EntityType, Predicate } from '../../core/index.js';
import { inflect, LIGHT_VERBS as WORDNET_LIGHT_VERBS, TRIGGERS, type SenseName } from '../wordnet/index.js';

// Word tables for the claims stage (data, exempt from the size cap). Provenance: written by hand from
// the relation vocabulary in FORMAT.md and ordinary English news usage; no entry comes from, or is
// needed only by, a particular article. Every word is lower case and inflections are listed, so a
// lookup is one Map.get and no stemmer runs in the hot loop.

const forms = (stems: string): string[] => stems.split(/\s+/).filter(Boolean);

function table<V>(rows: ReadonlyArray<readonly [string, V]>): ReadonlyMap<string, V> {
  const map = new Map<string, V>();
  for (const [words, value] of rows) for (const w of forms(words)) map.set(w, value);
  return map;
}

/** How a title word relates the person who holds it to the body named beside it. */
export interface TitleSense {
  readonly predicate: 'leader_of' | 'member_of' | 'sponsored_by' | 'supplied' | 'sponsors';
}

/**
 * Titles in apposition ("the Front's chief", "Front commander Ilsa Varn"). `sponsored_by` reverses the
 * edge: "an Alder Ministry asset" makes the ministry the sponsor of the person.
 */
export const TITLES: ReadonlyMap<string, TitleSense> = table<TitleSense>([
  ['chief leader head emir amir chairman chairperson chairwoman president supremo boss ringleader kingpin commander-in-chief director director-general founder-leader secretary-general general-secretary', { predicate: 'leader_of' }],
  ['deputy member members operative operatives commander commanders spokesman spokesperson spokeswoman coordinator founder co-founder cofounder militant militants fighter fighters cadre cadres activist activists official officials officer officers ideologue recruiter lieutenant aide associate strategist trainer secretary treasurer envoy representative agent agents soldier soldiers moderator member-at-large general fellow researcher analyst editor correspondent employee', { predicate: 'member_of' }],
  // "X, a weapons facilitator for the Front": who facilitates or supplies a group hands it things.
  ['facilitator facilitators supplier suppliers smuggler smugglers courier couriers', { predicate: 'supplied' }],
  ['financier financiers patron patrons backer backers benefactor benefactors handler handlers paymaster paymasters bankroller bankrollers', { predicate: 'sponsors' }],
  ['asset proxy protégé protege client', { predicate: 'sponsored_by' }],
]);

/** Words that may stand between a title and its holder or body without breaking the apposition. */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(forms(
  'former senior top then key founding self-styled ex- local regional provincial district deputy chief military political supreme overall acting interim alleged suspected notorious pivotal prominent longtime long-time veteran first second new current operational field area city zonal and ' +
  // what the holder handles: "an arms courier", "the group's media coordinator", "its finance chief"
  'arms weapons explosives ammunition money drugs logistics finance financial media propaganda intelligence security recruitment training',
));

/** Kinship nouns for relative_of; the role is read from the subject's side. */
// Kin terms are built from their stems, so every half-, step- and in-law relation is read, not only the
// ones some text happened to use ("half-brother", "stepdaughter", "sister-in-law").
const KIN_STEMS = forms('son daughter father mother brother sister wife husband nephew niece uncle aunt cousin grandson granddaughter grandfather grandmother child parent sibling');
const STEP_KIN = forms('son daughter father mother brother sister child parent sibling');
export const KIN: ReadonlySet<string> = new Set([
  ...KIN_STEMS,
  ...forms('sons daughters brothers sisters cousins nephews nieces children parents siblings'),
  ...STEP_KIN.flatMap((w) => [`half-${w}`, `step${w}`, `step-${w}`]),
  ...forms('son daughter father mother brother sister').map((w) => `${w}-in-law`),
]);

/** Verbs whose subject acts on their object; `prep` names the preposition that introduces a non-direct object. */
export interface VerbSense {
  readonly predicate: Predicate;
  /** Object introduced by one of these prepositions rather than directly ("allied with", "supplied … to"). */
  readonly preps?: readonly string[];
  /** A place may follow the verb directly ("the Front controls Osk"). */
  readonly direct?: boolean;
  /** Prepositions an object phrase may cross ("clashed with X", "fought against X"). */
  readonly through?: readonly string[];
}

const HAND_VERBS: ReadonlyMap<string, VerbSense> = table<VerbSense>([
  ['attack attacks attacked attacking bomb bombs bombed bombing raid raids raided raiding ambush ambushes ambushed ambushing assassinate assassinates assassinated assassinating kill kills killed killing target targets targeted targeting targetted strike strikes struck striking shell shelled storm stormed storming massacre massacred behead beheaded abduct abducted abducts kidnap kidnaps kidnapped kidnapping overran overrun overruns murder murdered murders wound wounds wounded wounding injure injures injured injuring', { predicate: 'attacked' }],
  ['arrest arrests arrested arresting detain detains detained detaining capture captures captured capturing apprehend apprehends apprehended nab nabs nabbed seize seizes seized seizing', { predicate: 'arrested' }],
  ['fund funds funded funding finance finances financed financing bankroll bankrolls bankrolled sponsor sponsors sponsored sponsoring back backs backed backing support supports supported supporting arm arms armed arming train trains trained training protect protects protected protecting shelter shelters sheltered sheltering harbour harbours harboured harbouring harbor harbors harbored harboring nurture nurtures nurtured nurturing patronise patronised patronize patronized direct directs directed directing orchestrate orchestrated orchestrates sustain sustained sustains create created creates raise raised strengthen strengthened strengthens weaponise weaponised weaponize weaponized', { predicate: 'sponsors' }],
  ['facilitate facilitates facilitated facilitating', { predicate: 'supplied', preps: ['to'] }],
  ['supply supplies supplied supplying provide provides provided providing hand hands handed handing give gives gave giving gift gifts gifted gifting send sends sent sending deliver delivers delivered delivering transfer transfers transferred smuggle smuggled', { predicate: 'supplied', preps: ['to'] }],
  ['ally allies allied align aligns aligned partner partners partnered partnering cooperate cooperates cooperated cooperating collaborate collaborates collaborated collaborating coordinate coordinates coordinated coordinating merge merges merged', { predicate: 'allied_with', preps: ['with'] }],
  ['link links linked tie ties tied connect connects connected associate associates associated affiliate affiliated', { predicate: 'allied_with', preps: ['to', 'with'] }],
  ['fight fights fought fighting clash clashes clashed clashing battle battles battled battling oppose opposes opposed opposing counter counters countered countering confront confronts confronted denounce denounces denounced condemn condemns condemned retaliate retaliates retaliated threaten threatens threatened', { predicate: 'hostile_to', through: ['of', 'with', 'against'] }],
  ['join joins joined joining found founded co-founded cofounded', { predicate: 'member_of' }],
  ['defect defects defected defecting', { predicate: 'member_of', preps: ['to'] }],
  ['belong belongs belonged belonging subordinate subordinates subordinated', { predicate: 'member_of', preps: ['to'] }],
  ['launch launches launched launching bring brings brought bringing use uses used using employ employs employed employing', { predicate: 'sponsors' }],
  ['lead leads led leading head heads headed heading command commands commanded commanding run runs ran running', { predicate: 'leader_of' }],
  ['operate operates operated operating base based station stationed deploy deploys deployed headquartered entrench entrenched', { predicate: 'operates_in', preps: ['in', 'from', 'out', 'across', 'inside', 'within', 'throughout', 'near', 'to'] }],
  ['travel travels travelled traveled travelling traveling relocate relocates relocated relocating move moves moved moving expand expands expanded expanding arrive arrives arrived infiltrate infiltrated', { predicate: 'operates_in', preps: ['to', 'in', 'into', 'across', 'inside', 'within', 'throughout'] }],
  ['control controls controlled controlling occupy occupies occupied occupying', { predicate: 'operates_in', direct: true, preps: ['of'] }],
  ['stretch stretches stretched extend extends extended span spans spanned', { predicate: 'operates_in', preps: ['from', 'to', 'into', 'across', 'through', 'throughout'] }],
]);

/** Nominal triggers: "the alliance between", "its attack on", "a presence in". */
const HAND_NOUNS: ReadonlyMap<string, Predicate> = table<Predicate>([
  ['airstrike airstrikes air-strike drone-strike bombardment bombardments shelling incursion incursions offensive', 'attacked'],
  ['attack attacks bombing bombings raid raids assault assaults ambush ambushes assassination assassinations killing killings massacre massacres strike strikes murder murders abduction abductions kidnapping kidnappings', 'attacked'],
  ['arrest arrests detention detentions capture', 'arrested'],
  ['support backing funding financing patronage protection sponsorship sanctuary sanctuaries haven havens training supervision tutelage', 'sponsors'],
  ['alliance alliances partnership partnerships nexus cooperation coordination collaboration pact pacts ties tie links link contacts dealings relationship relationships axis merger coalition connection connections alignment understanding convergence', 'allied_with'],
  ['rivalry rivalries war wars conflict conflicts fighting clashes clash feud hostility hostilities crackdown crackdowns confrontation offensive campaign campaigns jihad retaliation revenge enmity', 'hostile_to'],
  ['takeover conquest occupation control', 'operates_in'],
  ['presence base bases camp camps hideout hideouts stronghold strongholds facility facilities network networks footprint cell cells office offices headquarters hub hubs foothold outpost outposts branch fighters operations activities', 'operates_in'],
]);

/**
 * WordNet senses (src/nlp/wordnet, built from named seed senses) that extend the hand tables, and how
 * each reads. A sense is listed here only where `npm run eval` showed it costs no precision overall on
 * the development sets; hand entries win where a word is in both (they carry prepositions).
 */
const WORDNET_VERB_SENSES: Partial<Record<SenseName, VerbSense>> = {
  attack: { predicate: 'attacked' },
  arrest: { predicate: 'arrested' },
  fund: { predicate: 'sponsors' },
  arm: { predicate: 'sponsors' },
  supply: { predicate: 'supplied', preps: ['to'] },
  ally: { predicate: 'allied_with', preps: ['with'] },
  hostile: { predicate: 'hostile_to', through: ['of', 'with', 'against'] },
  lead: { predicate: 'leader_of' },
  member: { predicate: 'member_of' },
  presence: { predicate: 'operates_in', preps: ['in', 'from', 'out', 'across', 'inside', 'within', 'throughout', 'near', 'to'] },
};
const WORDNET_NOUN_SENSES: Partial<Record<SenseName, Predicate>> = {
  attack: 'attacked',
  arrest: 'arrested',
  fund: 'sponsors',
  arm: 'sponsors',
  ally: 'allied_with',
  hostile: 'hostile_to',
  presence: 'operates_in',
};

/** The hand table plus every inflected form of the listed WordNet senses' lemmas it lacks. */
function withWordNet<V>(hand: ReadonlyMap<string, V>, senses: Partial<Record<SenseName, V>>, kind: 'verbs' | 'nouns'): ReadonlyMap<string, V> {
  const out = new Map(hand);
  for (const [name, value] of Object.entries(senses) as [SenseName, V][]) {
    for (const lemma of TRIGGERS[name][kind]) for (const form of inflect(lemma, kind === 'verbs' ? 'verb' : 'noun')) if (!out.has(form)) out.set(form, value);
  }
  return out;
}

/** Verbs whose subject acts on their object, by surface form: the hand table, extended from WordNet. */
export const VERBS: ReadonlyMap<string, VerbSense> = withWordNet(HAND_VERBS, WORDNET_VERB_SENSES, 'verbs');
/** Event nouns by surface form: the hand table, extended from WordNet. */
export const NOUNS: ReadonlyMap<string, Predicate> = withWordNet(HAND_NOUNS, WORDNET_NOUN_SENSES, 'nouns');

/**
 * Light verbs that hand their subject to an event noun: "carried out attacks on", "declared war on".
 * The hand list, plus every form of the named light-verb table in src/nlp/wordnet ("delivered strikes",
 * "has the support of", "sealed a pact").
 */
export const LIGHT_VERBS: ReadonlySet<string> = withLightVerbs(new Set(forms(
  'take takes took taken taking seize seizes seized seizing gain gains gained gaining assume assumes assumed wrest wrested retake retook retaken regain regained tighten tightens tightened deny denies denied denying carry carries carried carrying conduct conducts conducted conducting launch launches launched launching stage stages staged mount mounts mounted mounting perpetrate perpetrated execute executed wage wages waged waging declare declares declared declaring vow vows vowed vowing have has had having maintain maintains maintained maintaining establish establishes established establishing set sets forge forges forged forming form forms formed build builds built develop develops developed enter entered enters leverage leverages leveraged run runs ran keep keeps kept deepen deepened strengthen strengthened claim claims claimed responsible is are was were remain remains remained locked engaged responded responds answered retaliated retaliates lead leads led leading orchestrate orchestrates orchestrated orchestrating mastermind masterminds masterminded masterminding plan plans planned planning organise organised organize organized commit commits committed committing',
)));

function withLightVerbs(hand: ReadonlySet<string>): ReadonlySet<string> {
  const out = new Set(hand);
  for (const v of WORDNET_LIGHT_VERBS) for (const form of inflect(v.lemma, 'verb')) out.add(form);
  return out;
}

/** Prepositions that introduce the other side of a nominal trigger. */
export const NOUN_PREPS: ReadonlyMap<Predicate, ReadonlySet<string>> = new Map<Predicate, ReadonlySet<string>>([
  ['attacked', new Set(['on', 'against', 'in', 'at', 'inside', 'targeting'])],
  ['arrested', new Set(['of'])],
  ['sponsors', new Set(['for', 'to', 'of'])],
  ['allied_with', new Set(['with', 'to', 'between'])],
  ['hostile_to', new Set(['with', 'against', 'on', 'between', 'toward', 'towards'])],
  ['operates_in', new Set(['in', 'across', 'near', 'inside', 'within', 'throughout', 'at', 'of'])],
]);

/** Reporting verbs: their subject asserts what follows (or what precedes, after a comma). */
const HAND_REPORT_VERBS: ReadonlySet<string> = new Set(forms(
  'say says said tell tells told claim claims claimed allege alleges alleged state states stated add adds added note notes noted assert asserts asserted reveal reveals revealed report reports reported warn warns warned believe believes believed interpret interprets interpreted indicate indicates indicated suggest suggests suggested accuse accuses accused describe describes described flag flags flagged identify identifies identified name names named designate designates designated argue argues argued insist insists insisted confirm confirms confirmed acknowledge acknowledges acknowledged admit admits admitted deny denies denied detail details detailed remark remarks remarked explain explains explained allege contend contends contended maintain maintains testify testified disclose disclosed find finds found conclude concludes concluded show shows showed assess assesses assessed estimate estimates estimated',
));

/** A hand set of verb forms plus the inflected verbs of WordNet senses (src/nlp/wordnet). */
function verbForms(hand: ReadonlySet<string>, senses: readonly SenseName[]): ReadonlySet<string> {
  const out = new Set(hand);
  for (const name of senses) for (const lemma of TRIGGERS[name].verbs) for (const form of inflect(lemma, 'verb')) out.add(form);
  return out;
}

/** Reporting verbs: the hand list, plus WordNet's reporting and hedging verbs ("announced", "incriminated"). */
export const REPORT_VERBS: ReadonlySet<string> = verbForms(HAND_REPORT_VERBS, ['reporting', 'hedge']);
/** Verbs whose subject speaks for what follows, reporting or denying it ("said", "dismissed", "rejected"). */
export const SPEAKING_VERBS: ReadonlySet<string> = verbForms(HAND_REPORT_VERBS, ['reporting', 'hedge', 'denial']);

/** Reporting verbs that also mark the claim as uncertain ("analysts believe"). */
export const HEDGING_REPORT_VERBS: ReadonlySet<string> = verbForms(new Set(forms('believe believes believed suspect suspects suspected allege alleges alleged')), ['hedge']);

/** Reporting verbs that deny what follows ("the Front denied any link to …"). */
export const DENYING_REPORT_VERBS: ReadonlySet<string> = verbForms(new Set(forms('deny denies denied reject rejects rejected dismiss dismissed')), ['denial']);

/** Hedge cues inside a claim's clause. */
export const HEDGES: ReadonlySet<string> = new Set(forms(
  'reportedly allegedly alleged purportedly supposedly apparently possibly probably likely perhaps may might could believed suspected rumoured rumored presumably appears appear appeared seems seem seemed seemingly purported suspect possible unconfirmed unverified',
));

/** Two-word hedges ("said to", "seen as", "if not"). */
export const HEDGE_PAIRS: ReadonlySet<string> = new Set(['said to', 'thought to', 'seen as', 'if not', 'understood to', 'claimed to', 'alleged to', 'believed to', 'suspected of', 'accused of']);

export const NEGATIONS: ReadonlySet<string> = new Set(forms("not n't never no none neither nor without"));

/** Nouns that head an unnamed source ("analysts", "a classified dossier", "police"). */
export const SOURCE_HEADS: ReadonlySet<string> = new Set(forms(
  'lawyer lawyers attorney attorneys relatives family aide aides spokesmen analysts analyst officials official sources source police investigators investigator experts expert observers observer authorities diplomats diplomat residents witnesses witness reports report dossier dossiers document documents media intelligence agencies agency officers officer ministry government spokesman spokesperson prosecutors prosecutor military army statement sources researchers researcher assessment assessments findings files leaders commanders security journalists correspondent insiders insider people villagers survivors survivor activists activist',
));

/** Place nouns that sit between a place and the place containing it ("a district in", "the Varn district of"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(forms(
  'district districts city cities town towns province provinces region regions village villages area areas state states county counties capital suburb suburbs neighbourhood neighborhood valley valleys municipality department prefecture governorate territory territories border enclave port outskirts hub heartland zone',
));

/** Nouns that make one organisation a component of another ("a wing of", "an affiliate of"). */
export const PART_NOUNS: ReadonlySet<string> = new Set(forms(
  'branch branches wing wings affiliate affiliates faction factions offshoot offshoots chapter chapters arm arms unit units province franchise subsidiary splinter component components division front fronts cell cells outfit platform',
));

/** Verbs that list the components of a body ("a team comprising A, B and C"). */
export const COMPRISING: ReadonlySet<string> = new Set(forms('comprising comprised comprises comprise consisting including includes included'));

/** Unnamed-actor words after which a pronoun or title should not reach across. */
export const BE_FORMS: ReadonlySet<string> = new Set(forms('is are was were be been being am'));

/**
 * Definite descriptions of an organisation ("the group", "the junta", "the peacekeepers"), by head noun.
 * A description takes the most recent organisation it fits. `role`: the antecedent's name, or a noun the
 * document used for it ("the CMS junta", "LISFOR, the regional force"), must hold one of these words;
 * such a description names its referent narrowly enough to reach `ROLE_REACH` sentences back, where a
 * bare "the group" reaches only into the previous sentence. `notRole`: words that rule an antecedent out
 * ("the rebels" are never the army). `prefer`: among candidates in reach, one with these words wins.
 */
export interface DescriptionClass {
  readonly role?: ReadonlySet<string>;
  readonly notRole?: ReadonlySet<string>;
  readonly prefer?: ReadonlySet<string>;
}
const STATE_BODIES = new Set(forms('army armed military police ministry government mission nations agency intelligence navy gendarmerie council junta regime peacekeepers peacekeeping'));
const ARMED_GROUPS = new Set(forms('militia militias brigade brigades battalion front army guard forces force movement group'));
const GENERIC: DescriptionClass = {};
const UNIT_ROLES = new Set(forms('battalion brigade regiment contingent division unit squadron force forces army mission peacekeeping guard corps'));
const NON_STATE: DescriptionClass = { notRole: STATE_BODIES };
/** What `fits` (coref.ts) adds to the words of an ordinal-numbered unit's name. */
export const NUMBERED_UNIT = '#numbered-unit';
export const DESCRIPTIONS: ReadonlyMap<string, DescriptionClass> = table<DescriptionClass>([
  // A government, its police, a junta or a mission is no "group": "the Alder-backed group" skips the government that accused it.
  ['group outfit network faction', { notRole: new Set(forms('government ministry police navy gendarmerie agency intelligence mission nations peacekeepers peacekeeping junta regime')) }],
  ['organisation organization', GENERIC],
  ['movement', { prefer: new Set(['movement']) }],
  // A numbered unit ("the 3rd Brigade") belongs to a regular army: no militia (see `fits` in coref.ts).
  ['militia', { prefer: ARMED_GROUPS, notRole: new Set([...forms('ministry government police mission nations agency intelligence'), NUMBERED_UNIT]) }],
  ['rebels insurgents militants jihadists extremists terrorists guerrillas guerillas insurgency islamists separatists', NON_STATE],
  // A noun that heads the name it stands for: "the council" for the Osk Council, "the cartel", "the bureau".
  ...forms('council committee coalition alliance front union cartel party command bureau directorate ministry agency service brotherhood federation league commission authority administration').map((w): readonly [string, DescriptionClass] => [w, { role: new Set([w]) }]),
  ['junta regime', { role: new Set(forms('junta regime military council committee government')) }],
  // "the army" is the whole army, never one of its numbered units ("the army's 4th Division").
  ['army military', { role: new Set(forms('army armed military defence defense')), notRole: new Set([NUMBERED_UNIT]) }],
  // "the force" prefers a body named a force (the Stabilisation Force) over an army it fights beside.
  ['force', { role: new Set(forms('force forces mission brigade battalion corps guard army')), prefer: new Set(forms('force forces')) }],
  ['peacekeepers mission', { role: new Set(forms('mission peacekeeping peacekeepers peacekeeper stabilization stabilisation force united nations un african union')) }],
  // A unit of a force ("the battalion's deputy commander") is read as the force the text last named.
  // "the brigade" prefers a body named a brigade over the division it belongs to.
  ...forms('battalion brigade regiment contingent division unit squadron').map((w): readonly [string, DescriptionClass] => [w, { role: UNIT_ROLES, prefer: new Set([w]) }]),
]);
/** Words a definite description may use for an organisation: the heads of `DESCRIPTIONS`. */
export const ORG_ANAPHORS: ReadonlySet<string> = new Set(DESCRIPTIONS.keys());
export const PLACE_ANAPHORS: ReadonlySet<string> = new Set(forms('province region district country city town area'));
export const ANAPHOR_MODIFIERS: ReadonlySet<string> = new Set(forms('terror terrorist militant jihadist jihadi extremist armed insurgent banned proscribed outlawed separatist islamist same'));

/** What the participle of "an Alder-backed militia", "a Front-linked cell", "an Osk-based unit" says the first word is to the noun; `inverse` when the noun is the subject ("based in Osk"). */
export interface ParticipleSense { readonly predicate: Predicate; readonly inverse: boolean }
const participles = (words: string, sense: ParticipleSense): Array<[string, ParticipleSense]> => words.split(' ').map((w) => [w, sense]);
/**
 * Only a person is anyone's leader_of (FORMAT.md); a state or a body that leads ("the Saudi-led coalition",
 * "a NATO-led mission") directs it, which the vocabulary reads as sponsors, with "leader" as the role.
 */
export const ledBy = (predicate: Predicate, leader: EntityType): Predicate => (predicate === 'leader_of' && leader !== 'person' ? 'sponsors' : predicate);

export const HYPHEN_PARTICIPLES: ReadonlyMap<string, ParticipleSense> = new Map([
  ...participles('backed funded sponsored supported trained armed protected sheltered controlled directed sanctioned financed bankrolled', { predicate: 'sponsors', inverse: false }),
  ...participles('led run headed commanded', { predicate: 'leader_of', inverse: false }),
  ...participles('linked affiliated allied aligned tied connected', { predicate: 'allied_with', inverse: false }),
  ...participles('based headquartered', { predicate: 'operates_in', inverse: true }),
]);
