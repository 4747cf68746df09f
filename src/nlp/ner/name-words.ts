// Word classes the NER post-rules read a name by: heads that make it an event, a work, an organisation
// or a place, openers of armed groups' names, titles and faith adjectives. Separate so the span trims,
// the span typing and the sentence passes share one list.

// Heads that make a named span a bounded happening ("the 2008 Mumbai attacks", "a bus massacre")
// or a named document, publication or recording ("the Doha Agreement", "Dabiq magazine").
export const EVENT_HEAD = /^(attacks?|massacres?|bombings?|blasts?|explosions?|sieges?|shootings?|killings?|assaults?|uprising|insurgency|war|riots?|offensive|hijacking|kidnapping)$/i;
export const WORK_HEAD = /^(agreements?|accords?|treaty|declaration|charter|pact|resolution|report|dossier|magazine|newsletter|journal|video|documentary|book|manifesto|memorandum|doctrine)$/i;
export const WORK_TRAILER = /^(magazine|newsletter|video|documentary|report|book|film|podcast)$/;
export const YEAR = /^(1[89]|20)\d\d$/;
// Head words of organisation names: "Azim Media Foundation", "Osk Unity Council".
export const ORG_HEAD = /^(foundation|council|movement|army|front|party|brigades?|battalion|network|agency|ministry|department|bureau|institute|university|college|company|corporation|corp\.?|inc\.?|ltd\.?|group|organi[sz]ation|association|committee|commission|forces?|police|rangers|service|branch|league|union|society|trust|bank|federation|alliance|coalition|mujahideen|directorate|command|corps|guard|militia|cell|wing|mission|mujahideen|times|post|herald|tribune|guardian|gazette|chronicle|telegraph|observer|express|daily|dawn|radio|television|broadcasting|courier|monitor|review|weekly|bulletin|digest|mirror|sentinel|inquirer|dispatch)$/i;
// Urdu, Persian and Arabic words for army, movement, party, front or brigade that open the names of
// armed groups, joined to the rest by an izafa or article ("Lashkar-e-…", "Harkat-ul-…", "Jabhat al-…").
export const ORG_OPENER = /^(lashkar|jaish|harkat|tehreek|tehrik|tahreek|jamaat|jamiat|sipah|sipah-e|hizb|hezb|ansar|jabhat|kataib|liwa|majlis|tanzeem|tanzim|fedayeen|mujahideen)$/i;
export const IZAFA_NAME = /^(\p{Lu}\p{Ll}+)-(e|i|ul|al|ud|ur|ut|us|un|ash|as|ad|an|el)-\p{Lu}/u;
// Words that open the name of a natural feature, and heads of facilities, which the guidelines type as places.
export const PLACE_FIRST = /^(Mount|Mt\.?|Lake|Lakes|Cape|Gulf|Bay|Jabal|Jebel|Wadi)$/;
export const FACILITY_HEAD = /^(barrage|dam|reservoir|mosque|hospital|airport|airbase|bridge|square|municipality|penitentiary|prison|stadium|shrine|mountains|hills|plain|desert|island|islands|peninsula|highway|crossing|pass)$/i;
// Heads that make a place even of what the tagger took for a group ("Durand Line"); "City" and "State" do not ("Manchester City").
export const STRONG_GEO_HEAD = /^(province|district|valley|river|mountains|line|region|county|governorate|oblast|prefecture|tehsil)$/i;
// Common nouns that follow a place name: "Osk district", "Brell province", "Kessa Valley".
export const GEO_NOUN = /^(district|districts|province|provinces|region|regions|valley|county|counties|city|cities|town|towns|village|villages|state|states|border|borderlands|area|tehsil|agency|governorate|governorates|oblast|prefecture|capital|mountains|river|line)$/i;
// Titles that CoNLL leaves outside a name but that news copy glues to it: "Movement Chairman Dr. X", "Emir".
export const TITLE = /^(mr|mrs|ms|dr|prof|gen|lt|col|maj|capt|sgt|sen|rep|gov|pres|president|prime|premier|minister|chairman|chairperson|chief|commander|emir|amir|spokesman|spokesperson|leader|head|director|secretary|general|colonel|major|captain|brigadier|lieutenant|senator|governor|mayor|judge|justice|ambassador|envoy|deputy|founder|coordinator|adviser|advisor|ingeniero|ingeniera|licenciado|licenciada|doctora|don|doña|señor|señora|senhor|senhora|coronel|comandante|capitán|capitão|teniente|tenente|sargento|général|colonel)\.?$/i;

// Religious and sectarian adjectives: like demonyms, they qualify a name without being part of it.
export const FAITH_ADJECTIVE = /^(sunni|shia|shi'ite|shi’ite|shiite|muslim|christian|hindu|sikh|jewish|buddhist|islamist|salafi|salafist|deobandi|barelvi|wahhabi|sufi|catholic|protestant|orthodox|alawite|druze|yazidi)$/i;
