import type {
  AnalyzedDocument, CaseSnapshot, DocumentSummary, Entity, EntityType, MergeReason, ResolutionOverride,
  ResolveResult, SourceDocument, SourceGrade, Store, StoreCounts,
} from '../core/index.js';
import { StoreError } from '../core/index.js';
import { byDocument, claimRow, documentRow, mentionRow, sentenceRow, toClaim, toDocument, toMention, toSentence } from './rows.js';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';
import type { SqlRunner } from './sql-runner.js';

/** The Store over any SqlRunner: both adapters share every query, so they cannot drift apart. */
export class SqlStore implements Store {
  private constructor(private readonly db: SqlRunner, readonly location: string) {}

  get kind(): 'sqlite' | 'postgres' {
    return this.db.dialect;
  }

  static async open(db: SqlRunner, location: string): Promise<SqlStore> {
    await migrate(db, location);
    return new SqlStore(db, location);
  }

  async hasDocument(id: string): Promise<boolean> {
    return (await this.db.all('SELECT 1 AS found FROM documents WHERE id = ?', [id])).length > 0;
  }

  async saveDocument(analyzed: AnalyzedDocument): Promise<'inserted' | 'unchanged'> {
    const { document: doc, extractorVersion: version } = analyzed;
    return this.db.transaction(async () => {
      if (await this.hasDocument(doc.id)) return 'unchanged';
      await this.db.run(`INSERT INTO documents VALUES (${marks(12)})`, documentRow(doc, version, new Date().toISOString()));
      await this.db.runMany(`INSERT INTO sentences (doc_id, idx, start_offset, end_offset, extractor_version, tokens) VALUES (${marks(6)})`, analyzed.sentences.map((s) => sentenceRow(doc.id, s, version)));
      await this.db.runMany(`INSERT INTO mentions VALUES (${marks(10)})`, analyzed.mentions.map((m) => mentionRow(m, version)));
      await this.db.runMany(`INSERT INTO claims VALUES (${marks(19)})`, analyzed.claims.map((c) => claimRow(c, version)));
      await this.bumpRevision();
      return 'inserted';
    });
  }

  async saveResolution(result: ResolveResult): Promise<void> {
    await this.db.transaction(async () => {
      await this.db.run('DELETE FROM entity_mentions');
      await this.db.run('DELETE FROM entities');
      const version = result.version ?? 'unknown';
      await this.db.runMany('INSERT INTO entities (id, name, type, aliases, merges, resolver_version) VALUES (?, ?, ?, ?, ?, ?)',
        result.entities.map((e) => [e.id, e.name, e.type, JSON.stringify(e.aliases), JSON.stringify(e.merges), version]));
      // Mention ids are `${docId}:${start}-${end}`: the document is the part before the last colon.
      await this.db.runMany('INSERT INTO entity_mentions (mention_id, entity_id, doc_id) VALUES (?, ?, ?)',
        [...result.entityOfMention].map(([mentionId, entityId]) => [mentionId, entityId, mentionId.slice(0, mentionId.lastIndexOf(':'))]));
      await this.bumpRevision();
    });
  }

  async listDocuments(): Promise<readonly DocumentSummary[]> {
    const rows = await this.db.all('SELECT id, name, title, published, outlet, url, extractor_version, ingested_at FROM documents ORDER BY ingested_at, name');
    return rows.map((r) => ({
      id: String(r.id), name: String(r.name), title: nullable(r.title), published: nullable(r.published), outlet: nullable(r.outlet),
      url: nullable(r.url), extractorVersion: String(r.extractor_version), ingestedAt: String(r.ingested_at),
    }));
  }

  async getDocument(id: string): Promise<SourceDocument | null> {
    const [row] = await this.db.all('SELECT * FROM documents WHERE id = ?', [id]);
    return row ? toDocument(row) : null;
  }

  async loadAnalyzedDocuments(): Promise<readonly AnalyzedDocument[]> {
    const docs = await this.db.all('SELECT * FROM documents ORDER BY ingested_at, name');
    const sentences = byDocument(await this.db.all('SELECT * FROM sentences ORDER BY doc_id, idx'), toSentence);
    const mentions = byDocument(await this.db.all('SELECT * FROM mentions ORDER BY doc_id, start_offset, end_offset'), toMention);
    const claims = byDocument(await this.db.all('SELECT * FROM claims ORDER BY doc_id, evidence_start, id'), toClaim);
    return docs.map((row) => {
      const id = String(row.id);
      return {
        document: toDocument(row), sentences: sentences.get(id) ?? [], mentions: mentions.get(id) ?? [],
        claims: claims.get(id) ?? [], extractorVersion: String(row.extractor_version),
      };
    });
  }

  async loadResolution(): Promise<ResolveResult> {
    const entities: Entity[] = [];
    const members = new Map<string, string[]>();
    const entityOfMention = new Map<string, string>();
    for (const row of await this.db.all('SELECT mention_id, entity_id FROM entity_mentions ORDER BY mention_id')) {
      const entityId = String(row.entity_id);
      entityOfMention.set(String(row.mention_id), entityId);
      let list = members.get(entityId);
      if (!list) members.set(entityId, (list = []));
      list.push(String(row.mention_id));
    }
    let version: string | undefined;
    for (const row of await this.db.all('SELECT * FROM entities ORDER BY name, id')) {
      version ??= String(row.resolver_version);
      const id = String(row.id);
      entities.push({
        id, name: String(row.name), type: String(row.type) as EntityType, aliases: JSON.parse(String(row.aliases)) as string[],
        mentionIds: members.get(id) ?? [], merges: JSON.parse(String(row.merges)) as MergeReason[],
      });
    }
    return version === undefined ? { entities, entityOfMention } : { version, entities, entityOfMention };
  }

  async listOverrides(): Promise<readonly ResolutionOverride[]> {
    const rows = await this.db.all('SELECT kind, first_name, second_name FROM overrides ORDER BY seq');
    return rows.map((r): ResolutionOverride => r.kind === 'merge'
      ? { kind: 'merge', names: [String(r.first_name), String(r.second_name)] }
      // A retype keeps the type in the second column, as a split keeps its alias there.
      : r.kind === 'retype' ? { kind: 'retype', entityName: String(r.first_name), type: String(r.second_name) as EntityType }
      : { kind: 'split', entityName: String(r.first_name), alias: String(r.second_name) });
  }

  async addOverride(override: ResolutionOverride): Promise<void> {
    const [first, second] = override.kind === 'merge' ? override.names : override.kind === 'retype' ? [override.entityName, override.type] : [override.entityName, override.alias];
    await this.db.transaction(async () => {
      const [next] = await this.db.all('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM overrides');
      await this.db.run('INSERT INTO overrides VALUES (?, ?, ?, ?, ?)', [Number(next?.seq ?? 1), override.kind, first, second, new Date().toISOString()]);
      await this.bumpRevision();
    });
  }

  async listSourceGrades(): Promise<readonly SourceGrade[]> {
    const rows = await this.db.all('SELECT source, grade, note FROM source_grades ORDER BY source');
    return rows.map((r) => ({ source: String(r.source), grade: String(r.grade) as SourceGrade['grade'], note: nullable(r.note) }));
  }

  async setSourceGrade(grade: SourceGrade): Promise<void> {
    await this.db.transaction(async () => {
      await this.db.run('DELETE FROM source_grades WHERE source = ?', [grade.source]);
      await this.db.run('INSERT INTO source_grades VALUES (?, ?, ?)', [grade.source, grade.grade, grade.note]);
      await this.bumpRevision();
    });
  }

  async loadCase(): Promise<CaseSnapshot> {
    return this.db.transaction(async () => ({
      documents: await this.loadAnalyzedDocuments(),
      resolution: await this.loadResolution(),
      overrides: await this.listOverrides(),
      sourceGrades: await this.listSourceGrades(),
    }));
  }

  /** A number that changes on every write, so a server can cache analysis per revision. */
  async revision(): Promise<number> {
    const [row] = await this.db.all("SELECT value FROM meta WHERE key = 'revision'");
    return Number(row?.value ?? 0);
  }

  async counts(): Promise<StoreCounts> {
    const count = async (table: string): Promise<number> => Number((await this.db.all(`SELECT COUNT(*) AS n FROM ${table}`))[0]?.n ?? 0);
    return {
      documents: await count('documents'), sentences: await count('sentences'), mentions: await count('mentions'),
      entities: await count('entities'), claims: await count('claims'),
    };
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  private async bumpRevision(): Promise<void> {
    const next = (await this.revision()) + 1;
    await this.db.run("DELETE FROM meta WHERE key = 'revision'");
    await this.db.run("INSERT INTO meta VALUES ('revision', ?)", [String(next)]);
  }
}

async function migrate(db: SqlRunner, location: string): Promise<void> {
  await db.run(MIGRATIONS[0]![0]!);
  const [row] = await db.all("SELECT value FROM meta WHERE key = 'schema_version'");
  const current = Number(row?.value ?? 0);
  if (current > SCHEMA_VERSION) {
    throw new StoreError('STORE_SCHEMA_TOO_NEW', `case has schema version ${current}; this dossier knows up to ${SCHEMA_VERSION}: upgrade dossier`, { file: location });
  }
  for (let version = current; version < SCHEMA_VERSION; version++) {
    await db.transaction(async () => {
      for (const statement of MIGRATIONS[version]!) {
        if (version === 0 && statement === MIGRATIONS[0]![0]) continue;
        await db.run(statement);
      }
      await db.run("DELETE FROM meta WHERE key = 'schema_version'");
      await db.run("INSERT INTO meta VALUES ('schema_version', ?)", [String(version + 1)]);
    });
  }
}

const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');
const nullable = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
