import type { Queryable, Tx } from '../../platform/db.js';
import type { Format } from './rules.js';

export type BuildRow = {
  dataset: string; createdAt: Date; nextDueAt: Date; lastAttemptAt: Date | null; lastSuccessAt: Date | null;
  lastError: string | null; lastErrorAt: Date | null; buildCount: number;
};
export type SnapshotMeta = { dataset: string; format: Format; size: number; rowCount: number; sha256: string; createdAt: Date; modifiedAt: Date };

const buildColumns = `dataset, created_at AS "createdAt", next_due_at AS "nextDueAt", last_attempt_at AS "lastAttemptAt", last_success_at AS "lastSuccessAt",
  last_error AS "lastError", last_error_at AS "lastErrorAt", build_count AS "buildCount"`;
const snapshotColumns = `dataset, format, size, row_count AS "rowCount", sha256, created_at AS "createdAt", modified_at AS "modifiedAt"`;

export const openDataRepository = {
  /** A schedule row for each data set the code publishes (due at once when new). */
  async ensureBuilds(db: Queryable, names: string[]): Promise<void> {
    await db.query('INSERT INTO open_data_builds (dataset) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING', [names]);
  },

  /**
   * Takes a due data set for this transaction: another node asking at the same time skips it, and once
   * this one commits the next due time has moved on, so each due build runs on one node only.
   */
  async claimDue(tx: Tx, dataset: string): Promise<BuildRow | undefined> {
    return (await tx.query<BuildRow>(`SELECT ${buildColumns} FROM open_data_builds WHERE dataset = $1 AND next_due_at <= now() FOR UPDATE SKIP LOCKED`, [dataset])).rows[0];
  },

  /** Stores a file; its modification time moves only when its bytes changed. */
  async saveSnapshot(tx: Tx, s: { dataset: string; format: Format; content: Buffer; rowCount: number; sha256: string }): Promise<void> {
    await tx.query(`INSERT INTO open_data_snapshots (dataset, format, content, size, row_count, sha256, modified_at) VALUES ($1, $2, $3, $4, $5, $6, now())
      ON CONFLICT (dataset, format) DO UPDATE SET content = EXCLUDED.content, size = EXCLUDED.size, row_count = EXCLUDED.row_count, sha256 = EXCLUDED.sha256,
        modified_at = CASE WHEN open_data_snapshots.sha256 = EXCLUDED.sha256 THEN open_data_snapshots.modified_at ELSE now() END`,
    [s.dataset, s.format, s.content, s.content.length, s.rowCount, s.sha256]);
  },

  async recordSuccess(tx: Tx, dataset: string, intervalMs: number): Promise<void> {
    await tx.query(`UPDATE open_data_builds SET last_attempt_at = now(), last_success_at = now(), last_error = NULL, last_error_at = NULL, build_count = build_count + 1,
      next_due_at = now() + make_interval(secs => $2::double precision) WHERE dataset = $1`, [dataset, intervalMs / 1000]);
  },

  async recordFailure(tx: Tx, dataset: string, message: string, retryMs: number): Promise<void> {
    await tx.query(`UPDATE open_data_builds SET last_attempt_at = now(), last_error = $2, last_error_at = now(),
      next_due_at = now() + make_interval(secs => $3::double precision) WHERE dataset = $1`, [dataset, message.slice(0, 2000), retryMs / 1000]);
  },

  /** Makes data sets due now (the admin's refresh). */
  async markDue(tx: Tx, names: string[]): Promise<void> {
    await tx.query('UPDATE open_data_builds SET next_due_at = now() WHERE dataset = ANY($1::text[])', [names]);
  },

  async builds(db: Queryable): Promise<BuildRow[]> {
    return (await db.query<BuildRow>(`SELECT ${buildColumns} FROM open_data_builds ORDER BY dataset`)).rows;
  },

  async snapshots(db: Queryable): Promise<SnapshotMeta[]> {
    return (await db.query<SnapshotMeta>(`SELECT ${snapshotColumns} FROM open_data_snapshots ORDER BY dataset, format`)).rows;
  },

  async file(db: Queryable, dataset: string, format: Format): Promise<(SnapshotMeta & { content: Buffer }) | undefined> {
    return (await db.query<SnapshotMeta & { content: Buffer }>(`SELECT ${snapshotColumns}, content FROM open_data_snapshots WHERE dataset = $1 AND format = $2`,
      [dataset, format])).rows[0];
  },
};
