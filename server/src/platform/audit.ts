import { createHash } from 'node:crypto';
import { stringify } from 'safe-stable-stringify';
import type { Queryable, Tx } from './db.js';

export type AuditEntry = {
  actorId: number | null;
  agencyId: number | null;
  action: string;
  entity: string;
  entityId: string | number | null;
  data?: Record<string, unknown>;
};

type AuditRow = {
  id: number;
  at: Date;
  actor_id: number | null;
  agency_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  data: Record<string, unknown>;
  prev_hash: string;
  hash: string;
};

export const GENESIS_HASH = '0'.repeat(64);
// Serialises appends so that each row links to the row committed before it.
const AUDIT_LOCK = 7_305_002;

function rowHash(prevHash: string, row: Omit<AuditRow, 'id' | 'prev_hash' | 'hash'>): string {
  const canonical = stringify({
    at: row.at.toISOString(),
    actorId: row.actor_id,
    agencyId: row.agency_id,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    data: row.data,
  }) as string;
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

/**
 * Appends one audit record inside the caller's transaction, so the record exists exactly when the
 * change it records is committed. Call it last in the transaction: it holds the chain lock until commit.
 */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
  const last = await tx.query<{ hash: string }>({ name: 'audit-last-hash', text: 'SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1' });
  const prevHash = last.rows[0]?.hash ?? GENESIS_HASH;
  // Round-trip through JSON so the hashed value equals what jsonb stores and returns.
  const row = {
    at: new Date(),
    actor_id: entry.actorId,
    agency_id: entry.agencyId,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId === null ? null : String(entry.entityId),
    data: JSON.parse(JSON.stringify(entry.data ?? {})) as Record<string, unknown>,
  };
  await tx.query({ name: 'audit-insert', text: `INSERT INTO audit_log (at, actor_id, agency_id, action, entity, entity_id, data, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, values: [row.at, row.actor_id, row.agency_id, row.action, row.entity, row.entity_id, row.data, prevHash, rowHash(prevHash, row)] });
}

export type AuditVerification =
  | { ok: true; rows: number; head: string }
  | { ok: false; rows: number; brokenAt: number; reason: string };

/** Walks the whole chain in order and recomputes every hash; reports the first row that does not fit. */
export async function verifyAuditChain(db: Queryable, batchSize = 5000): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let rows = 0;
  for (;;) {
    const batch = await db.query<AuditRow>(
      'SELECT * FROM audit_log WHERE id > $1 ORDER BY id LIMIT $2',
      [lastId, batchSize],
    );
    for (const row of batch.rows) {
      if (row.prev_hash !== prevHash) {
        return { ok: false, rows, brokenAt: row.id, reason: 'the previous row was changed or removed' };
      }
      if (rowHash(prevHash, row) !== row.hash) {
        return { ok: false, rows, brokenAt: row.id, reason: 'the row was changed after it was written' };
      }
      prevHash = row.hash;
      lastId = row.id;
      rows++;
    }
    if (batch.rows.length < batchSize) return { ok: true, rows, head: prevHash };
  }
}
