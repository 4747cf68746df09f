import type {
  AnalyzedDocument, CaseSnapshot, DocumentSummary, ReadModel, ResolutionInputs, ResolutionOverride,
  ResolutionState, ResolutionWork, ResolveResult, SaveResolutionStatus, SourceDocument, SourceGrade, Store, StoreCounts,
} from '../core/index.js';
import { checkCase, countRows, type CaseCheck } from './check-case.js';
import { openNamedCase, readCaseId } from './case-id.js';
import { readCounter, setCounter, stepCounter } from './meta-counters.js';
import { claimRow, documentRow, mentionRow, sentenceRow } from './rows.js';
import { insertDocuments } from './bulk-insert.js';
import {
  findBlockingComponent, loadDocumentsForResolution, markResolved, readResolutionWork, recordPendingDocument,
  replaceAllBlockingKeys, replaceAllEntities, replaceComponentEntities,
} from './incremental-resolution.js';
import { readDocument, readDocumentSummaries, readDocumentsInOrder, readOverrides, readResolution, readResolutionState, readSourceGrades } from './load-case.js';
import { migrate } from './migrate.js';
import { SqlReadModel } from './read-queries.js';
import { SCHEMA_VERSION } from './schema.js';
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
      documents: await readDocumentsInOrder(this.db, this.caseId),
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
    return readDocumentSummaries(this.db, this.caseId);
  }

  async getDocument(id: string): Promise<SourceDocument | null> {
    return readDocument(this.db, this.caseId, id);
  }

  /**
   * Every document, in the case's one order (by name, then content hash, compared by code point): the analysis
   * and the exports follow it, so a case gives the same output whatever order its documents came in, by one
   * ingest or many workers, on SQLite or on PostgreSQL whatever its collation. `listDocuments` keeps the order they came in.
   */
  async loadAnalyzedDocuments(): Promise<readonly AnalyzedDocument[]> {
    return readDocumentsInOrder(this.db, this.caseId);
  }

  async loadResolution(): Promise<ResolveResult> {
    return readResolution(this.db, this.caseId);
  }

  async listOverrides(): Promise<readonly ResolutionOverride[]> {
    return readOverrides(this.db, this.caseId);
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
    return readSourceGrades(this.db, this.caseId);
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

// The resolver's key function loads on the first save: commands that only read a case never pay for it.
async function blockingKeysOf(analyzed: AnalyzedDocument): Promise<string[]> {
  return (await import('../resolve/index.js')).blockingKeysOf(analyzed);
}

const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');
