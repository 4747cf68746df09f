// Resolution over fictional documents: every group, person and place here is invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity, ResolveResult } from '../../src/core/index.js';
import { resolveEntities } from '../../src/resolve/index.js';
import { isFictionalNationality, makeDocument } from './make-document.js';

const entityWith = (result: ResolveResult, form: string): Entity | undefined => result.entities.find((e) => e.aliases.includes(form) || e.name === form);
const sameEntity = (result: ResolveResult, a: string, b: string): boolean => {
  const ea = entityWith(result, a);
  return ea !== undefined && ea === entityWith(result, b);
};

const JOINED: ReadonlyArray<[name: string, documents: readonly string[], a: string, b: string, rule: string]> = [
  ['acronym defined in brackets', ['The [Red Valley Front|organization] ([RVF|organization]) grew.'], 'Red Valley Front', 'RVF', 'acronym-defined'],
  ['acronym in brackets that is not the initials', ['The [Forces Libres de Varnia|organization] ([VLF|organization]) grew.'], 'Forces Libres de Varnia', 'VLF', 'acronym-defined'],
  ['acronym in brackets first', ['[RVF|organization] ([Red Valley Front|organization]) grew.'], 'Red Valley Front', 'RVF', 'acronym-defined'],
  ['acronym by initials, same document', ['[Lashkar-e-Varnia|organization] fighters left. Later [LeV|organization] returned.'], 'Lashkar-e-Varnia', 'LeV', 'acronym-initials'],
  ['acronym by initials, other document', ['[Tehrik-e-Salar Ostria|organization] met.', 'Talks with [TSO|organization] failed.'], 'Tehrik-e-Salar Ostria', 'TSO', 'acronym-initials'],
  ['acronym defined elsewhere', ['[Orvan Watch|organization] ([OWG|organization]) spoke.', 'The [OWG|organization] said so.'], 'Orvan Watch', 'OWG', 'acronym-defined-elsewhere'],
  ['transliteration across documents', ['[Lashkar-e-Varnia|organization] met.', '[Lashkar-e-Varniya|organization] met.'], 'Lashkar-e-Varnia', 'Lashkar-e-Varniya', 'transliteration'],
  ['ee / i across documents', ['[Tehrik-e-Salar Ostria|organization] met.', '[Tehreek-e-Salar Ostria|organization] met.'], 'Tehrik-e-Salar Ostria', 'Tehreek-e-Salar Ostria', 'transliteration'],
  ['title stripped across documents', ['[Dr Naseem Varro|person] spoke.', '[Naseem Varro|person] spoke.'], 'Naseem Varro', 'Dr Naseem Varro', 'exact-name'],
  ['honorific dropped across documents', ['[Mir Shafiq Varro|person] spoke.', '[Shafiq Varro|person] spoke.'], 'Mir Shafiq Varro', 'Shafiq Varro', 'honorific-dropped'],
  ['middle name dropped across documents', ['[Rana Mohammad Ashvel|person] spoke.', '[Rana Ashvel|person] spoke.'], 'Rana Mohammad Ashvel', 'Rana Ashvel', 'middle-name-dropped'],
  ['surname after the full name', ['[Tarek Olm|person] arrived. [Olm|person] left.'], 'Tarek Olm', 'Olm', 'surname-in-document'],
  ['surname in capitals', ['By [TAREK OLM|person]. Later [OLMERT|person] wrote, and [Tarek Olmert|person].'], 'Tarek Olmert', 'OLMERT', 'surname-in-document'],
  ['given name after the full name', ['[Ehsanvel Darro|person] spoke. [Ehsanvel|person] added more.'], 'Ehsanvel Darro', 'Ehsanvel', 'given-name-in-document'],
  ['nickname in quotes', ['[Tomas "Heron" Vell|person] fled. [Heron|person] was seen later.'], 'Tomas Vell', 'Heron', 'nickname'],
  ['alias given in the text', ['[Tomas Vell|person], alias [Abu Ferro|person], fled.'], 'Tomas Vell', 'Abu Ferro', 'alias-in-text'],
  ['a nom de guerre he goes by', ['It is led by [Tomas Vell|person], who goes by the nom de guerre [Abu Ferro|person].'], 'Tomas Vell', 'Abu Ferro', 'alias-in-text'],
  ['an alias after an aside in brackets', ['[Tomas Vell|person] (born 1971 in Kessa), also known as [Abu Ferro|person], fled.'], 'Tomas Vell', 'Abu Ferro', 'alias-in-text'],
  ['"who is better known as"', ['[Tomas Vell|person], who is better known as [Abu Ferro|person], fled.'], 'Tomas Vell', 'Abu Ferro', 'alias-in-text'],
  ['"whose nom de guerre is"', ['[Tomas Vell|person], whose nom de guerre is [Abu Ferro|person], fled.'], 'Tomas Vell', 'Abu Ferro', 'alias-in-text'],
  ['an alias after a dash', ['The [Red Valley Front|organization] – known locally as [Sorkh Vadi|organization] – struck.'], 'Red Valley Front', 'Sorkh Vadi', 'alias-in-text'],
  ['"also called"', ['The [Red Valley Front|organization], also called [Sorkh Vadi|organization], struck.'], 'Red Valley Front', 'Sorkh Vadi', 'alias-in-text'],
  ['a group that calls itself', ['Raids by [Tarvel Column|organization], a faction that calls itself the [Dawn Column|organization], went on.'], 'Tarvel Column', 'Dawn Column', 'alias-in-text'],
  ['a name he signs as', ['[Tomas Vell|person], who signs his decrees as [Abu Ferro|person], spoke.'], 'Tomas Vell', 'Abu Ferro', 'alias-in-text'],
  ['"or simply" a short name', ['The [Osk Unity Council|organization], or simply "the [Council of Osk|organization]", met.'], 'Osk Unity Council', 'Council of Osk', 'alias-in-text'],
  ['a name restated after a dash', ['The [Ostan Islamic Union|organization] — [Ittifaqi Ostan|organization], as locals say — grew.'], 'Ostan Islamic Union', 'Ittifaqi Ostan', 'alias-in-text'],
  ['both family names without the given name', ['[Tomás Berro Alcázar|person] fled.', '[Berro Alcázar|person] was seen.'], 'Tomás Berro Alcázar', 'Berro Alcázar', 'given-name-dropped'],
  ['an article-led nickname clipping the given name', ['Police held [Fidencio Varro|person] and [Anselmo Quiroga|person]. [El Fide|person] kept the books.'], 'Fidencio Varro', 'El Fide', 'clipped-given-name-in-document'],
  ['the first family name alone', ['[Tomás Berro Alcázar|person] fled. Later [Berro|person] was seen.'], 'Tomás Berro Alcázar', 'Berro', 'first-family-name-in-document'],
  ['possessive and article', ['[Red Valley Front|organization] grew.', "[the Red Valley Front's|organization] men left."], 'Red Valley Front', 'Red Valley Front', 'exact-name'],
  ['words left out inside a group name', ['[Al-Vorna Media Foundation|organization] posted.', '[Al Vorna Foundation|organization] posted.'], 'Al-Vorna Media Foundation', 'Al Vorna Foundation', 'words-dropped'],
  ['a name without its "of" complement', ['The [Islamic Valley of Ostria and Varnia|organization] grew.', 'The [Islamic Valley|organization], the [Islamic Valley Khorasan Province|organization] or [Islamic Valley of Khorasan Province|organization].', 'The [Islamic Valley in Kessa|organization] is its affiliate.'], 'Islamic Valley', 'Islamic Valley of Ostria and Varnia', 'complement-dropped'],
  ['a case vowel and a fused article in a group name', ["[Jama'at Nasir al-Vorna|organization] struck.", "[Jama'atu Nasiril Vorna|organization] struck."], "Jama'at Nasir al-Vorna", "Jama'atu Nasiril Vorna", 'transliteration'],
  ['a one-word group spelt two ways', ['[Hezbvallah|organization] fired.', '[Hizbvallah|organization] fired.'], 'Hezbvallah', 'Hizbvallah', 'transliteration'],
  ['a one-word group and its plural', ['The [Varnis|organization] attacked.', 'A [Varni|organization] spokesman spoke.'], 'Varnis', 'Varni', 'plural-form'],
  ['antecedent from the NLP stage', ['[Ostrian Salar Council|organization] met. [the council|organization|ante=0] voted.'], 'Ostrian Salar Council', 'council', 'antecedent'],
];
for (const [name, texts, a, b, rule] of JOINED) {
  test(`joins: ${name}`, () => {
    const result = resolveEntities(texts.map((t, i) => makeDocument(`d${i}`, t)));
    assert.ok(sameEntity(result, a, b), `${name}: "${a}" and "${b}" should be one entity`);
    const entity = entityWith(result, a)!;
    assert.ok(entity.merges.some((m) => m.rule === rule), `${name}: expected a "${rule}" reason, got ${entity.merges.map((m) => m.rule).join(', ')}`);
  });
}

test('every merged entity says why, naming mentions it contains', () => {
  const result = resolveEntities([
    makeDocument('d0', 'The [Red Valley Front|organization] ([RVF|organization]) met [Tarek Olm|person]. [Olm|person] left.'),
    makeDocument('d1', '[RVF|organization] and [Gen. Tarek Olm|person].'),
  ]);
  for (const entity of result.entities) {
    if (entity.mentionIds.length < 2) continue;
    assert.ok(entity.merges.length > 0, `${entity.name}: merged without a reason`);
    const own = new Set(entity.mentionIds);
    for (const merge of entity.merges) for (const id of merge.mentionIds) assert.ok(own.has(id), `${entity.name}: reason ${merge.rule} names a mention it does not hold`);
  }
});

test('a later surname attaches to the most recent full name it fits', () => {
  const doc = makeDocument('d0', '[Nasir Varro|person] ruled. His son [Shafiq Varro|person] fought. [Varro|person] fled.');
  const result = resolveEntities([doc]);
  const last = doc.mentions[2]!.id;
  assert.equal(result.entityOfMention.get(last), result.entityOfMention.get(doc.mentions[1]!.id), 'Varro should be the son, named last');
  assert.notEqual(result.entityOfMention.get(doc.mentions[0]!.id), result.entityOfMention.get(doc.mentions[1]!.id), 'father and son stay apart');
});

test('entity name prefers the spelt-out name, and ids are stable when documents are added', () => {
  const first = [makeDocument('d0', 'The [Red Valley Front|organization] ([RVF|organization]) grew.')];
  const one = resolveEntities(first);
  const two = resolveEntities([...first, makeDocument('d1', 'The [RVF|organization] and [Orvan Watch|organization] met.')]);
  const before = entityWith(one, 'RVF')!;
  const after = entityWith(two, 'RVF')!;
  assert.equal(before.name, 'Red Valley Front');
  assert.equal(before.id, after.id);
  assert.equal(before.id, 'organization:red-valley-front');
});

test('type is decided by most mentions, and a name typed two ways is still one entity', () => {
  const result = resolveEntities([
    makeDocument('d0', 'Fighting in [Olmvik|location] and [Olmvik|location].'),
    makeDocument('d1', 'Raids on [Olmvik|location].'),
    makeDocument('d2', 'Troops left [Olmvik|person].'),
  ]);
  const olmvik = result.entities.filter((e) => e.name === 'Olmvik');
  assert.equal(olmvik.length, 1, 'one Olmvik');
  assert.equal(olmvik[0]!.type, 'location');
});

test('a listed group joins its listed aliases and is an organization', () => {
  const gazetteer = (name: string): string | null => (/^(Army of the Heron|Heron Brigade)$/.test(name) ? 'FICT.001' : null);
  const result = resolveEntities([
    makeDocument('d0', 'The [Army of the Heron|organization] struck.'),
    makeDocument('d1', 'The [Heron Brigade|person] denied it.'),
  ], [], { gazetteer });
  assert.ok(sameEntity(result, 'Army of the Heron', 'Heron Brigade'));
  assert.equal(entityWith(result, 'Heron Brigade')!.type, 'organization');
});

test('every mention maps to an entity that lists it', () => {
  const docs = [makeDocument('d0', '[Tarek Olm|person] met [RVF|organization] in [Olmvik|location]. [Olm|person] left. [the|organization] x.')];
  const result = resolveEntities(docs);
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  for (const m of docs[0]!.mentions) {
    const id = result.entityOfMention.get(m.id);
    assert.ok(id !== undefined, `${m.text}: no entity`);
    assert.ok(byId.get(id)!.mentionIds.includes(m.id), `${m.text}: entity does not list it`);
  }
});

const TEXT_SAYS: ReadonlyArray<[name: string, text: string, a: string, b: string]> = [
  ['known … as', 'The [Red Valley Front|organization] ([RVF|organization]), known in the valley\'s own language as [Sorkh Vadi Mahaz|organization], struck.', 'RVF', 'Sorkh Vadi Mahaz'],
  ['as … is also known', 'He leads the [Surkh Wadi Mahaz|person], as the [Red Valley Front|organization] is also known.', 'Surkh Wadi Mahaz', 'Red Valley Front'],
  ['the head noun alone', 'The [Ashfen Constabulary|organization] wrote it. The [Constabulary|organization] later denied it.', 'Ashfen Constabulary', 'Constabulary'],
];
for (const [name, text, a, b] of TEXT_SAYS) {
  test(`joins what the text says is one: ${name}`, () => {
    const result = resolveEntities([makeDocument('d0', text)]);
    assert.ok(sameEntity(result, a, b), `${name}: "${a}" and "${b}"`);
  });
}

test('joins: a nationality-qualified group and the bare name in one document', () => {
  const result = resolveEntities([makeDocument('d0', 'The [Ostrian Valley Front|organization] met. The [Valley Front|organization] denied it.')], [], { isNationality: isFictionalNationality });
  assert.ok(sameEntity(result, 'Ostrian Valley Front', 'Valley Front'));
  assert.ok(entityWith(result, 'Valley Front')!.merges.some((m) => m.rule === 'nationality-qualifier-in-document'));
});

test('joins: a state\'s armed forces named in other words', () => {
  const countryOf = (name: string): string | null => (/^(Ostria|Ostrian)$/.test(name) ? 'Ostria' : null);
  const result = resolveEntities([
    makeDocument('d0', 'The [Ostrian military|organization] moved. [Ostria\'s military establishment|organization] denied it.'),
    makeDocument('d1', 'The [Ostria Army|organization] and the [Ostrian Intelligence Bureau|organization].'),
  ], [], { countryOf });
  assert.ok(sameEntity(result, 'Ostrian military', 'Ostria Army'));
  assert.ok(sameEntity(result, 'Ostrian military', "Ostria's military establishment"));
  assert.ok(!sameEntity(result, 'Ostria Army', 'Ostrian Intelligence Bureau'), 'an intelligence service is another body');
});

test('a longer name typed as a group is the person with a tribal name, unless it ends in a group noun', () => {
  const result = resolveEntities([makeDocument('d0', '[Tarek Olm|person] spoke. [Tarek Olm Orvani|organization] is his full name. The [Tarek Olm Brigade|organization] fights.')]);
  assert.ok(sameEntity(result, 'Tarek Olm', 'Tarek Olm Orvani'));
  assert.ok(!sameEntity(result, 'Tarek Olm', 'Tarek Olm Brigade'), 'a brigade named after him is not him');
});

test('a country is a location however the NER typed it', () => {
  const countryOf = (name: string): string | null => (name === 'Ostria' ? 'Ostria' : null);
  const result = resolveEntities([makeDocument('d0', '[Ostria|organization] said so. [Ostria|organization] again.')], [], { countryOf });
  assert.equal(entityWith(result, 'Ostria')!.type, 'location');
});

test('an override can name an entity by its id', () => {
  const docs = [makeDocument('d0', 'The [Red Valley Front|organization] met the [Grey Ford Movement|organization].')];
  const result = resolveEntities(docs, [{ kind: 'merge', names: ['organization:red-valley-front', 'organization:grey-ford-movement'] }]);
  assert.ok(sameEntity(result, 'Red Valley Front', 'Grey Ford Movement'));
});

test('a tie between place and group goes to place for a one-word name, to group for a longer one', () => {
  const result = resolveEntities([
    makeDocument('d0', 'Raids in [Orvan|location]. The [Grey Hill Front|location] left.'),
    makeDocument('d1', 'Raids in [Orvan|organization]. The [Grey Hill Front|organization] left.'),
  ]);
  assert.equal(entityWith(result, 'Orvan')!.type, 'location');
  assert.equal(entityWith(result, 'Grey Hill Front')!.type, 'organization');
});

test('a group-typed name that the gazetteer knows as a place is the place, a person-typed one is not', () => {
  const isPlace = (name: string): boolean => name === 'Olmvik';
  const groupTyped = resolveEntities([makeDocument('d0', '[Olmvik|organization] said so.')], [], { isPlace });
  assert.equal(entityWith(groupTyped, 'Olmvik')!.type, 'location');
  const personTyped = resolveEntities([makeDocument('d1', '[Olmvik|person] wrote a letter.')], [], { isPlace });
  assert.equal(entityWith(personTyped, 'Olmvik')!.type, 'person', 'many surnames are also towns');
});

test('a person-typed name that the text places as a place is a place', () => {
  const result = resolveEntities([makeDocument('d0', '[Kestrel Fen|person], a farming town, fell. Fighting in [Kestrel Fen|person] went on. [Tarek Olm|person] spoke.')]);
  assert.equal(entityWith(result, 'Kestrel Fen')!.type, 'location');
  assert.equal(entityWith(result, 'Tarek Olm')!.type, 'person');
});

test('a name the text shows to be a place is a place in other documents too, unless a person there fits it', () => {
  const result = resolveEntities([
    makeDocument('d0', 'Raids near [Kestrel Fen|person] went on.'),
    makeDocument('d1', '[Kestrel Fen|person] was quiet.'),
    makeDocument('d2', '[Kestrel Fen|person] was quiet again.'),
  ]);
  const fen = result.entities.filter((e) => e.name === 'Kestrel Fen');
  assert.equal(fen.length, 1);
  assert.equal(fen[0]!.type, 'location');
});

// Invented states and groups: joins that read a name's form, checked on their own.
const MORE_JOINED: ReadonlyArray<[name: string, texts: readonly string[], a: string, b: string, rule: string]> = [
  ['a state\'s formal name and its short name', ['The [Islamic Republic of Ostravia|organization] protested.', 'Shelling in [Ostravia|location] went on.'], 'Ostravia', 'Islamic Republic of Ostravia', 'formal-state-name'],
  ['an acronym in apposition with foreign initials', ['Officers of the [External Security Bureau|organization], the [KKB|organization], met him.'], 'External Security Bureau', 'KKB', 'acronym-in-apposition'],
  ['a hyphen splitting one word of a name', ['The [Kamar-Velan Pass|organization] was shut.', 'Traffic through the [Kamarvelan Pass|organization] resumed.'], 'Kamar-Velan Pass', 'Kamarvelan Pass', 'transliteration'],
  ['English order puts the head noun last', ['The [Cártel de Puerto Orvan|organization] grew.', 'The [Orvan Cartel|organization] denied it.'], 'Cártel de Puerto Orvan', 'Orvan Cartel', 'head-moved'],
  ['a village named without "village"', ['Raids on [Hibra|person] and [Hibra village|location] continued.'], 'Hibra village', 'Hibra', 'place-short-form-in-document'],
  ['a group name without its head noun', ['The [Suqur Orvan Brigade|organization] struck. [Suqur Orvan|organization] fighters fled.'], 'Suqur Orvan Brigade', 'Suqur Orvan', 'group-short-form-in-document'],
  ['a group name without the place that opens it', ['In [Kessa|location] the [Kessa Self-Defence Units|organization] grew; the [Self-Defence Units|organization] fought.'], 'Kessa Self-Defence Units', 'Self-Defence Units', 'group-short-form-in-document'],
  ['the head word of a head-first name', ['The [Irmandade do Morro|organization] grew. The [Irmandade|organization] denied it.'], 'Irmandade do Morro', 'Irmandade', 'group-short-form-in-document'],
  ['that head word in English', ['The [Irmandade do Morro|organization] grew. The [Brotherhood|organization] denied it.'], 'Irmandade do Morro', 'Brotherhood', 'group-short-form-in-document'],
  ['a state\'s short name after its formal name', ['The [Islamic Republic of Ostravia|location] and [Ostravia|organization] protested.'], 'Islamic Republic of Ostravia', 'Ostravia', 'formal-state-name'],
  ['a place name split by a hyphen', ['The [Kamar-Velan Pass|location] was shut.', 'The [Kamarvelan Pass|location] reopened.'], 'Kamar-Velan Pass', 'Kamarvelan Pass', 'transliteration'],
  ['a unit named without its noun in another article', ['Raids in [Tarbaq Governorate|location] went on.', 'Shelling hit [Tarbaq|location].'], 'Tarbaq Governorate', 'Tarbaq', 'place-short-form'],
  ['two short names joined by a slash', ['A statement by the [UPRV|organization]/[FDO|organization] followed.'], 'UPRV', 'FDO', 'slashed-alias'],
  ['what his men call him', ['Led by [Tomas Vell|person], a former sergeant his men call "[Heron Kalon|person]", the unit grew.'], 'Tomas Vell', 'Heron Kalon', 'alias-in-text'],
  ['"or Y as the press calls it"', ['The [Irmandade|organization], or [Hermandad del Morro|organization] as the press calls it, grew.'], 'Irmandade', 'Hermandad del Morro', 'alias-in-text'],
  ['the word after a foreign head noun', ['[Harakat Tajrid al-Orvan|organization] split. Officials said [Tajrid|person] seized two towns.'], 'Harakat Tajrid al-Orvan', 'Tajrid', 'group-short-form-in-document'],
  ['a nickname in quotes in apposition', ['[Tomás Berro Alcázar|person], "[El Tordo|organization]", fled.'], 'Tomás Berro Alcázar', 'El Tordo', 'alias-in-text'],
  ['an appositive before "who signs as"', ['[Tomas Vell|person], a cleric who signs his decrees as [Abu Ferro|person], spoke.'], 'Tomas Vell', 'Abu Ferro', 'alias-in-text'],
];
for (const [name, texts, a, b, rule] of MORE_JOINED) {
  test(`joins: ${name}`, () => {
    const result = resolveEntities(texts.map((t, i) => makeDocument(`d${i}`, t)));
    assert.ok(sameEntity(result, a, b), `${name}: "${a}" and "${b}" should be one entity`);
    assert.ok(entityWith(result, a)!.merges.some((m) => m.rule === rule), `${name}: expected "${rule}", got ${entityWith(result, a)!.merges.map((m) => m.rule).join(', ')}`);
  });
}

test('a formal state name is the place', () => {
  const result = resolveEntities([makeDocument('d0', 'The [Islamic Republic of Ostravia|organization] protested.')]);
  assert.equal(entityWith(result, 'Islamic Republic of Ostravia')?.type, 'location');
});

test('joins: a name in square brackets beside another', () => {
  const doc = makeDocument('d0', 'The [Dawn Movement|organization] ( [Harakat al-Fajr|organization] ) claimed it.');
  const text = doc.document.text.replace('( ', '[').replace(' )', ']');
  const shift = (start: number): number => start - (start > text.indexOf('[') ? 1 : 0);
  const mentions = doc.mentions.map((m) => ({ ...m, start: shift(m.start), end: shift(m.end) }));
  const squared = { ...doc, document: { ...doc.document, text }, mentions };
  assert.equal(text.slice(mentions[1]!.start, mentions[1]!.end), 'Harakat al-Fajr');
  assert.ok(sameEntity(resolveEntities([squared]), 'Dawn Movement', 'Harakat al-Fajr'));
});

test('a national adjective standing for its state acting resolves to the country ("an Iranian-backed militia" → Iran)', () => {
  const doc = makeDocument('d0', 'The [Velmor Front|organization], an [Iranian|location]-backed militia, grew. [Iran|location] denied it.');
  const adjective = { ...doc.mentions[1]!, rule: 'pattern/acting-state' as const };
  const result = resolveEntities([{ ...doc, mentions: [doc.mentions[0]!, adjective, doc.mentions[2]!] }]);
  const entity = result.entities.find((e) => e.mentionIds.includes(adjective.id));
  assert.equal(entity?.name, 'Iran');
  assert.ok(entity?.mentionIds.includes(doc.mentions[2]!.id), 'one entity with the country named outright');
});
