import type {
  AnalyzedDocument, CaseSnapshot, DocumentSummary, Entity, EntityType, MergeReason, ReadModel, ResolutionInputs, ResolutionOverride,
  ResolutionState, ResolutionWork, ResolveResult, SaveResolutionStatus, SourceDocument, SourceGrade, Store, StoreCounts,
} from '../core/index.js';
import { StoreError } from '../core/index.js';
import { checkCase, countRows, type CaseCheck } from './check-case.js';
import { nameCaseBeforeSchema7, openNamedCase, readCaseId } from './case-id.js';
import { readCounter, readSchemaVersion, setCounter, setSchemaVersion, stepCounter } from './meta-counters.js';
import { byDocument, claimRow, documentRow, mentionRow, sentenceRow, toClaim, toDocument, toMention, toSentence } from './rows.js';
import { insertDocuments } from './bulk-insert.js';
import {
  compareDocuments, findBlockingComponent, loadDocumentsForResolution, markResolved, readResolutionWork, recordPendingDocument,
  replaceAllBlockingKeys, replaceAllEntities, replaceComponentEntities,
} from './incremental-resolution.js';
import { SqlReadModel } from './read-queries.js';
import { CASE_ID_SCHEMA_VERSION, MIGRATIONS, SCHEMA_VERSION } from './schema.js';
import type { SqlRunner, SqlValue } from './sql-runner.js';

/** The Store over any SqlRunner: both adapters share every query, so they cannot drift apart. */
export class SqlStore implements Store {
  #readModel: SqlReadModel | undefined;

  private constructor(
    private readonly db: SqlRunner, readonly location: string, private readonly openedAt: { readonly case: string } | { readonly store: string } | null,
    /** The case this store reads and writes: every row it touches carries it (schema 7), so cases may share tables. */
    readonly caseId: string,
  ) {}

  get kind(): 'sqlite' | 'postgres' {
    return this.db.dialect;
  }

  /** `caseName` picks one case among several sharing the tables (a PostgreSQL URL's `?case=NAME`); without it the tables must hold one. */
  static async open(db: SqlRunner, location: string, openedAt: { readonly case: string } | { readonly store: string } | null = null, caseName?: string): Promise<SqlStore> {
    await migrate(db, location, caseName);
    const caseId = caseName === undefined ? await readCaseId(db, location) : await openNamedCase(db, caseName, SCHEMA_VERSION);
    return new SqlStore(db, location, openedAt, caseId);
  }

  async hasDocument(id: string): Promise<boolean> {
    return (await this.db.all('SELECT 1 AS found FROM documents WHERE case_id = ? AND id = ?', [this.caseId, id])).length > 0;
  }

  async saveDocument(analyzed: AnalyzedDocument, ingestedAt = new Date().toISOString()): Promise<'inserted' | 'unchanged'> {
    const { document: doc, extractorVersion: version } = analyzed;
    const keys = await blockingKeysOf(analyzed);
    return this.db.transaction(async () => {
      // The row counts go in with the rows, so `dossier check` can tell a whole document from a partial one.
      // ON CONFLICT: on PostgreSQL a second process saving the same document at once waits for the first
      // and then finds its row, instead of failing on the key; SQLite's write lock already serialises them.
      const inserted = await this.db.all(`INSERT INTO documents VALUES (${marks(16)}) ON CONFLICT (case_id, id) DO NOTHING RETURNING id`, [
        this.caseId, ...documentRow(doc, version, ingestedAt), analyzed.sentences.length, analyzed.mentions.length, analyzed.claims.length,
      ]);
      if (inserted.length === 0) return 'unchanged';
      await this.insertDerivedRows(analyzed);
      await stepCounter(this.db, this.caseId, 'inputs_generation');
      await recordPendingDocument(this.db, this.caseId, doc.id, keys);
      await this.bumpRevision();
      return 'inserted';
    });
  }

  /**
   * Replaces one stored document's sentences, mentions and claims with a new reading of its text, in one
   * transaction; the repair for a document whose rows `check` found partial. Its entities then lag behind.
   */
  async replaceDerivedRows(analyzed: AnalyzedDocument): Promise<void> {
    const { document: doc, extractorVersion: version } = analyzed;
    const keys = await blockingKeysOf(analyzed);
    await this.db.transaction(async () => {
      for (const table of ['claims', 'mentions', 'sentences']) await this.db.run(`DELETE FROM ${table} WHERE case_id = ? AND doc_id = ?`, [this.caseId, doc.id]);
      await this.db.run('UPDATE documents SET extractor_version = ?, sentence_count = ?, mention_count = ?, claim_count = ? WHERE case_id = ? AND id = ?',
        [version, analyzed.sentences.length, analyzed.mentions.length, analyzed.claims.length, this.caseId, doc.id]);
      await this.insertDerivedRows(analyzed);
      await stepCounter(this.db, this.caseId, 'inputs_generation');
      await recordPendingDocument(this.db, this.caseId, doc.id, keys);
      await this.bumpRevision();
    });
  }

  /** Deletes derived rows whose document is not in the case (they cannot be derived again); returns how many. */
  async deleteOrphanRows(): Promise<number> {
    return this.db.transaction(async () => {
      let deleted = 0;
      for (const table of ['entity_mentions', 'claims', 'mentions', 'sentences', 'blocking_keys', 'resolution_pending']) {
        const where = `FROM ${table} WHERE case_id = ? AND doc_id IS NOT NULL AND doc_id NOT IN (SELECT id FROM documents WHERE case_id = ?)`;
        const params = [this.caseId, this.caseId];
        deleted += Number((await this.db.all(`SELECT COUNT(*) AS n ${where}`, params))[0]?.n ?? 0);
        await this.db.run(`DELETE ${where}`, params);
      }
      if (deleted > 0) await this.bumpRevision();
      return deleted;
    });
  }

  /** Marks the entities as behind whatever they say, so the next resolution is saved over them. */
  async markResolutionBehind(): Promise<void> {
    await this.db.transaction(async () => {
      const state = await readResolutionState(this.db, this.caseId);
      const generation = Math.max(state.inputsGeneration, state.resolvedGeneration) + 1;
      await setCounter(this.db, this.caseId, 'inputs_generation', generation);
      // A repair cannot say which entities it touched: every document is resolved again.
      await setCounter(this.db, this.caseId, 'whole_resolution_needed', generation);
    });
  }

  async resolutionState(): Promise<ResolutionState> {
    return this.db.transaction(async () => readResolutionState(this.db, this.caseId), 'snapshot');
  }

  async loadResolutionInputs(): Promise<ResolutionInputs> {
    // The generation is read first: a document saved after it and still seen below only makes the result
    // look older than it is (re-resolved once more), never newer. Documents go to the resolver by name, not
    // by when they came: which mentions a merge reason cites follows the input order, and two ingests at
    // once, or a rerun after a kill, must give the entities one run would.
    return this.db.transaction(async () => ({
      generation: await readCounter(this.db, this.caseId, 'inputs_generation'),
      documents: await this.loadDocumentsInOrder(),
      overrides: await this.listOverrides(),
      blockingKeysComplete: (await readCounter(this.db, this.caseId, 'blocking_keys_complete')) === 1,
    }), 'snapshot');
  }

  async loadResolutionWork(): Promise<ResolutionWork> {
    return this.db.transaction(async () => readResolutionWork(this.db, this.caseId), 'snapshot');
  }

  async loadResolutionComponent(seeds: readonly string[]): Promise<{ readonly documents: readonly AnalyzedDocument[]; readonly caseDocuments: number }> {
    return this.db.transaction(async () => {
      const documents = await loadDocumentsForResolution(this.db, this.caseId, await findBlockingComponent(this.db, this.caseId, seeds));
      const [count] = await this.db.all('SELECT COUNT(*) AS n FROM documents WHERE case_id = ?', [this.caseId]);
      return { documents, caseDocuments: Number(count?.n ?? 0) };
    }, 'snapshot');
  }

  async replaceBlockingKeys(keysOf: ReadonlyMap<string, readonly string[]>): Promise<void> {
    await this.db.transaction(async () => replaceAllBlockingKeys(this.db, this.caseId, keysOf));
  }

  async saveComponentResolution(result: ResolveResult, docIds: readonly string[], basedOn: number): Promise<SaveResolutionStatus> {
    return this.db.transaction(async () => {
      await this.db.run("UPDATE meta SET value = value WHERE case_id = ? AND key = 'resolved_generation'", [this.caseId]);
      const state = await readResolutionState(this.db, this.caseId);
      if (basedOn < state.resolvedGeneration) return 'superseded';
      await replaceComponentEntities(this.db, this.caseId, result, docIds);
      await markResolved(this.db, this.caseId, basedOn, false);
      await setCounter(this.db, this.caseId, 'resolved_generation', basedOn);
      await this.bumpRevision();
      return basedOn === state.inputsGeneration ? 'current' : 'outdated';
    });
  }

  async saveResolution(result: ResolveResult, basedOn?: number): Promise<SaveResolutionStatus> {
    return this.db.transaction(async () => {
      // Taking the row lock first makes two resolutions saved at once (PostgreSQL) decide one after the other.
      await this.db.run("UPDATE meta SET value = value WHERE case_id = ? AND key = 'resolved_generation'", [this.caseId]);
      const state = await readResolutionState(this.db, this.caseId);
      const generation = basedOn ?? state.inputsGeneration;
      if (generation < state.resolvedGeneration) return 'superseded';
      await replaceAllEntities(this.db, this.caseId, result);
      await markResolved(this.db, this.caseId, generation, true);
      await setCounter(this.db, this.caseId, 'resolved_generation', generation);
      await this.bumpRevision();
      return generation === state.inputsGeneration ? 'current' : 'outdated';
    });
  }

  async listDocuments(): Promise<readonly DocumentSummary[]> {
    const rows = await this.db.all('SELECT id, name, title, published, outlet, url, extractor_version, ingested_at FROM documents WHERE case_id = ? ORDER BY ingested_at, name', [this.caseId]);
    return rows.map((r) => ({
      id: String(r.id), name: String(r.name), title: nullable(r.title), published: nullable(r.published), outlet: nullable(r.outlet),
      url: nullable(r.url), extractorVersion: String(r.extractor_version), ingestedAt: String(r.ingested_at),
    }));
  }

  async getDocument(id: string): Promise<SourceDocument | null> {
    const [row] = await this.db.all('SELECT * FROM documents WHERE case_id = ? AND id = ?', [this.caseId, id]);
    return row ? toDocument(row) : null;
  }

  /**
   * Every document, in the case's one order (by name, then content hash, compared by code point): the analysis
   * and the exports follow it, so a case gives the same output whatever order its documents came in, by one
   * ingest or many workers, on SQLite or on PostgreSQL whatever its collation. `listDocuments` keeps the order they came in.
   */
  async loadAnalyzedDocuments(): Promise<readonly AnalyzedDocument[]> {
    return this.loadDocumentsInOrder();
  }

  private async loadDocumentsInOrder(): Promise<readonly AnalyzedDocument[]> {
    const inCase = [this.caseId];
    const docs = (await this.db.all('SELECT * FROM documents WHERE case_id = ?', inCase)).sort((a, b) => compareDocuments({ name: String(a.name), id: String(a.id) }, { name: String(b.name), id: String(b.id) }));
    const sentences = byDocument(await this.db.all('SELECT * FROM sentences WHERE case_id = ? ORDER BY doc_id, idx', inCase), toSentence);
    const mentions = byDocument(await this.db.all('SELECT * FROM mentions WHERE case_id = ? ORDER BY doc_id, start_offset, end_offset', inCase), toMention);
    const claims = byDocument(await this.db.all('SELECT * FROM claims WHERE case_id = ? ORDER BY doc_id, evidence_start, id', inCase), toClaim);
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
    for (const row of await this.db.all('SELECT mention_id, entity_id FROM entity_mentions WHERE case_id = ? ORDER BY mention_id', [this.caseId])) {
      const entityId = String(row.entity_id);
      entityOfMention.set(String(row.mention_id), entityId);
      let list = members.get(entityId);
      if (!list) members.set(entityId, (list = []));
      list.push(String(row.mention_id));
    }
    let version: string | undefined;
    for (const row of await this.db.all('SELECT * FROM entities WHERE case_id = ? ORDER BY name, id', [this.caseId])) {
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
    const rows = await this.db.all('SELECT kind, first_name, second_name FROM overrides WHERE case_id = ? ORDER BY seq', [this.caseId]);
    return rows.map((r): ResolutionOverride => r.kind === 'merge'
      ? { kind: 'merge', names: [String(r.first_name), String(r.second_name)] }
      // A retype keeps the type in the second column, as a split keeps its alias there.
      : r.kind === 'retype' ? { kind: 'retype', entityName: String(r.first_name), type: String(r.second_name) as EntityType }
      : { kind: 'split', entityName: String(r.first_name), alias: String(r.second_name) });
  }

  async addOverride(override: ResolutionOverride): Promise<void> {
    const [first, second] = override.kind === 'merge' ? override.names : override.kind === 'retype' ? [override.entityName, override.type] : [override.entityName, override.alias];
    await this.db.transaction(async () => {
      const [next] = await this.db.all('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM overrides WHERE case_id = ?', [this.caseId]);
      await this.db.run('INSERT INTO overrides VALUES (?, ?, ?, ?, ?, ?)', [this.caseId, Number(next?.seq ?? 1), override.kind, first, second, new Date().toISOString()]);
      await stepCounter(this.db, this.caseId, 'inputs_generation');
      await this.bumpRevision();
    });
  }

  async listSourceGrades(): Promise<readonly SourceGrade[]> {
    const rows = await this.db.all('SELECT source, grade, note FROM source_grades WHERE case_id = ? ORDER BY source', [this.caseId]);
    return rows.map((r) => ({ source: String(r.source), grade: String(r.grade) as SourceGrade['grade'], note: nullable(r.note) }));
  }

  async setSourceGrade(grade: SourceGrade): Promise<void> {
    await this.db.transaction(async () => {
      await this.db.run('DELETE FROM source_grades WHERE case_id = ? AND source = ?', [this.caseId, grade.source]);
      await this.db.run('INSERT INTO source_grades VALUES (?, ?, ?, ?)', [this.caseId, grade.source, grade.grade, grade.note]);
      await this.bumpRevision();
    });
  }

  async loadCase(): Promise<CaseSnapshot> {
    return this.db.transaction(async () => this.readCase(), 'snapshot');
  }

  readModel(): ReadModel {
    return (this.#readModel ??= new SqlReadModel(this.db, this.caseId, () => this.readCase()));
  }

  /**
   * Saves many documents in one transaction: for building large synthetic cases (benchmarks), where a
   * transaction per document is most of the time. Ingest keeps one per document, so a crash loses one.
   */
  async saveDocuments(batch: readonly AnalyzedDocument[]): Promise<number> {
    return this.db.transaction(async () => insertDocuments(this.db, this.caseId, batch));
  }

  /** Where another connection finds this case: the file, or the URL with its password (never printed; `location` is the redacted form). */
  get reopenAt(): { readonly case: string } | { readonly store: string } | null {
    return this.openedAt;
  }

  private async readCase(): Promise<CaseSnapshot> {
    return {
      documents: await this.loadAnalyzedDocuments(),
      resolution: await this.loadResolution(),
      overrides: await this.listOverrides(),
      sourceGrades: await this.listSourceGrades(),
    };
  }

  /** A number that changes on every write, so a server can cache analysis per revision. */
  async revision(): Promise<number> {
    return readCounter(this.db, this.caseId, 'revision');
  }

  /** Looks for rows a crash or a bug could have left inconsistent; reads one snapshot and changes nothing. */
  async check(): Promise<CaseCheck> {
    return this.db.transaction(async () => checkCase(this.db, this.caseId), 'snapshot');
  }

  async counts(): Promise<StoreCounts> {
    return countRows(this.db, this.caseId);
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  private async insertDerivedRows({ document: doc, extractorVersion: version, sentences, mentions, claims }: AnalyzedDocument): Promise<void> {
    const inCase = (row: SqlValue[]): SqlValue[] => [this.caseId, ...row];
    await this.db.runMany(`INSERT INTO sentences (case_id, doc_id, idx, start_offset, end_offset, extractor_version, tokens) VALUES (${marks(7)})`,
      sentences.map((s) => inCase(sentenceRow(doc.id, s, version))));
    await this.db.runMany(`INSERT INTO mentions VALUES (${marks(11)})`, mentions.map((m) => inCase(mentionRow(m, version))));
    await this.db.runMany(`INSERT INTO claims VALUES (${marks(20)})`, claims.map((c) => inCase(claimRow(c, version))));
  }

  private async bumpRevision(): Promise<void> {
    await stepCounter(this.db, this.caseId, 'revision');
  }
}

async function readResolutionState(db: SqlRunner, caseId: string): Promise<ResolutionState> {
  const inputsGeneration = await readCounter(db, caseId, 'inputs_generation');
  const resolvedGeneration = await readCounter(db, caseId, 'resolved_generation');
  return { inputsGeneration, resolvedGeneration, isCurrent: inputsGeneration === resolvedGeneration };
}

async function migrate(db: SqlRunner, location: string, caseName: string | undefined): Promise<void> {
  const metaTable = MIGRATIONS[0]![0] as string;
  try {
    await db.run(metaTable);
  } catch {
    // Two PostgreSQL sessions creating one table at once: the loser fails on the catalogue's key even with
    // IF NOT EXISTS. The table is there now; anything else fails again here and is reported.
    await db.run(metaTable);
  }
  const refuseNewer = (version: number): void => {
    if (version > SCHEMA_VERSION) {
      throw new StoreError('STORE_SCHEMA_TOO_NEW', `case has schema version ${version}; this dossier knows up to ${SCHEMA_VERSION}: upgrade dossier`, { file: location });
    }
  };
  const first = await readSchemaVersion(db, 'schema_version');
  refuseNewer(first);
  if (first === SCHEMA_VERSION) return;
  // Two processes may open a new case at once (two ingests): each step re-reads the version under the write
  // lock (SQLite) or a lock on `meta` (PostgreSQL), so the second finds the work done instead of creating the
  // tables again. A lock on the table, not on the version's row: a second process waiting for the row would
  // hold the table, which schema 7 renames, and the two would deadlock; waiting for the table, it holds nothing.
  for (let done = false; !done;) {
    done = await db.transaction(async () => {
      if (db.dialect === 'postgres') await db.run('LOCK TABLE meta IN SHARE ROW EXCLUSIVE MODE');
      const version = await readSchemaVersion(db, 'schema_version');
      refuseNewer(version);
      if (version === SCHEMA_VERSION) return true;
      // Only a new case has no version row, and its meta still has the first schema's shape.
      if (version === 0) await db.run("INSERT INTO meta (key, value) VALUES ('schema_version', '0') ON CONFLICT (key) DO NOTHING");
      if (version === CASE_ID_SCHEMA_VERSION - 1 && caseName !== undefined) await nameCaseBeforeSchema7(db, caseName);
      for (const statement of MIGRATIONS[version]!) {
        if (version === 0 && statement === metaTable) continue;
        await db.run(typeof statement === 'string' ? statement : statement[db.dialect]);
      }
      await setSchemaVersion(db, 'schema_version', version + 1);
      return false;
    });
  }
}

// The resolver's key function loads on the first save: commands that only read a case never pay for it.
async function blockingKeysOf(analyzed: AnalyzedDocument): Promise<string[]> {
  return (await import('../resolve/index.js')).blockingKeysOf(analyzed);
}

const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');
const nullable = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
