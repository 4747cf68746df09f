import type { EntityType } from '../core/index.js';
import { acronymOf } from './acronym.js';
import { CONNECTORS, contentWords, foldCase, nameKey, splitWords, tokenKey } from './transliteration.js';

/** What resolution reads from one mention's text. */
export interface SurfaceForm {
  /** The name as written, whitespace collapsed, article and possessive removed. */
  readonly name: string;
  /** The fuller form as written, kept as an alias: the name with a stripped title ("Dr Naseem Varro"), or an outlet's web address ("Varnwatch.org"). */
  readonly titled: string | null;
  /** A nickname written in quotes inside the name: Tomas "the Heron" Vell → "the Heron". */
  readonly nickname: string | null;
  /** A short form the text gives in brackets inside the mention: "Red Valley Front (RVF)" → "RVF". */
  readonly bracketed: string | null;
  /** Spelling-insensitive key of the whole name (see nameKey). */
  readonly key: string;
  /** Upper-case letters and digits when the name is written as initials ("LeT" → "LET"), else null. */
  readonly acronym: string | null;
  /** Folded word keys, connectors dropped; for persons, leading honorifics dropped too. */
  readonly core: readonly string[];
  /** The person name opens with an honorific that is part of how the person is known (Hafiz, Haji, Mir). */
  readonly honorific: string | null;
}

// Titles that are not part of a person's name: "Gen. Tarek Olm" and "Tarek Olm" are one name.
// Multi-word titles are peeled one word at a time ("Lt. Gen.", "Field Marshal").
const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'gen', 'general', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'brig', 'brigadier',
  'cmdr', 'commander', 'adm', 'admiral', 'sgt', 'sergeant', 'cpl', 'corporal', 'pvt', 'field', 'marshal', 'air', 'vice', 'rear',
  'president', 'prime', 'minister', 'pm', 'sen', 'senator', 'rep', 'gov', 'governor', 'judge', 'justice', 'chief',
  'sheikh', 'shaikh', 'sheik', 'shaykh', 'maulana', 'mawlana', 'maulvi', 'mawlawi', 'mullah', 'mulla', 'mufti', 'imam',
  'ayatollah', 'king', 'queen', 'prince', 'princess', 'emir', 'amir', 'commissioner', 'inspector', 'superintendent',
  // Spanish, Portuguese and French, compared without accents ("Capitán", "Comisario", "Licenciada").
  'comandante', 'subcomandante', 'comisario', 'comissario', 'coronel', 'teniente', 'tenente', 'capitan', 'capitao', 'sargento',
  // Not "Don" or "Maire", which are also given names.
  'licenciado', 'licenciada', 'ingeniero', 'ingeniera', 'doctora', 'senor', 'senora', 'presidente', 'presidenta',
  'gobernador', 'gobernadora', 'governador', 'alcalde', 'alcaldesa', 'prefeito', 'diputado', 'diputada', 'deputado', 'senador', 'senadora',
  'ministro', 'ministra', 'juez', 'jueza', 'juiz', 'fiscal', 'delegado', 'delegada', 'commandant', 'capitaine', 'adjudant', 'sergent',
  'ministre', 'prefet',
]);

// Honorifics that South Asian and Arabic usage keeps as part of the name by which a person is known
// ("Hafiz Saeed", "Haji Sahab"): kept in the name, ignored when comparing full names word by word.
export const NAME_HONORIFICS: ReadonlySet<string> = new Set([
  'hafiz', 'haji', 'hajji', 'mir', 'mian', 'qari', 'syed', 'sayyid', 'sayed', 'sardar', 'nawab', 'khwaja', 'pir', 'sahibzada', 'allama', 'hazrat',
]);

// Religious titles that, with a single name, are the name a person goes by ("Mullah Varro").
// A guerrilla's "Comandante Varro" is likewise the name he goes by.
const RELIGIOUS_TITLES: ReadonlySet<string> = new Set(['sheikh', 'shaikh', 'sheik', 'shaykh', 'maulana', 'mawlana', 'maulvi', 'mawlawi', 'mullah', 'mulla', 'mufti', 'imam', 'ayatollah',
  'comandante', 'subcomandante']);

const QUOTED = /["“”]([^"“”]{1,40})["“”]/;
const BRACKETED = /^(.*?\S)\s*\(([^()]{1,60})\)$/;

/**
 * Reads a mention's text into the name, its stripped title, nickname and short form.
 * @example parseSurfaceForm("Gen. Tarek Olm's", 'person').name === 'Tarek Olm'
 */
export function parseSurfaceForm(text: string, type: EntityType): SurfaceForm {
  let name = text.replace(/\s+/g, ' ').trim();
  let bracketed: string | null = null;
  const bracket = BRACKETED.exec(name);
  if (bracket) {
    name = bracket[1]!;
    bracketed = bracket[2]!.trim();
  }
  name = stripEdges(name);
  let nickname: string | null = null;
  const quoted = QUOTED.exec(name);
  if (quoted && name.replace(QUOTED, '').trim().length > 0) {
    nickname = stripEdges(quoted[1]!);
    name = name.replace(QUOTED, ' ').replace(/\s+/g, ' ').trim();
  }
  name = stripEdges(name);
  // "Varnwatch.org" is the outlet Varnwatch named by its web address, which stays an alias.
  let address: string | null = null;
  if (!/\s/.test(name)) {
    const bare = name.replace(/^(?:www\.)?([\p{L}][\p{L}\p{N}-]+)\.(?:com|org|net|info|news|co\.uk|co|in|pk|af|tv)$/iu, '$1');
    if (bare !== name) [address, name] = [name, bare];
  }
  let titled: string | null = address;
  if (type === 'person') {
    const untitled = stripTitles(name);
    // "Mullah Varro", "Sheikh Vendi": a religious title with one name is how such a person is known,
    // so it stays, as an honorific, rather than leaving a bare surname ("Dr Varro" → "Varro" does not).
    const keepsReligiousTitle = !untitled.includes(' ') && RELIGIOUS_TITLES.has(foldCase(name.slice(0, name.length - untitled.length).trim().split(' ').pop() ?? '').replace(/\.$/, ''));
    if (untitled !== name && untitled.length > 0 && !keepsReligiousTitle) {
      titled = name;
      name = untitled;
    }
  }
  const words = splitWords(foldCase(name));
  let core = type === 'person' ? personWords(name) : contentWords(name).map(tokenKey);
  let honorific: string | null = null;
  if (type === 'person' && core.length > 1 && (NAME_HONORIFICS.has(words[0]!) || RELIGIOUS_TITLES.has(words[0]!))) {
    honorific = words[0]!;
    core = core.slice(1);
  }
  // A person's name in capitals ("VARRO" in a byline) is a name, not initials; "MBS" may be initials.
  const acronym = acronymOf(name);
  return { name, titled, nickname, bracketed, key: nameKey(name), acronym: type === 'person' && acronym !== null && acronym.length > 3 ? null : acronym, core, honorific };
}

// Particles that belong to the surname after them: "Osama bin Varro" is known as "bin Varro".
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint', 'van', 'von']);

/**
 * The word keys of a person's name. A hyphenated surname is one word ("Mahjar-Varro"), but an
 * Arabic article before a hyphen is dropped ("al-Varro", "At-Turvel"); a particle joins the surname
 * after it ("bin Varro"); dotted initials are words of their own ("A.Q. Varro" → a, q, varro), and an
 * initial is never taken for a connector ("E. Varro").
 */
export function personWords(name: string): string[] {
  const out: string[] = [];
  let particle = '';
  for (const raw of name.split(/\s+/).flatMap((w) => (/^(?:\p{L}\.)+$/u.test(w) ? w.split('.').filter(Boolean) : [w]))) {
    const parts = raw.split(/[-‐‑‒–—]/).filter((part) => part.length > 0);
    while (parts.length > 1 && CONNECTORS.has(foldCase(parts[0]!))) parts.shift();
    const word = foldCase(parts.join('')).replace(/[^\p{L}\p{N}]/gu, '');
    if (word === '' || (CONNECTORS.has(word) && !/^\p{Lu}\.?$/u.test(raw))) continue;
    if (SURNAME_PARTICLES.has(word)) {
      particle += word;
      continue;
    }
    out.push(tokenKey(particle + word));
    particle = '';
  }
  if (particle !== '') out.push(tokenKey(particle));
  return out.length > 0 ? out : contentWords(name).map(tokenKey);
}

// "the Taliban's" → "Taliban": the article and the possessive are grammar, not name.
function stripEdges(text: string): string {
  let name = text.replace(/^[\s"“”'‘’(\[]+|[\s"“”'‘’)\],.;:]+$/g, '');
  name = name.replace(/(?:['’]s|s['’])$/i, (m) => (m[0] === 's' ? 's' : ''));
  name = name.replace(/^the\s+/i, '');
  // "anti-Red Valley Front", "pro-Olmvik": the prefix makes an adjective of the name; the name is what follows.
  name = name.replace(/^(?:anti|pro|ex|non|post|pre|neo)[-‐‑]\s*(?=\p{Lu})/u, '');
  return name.replace(/^[\s"“”'‘’(\[]+|[\s"“”'‘’)\],.;:]+$/g, '');
}

function stripTitles(name: string): string {
  const parts = name.split(' ');
  let i = 0;
  // A lower-case word before a person's name describes them ("former", "slain", "deputy"): names are capitalised.
  // Particles ("bin Varro", "de Vell") are lower case and part of the name.
  const isTitle = (word: string): boolean => TITLES.has(foldCase(word).replace(/\.$/, ''))
    || (/^\p{Ll}+$/u.test(word) && !SURNAME_PARTICLES.has(word) && !CONNECTORS.has(word));
  while (i < parts.length - 1 && isTitle(parts[i]!)) i++;
  return parts.slice(i).join(' ');
}

// Capitalised words right before a mention: the candidates for a title the tagger left out of the name.
const CAPITALISED_BEFORE = /(?:\p{Lu}[\p{L}.]*(?:[-‐‑]\p{L}[\p{L}.]*)?\s+)+$/u;

/**
 * The title or honorific written right before a person's name but outside the mention ("Lieutenant-Colonel"
 * before "Oumar Varro", "Mian" before "Saqib Varro"), so that form can be kept as an alias as when the tagger
 * includes it; null when none.
 * @example titleBefore('said Major General Tarek Olm', 19) === 'Major General'
 */
export function titleBefore(text: string, start: number): string | null {
  const capitalised = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  if (!capitalised) return null;
  const words = capitalised[0].trim().split(/\s+/);
  let k = words.length;
  const isTitle = (part: string): boolean => {
    const word = foldCase(part).replace(/\.$/, '');
    return TITLES.has(word) || NAME_HONORIFICS.has(word);
  };
  while (k > 0 && words[k - 1]!.split(/[-‐‑]/).every(isTitle)) k--;
  return k === words.length ? null : words.slice(k).join(' ');
}

/** Parses each (text, type) once: a case repeats the same few thousand names across its mentions. */
export class SurfaceFormCache {
  // Only people have titles stripped, so every other type parses alike.
  private readonly people = new Map<string, SurfaceForm>();
  private readonly others = new Map<string, SurfaceForm>();

  /** Parsing is pure, so one cache may serve every run; past `maxEntries` it starts afresh rather than grow. */
  constructor(private readonly maxEntries = 200_000) {}

  get(text: string, type: EntityType): SurfaceForm {
    const isPerson = type === 'person';
    const map = isPerson ? this.people : this.others;
    let form = map.get(text);
    if (!form) {
      form = parseSurfaceForm(text, isPerson ? 'person' : 'organization');
      if (map.size >= this.maxEntries) map.clear();
      map.set(text, form);
    }
    return form;
  }
}
