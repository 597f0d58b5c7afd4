import { createHash, sign, verify, X509Certificate, type KeyObject } from 'node:crypto';
import { stringify } from 'safe-stable-stringify';
import { repeat } from './repeat.js';
import type { Db, Queryable, Tx } from './db.js';
import { inTransaction } from './db.js';
import type { PlatformKey } from './pki.js';
import { sealFields, STORED_TYPES } from './personal-data.js';

/*
 * The audit log, tamper-evident without serialising the platform's writes (as X-Road batches its
 * message log):
 * 1. A business transaction inserts its audit rows like any other row: no lock, no hash (writeAudit, or
 *    a multi-row INSERT of the columns at, actor_id, agency_id, action, entity, entity_id, data).
 * 2. The sealer (sealAudit, startAuditSealer), one at a time across all nodes, gives the committed
 *    unsealed rows their chain position `seq` in id order and links each to the one before it:
 *    hash = sha256(prev_hash, "\n", canonical JSON of seq, id, at, actor, agency, action, entity, entity id, data).
 *    A row committed late simply gets a later seq. The table's triggers refuse every UPDATE except this
 *    one-time sealing, and every DELETE and TRUNCATE.
 * 3. Checkpoints: the platform key (PKI_DIR/platform.p12, never in the database) signs the chain head
 *    (checkpointLine). A database superuser can rewrite a row and recompute every later hash, but cannot
 *    sign the new head; exported checkpoints (npm run audit:checkpoints) also reveal deleted checkpoints.
 *    One exported checkpoint verifies with openssl alone:
 *      jq -j '.checkpoints[0].line' cp.json > line.txt
 *      jq -r '.checkpoints[0].signature' cp.json | base64 -d > sig.bin
 *      jq -r '.checkpoints[0].certificate' cp.json | openssl x509 -pubkey -noout > pub.pem
 *      openssl dgst -sha256 -verify pub.pem -signature sig.bin line.txt
 *    then `hash` must equal the hash of the row at `seq` (npm run audit:verify -- --checkpoints cp.json).
 */

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
  seq: number | null;
  prev_hash: string | null;
  hash: string | null;
  at: Date;
  /** `at` to the microsecond, in UTC, as PostgreSQL stores it (a JS Date keeps milliseconds only). */
  at_text: string;
  actor_id: number | null;
  agency_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  data: Record<string, unknown>;
};

const ROW_COLUMNS = `id, seq, prev_hash, hash, at, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at_text,
  actor_id, agency_id, action, entity, entity_id, data`;

export const GENESIS_HASH = '0'.repeat(64);

const sha256 = (prevHash: string, canonical: string) => createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');

function rowHash(prevHash: string, seq: number, row: AuditRow): string {
  return sha256(prevHash, stringify({
    seq,
    id: row.id,
    at: row.at_text,
    actorId: row.actor_id,
    agencyId: row.agency_id,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    data: row.data,
  }) as string);
}

// Rows chained under the former global lock (seq ≤ audit_chain_head.legacy_seq) keep their v1 hashes.
function legacyRowHash(prevHash: string, row: AuditRow): string {
  return sha256(prevHash, stringify({
    at: row.at.toISOString(),
    actorId: row.actor_id,
    agencyId: row.agency_id,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    data: row.data,
  }) as string);
}

/**
 * Records one audit entry inside the caller's transaction, so it exists exactly when the change it
 * records is committed. A plain insert: no lock and no hash; the sealer chains it after commit.
 */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.query({
    name: 'audit-insert-unsealed',
    text: 'INSERT INTO audit_log (at, actor_id, agency_id, action, entity, entity_id, data) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    values: [new Date(), entry.actorId, entry.agencyId, entry.action, entry.entity, entry.entityId === null ? null : String(entry.entityId), sealFields(entry.data ?? {})],
  });
}

type ChainHead = { seq: number; hash: string };

// Locks the chain head row: one sealer or checkpoint writer at a time, on this node or any other. Under
// READ COMMITTED the next statement then sees everything the previous holder committed.
async function lockHead(tx: Tx): Promise<ChainHead> {
  const head = await tx.query<ChainHead>('SELECT seq, hash FROM audit_chain_head FOR UPDATE');
  if (!head.rows[0]) throw new Error('audit_chain_head has no row: the audit chain cannot be continued');
  return head.rows[0];
}

const SEAL_BATCH = 1000;

/**
 * Seals one batch of committed, unsealed audit rows in id order, continuing the chain; returns how many
 * rows it sealed (fewer than the batch size once it has caught up).
 */
export async function sealAudit(db: Db, options: { batchSize?: number } = {}): Promise<number> {
  const batchSize = options.batchSize ?? SEAL_BATCH;
  return inTransaction(db, async (tx) => {
    const head = await lockHead(tx);
    const unsealed = await tx.query<AuditRow>({
      name: 'audit-unsealed',
      text: `SELECT ${ROW_COLUMNS} FROM audit_log WHERE hash IS NULL ORDER BY id LIMIT $1`,
      values: [batchSize],
      // Hashed as stored: personal data in `data` stays sealed (platform/personal-data.ts).
      types: STORED_TYPES,
    });
    if (unsealed.rows.length === 0) return 0;
    let seq = head.seq;
    let prevHash = head.hash;
    const ids: number[] = [];
    const seqs: number[] = [];
    const prevHashes: string[] = [];
    const hashes: string[] = [];
    for (const row of unsealed.rows) {
      seq++;
      const hash = rowHash(prevHash, seq, row);
      ids.push(row.id);
      seqs.push(seq);
      prevHashes.push(prevHash);
      hashes.push(hash);
      prevHash = hash;
    }
    const sealed = await tx.query(
      `UPDATE audit_log AS a SET seq = s.seq, prev_hash = s.prev_hash, hash = s.hash
         FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) AS s(id, seq, prev_hash, hash)
        WHERE a.id = s.id AND a.hash IS NULL`,
      [ids, seqs, prevHashes, hashes],
    );
    if (sealed.rowCount !== ids.length) throw new Error(`audit sealer: ${ids.length - (sealed.rowCount ?? 0)} rows changed under the chain lock`);
    await tx.query('UPDATE audit_chain_head SET seq = $1, hash = $2, sealed_at = now()', [seq, prevHash]);
    return ids.length;
  });
}

export type AuditCheckpoint = {
  id: number;
  seq: number;
  hash: string;
  at: Date;
  /** RSA-SHA256 (PKCS#1 v1.5) over checkpointLine(), base64. */
  signature: string;
  /** The signer's certificate, PEM. */
  certificate: string;
};

/** The exact text a checkpoint signs: UTF-8, lines separated by "\n", no final newline. */
export const checkpointLine = (checkpoint: { seq: number; hash: string; at: Date }) =>
  `tinh-so audit checkpoint v1\nseq=${checkpoint.seq}\nhash=${checkpoint.hash}\nat=${checkpoint.at.toISOString()}`;

type LastCheckpoint = { seq: number; at: Date } | undefined;

async function signHead(db: Db, key: PlatformKey, due: (head: ChainHead, last: LastCheckpoint) => boolean): Promise<AuditCheckpoint | null> {
  return inTransaction(db, async (tx) => {
    // Under the chain lock: the signed head is a sealed one, and two nodes do not sign the same head.
    const head = await lockHead(tx);
    if (head.seq === 0) return null;
    const last = await tx.query<{ seq: number; at: Date }>('SELECT seq, at FROM audit_checkpoints ORDER BY seq DESC, id DESC LIMIT 1');
    if (!due(head, last.rows[0])) return null;
    const at = new Date();
    const signature = sign('sha256', Buffer.from(checkpointLine({ ...head, at }), 'utf8'), key.privateKey).toString('base64');
    const inserted = await tx.query<{ id: number }>(
      'INSERT INTO audit_checkpoints (seq, hash, at, signature, certificate) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [head.seq, head.hash, at, signature, key.certificate],
    );
    return { id: inserted.rows[0]!.id, seq: head.seq, hash: head.hash, at, signature, certificate: key.certificate };
  });
}

/** Signs the current chain head (what is sealed so far) and stores the checkpoint; null while the chain is empty. */
export const writeCheckpoint = (db: Db, key: PlatformKey): Promise<AuditCheckpoint | null> => signHead(db, key, () => true);

type CheckpointCadence = { everyMs: number; everyRows: number };

const checkpointDue = (head: ChainHead, last: LastCheckpoint, cadence: CheckpointCadence, now = Date.now()) =>
  !last || (head.seq > last.seq && (head.seq - last.seq >= cadence.everyRows || now - last.at.getTime() >= cadence.everyMs));

export type AuditSealerOptions = {
  /** Pause between sealing rounds; a round continues while full batches remain. Default 500 ms. */
  intervalMs?: number;
  /** Signs checkpoints; without it the chain is sealed but not checkpointed. */
  key?: PlatformKey | null;
  /** A checkpoint when the head has moved and the last one is this old (default 60 s) … */
  checkpointEveryMs?: number;
  /** … or this many rows behind the head (default 10 000). */
  checkpointEveryRows?: number;
  log?: { warn: (obj: unknown, msg: string) => void; error: (obj: unknown, msg: string) => void };
};

const consoleLog = {
  warn: (obj: unknown, msg: string) => console.warn(`[tinh-so] ${msg}`, obj),
  error: (obj: unknown, msg: string) => console.error(`[tinh-so] ${msg}`, obj),
};

/**
 * Seals committed audit rows about every `intervalMs` and signs checkpoints on their cadence, until the
 * returned function is called. Safe on any number of nodes: they take turns on the chain lock.
 */
export function startAuditSealer(db: Db, options: AuditSealerOptions = {}): () => Promise<void> {
  const intervalMs = options.intervalMs ?? 500;
  const cadence = { everyMs: options.checkpointEveryMs ?? 60_000, everyRows: options.checkpointEveryRows ?? 10_000 };
  const log = options.log ?? consoleLog;
  const key = options.key ?? null;
  if (!key) log.warn({}, 'audit checkpoints are not signed: no platform key (PKI_DIR/platform.p12)');
  let running = true;
  const sealer = repeat(async () => {
    while (running && (await sealAudit(db)) === SEAL_BATCH);
    if (running && key) {
      // An unlocked look first: most rounds have no checkpoint due and need not queue for the chain lock.
      const state = await db.query<{ seq: number; hash: string; last_seq: number | null; last_at: Date | null }>({
        name: 'audit-checkpoint-due',
        text: `SELECT h.seq, h.hash, c.seq AS last_seq, c.at AS last_at FROM audit_chain_head h
                 LEFT JOIN LATERAL (SELECT seq, at FROM audit_checkpoints ORDER BY seq DESC, id DESC LIMIT 1) c ON true`,
      });
      const s = state.rows[0];
      const last = s?.last_seq != null ? { seq: s.last_seq, at: s.last_at! } : undefined;
      if (s && s.seq > 0 && checkpointDue(s, last, cadence)) {
        await signHead(db, key, (head, lastNow) => checkpointDue(head, lastNow, cadence));
      }
    }
  }, { intervalMs, firstDelayMs: 0, onError: (error) => log.error({ err: error }, 'audit sealer failed') });
  return () => {
    running = false;
    return sealer.stop();
  };
}

/**
 * Where the chain stands, for the operations page: the sealed head, the committed rows still waiting for the
 * sealer (and how long the oldest has waited), the last signed checkpoint. Ages in seconds by the database's clock.
 */
export async function auditChainState(db: Queryable) {
  const found = await db.query<{ sealedSeq: number; sealedAt: Date; unsealed: number; oldestUnsealedSeconds: number | null; checkpointSeq: number | null; checkpointAt: Date | null; checkpointAgeSeconds: number | null }>({
    name: 'audit-chain-state',
    text: `SELECT h.seq AS "sealedSeq", h.sealed_at AS "sealedAt", u.unsealed, u.oldest AS "oldestUnsealedSeconds",
                  c.seq AS "checkpointSeq", c.at AS "checkpointAt", extract(epoch FROM now() - c.at)::float8 AS "checkpointAgeSeconds"
             FROM audit_chain_head h
            CROSS JOIN (SELECT count(*)::int AS unsealed, extract(epoch FROM now() - min(at))::float8 AS oldest FROM audit_log WHERE hash IS NULL) u
             LEFT JOIN LATERAL (SELECT seq, at FROM audit_checkpoints ORDER BY seq DESC, id DESC LIMIT 1) c ON true`,
  });
  const row = found.rows[0];
  if (!row) throw new Error('audit_chain_head has no row: the audit chain cannot be continued');
  return row;
}

/** Checkpoints in id order, a page at a time (for the export). */
export async function listCheckpoints(db: Queryable, afterId = 0, limit = 1000): Promise<AuditCheckpoint[]> {
  const page = await db.query<AuditCheckpoint>(
    'SELECT id, seq, hash, at, signature, certificate FROM audit_checkpoints WHERE id > $1 ORDER BY id LIMIT $2',
    [afterId, limit],
  );
  return page.rows;
}

export const CHECKPOINT_EXPORT_FORMAT = 'tinh-so-audit-checkpoints/v1';

/** One checkpoint as exported: with the exact signed line, so that openssl alone can check it. */
export const exportedCheckpoint = (c: AuditCheckpoint) => ({
  id: c.id, seq: c.seq, hash: c.hash, at: c.at.toISOString(), line: checkpointLine(c), signature: c.signature, certificate: c.certificate,
});

/** Reads a file written by `npm run audit:checkpoints`. */
export function parseCheckpointExport(text: string): AuditCheckpoint[] {
  const parsed = JSON.parse(text) as { format?: unknown; checkpoints?: unknown };
  if (parsed.format !== CHECKPOINT_EXPORT_FORMAT || !Array.isArray(parsed.checkpoints)) {
    throw new Error(`not an export of audit checkpoints (format ${CHECKPOINT_EXPORT_FORMAT})`);
  }
  return parsed.checkpoints.map((c: Record<string, unknown>, i) => {
    const at = new Date(String(c.at));
    if (!Number.isSafeInteger(c.seq) || typeof c.hash !== 'string' || Number.isNaN(at.getTime())
      || typeof c.signature !== 'string' || typeof c.certificate !== 'string') {
      throw new Error(`exported checkpoint ${i + 1} is incomplete`);
    }
    return { id: Number(c.id), seq: c.seq as number, hash: c.hash, at, signature: c.signature, certificate: c.certificate };
  });
}

type Signer = { subject: string; fingerprint: string; publicKey: KeyObject; trusted: boolean };
export type CheckpointSigner = { subject: string; fingerprint: string };

/** Checks checkpoint signatures, each certificate parsed once; with a trust anchor, pins the signer. */
class CheckpointSignatures {
  private readonly signers = new Map<string, Signer | null>();
  constructor(private readonly trust: X509Certificate | undefined) {}

  private signer(pem: string): Signer | null {
    if (!this.signers.has(pem)) {
      let signer: Signer | null = null;
      try {
        const cert = new X509Certificate(pem);
        const trusted = !this.trust || cert.fingerprint256 === this.trust.fingerprint256
          || (cert.checkIssued(this.trust) && cert.verify(this.trust.publicKey));
        signer = { subject: cert.subject.replace(/\n/g, ', '), fingerprint: cert.fingerprint256, publicKey: cert.publicKey, trusted };
      } catch {
        signer = null;
      }
      this.signers.set(pem, signer);
    }
    return this.signers.get(pem)!;
  }

  /** Why the checkpoint cannot be believed; null when its signature holds. */
  problem(c: AuditCheckpoint): string | null {
    const signer = this.signer(c.certificate);
    if (!signer) return 'its certificate cannot be read';
    if (!verify('sha256', Buffer.from(checkpointLine(c), 'utf8'), signer.publicKey, Buffer.from(c.signature, 'base64'))) {
      return 'its signature does not verify with its certificate: the checkpoint was altered';
    }
    if (!signer.trusted) return `it is signed by ${signer.subject}, not by the trusted platform certificate`;
    return null;
  }

  get used(): CheckpointSigner[] {
    return [...this.signers.values()].filter((s): s is Signer => s !== null).map(({ subject, fingerprint }) => ({ subject, fingerprint }));
  }
}

/** Unsealed rows older than the grace period: the sealer is not running, or is failing. */
export type StaleUnsealed = { count: number; oldestId: number | null; oldestAt: Date | null };

export type AuditVerification =
  | { ok: true; rows: number; seq: number; head: string; checkpoints: number; signers: CheckpointSigner[]; unsealed: StaleUnsealed }
  | {
    ok: false; rows: number;
    /** The first bad row (null when the fault is not one row: a bad checkpoint, rows missing at the end). */
    brokenAt: number | null; brokenSeq: number | null; checkpointId?: number;
    reason: string; unsealed: StaleUnsealed;
  };

export type AuditVerifyOptions = {
  /** Checkpoints kept outside the database (parseCheckpointExport): each must still be in it. */
  checkpoints?: AuditCheckpoint[];
  /** PEM of the platform certificate or of its CA: every checkpoint must be signed under it. */
  trust?: string;
  /** Unsealed rows older than this are reported (default 5 s). */
  staleAfterMs?: number;
  batchSize?: number;
};

/**
 * Walks the chain in seq order on one snapshot and recomputes every hash; reports the first row that does
 * not fit (a gap in seq: a removed row; a hash mismatch: a changed row), every checkpoint whose signature
 * fails, and the first checkpoint whose signed head differs from the recomputed chain.
 */
export async function verifyAuditChain(db: Db, options: AuditVerifyOptions = {}): Promise<AuditVerification> {
  const client = await db.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    return await walkChain(client, options);
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
  }
}

async function walkChain(tx: Tx, options: AuditVerifyOptions): Promise<AuditVerification> {
  const batchSize = options.batchSize ?? 5000;
  const stale = await tx.query<{ count: number; oldest_id: number | null; oldest_at: Date | null }>(
    `SELECT count(*)::int AS count, min(id) AS oldest_id, min(at) AS oldest_at FROM audit_log
      WHERE hash IS NULL AND at < now() - $1 * interval '1 millisecond'`,
    [options.staleAfterMs ?? 5000],
  );
  const unsealed = { count: stale.rows[0]!.count, oldestId: stale.rows[0]!.oldest_id, oldestAt: stale.rows[0]!.oldest_at };
  let rows = 0;
  const fail = (brokenAt: number | null, brokenSeq: number | null, reason: string, checkpointId?: number): AuditVerification =>
    ({ ok: false, rows, brokenAt, brokenSeq, reason, unsealed, ...(checkpointId === undefined ? {} : { checkpointId }) });

  const headRow = await tx.query<{ seq: number; hash: string; legacy_seq: number }>('SELECT seq, hash, legacy_seq FROM audit_chain_head');
  const head = headRow.rows[0];
  if (!head) return fail(null, null, 'the chain head (audit_chain_head) was removed');

  const signatures = new CheckpointSignatures(options.trust ? new X509Certificate(options.trust) : undefined);
  const external = [...(options.checkpoints ?? [])].sort((a, b) => a.seq - b.seq);
  let nextExternal = 0;
  let checkpoints = 0;
  let prevHash = GENESIS_HASH;
  let lastSeq = 0;
  let lastId: number | null = null;
  let lastMatchedCheckpointSeq = 0;

  for (;;) {
    const batch = await tx.query<AuditRow>({ text: `SELECT ${ROW_COLUMNS} FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2`, values: [lastSeq, batchSize], types: STORED_TYPES });
    if (batch.rows.length === 0) break;
    const upTo = batch.rows.at(-1)!.seq!;
    const stored = await tx.query<AuditCheckpoint>(
      'SELECT id, seq, hash, at, signature, certificate FROM audit_checkpoints WHERE seq > $1 AND seq <= $2 ORDER BY seq, id',
      [lastSeq, upTo],
    );
    const storedAt = groupBySeq(stored.rows);
    const exportedAt = new Map<number, AuditCheckpoint[]>();
    for (; nextExternal < external.length && external[nextExternal]!.seq <= upTo; nextExternal++) {
      const c = external[nextExternal]!;
      exportedAt.set(c.seq, [...(exportedAt.get(c.seq) ?? []), c]);
    }

    for (const row of batch.rows) {
      const seq = row.seq!;
      if (seq !== lastSeq + 1) {
        const missing = seq - 1 > lastSeq + 1 ? `seq ${lastSeq + 1}–${seq - 1} are` : `seq ${lastSeq + 1} is`;
        return fail(row.id, seq, `${missing} missing: sealed rows before this one were removed`);
      }
      if (row.prev_hash !== prevHash) {
        return fail(row.id, seq, 'its prev_hash is not the hash of the row before it: that row was changed, or rows were removed');
      }
      const hash = seq <= head.legacy_seq ? legacyRowHash(prevHash, row) : rowHash(prevHash, seq, row);
      if (hash !== row.hash) return fail(row.id, seq, 'the row was changed after it was sealed (its content does not give its hash)');

      const here = storedAt.get(seq) ?? [];
      const exported = exportedAt.get(seq) ?? [];
      for (const c of [...here, ...exported]) {
        const source = here.includes(c) ? `checkpoint #${c.id}` : `exported checkpoint #${c.id}`;
        const problem = signatures.problem(c);
        if (problem) return fail(null, seq, `${source} (seq ${seq}): ${problem}`, c.id);
        if (c.hash !== row.hash) {
          return fail(row.id, seq, `the chain up to this row does not match signed ${source}: a row between seq ${lastMatchedCheckpointSeq + 1} and ${seq} was rewritten and the later hashes recomputed`, c.id);
        }
        if (!here.includes(c) && !here.some((d) => d.signature === c.signature)) {
          return fail(null, seq, `${source} (seq ${seq}, signed ${c.at.toISOString()}) is no longer in audit_checkpoints: checkpoints were deleted`, c.id);
        }
        checkpoints++;
      }
      if (here.length + exported.length > 0) lastMatchedCheckpointSeq = seq;
      prevHash = row.hash!;
      lastSeq = seq;
      lastId = row.id;
      rows++;
    }
  }

  if (head.seq > lastSeq) {
    return fail(null, lastSeq + 1, `the chain ends at seq ${lastSeq} but its head is at seq ${head.seq}: the last sealed rows were removed`);
  }
  if (head.seq < lastSeq) {
    const beyond = await tx.query<{ id: number }>('SELECT id FROM audit_log WHERE seq = $1', [head.seq + 1]);
    return fail(beyond.rows[0]?.id ?? null, head.seq + 1, `rows are sealed beyond the chain head (seq ${head.seq}): they were not sealed by the sealer`);
  }
  if (head.hash !== prevHash) return fail(lastId, lastSeq, 'the chain head records another hash for the last row');

  const storedBeyond = await tx.query<AuditCheckpoint>(
    'SELECT id, seq, hash, at, signature, certificate FROM audit_checkpoints WHERE seq > $1 ORDER BY seq, id LIMIT 1',
    [lastSeq],
  );
  const beyond = [...storedBeyond.rows, ...external.slice(nextExternal)].sort((a, b) => a.seq - b.seq)[0];
  if (beyond) {
    const problem = signatures.problem(beyond);
    return fail(null, beyond.seq, problem
      ? `checkpoint #${beyond.id} (seq ${beyond.seq}): ${problem}`
      : `checkpoint #${beyond.id} signs seq ${beyond.seq} but the chain ends at seq ${lastSeq}: sealed rows were removed`, beyond.id);
  }
  return { ok: true, rows, seq: lastSeq, head: prevHash, checkpoints, signers: signatures.used, unsealed };
}

function groupBySeq(checkpoints: AuditCheckpoint[]): Map<number, AuditCheckpoint[]> {
  const bySeq = new Map<number, AuditCheckpoint[]>();
  for (const c of checkpoints) bySeq.set(c.seq, [...(bySeq.get(c.seq) ?? []), c]);
  return bySeq;
}
