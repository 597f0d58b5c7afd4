import { CompactSign } from 'jose';
import type { ModuleDeps } from '../../platform/context.js';
import { gatewayErrors as e } from './errors.js';
import { platformKeyOf } from './jobs.js';
import { coveringCheckpoint, sealMessages, writeCheckpoint, type Checkpoint } from './message-log.js';
import type { Member } from './registry.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A receipt for one exchange, for a member that took part in it (its consumer, or the provider of the
 * service): a JWS (RS256, compact) signed with the platform key, its certificate chain in `x5c`, over
 * { messageId, consumer, provider, service, operation, method, path, status, requestHash, responseHash,
 *   sizes, startedAt, finishedAt, chain: { seq, prevHash, hash }, checkpoint: { seq, hash, at, signature,
 *   certificate, timestamped } }.
 * Whoever holds it proves what was exchanged: its hashes are in the entry, the entry is in the chain at
 * `seq`, and the chain up to the covering checkpoint is signed by the platform. An entry not yet sealed is
 * sealed first, and a checkpoint signed when none covers it yet.
 */
export async function receiptFor(deps: ModuleDeps, member: Member, messageId: string): Promise<string> {
  if (!UUID.test(messageId)) throw e.messageUnknown();
  const find = () => deps.db.query<{
    message_id: string; consumer: string; consumer_member_id: string | null; provider: string | null; service_code: string; operation: string | null; method: string;
    path: string; query: string; status: number; error_code: string | null; started_at: Date; finished_at: Date; request_hash: string; response_hash: string;
    request_size: string; response_size: string; seq: string | null; prev_hash: string | null; hash: string | null;
  }>(`SELECT message_id, consumer, consumer_member_id, provider, service_code, operation, method, path, query, status, error_code, started_at, finished_at,
             request_hash, response_hash, request_size, response_size, seq, prev_hash, hash FROM lgsp_messages WHERE message_id = $1`, [messageId]);
  let entry = (await find()).rows[0];
  if (!entry || (Number(entry.consumer_member_id) !== member.id && entry.provider !== member.identifier)) throw e.messageUnknown();
  const key = await platformKeyOf(deps);
  if (!key) throw e.receiptUnavailable();
  if (entry.seq === null) {
    await sealMessages(deps.db);
    entry = (await find()).rows[0]!;
    if (entry.seq === null) throw e.receiptUnavailable();
  }
  const seq = Number(entry.seq);
  let checkpoint: Checkpoint | null = await coveringCheckpoint(deps.db, seq);
  if (!checkpoint) checkpoint = await writeCheckpoint(deps.db, key);
  if (!checkpoint || checkpoint.seq < seq) throw e.receiptUnavailable();
  const payload = {
    iss: `${deps.config.publicUrl}/lgsp`,
    iat: Math.floor(Date.now() / 1000),
    typ: 'lgsp-receipt/v1',
    messageId: entry.message_id, consumer: entry.consumer, provider: entry.provider, service: entry.service_code, operation: entry.operation,
    method: entry.method, path: entry.path, query: entry.query, status: entry.status, errorCode: entry.error_code,
    requestHash: entry.request_hash, responseHash: entry.response_hash, requestSize: Number(entry.request_size), responseSize: Number(entry.response_size),
    startedAt: entry.started_at.toISOString(), finishedAt: entry.finished_at.toISOString(),
    chain: { seq, prevHash: entry.prev_hash, hash: entry.hash },
    checkpoint: {
      seq: checkpoint.seq, hash: checkpoint.hash, at: checkpoint.at.toISOString(), signature: checkpoint.signature,
      timestamped: checkpoint.timestampToken !== null, timestampNote: checkpoint.timestampNote,
      timestampToken: checkpoint.timestampToken?.toString('base64') ?? null,
    },
  };
  const x5c = key.certificate.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, '');
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'RS256', typ: 'JOSE', cty: 'application/json', x5c: [x5c] })
    .sign(key.privateKey);
}
