// Spelling-insensitive keys for names. One name reaches English news in several romanisations
// (Tehrik / Tehreek, Taiba / Tayyiba, Qaeda / Qaida, Hussein / Hussain); these rules fold the
// common vowel and doubling differences so such variants share a key. They are general rules about
// romanised Arabic, Persian, Urdu and Turkish names, never a list of names.

/** Words that join the parts of a name without naming anything: "Lashkar-e-Taiba", "Jamaat-ul-Ahrar", "Islamic State of Iraq". */
export const CONNECTORS: ReadonlySet<string> = new Set([
  'e', 'i', 'ul', 'al', 'el', 'ud', 'ur', 'us', 'ut', 'ad', 'ar', 'as', 'at', 'an', 'az', 'ash', 'wal',
  'of', 'in', 'the', 'and', 'for', 'de', 'da', 'di', 'du', 'del', 'la', 'le', '&',
]);

/** The letter tokenKey writes for a romanised dh (see sameWord). */
const DHAL = 'ð';

const NON_DECOMPOSING: Readonly<Record<string, string>> = { 'ı': 'i', 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'đ': 'd', 'ł': 'l', 'þ': 'th' };

/** Lower case without accents or apostrophes: "Milli İstihbarat Teşkilatı" → "milli istihbarat teskilati". */
export function foldCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ıøæœßđłþ]/g, (ch) => NON_DECOMPOSING[ch] ?? ch)
    .replace(/['’‘`ʼʻ]/g, '');
}

// Day numbers written as words in the names of movements ("Movimiento Doce de Abril" / "… 12 de Abril"),
// from three on: "un", "dos", "um" are also articles and particles.
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15,
  dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, treinta: 30,
  quatro: 4, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12, treze: 13, quatorze: 14, quinze: 15, vinte: 20, trinta: 30,
  trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12, treize: 13, seize: 16, vingt: 20, trente: 30,
}).map(([word, n]) => [word, String(n)]));

/**
 * Folds one lower-case word to its romanisation-insensitive form.
 * @example tokenKey('tehreek') === tokenKey('tehrik'); tokenKey('tayyiba') === tokenKey('taiba')
 */
export function tokenKey(word: string): string {
  const number = NUMBER_WORDS.get(word);
  if (number !== undefined) return number;
  // Kh is written x in Kurdish, Uzbek and Azeri Latin, and sh is ş, which loses its cedilla in
  // English copy: Shakhvar / Şaxvar / Saxvar, Teşkilatı / Teskilati / Teshkilati.
  let w = word.replace(/ph/g, 'f').replace(/kh/g, 'x').replace(/sh/g, 's');
  // A y inside a word is a vowel or glide that other romanisations write as i: Tayyiba / Taiba, Sayed / Saied.
  w = w.length > 1 ? w[0] + w.slice(1).replace(/y/g, 'i') : w;
  w = w.replace(/ee/g, 'i').replace(/oo/g, 'u').replace(/o/g, 'u');
  // French romanisation writes u as ou and drops the glide w: Kaluwi / Kaloui, Usayd / Oussaïd.
  w = w.replace(/uw(?=[aeiu])/g, 'u');
  // A final h after a vowel is the silent feminine ending: Dujanah / Dujana.
  w = w.length > 4 ? w.replace(/([aeiu])h$/, '$1') : w;
  // British and American spelling: Stabilisation / Stabilization, Defence / Defense.
  w = w.replace(/iz(?=[aeiu])/g, 'is').replace(/nce$/, 'nse');
  // Diphthongs written three ways: Hussein / Hussain, Qaeda / Qaida, Sheikh / Shaikh.
  w = w.replace(/ei/g, 'ai').replace(/ae/g, 'ai');
  // Consonants romanised two ways: Qaeda / Kaida, Wadi / Vadi.
  w = w.replace(/q/g, 'k').replace(/ck/g, 'k').replace(/w/g, 'v');
  // Dhal and dad are written dh, d or z (Kadhafi / Qaddafi, Dhahiri / Zahiri): kept as one letter that
  // sameWord lets match either, since d and z apart are two letters (Daman / Zaman).
  w = w.replace(/dh/g, DHAL);
  return w.replace(/(.)\1+/g, '$1');
}

/** Splits a folded name into words, treating hyphens, dashes, dots and slashes as spaces. */
export function splitWords(folded: string): string[] {
  return folded.split(/[\s\-‐‑‒–—/.,()"“”]+/).filter((w) => w.length > 0);
}

// Direction and place words of French, Spanish and Portuguese place names, keyed as English writes
// them ("Haut-Orvan" / "Upper Orvan"). Not "sur" or "est", which are also names and words.
const PLACE_WORDS: ReadonlyMap<string, string> = new Map([
  ['haut', 'upper'], ['haute', 'upper'], ['alto', 'upper'], ['alta', 'upper'], ['bas', 'lower'], ['basse', 'lower'], ['bajo', 'lower'], ['baja', 'lower'],
  ['nord', 'north'], ['norte', 'north'], ['ouest', 'west'], ['oeste', 'west'],
  ['rio', 'river'], ['riviere', 'river'], ['lago', 'lake'], ['lac', 'lake'], ['monte', 'mount'], ['mont', 'mount'],
]);
const LEADING_PLACE_NOUNS: ReadonlySet<string> = new Set(['river', 'lake', 'mount'].map((w) => tokenKey(w)));

/**
 * The key under which spelling variants of a multi-word name meet: connectors dropped, each word folded.
 * @example nameKey('Lashkar-e-Tayyiba') === nameKey('Lashkar-e-Taiba')   // 'lashkar taiba'
 */
export function nameKey(name: string): string {
  const words = contentWords(name).map((w) => tokenKey(PLACE_WORDS.get(w) ?? w));
  // "Río Pindamo" / "Pindamo River": a place noun that opens a name in Spanish or French closes it in English.
  if (words.length >= 2 && LEADING_PLACE_NOUNS.has(words[0]!)) words.push(words.shift()!);
  return words.join(' ');
}

/**
 * The folded words of a name without its connectors. A connector written in capitals inside a
 * mixed-case name is a word of its own, not a connector: "US Army" is not "Army".
 */
export function contentWords(name: string): string[] {
  const raw = splitWords(name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/['’‘`ʼʻ]/g, ''));
  const mixedCase = /[a-z]/.test(name);
  const words = raw.map(foldCase);
  const content = words.filter((w, i) => !CONNECTORS.has(w) || (mixedCase && raw[i]!.length >= 2 && raw[i] === raw[i]!.toUpperCase()));
  return content.length > 0 ? content : words;
}

/** Consonants only, first letter kept: the block in which two spellings of one word can meet. */
export function skeleton(key: string): string {
  return key.length === 0 ? key : key[0] + key.slice(1).replace(/[aeiou]/g, '');
}

function vowelGroups(key: string): string[] {
  return key.match(/[aeiou]+/g) ?? [];
}

/** Letters a word needs before its consonants alone may match it: below this, Saad is not Saeed. */
export const MIN_SKELETON_WORD_LENGTH = 5;

/**
 * Two folded words are one name spelt twice: equal keys, or (for words long enough that a collision
 * is unlikely) the same consonants in the same order and the same vowels but for one —
 * Mohammad / Mohammed, Rahman / Rehman; but not Salman / Sulaiman, Saad / Saeed or Dunmere / Danmore.
 */
export function sameWord(a: string, b: string, minSkeletonLength = MIN_SKELETON_WORD_LENGTH): boolean {
  if (a === b) return true;
  if (a.includes(DHAL) || b.includes(DHAL)) {
    const as = (letter: string, w: string): string => w.replaceAll(DHAL, letter);
    return sameWord(as('d', a), as('d', b), minSkeletonLength) || sameWord(as('z', a), as('z', b), minSkeletonLength);
  }
  if (a.length < minSkeletonLength || b.length < minSkeletonLength) return false;
  if (a[0] !== b[0] || skeleton(a) !== skeleton(b)) return false;
  const va = vowelGroups(a);
  const vb = vowelGroups(b);
  if (va.length !== vb.length) return droppedVowel(a, b, va, vb);
  let differing = 0;
  let backVowelsOnly = true;
  for (let i = 0; i < va.length; i++) {
    if (va[i] === vb[i]) continue;
    differing++;
    if (!/^[au]$/.test(va[i]!) || !/^[au]$/.test(vb[i]!)) backVowelsOnly = false;
  }
  // Tajik and Uzbek spelling writes o where Persian romanisation writes a: Shodmon / Shadman.
  return differing <= 1 || (differing === 2 && backVowelsOnly && a.length >= 6);
}

// Arabic as West African and older romanisations write it: the case vowel kept on a word (Jama'atu /
// Jama'at) and the article fused to the word before (Ansaril Ribat / Ansar al-Ribat, Nasirus Vorna /
// Nasir as-Vorna). Endings in -a are left out: -an, -al, -at also make English adjectives (Ostrian, National).
const ARABIC_FUSED_ENDING = /^(?:[ui]|[iu][lsrtdzn])$/;

/**
 * One word of a group's name with or without a case vowel or a fused article, for stems long enough
 * to be words on their own (keys as tokenKey folds them).
 * @example sameWordInflected('ansaril', 'ansar') && sameWordInflected('jamatu', 'jamat')
 */
export function sameWordInflected(a: string, b: string): boolean {
  if (sameWord(a, b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && ARABIC_FUSED_ENDING.test(long.slice(short.length));
}

/** Letters the shorter word needs before a vowel left out inside may be read as a spelling: Zawahri / Zawahiri. */
export const MIN_DROPPED_VOWEL_WORD_LENGTH = 6;

// One short vowel written in one spelling and left out in the other, inside the word (Zawahiri / Zawahri,
// Barakat / Barkat); not at its end, where a vowel makes another word (Ansar / Ansari, Kamal / Kamala).
function droppedVowel(a: string, b: string, va: readonly string[], vb: readonly string[]): boolean {
  const [short, long] = va.length < vb.length ? [a, b] : [b, a];
  if (Math.abs(va.length - vb.length) !== 1 || long.length !== short.length + 1 || short.length < MIN_DROPPED_VOWEL_WORD_LENGTH) return false;
  // Remove one vowel standing alone between consonants; what is left must be the shorter word letter for
  // letter (Zawahiri / Zawahri; not Aleksandra / Aleksandr, nor Mahamad / Mahmud, which also changes a vowel).
  for (let i = 1; i < long.length - 1; i++) {
    if (isVowel(long[i]!) && !isVowel(long[i - 1]!) && !isVowel(long[i + 1]!) && long.slice(0, i) + long.slice(i + 1) === short) return true;
  }
  return false;
}

const isVowel = (letter: string): boolean => /[aeiou]/.test(letter);

// Russian-style surname endings added to a name: Sabzali / Sabzaliev, Tokom / Tokomova.
const SLAVIC_ENDING = /^(?:ev|uv|eva|uva)$/;

/** One surname with and without a Russian-style ending, for surnames long enough to be names on their own. */
export function sameSurname(a: string, b: string): boolean {
  if (sameWord(a, b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short) && SLAVIC_ENDING.test(long.slice(short.length));
}
