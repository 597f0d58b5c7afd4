import { inTransaction, type Db, type Tx } from './db.js';
import type { JobRegistry } from './jobs.js';
import type { Actor } from './principal.js';

export type AuditRecord = {
  action: string;
  entity: string;
  entityId: string | number | null;
  /** The agency on whose records the change was made, when there is one. */
  agencyId?: number | null;
  data?: Record<string, unknown>;
};

/** What the code of one state change works with: its transaction, its audit trail and its events. */
export type UnitOfWork = {
  tx: Tx;
  actor: Actor;
  /** Records what was done; written with the change, chained by the audit sealer after commit. */
  audit(record: AuditRecord): void;
  /** Announces what happened; each subscriber of the topic gets a delivery once the change commits. */
  emit(topic: string, payload: Record<string, unknown>): void;
};

export type RunUnitOfWork = <T>(actor: Actor, work: (uow: UnitOfWork) => Promise<T>) => Promise<T>;

/**
 * One helper for every state change of every module: the change, its audit records and its events
 * commit together or not at all. Audit rows and events are buffered and written in one statement just
 * before COMMIT, so a state change costs one round trip more than its own SQL, and no lock is shared
 * with other transactions.
 */
export function unitOfWork(db: Db, jobs: JobRegistry): RunUnitOfWork {
  return async (actor, work) => {
    const audits: Required<AuditRecord>[] = [];
    const events: QueuedEvent[] = [];
    const result = await inTransaction(db, async (tx) => {
      const done = await work({
        tx,
        actor,
        audit: (record) => audits.push({ agencyId: null, data: {}, ...record }),
        emit: (topic, payload) => events.push({ topic, payload, subscribers: jobs.subscribersOf(topic) }),
      });
      if (audits.length > 0 || events.length > 0) await flush(tx, actor, audits, events);
      return done;
    });
    if (events.some((e) => e.subscribers.length > 0)) jobs.notify();
    return result;
  };
}

type QueuedEvent = { topic: string; payload: Record<string, unknown>; subscribers: string[] };

async function flush(tx: Tx, actor: Actor, audits: Required<AuditRecord>[], events: QueuedEvent[]) {
  const at = new Date().toISOString();
  const auditRows = audits.map((a) => ({
    at, actor_id: actor.id, agency_id: a.agencyId, action: a.action, entity: a.entity,
    entity_id: a.entityId === null ? null : String(a.entityId),
    data: actor.type === 'user' ? a.data : { ...a.data, by: actor.fullName },
  }));
  const eventRows = events.map((e, n) => ({ n, topic: e.topic, payload: e.payload }));
  const deliveryRows = events.flatMap((e, n) => e.subscribers.map((subscriber) => ({ n, subscriber })));
  await tx.query({
    name: 'uow-flush',
    text: `WITH audit AS (
             INSERT INTO audit_log (at, actor_id, agency_id, action, entity, entity_id, data)
             SELECT at, actor_id, agency_id, action, entity, entity_id, data
               FROM jsonb_to_recordset($1::jsonb) AS r(at timestamptz, actor_id bigint, agency_id bigint, action text, entity text, entity_id text, data jsonb)),
           numbered AS (
             SELECT nextval(pg_get_serial_sequence('events', 'id')) AS id, n, topic, payload
               FROM jsonb_to_recordset($2::jsonb) AS r(n int, topic text, payload jsonb)),
           event AS (INSERT INTO events (id, topic, payload) SELECT id, topic, payload FROM numbered ORDER BY n)
         INSERT INTO job_deliveries (event_id, subscriber)
         SELECT numbered.id, d.subscriber FROM jsonb_to_recordset($3::jsonb) AS d(n int, subscriber text) JOIN numbered ON numbered.n = d.n`,
    values: [JSON.stringify(auditRows), JSON.stringify(eventRows), JSON.stringify(deliveryRows)],
  });
}
