import { randomUUID, createHash, sign, verify, X509Certificate } from 'node:crypto';
import type { Db, Queryable } from '../../platform/db.js';
import { inTransaction, isUniqueViolation } from '../../platform/db.js';
import type { PlatformKey } from '../../platform/pki.js';
import { gatewayErrors } from './errors.js';
import { checkpointLine, entryHash, GENESIS_HASH, type ChainedEntry } from './rules.js';
import { timestamp } from './tsa.js';
import { sealBytes, sealIfNumbered } from '../../platform/personal-data.js';

/*
 * The message log, tamper-evident without a lock held across any exchange (as platform/audit.ts does for
 * the audit log, and X-Road's security servers for theirs):
 * 1. After each exchange its entry is inserted with no hash and no lock, together with the entries of the
 *    exchanges that finished meanwhile on the node (group commit, LogWriter); the gateway answers once it is committed.
 * 2. The sealer, one at a time across nodes (the lgsp_chain_head row lock), gives committed entries their
 *    `seq` in id order and chains them: hash = sha256(prev_hash, "\n", canonical JSON of the entry and seq)
 *    (rules.ts entryHash). Bodies are not in the hash: their sha256 (request_hash, response_hash) is, so a
 *    body can be archived elsewhere and still be checked against its entry.
 * 3. Checkpoints: the platform key signs the chain head (checkpointLine); with LGSP_TSA_URL the signature
 *    is time-stamped by that RFC 3161 authority, otherwise the checkpoint says so.
 * 4. verifyMessageLog recomputes the chain, checks stored bodies against their hashes and every checkpoint.
 */

export type NewEntry = ChainedEntry & {
  consumerMemberId: number | null;
  latencyMs: number;
  requestContentType: string | null;
  responseContentType: string | null;
  requestBody: Buffer | null;
  responseBody: Buffer | null;
  bodyNote: string | null;
};

export const newMessageId = () => randomUUID();
export const sha256Hex = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

const COLUMNS = ['message_id', 'consumer_member_id', 'consumer', 'provider', 'service_code', 'operation', 'method', 'path', 'query', 'status', 'error_code',
  'started_at', 'finished_at', 'latency_ms', 'request_hash', 'response_hash', 'request_size', 'response_size', 'retention',
  'request_content_type', 'response_content_type', 'request_body', 'response_body', 'body_note', 'context'].join(', ');

const hex = (b: Buffer | null) => (b ? `\\x${b.toString('hex')}` : null);
/** An entry as a row of lgsp_messages in JSON (bytea in its hex form). */
const row = (e: NewEntry) => ({
  message_id: e.messageId, consumer_member_id: e.consumerMemberId, consumer: e.consumer, provider: e.provider, service_code: e.service, operation: e.operation,
  method: e.method, path: sealIfNumbered(e.path), query: sealIfNumbered(e.query), status: e.status, error_code: e.errorCode, started_at: e.startedAt, finished_at: e.finishedAt,
  latency_ms: e.latencyMs, request_hash: e.requestHash, response_hash: e.responseHash, request_size: e.requestSize, response_size: e.responseSize,
  retention: e.retention, request_content_type: e.requestContentType, response_content_type: e.responseContentType, request_body: hex(e.requestBody && sealBytes(e.requestBody)),
  // Bodies (a registry's answer carries ID numbers) are stored sealed; their hashes in the chain are of the clear body.
  response_body: hex(e.responseBody && sealBytes(e.responseBody)), body_note: e.bodyNote, context: e.context,
});

/** One statement for any number of entries, given as one JSON array: prepared once per connection. */
const INSERT = {
  name: 'lgsp-log-insert',
  text: `INSERT INTO lgsp_messages (${COLUMNS}) SELECT ${COLUMNS} FROM json_populate_recordset(NULL::lgsp_messages, $1::json)`,
};

/** Entries in one write at most: a batch of a busy node stays one small statement. */
const BATCH = 500;
/** Writes under way at once: the next group gathers while they commit. */
const IN_FLIGHT = 4;

/**
 * Group commit of the message log: entries that arrive while writes are under way go together in the next
 * one (one INSERT, one commit, for many calls under load; at once when idle). `write` resolves once its entry
 * is committed, and rejects (LGSP_LOG_UNAVAILABLE) when that write failed: the gateway answers only after its
 * entry is durable.
 */
export class LogWriter {
  private queue: { entry: NewEntry; done: (error?: unknown) => void }[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(private readonly db: Db, private readonly onError: (error: unknown) => void) {}

  write(entry: NewEntry): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ entry, done: (error) => (error ? reject(error) : resolve()) });
      this.schedule();
    });
  }

  /** Entries of the same turn of the event loop go together. */
  private schedule() {
    if (this.scheduled || this.inFlight >= IN_FLIGHT) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.queue.length === 0 || this.inFlight >= IN_FLIGHT) return;
    const batch = this.queue.splice(0, BATCH);
    this.inFlight++;
    try {
      await insertEntries(this.db, batch.map((b) => b.entry));
      for (const b of batch) b.done();
    } catch {
      // One entry the database refuses must not fail the others written with it: each is tried alone.
      for (const b of batch) {
        try {
          await insertEntries(this.db, [b.entry]);
          b.done();
        } catch (alone) {
          // Already there: the group was committed though its answer was lost (the message id is unique).
          if (isUniqueViolation(alone)) {
            b.done();
            continue;
          }
          this.onError(alone);
          b.done(Object.assign(gatewayErrors.logUnavailable(), { cause: alone }));
        }
      }
    } finally {
      this.inFlight--;
      if (this.queue.length > 0) this.schedule();
    }
  }
}

async function insertEntries(db: Queryable, entries: NewEntry[]): Promise<void> {
  await db.query({ ...INSERT, values: [JSON.stringify(entries.map(row))] });
}

type Head = { seq: number; hash: string };

async function lockHead(tx: Queryable): Promise<Head> {
  const head = (await tx.query<{ seq: string; hash: string }>('SELECT seq, hash FROM lgsp_chain_head FOR UPDATE')).rows[0];
  if (!head) throw new Error('lgsp_chain_head has no row: the message log cannot be continued');
  return { seq: Number(head.seq), hash: head.hash };
}

type EntryRow = {
  id: string; message_id: string; consumer: string; provider: string | null; service_code: string; operation: string | null; method: string; path: string;
  query: string; status: number; error_code: string | null; started_at: Date; finished_at: Date; request_hash: string; response_hash: string;
  request_size: string; response_size: string; retention: string; context: Record<string, unknown>; seq: string | null; prev_hash: string | null; hash: string | null;
};
const ENTRY_COLUMNS = `id, message_id, consumer, provider, service_code, operation, method, path, query, status, error_code, started_at, finished_at,
  request_hash, response_hash, request_size, response_size, retention, context, seq, prev_hash, hash`;

export const chainedOf = (r: EntryRow): ChainedEntry => ({
  messageId: r.message_id, consumer: r.consumer, provider: r.provider, service: r.service_code, operation: r.operation, method: r.method, path: r.path,
  query: r.query, status: r.status, errorCode: r.error_code, startedAt: r.started_at, finishedAt: r.finished_at, requestHash: r.request_hash,
  responseHash: r.response_hash, requestSize: Number(r.request_size), responseSize: Number(r.response_size), retention: r.retention, context: r.context,
});

const SEAL_BATCH = 1000;

/** Seals one batch of committed entries in id order; returns how many. */
export async function sealMessages(db: Db, batchSize = SEAL_BATCH): Promise<number> {
  return inTransaction(db, async (tx) => {
    const head = await lockHead(tx);
    const unsealed = await tx.query<EntryRow>({ name: 'lgsp-unsealed', text: `SELECT ${ENTRY_COLUMNS} FROM lgsp_messages WHERE hash IS NULL ORDER BY id LIMIT $1`, values: [batchSize] });
    if (unsealed.rows.length === 0) return 0;
    let { seq, hash: prev } = head;
    const ids: string[] = [], seqs: number[] = [], prevs: string[] = [], hashes: string[] = [];
    for (const row of unsealed.rows) {
      seq++;
      const hash = entryHash(prev, seq, chainedOf(row));
      ids.push(row.id); seqs.push(seq); prevs.push(prev); hashes.push(hash);
      prev = hash;
    }
    const sealed = await tx.query(
      `UPDATE lgsp_messages AS m SET seq = s.seq, prev_hash = s.prev_hash, hash = s.hash
         FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) AS s(id, seq, prev_hash, hash) WHERE m.id = s.id AND m.hash IS NULL`,
      [ids, seqs, prevs, hashes]);
    if (sealed.rowCount !== ids.length) throw new Error('lgsp sealer: entries changed under the chain lock');
    await tx.query('UPDATE lgsp_chain_head SET seq = $1, hash = $2, sealed_at = now()', [seq, prev]);
    return ids.length;
  });
}

export type Checkpoint = {
  id: number; seq: number; hash: string; at: Date; signature: string; certificate: string;
  timestampToken: Buffer | null; timestampNote: string;
};

const CHECKPOINT_COLUMNS = 'id, seq, hash, at, signature, certificate, timestamp_token AS "timestampToken", timestamp_note AS "timestampNote"';
const toCheckpoint = (r: Checkpoint): Checkpoint => ({ ...r, id: Number(r.id), seq: Number(r.seq) });

/**
 * Signs the chain head (what is sealed so far) and stores the checkpoint; with a TSA, its time-stamp token
 * over the signature. The TSA is asked outside any lock: the chain only grows, so the signed head stays a
 * head of the chain. Null while the chain is empty or when `due` says no.
 */
export async function writeCheckpoint(db: Db, key: PlatformKey, options: { tsaUrl?: string; due?: (head: Head, last: { seq: number; at: Date } | undefined) => boolean } = {}): Promise<Checkpoint | null> {
  const head = await inTransaction(db, async (tx) => {
    const h = (await tx.query<{ seq: string; hash: string }>('SELECT seq, hash FROM lgsp_chain_head')).rows[0]!;
    const last = (await tx.query<{ seq: string; at: Date }>('SELECT seq, at FROM lgsp_checkpoints ORDER BY seq DESC, id DESC LIMIT 1')).rows[0];
    const current = { seq: Number(h.seq), hash: h.hash };
    if (current.seq === 0) return null;
    if (options.due && !options.due(current, last ? { seq: Number(last.seq), at: last.at } : undefined)) return null;
    return current;
  });
  if (!head) return null;
  const at = new Date();
  const signature = sign('sha256', Buffer.from(checkpointLine({ ...head, at }), 'utf8'), key.privateKey);
  let token: Buffer | null = null;
  let note = 'không đóng dấu thời gian: chưa cấu hình máy chủ cấp dấu thời gian (LGSP_TSA_URL)';
  if (options.tsaUrl) {
    try {
      token = await timestamp(options.tsaUrl, signature);
      note = `đóng dấu thời gian bởi ${options.tsaUrl} (RFC 3161)`;
    } catch (error) {
      note = `không đóng dấu thời gian được: ${(error as Error).message}`.slice(0, 500);
    }
  }
  const inserted = await db.query<Checkpoint>(
    `INSERT INTO lgsp_checkpoints (seq, hash, at, signature, certificate, timestamp_token, timestamp_note) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${CHECKPOINT_COLUMNS}`,
    [head.seq, head.hash, at, signature.toString('base64'), key.certificate, token, note]);
  return toCheckpoint(inserted.rows[0]!);
}

export async function lastCheckpoint(db: Queryable): Promise<Checkpoint | null> {
  const row = (await db.query<Checkpoint>(`SELECT ${CHECKPOINT_COLUMNS} FROM lgsp_checkpoints ORDER BY seq DESC, id DESC LIMIT 1`)).rows[0];
  return row ? toCheckpoint(row) : null;
}

/** The first checkpoint at or after a chain position: it covers the entry there. */
export async function coveringCheckpoint(db: Queryable, seq: number): Promise<Checkpoint | null> {
  const row = (await db.query<Checkpoint>(`SELECT ${CHECKPOINT_COLUMNS} FROM lgsp_checkpoints WHERE seq >= $1 ORDER BY seq, id LIMIT 1`, [seq])).rows[0];
  return row ? toCheckpoint(row) : null;
}

export type LogVerification = {
  ok: boolean;
  entries: number;
  seq: number;
  head: string;
  checkpoints: number;
  /** The first bad entry's message id and chain position, and why; null when intact. */
  broken: { messageId: string | null; seq: number | null; reason: string } | null;
  unsealed: number;
  lastCheckpoint: { seq: number; at: string; timestampNote: string } | null;
};

/**
 * Walks the chain in seq order on one snapshot: a gap in seq is a removed entry, an entry whose content does
 * not give its hash was edited, one whose prev_hash is not its predecessor's hash was inserted (or its
 * predecessor removed); a stored body must still give its hash; every checkpoint must be signed by its
 * certificate (pinned to `trust` when given) and name the hash the recomputed chain has at its seq.
 */
export async function verifyMessageLog(db: Db, options: { trust?: string; batchSize?: number } = {}): Promise<LogVerification> {
  const client = await db.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    return await walk(client, options);
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
  }
}

async function walk(tx: Queryable, options: { trust?: string; batchSize?: number }): Promise<LogVerification> {
  const batchSize = options.batchSize ?? 5000;
  const trust = options.trust ? new X509Certificate(options.trust) : undefined;
  const unsealed = Number((await tx.query<{ n: string }>('SELECT count(*) AS n FROM lgsp_messages WHERE hash IS NULL')).rows[0]!.n);
  const last = await lastCheckpoint(tx);
  let entries = 0;
  let prev = GENESIS_HASH;
  let lastSeq = 0;
  const result = (broken: LogVerification['broken']): LogVerification => ({
    ok: broken === null, entries, seq: lastSeq, head: prev, checkpoints: checkpointCount, broken, unsealed,
    lastCheckpoint: last ? { seq: last.seq, at: last.at.toISOString(), timestampNote: last.timestampNote } : null,
  });
  let checkpointCount = 0;
  const hashAt = new Map<number, string>();
  const checkpoints = (await tx.query<Checkpoint>(`SELECT ${CHECKPOINT_COLUMNS} FROM lgsp_checkpoints ORDER BY seq, id`)).rows.map(toCheckpoint);
  const wanted = new Set(checkpoints.map((c) => c.seq));
  const certificates = new Map<string, X509Certificate | null>();
  for (;;) {
    const batch = await tx.query<EntryRow & { request_body: Buffer | null; response_body: Buffer | null; archived_request: Buffer | null; archived_response: Buffer | null; archived_at: Date | null; in_archive: boolean }>(
      `SELECT ${ENTRY_COLUMNS.split(',').map((c) => `m.${c.trim()}`).join(', ')}, m.request_body, m.response_body, m.archived_at,
              a.request_body AS archived_request, a.response_body AS archived_response, a.message_id IS NOT NULL AS in_archive
         FROM lgsp_messages m LEFT JOIN lgsp_message_archive a ON a.message_id = m.message_id
        WHERE m.seq > $1 ORDER BY m.seq LIMIT $2`, [lastSeq, batchSize]);
    if (batch.rows.length === 0) break;
    for (const row of batch.rows) {
      const seq = Number(row.seq);
      if (seq !== lastSeq + 1) {
        return result({ messageId: row.message_id, seq, reason: `các mục ${lastSeq + 1}–${seq - 1} đã bị xóa khỏi nhật ký (thiếu số thứ tự)` });
      }
      if (row.prev_hash !== prev) {
        return result({ messageId: row.message_id, seq, reason: 'mục không nối tiếp mục trước (prev_hash sai): một mục đã bị chèn vào hoặc bị xóa' });
      }
      const hash = entryHash(prev, seq, chainedOf(row));
      if (hash !== row.hash) return result({ messageId: row.message_id, seq, reason: 'nội dung mục đã bị sửa sau khi niêm phong (không khớp giá trị băm)' });
      const bodies: [Buffer | null, string, string][] = [
        [row.request_body ?? row.archived_request, row.request_hash, 'nội dung yêu cầu'],
        [row.response_body ?? row.archived_response, row.response_hash, 'nội dung trả lời'],
      ];
      for (const [body, expected, what] of bodies) {
        if (body && sha256Hex(body) !== expected) return result({ messageId: row.message_id, seq, reason: `${what} được lưu đã bị sửa (không khớp giá trị băm)` });
      }
      if (row.archived_at && !row.in_archive && row.retention === 'full') {
        return result({ messageId: row.message_id, seq, reason: 'nội dung đã lưu trữ của mục bị xóa khỏi kho lưu trữ' });
      }
      if (wanted.has(seq)) hashAt.set(seq, hash);
      prev = hash;
      lastSeq = seq;
      entries++;
    }
  }
  const head = (await tx.query<{ seq: string; hash: string }>('SELECT seq, hash FROM lgsp_chain_head')).rows[0];
  if (!head) return result({ messageId: null, seq: null, reason: 'mất bản ghi đầu chuỗi (lgsp_chain_head)' });
  if (Number(head.seq) !== lastSeq || head.hash !== prev) {
    return result({ messageId: null, seq: Number(head.seq), reason: `đầu chuỗi ghi số thứ tự ${head.seq} nhưng chuỗi kết thúc ở ${lastSeq}: các mục cuối đã bị xóa hoặc thêm` });
  }
  for (const c of checkpoints) {
    let cert = certificates.get(c.certificate);
    if (cert === undefined) {
      try {
        cert = new X509Certificate(c.certificate);
      } catch {
        cert = null;
      }
      certificates.set(c.certificate, cert);
    }
    if (!cert) return result({ messageId: null, seq: c.seq, reason: `điểm kiểm tra #${c.id}: không đọc được chứng thư ký` });
    if (!verify('sha256', Buffer.from(checkpointLine(c), 'utf8'), cert.publicKey, Buffer.from(c.signature, 'base64'))) {
      return result({ messageId: null, seq: c.seq, reason: `điểm kiểm tra #${c.id}: chữ ký không hợp lệ, điểm kiểm tra đã bị sửa` });
    }
    if (trust && cert.fingerprint256 !== trust.fingerprint256 && !(cert.checkIssued(trust) && cert.verify(trust.publicKey))) {
      return result({ messageId: null, seq: c.seq, reason: `điểm kiểm tra #${c.id}: không do khóa của nền tảng ký` });
    }
    const at = hashAt.get(c.seq);
    if (at === undefined) return result({ messageId: null, seq: c.seq, reason: `điểm kiểm tra #${c.id} ký tới mục ${c.seq} nhưng chuỗi chỉ có ${lastSeq} mục: các mục đã bị xóa` });
    if (at !== c.hash) {
      return result({ messageId: null, seq: c.seq, reason: `chuỗi tính lại không khớp điểm kiểm tra đã ký #${c.id} (mục ${c.seq}): một mục đã bị sửa, chèn hoặc xóa rồi tính lại các giá trị băm` });
    }
    checkpointCount++;
  }
  return result(null);
}

/** Moves bodies of entries older than `days` into lgsp_message_archive; their hashes stay. Returns how many entries. */
export async function archiveBodies(db: Db, days: number, batch = 500): Promise<number> {
  let total = 0;
  for (;;) {
    const moved = await inTransaction(db, async (tx) => {
      const rows = await tx.query<{ message_id: string }>(
        `WITH old AS (
           SELECT id, message_id, request_body, response_body FROM lgsp_messages
            WHERE archived_at IS NULL AND hash IS NOT NULL AND (request_body IS NOT NULL OR response_body IS NOT NULL)
              AND started_at < now() - $1 * interval '1 day' ORDER BY started_at LIMIT $2 FOR UPDATE SKIP LOCKED),
         kept AS (INSERT INTO lgsp_message_archive (message_id, request_body, response_body) SELECT message_id, request_body, response_body FROM old
                  ON CONFLICT (message_id) DO NOTHING)
         UPDATE lgsp_messages m SET request_body = NULL, response_body = NULL, archived_at = now() FROM old WHERE m.id = old.id RETURNING m.message_id`,
        [days, batch]);
      return rows.rowCount ?? 0;
    });
    total += moved;
    if (moved < batch) return total;
  }
}
