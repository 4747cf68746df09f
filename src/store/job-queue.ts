import { createHash, randomUUID } from 'node:crypto';
import type { AnalyzedDocument, DocumentFormat } from '../core/index.js';
import type { PostgresRunner } from './postgres-runner.js';
import { migrateQueue } from './queue-schema.js';
import type { SqlRow } from './sql-runner.js';
import type { SqlStore } from './sql-store.js';

/** An article as queued: its bytes as read, and what the manifest said of it. */
export interface JobSource {
  readonly name: string;
  readonly origin: string;
  readonly format: DocumentFormat | null;
  readonly bytes: Uint8Array;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
}

/** A job a worker holds: `leaseToken` names this one claim, so a worker whose lease was taken over cannot finish it. */
export interface ClaimedJob extends JobSource {
  readonly id: number;
  readonly attempts: number;
  readonly leaseToken: string;
  /** When the job was queued (ISO 8601): the document's place in the case, see `Store.saveDocument`. */
  readonly enqueuedAt: string;
  /** Why the previous attempt ended, when there was one (an error, or a worker that stopped holding it). */
  readonly previousReason: string | null;
}

export type JobState = 'pending' | 'running' | 'done' | 'failed';
export type EnqueueResult = { readonly status: 'queued'; readonly id: number } | { readonly status: 'already-queued'; readonly id: number; readonly state: JobState };

export interface QueueCounts {
  readonly pending: number;
  readonly running: number;
  readonly failed: number;
  readonly done: number;
  /** Pending jobs a worker may take now (the others wait out a retry delay). */
  readonly ready: number;
  /** Running jobs whose worker let the lease run out (killed, or stuck); the next worker to look takes them. */
  readonly expiredLeases: number;
}

export interface FailedJob {
  readonly id: number;
  readonly name: string;
  readonly origin: string;
  readonly attempts: number;
  readonly code: string | null;
  readonly reason: string;
  readonly failedAt: string;
}

export interface JobFailure {
  readonly code: string;
  readonly reason: string;
}

export interface RetryPolicy {
  readonly maxAttempts: number;
  /** Waited before the next attempt, times the attempts made so far. */
  readonly retryDelayMs: number;
}

/** What finishing a job came to; 'lost' when the lease had been taken over by another worker, so nothing was written. */
export type JobFinish = 'inserted' | 'unchanged' | 'retry' | 'failed' | 'lost';

/**
 * The case's work queue in PostgreSQL. Workers claim jobs with `FOR UPDATE SKIP LOCKED`, so any number of
 * them, on any number of machines, never claim one job at once; a claim is a lease, and a job whose worker
 * died (the lease ran out) is claimed again. A document's rows and its job's `done` are written in one
 * transaction, and only by the worker whose claim is still the job's: a killed worker leaves nothing behind
 * and a slow one whose lease was taken over writes nothing.
 */
export class JobQueue {
  private readonly caseId: string;

  private constructor(private readonly db: PostgresRunner, private readonly store: SqlStore) {
    this.caseId = store.caseId;
  }

  static async open(db: PostgresRunner, store: SqlStore): Promise<JobQueue> {
    await migrateQueue(db, store.location, store.caseId);
    return new JobQueue(db, store);
  }

  /** Queues an article unless the same bytes are queued already (in any state): enqueueing is idempotent. */
  async enqueue(source: JobSource): Promise<EnqueueResult> {
    const hash = createHash('sha256').update(source.bytes).digest('hex');
    const [inserted] = await this.db.all(`INSERT INTO queue_jobs (case_id, content_hash, name, origin, format, bytes, published, outlet, url)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, content_hash) DO NOTHING RETURNING id`,
    [this.caseId, hash, source.name, source.origin, source.format, source.bytes, source.published, source.outlet, source.url]);
    if (inserted) return { status: 'queued', id: Number(inserted.id) };
    const [existing] = await this.db.all('SELECT id, state FROM queue_jobs WHERE case_id = ? AND content_hash = ?', [this.caseId, hash]);
    return { status: 'already-queued', id: Number(existing!.id), state: String(existing!.state) as JobState };
  }

  /**
   * Claims the oldest job that is ready, or whose lease ran out, for `leaseMs`; null when there is none.
   * SKIP LOCKED passes over a row another worker is claiming or finishing, instead of waiting for it.
   */
  async take(workerId: string, leaseMs: number): Promise<ClaimedJob | null> {
    const token = randomUUID();
    const [row] = await this.db.all(`UPDATE queue_jobs SET state = 'running', attempts = attempts + 1, worker_id = ?, lease_token = ?,
        lease_until = now() + CAST(? AS integer) * interval '1 millisecond',
        reason = CASE WHEN state = 'running' THEN 'the worker ' || worker_id || ' stopped holding it (its lease ran out)' ELSE reason END
      WHERE case_id = ? AND id = (SELECT id FROM queue_jobs
        WHERE case_id = ? AND ((state = 'pending' AND run_after <= now()) OR (state = 'running' AND lease_until < now()))
        ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING id, name, origin, format, bytes, published, outlet, url, attempts, lease_token, reason, enqueued_at`, [workerId, token, Math.round(leaseMs), this.caseId, this.caseId]);
    return row ? toClaimedJob(row) : null;
  }

  /**
   * Saves the document and marks its job done, in one transaction, if the claim is still the job's.
   * `beforeCommit` runs inside that transaction after the rows are written (tests pause there to kill a worker).
   */
  async complete(job: ClaimedJob, analyzed: AnalyzedDocument | { readonly unchangedDocId: string }, beforeCommit?: () => Promise<void>): Promise<JobFinish> {
    const hasDocument = 'document' in analyzed;
    return this.db.transaction(async () => {
      // The commit need not wait for its WAL flush: a commit the server loses in a crash takes the job's `done`
      // with the document's rows (one transaction), so the job is claimed again and read again. Nothing is
      // half-saved; the worst is work done twice. Per document, the flush was most of a worker's waiting.
      await this.db.run('SET LOCAL synchronous_commit TO off');
      // The job's row first: this takes its lock (a worker reclaiming it waits, then finds it done) and checks
      // the claim in one statement. The document's rows come last, so the case's counters, which every save
      // steps, are held locked only from the last statement to the commit, not across this one as well.
      const [claimed] = await this.db.all(`UPDATE queue_jobs SET state = 'done', outcome = ?, doc_id = ?, lease_until = NULL,
        error_code = NULL, reason = NULL, finished_at = now() WHERE case_id = ? AND id = ? AND state = 'running' AND lease_token = ? RETURNING id`,
      [hasDocument ? 'inserted' : 'unchanged', hasDocument ? analyzed.document.id : analyzed.unchangedDocId, this.caseId, job.id, job.leaseToken]);
      if (!claimed) return 'lost';
      const outcome = hasDocument ? await this.store.saveDocument(analyzed, job.enqueuedAt) : 'unchanged';
      // Another worker (or a plain ingest) saved the same text under another file name meanwhile.
      if (hasDocument && outcome === 'unchanged') await this.db.run("UPDATE queue_jobs SET outcome = 'unchanged' WHERE case_id = ? AND id = ?", [this.caseId, job.id]);
      await beforeCommit?.();
      return outcome;
    });
  }

  /** Records a failed attempt: the job waits and is tried again, or, out of attempts, becomes a dead letter with the reason. */
  async fail(job: ClaimedJob, failure: JobFailure, policy: RetryPolicy): Promise<JobFinish> {
    return this.db.transaction(async () => {
      if (!(await this.holdsClaim(job))) return 'lost';
      const final = job.attempts >= policy.maxAttempts;
      await this.db.run(`UPDATE queue_jobs SET state = ?, error_code = ?, reason = ?, lease_until = NULL, lease_token = NULL,
        run_after = now() + CAST(? AS integer) * interval '1 millisecond', finished_at = CASE WHEN ? = 'failed' THEN now() ELSE NULL END
        WHERE case_id = ? AND id = ?`, [final ? 'failed' : 'pending', failure.code, failure.reason, Math.round(policy.retryDelayMs * job.attempts), final ? 'failed' : 'pending', this.caseId, job.id]);
      return final ? 'failed' : 'retry';
    });
  }

  /** Gives a claimed job back untouched (a worker asked to stop before starting it); the attempt is not counted. */
  async release(job: ClaimedJob): Promise<void> {
    await this.db.run(`UPDATE queue_jobs SET state = 'pending', attempts = attempts - 1, worker_id = NULL, lease_token = NULL, lease_until = NULL
      WHERE case_id = ? AND id = ? AND state = 'running' AND lease_token = ?`, [this.caseId, job.id, job.leaseToken]);
  }

  async counts(): Promise<QueueCounts> {
    const [row] = await this.db.all(`SELECT
        COUNT(*) FILTER (WHERE state = 'pending') AS pending, COUNT(*) FILTER (WHERE state = 'running') AS running,
        COUNT(*) FILTER (WHERE state = 'failed') AS failed, COUNT(*) FILTER (WHERE state = 'done') AS done,
        COUNT(*) FILTER (WHERE state = 'pending' AND run_after <= now()) AS ready,
        COUNT(*) FILTER (WHERE state = 'running' AND lease_until < now()) AS expired
      FROM queue_jobs WHERE case_id = ?`, [this.caseId]);
    const n = (key: string): number => Number(row?.[key] ?? 0);
    return { pending: n('pending'), running: n('running'), failed: n('failed'), done: n('done'), ready: n('ready'), expiredLeases: n('expired') };
  }

  /** The dead letters, oldest first, each with the reason of its last attempt. */
  async failedJobs(): Promise<readonly FailedJob[]> {
    const rows = await this.db.all(`SELECT id, name, origin, attempts, error_code, reason, finished_at FROM queue_jobs WHERE case_id = ? AND state = 'failed' ORDER BY id`, [this.caseId]);
    return rows.map((r) => ({
      id: Number(r.id), name: String(r.name), origin: String(r.origin), attempts: Number(r.attempts),
      code: r.error_code === null ? null : String(r.error_code), reason: String(r.reason ?? ''), failedAt: new Date(String(r.finished_at)).toISOString(),
    }));
  }

  /**
   * Runs `work` only if no other worker of this case is doing the same, else returns null at once. Used for
   * resolution, which reads the whole case: two workers going idle together would otherwise both run it.
   * A session lock, so it goes with the worker's connection if the worker dies.
   */
  async exclusively<T>(name: string, work: () => Promise<T>): Promise<T | null> {
    // Named for the case as well: cases sharing one set of tables resolve independently.
    return this.db.withSessionLock(`${this.caseId}.${name}`, work);
  }

  async close(): Promise<void> {
    await this.store.close();
  }

  // Taking the row lock first makes a worker that reclaims the job (lease ran out) and this one decide in turn.
  private async holdsClaim(job: ClaimedJob): Promise<boolean> {
    const rows = await this.db.all("SELECT id FROM queue_jobs WHERE case_id = ? AND id = ? AND state = 'running' AND lease_token = ? FOR UPDATE", [this.caseId, job.id, job.leaseToken]);
    return rows.length > 0;
  }
}

function toClaimedJob(row: SqlRow): ClaimedJob {
  const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
  return {
    id: Number(row.id), name: String(row.name), origin: String(row.origin), format: text(row.format) as DocumentFormat | null,
    bytes: row.bytes as Uint8Array, published: text(row.published), outlet: text(row.outlet), url: text(row.url),
    attempts: Number(row.attempts), leaseToken: String(row.lease_token), previousReason: text(row.reason),
    enqueuedAt: new Date(row.enqueued_at as Date | string).toISOString(),
  };
}
