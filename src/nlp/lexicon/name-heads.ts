// Common nouns and function words that build names in languages whose names put the head first
// ("Frente de …", "Forces de … du …", "Harakat al-…", "Passo da …"). Written by hand from
// bilingual dictionaries (see PROVENANCE.md): generic words for army, movement, voice, town or
// pass only, never the name of a group, outlet or place. Lower case, accents kept; lookups fold
// apostrophes so "Kata'ib" and "Kataib" are one word.

/** Lower-case words that join the capitalised parts of one name: "Gardiens du …", "Ignacio de la …". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'du', 'des', 'd', 'da', 'do', 'das', 'dos', 'del', 'della', 'delle', 'dello', 'di', 'degli',
  'la', 'las', 'los', 'le', 'les', 'el', 'y', 'e', 'et', 'i',
  'van', 'von', 'der', 'den', 'ter', 'zu',
  'bin', 'ibn', 'bint', 'ben', 'al', 'ul', 'ud',
]);

// Heads of names of groups, bodies and outlets.
const ORGANIZATION_HEADS = [
  // Arabic, in the common transliterations
  'harakat', 'haraka', 'harakah', 'jamaat', 'jamaa', 'jamaah', 'jamiat', 'jabhat', 'jabha', 'kataib', 'katibat', 'katiba',
  'liwa', 'saraya', 'jaish', 'jaysh', 'jund', 'junud', 'ansar', 'hizb', 'tanzim', 'majlis', 'hayat', 'hayyat', 'ittihad',
  'tajammu', 'quwat', 'quwwat', 'faylaq', 'ahrar', 'ahl', 'asaib', 'fursan', 'rijal', 'shabab', 'sawt', 'sada', 'wakalat',
  'muassasat', 'muassasa', 'mujahidin', 'mujahideen', 'fedayeen', 'fidayin', 'tahrir',
  // Persian, Tajik, Pashto, Urdu
  'sepah', 'sipah', 'jonbesh', 'hezb', 'sazman', 'jebhe', 'lashkar', 'tehreek', 'tehrik', 'harkat', 'ittihod', 'ittihodi',
  'harakati', 'hizbi', 'fidoiyon', 'fidoiyoni', 'lashkari', 'jamiyat', 'tanzeem',
  // Turkish, Kurdish
  'hareketi', 'cephesi', 'ordusu', 'partisi', 'teşkilatı', 'birlikleri', 'yekîneyên', 'hêzên', 'partiya', 'dengê', 'ajansa',
  // Spanish, Portuguese, French, Italian
  'movimiento', 'movimento', 'mouvement', 'frente', 'fuerzas', 'forças', 'forze', 'ejército', 'exército', 'armée', 'esercito',
  'cártel', 'cartel', 'cartél', 'irmandade', 'hermandad', 'fraternité', 'confrérie', 'corpo', 'cuerpo', 'comando', 'commandement',
  'brigada', 'brigadas', 'batallón', 'batalhão', 'bataillon', 'guardia', 'guarda', 'garde', 'gardiens', 'guardianes', 'guardiões',
  'milicia', 'milícia', 'milice', 'partido', 'parti', 'partito', 'unión', 'união', 'alianza', 'aliança', 'coordinadora',
  'consejo', 'conselho', 'conseil', 'comité', 'comitê', 'comisión', 'comissão', 'secretaría', 'secretaria', 'secrétariat',
  'ministerio', 'ministério', 'ministère', 'ministero', 'dirección', 'direção', 'direction', 'fiscalía', 'procuraduría',
  'policía', 'polícia', 'gendarmerie', 'gendarmería', 'agencia', 'agência', 'agence', 'diario', 'diário', 'folha', 'jornal',
  'heraldo', 'voz', 'voix', 'gaceta', 'gazeta', 'noticias', 'notícias', 'unidad', 'unidade', 'unité', 'grupo', 'groupe',
  'gruppo', 'organización', 'organização', 'asociación', 'associação', 'federación', 'fédération', 'sindicato', 'syndicat',
  'colectivo', 'collectif', 'instituto', 'institut', 'universidad', 'universidade', 'université', 'fundación', 'fundação',
  'fondation', 'asamblea', 'assembleia', 'assemblée', 'congreso', 'congresso', 'gobierno', 'governo', 'gouvernement',
  'autodefensas', 'resistencia', 'resistência', 'résistance', 'liberación', 'libertação', 'libération', 'ejércitos',
  'forces', 'front', 'armed', 'brigade', 'brigades', 'police', 'union', 'alliance', 'commission', 'council', 'movement',
];

// Heads of names of places.
const PLACE_HEADS = [
  'passo', 'paso', 'puerto', 'porto', 'vale', 'valle', 'vallée', 'cerro', 'sierra', 'serra', 'monte', 'montaña', 'montanha',
  'río', 'rio', 'rivière', 'lago', 'lac', 'bahía', 'baía', 'baie', 'isla', 'ilha', 'île', 'cabo', 'ciudad', 'cidade',
  'ville', 'villa', 'vila', 'punta', 'llano', 'laguna', 'barrio', 'bairro', 'colonia', 'estado', 'provincia', 'província',
  'departamento', 'département', 'municipio', 'município', 'región', 'wadi', 'jabal', 'jebel', 'djebel', 'kafr', 'deir',
  'qasr', 'bir', 'tal', 'tell', 'ras', 'kuh', 'dasht', 'darya', 'dagh', 'dağı', 'çayı', 'gölü',
];

const fold = (word: string): string => word.toLowerCase().replace(/['’ʼ`]/g, '');
const ORGANIZATION_SET: ReadonlySet<string> = new Set(ORGANIZATION_HEADS.map(fold));
const PLACE_SET: ReadonlySet<string> = new Set(PLACE_HEADS.map(fold));

/** The kind of name a head-first word opens, or null: "Movimiento" → organization, "Cerro" → location. */
export function headFirstKind(word: string): 'organization' | 'location' | null {
  const key = fold(word);
  return ORGANIZATION_SET.has(key) ? 'organization' : PLACE_SET.has(key) ? 'location' : null;
}

/** True for a lower-case particle inside a name ("de", "du", "al"), with or without a glued hyphen or apostrophe. */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word.replace(/[-’']$/, ''));
}
