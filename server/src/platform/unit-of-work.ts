import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Db, Queryable, Tx } from './db.js';
import type { JobRegistry } from './jobs.js';
import type { Actor } from './principal.js';
import { sealFields } from './personal-data.js';

export type AuditRecord = {
  action: string;
  entity: string;
  entityId: string | number | null;
  /** The agency on whose records the change was made, when there is one. */
  agencyId?: number | null;
  data?: Record<string, unknown>;
};

/**
 * A change's last statement, run by `finish` together with the unit's audit records and events. Its
 * common table expressions (`a AS (...), b AS (...)`) use the parameters $1…$n of `values`; `changed`
 * names the one whose rows say that the change took place (an optimistic UPDATE ... WHERE version = $v
 * that found nothing writes nothing else either); `select` is the statement's result.
 */
export type FinalStatement = { with: string; changed: string; select: string; values: unknown[] };

/** What the code of one state change works with: its transaction, its audit trail and its events. */
export type UnitOfWork = {
  /** The unit's transaction, begun at its first query. */
  tx: Tx;
  actor: Actor;
  /** Records what was done; written with the change, chained by the audit sealer after commit. */
  audit(record: AuditRecord): void;
  /** Announces what happened; each subscriber of the topic gets a delivery once the change commits. */
  emit(topic: string, payload: Record<string, unknown>): void;
  /**
   * Ends the unit with its last statement, the audit records and events recorded so far written by the
   * same statement. A unit that ran no query before it needs no BEGIN and COMMIT: the statement is its
   * own transaction, one round trip for the whole change. Returns the statement's rows; none when
   * `changed` found nothing to change, and then nothing of the unit is written.
   */
  finish<R extends pg.QueryResultRow>(statement: FinalStatement): Promise<R[]>;
};

export type RunUnitOfWork = <T>(actor: Actor, work: (uow: UnitOfWork) => Promise<T>) => Promise<T>;

/**
 * One helper for every state change of every module: the change, its audit records and its events
 * commit together or not at all. Audit rows and events are buffered and written in one statement just
 * before COMMIT (or within the change's own last statement, see `finish`), so no lock is shared with
 * other transactions and a change costs at most one round trip more than its own SQL.
 * `afterCommit` runs after each commit (with a read replica: one more round trip, see read-replica.ts).
 */
export function unitOfWork(db: Db, jobs: JobRegistry, afterCommit?: (primary: Queryable) => Promise<void>): RunUnitOfWork {
  return async (actor, work) => {
    const audits: Required<AuditRecord>[] = [];
    const events: QueuedEvent[] = [];
    let client: pg.PoolClient | undefined;
    let opening: Promise<pg.PoolClient> | undefined;
    let finished = false;
    const open = () => (opening ??= (async () => {
      const connected = await db.connect();
      try {
        await connected.query('BEGIN');
      } catch (error) {
        connected.release(error as Error);
        throw error;
      }
      return (client = connected);
    })());
    const notFinished = () => {
      if (finished) throw new Error('unit of work already finished');
    };
    const tx: Tx = {
      query: ((...args: unknown[]) => {
        notFinished();
        return open().then((c) => (c.query as (...a: unknown[]) => Promise<unknown>)(...args));
      }) as Tx['query'],
    };
    const uow: UnitOfWork = {
      tx,
      actor,
      audit: (record) => {
        notFinished();
        // Personal data (ID numbers, phones, addresses) in audit data and event payloads is stored sealed.
        audits.push({ agencyId: null, ...record, data: sealFields(record.data ?? {}) });
      },
      emit: (topic, payload) => {
        notFinished();
        events.push({ topic, payload: sealFields(payload), subscribers: jobs.subscribersOf(topic) });
      },
      async finish<R extends pg.QueryResultRow>(statement: FinalStatement) {
        notFinished();
        finished = true;
        const runner: Queryable = opening ? await opening : db;
        return (await runner.query<R>(withRecords(statement, actor, audits, events))).rows;
      },
    };
    try {
      const result = await work(uow);
      if (!finished && (audits.length > 0 || events.length > 0)) {
        finished = true;
        await (opening ? await opening : db).query(withRecords({ with: 'done AS (SELECT 1)', changed: 'done', select: 'SELECT 1', values: [] }, actor, audits, events));
      }
      if (opening) await (await opening).query('COMMIT');
      // Read-your-writes (read-replica.ts): the WAL position the change reached, for the request's client.
      if (afterCommit && (opening || finished)) await afterCommit(opening ? await opening : db);
      if (events.some((e) => e.subscribers.length > 0)) jobs.notify();
      return result;
    } catch (error) {
      if (opening) await (await opening.catch(() => undefined))?.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client?.release();
    }
  };
}

type QueuedEvent = { topic: string; payload: Record<string, unknown>; subscribers: string[] };

/** Statement names, one per text: prepared once per connection, whatever the length of the text. */
const names = new Map<string, string>();
const nameOf = (text: string) => {
  let name = names.get(text);
  if (names.size >= 1_000) names.clear();
  if (!name) names.set(text, (name = `uow-${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`));
  return name;
};

/** The statement with the unit's audit records, events and their deliveries written by it too, when it changes anything. */
function withRecords(statement: FinalStatement, actor: Actor, audits: Required<AuditRecord>[], events: QueuedEvent[]): pg.QueryConfig {
  const values = [...statement.values];
  const param = (value: unknown) => `$${values.push(value)}`;
  const when = `EXISTS (SELECT 1 FROM ${statement.changed})`;
  const parts = [statement.with];
  if (audits.length > 0) {
    const at = new Date().toISOString();
    const rows = audits.map((a) => ({
      at, actor_id: actor.id, agency_id: a.agencyId, action: a.action, entity: a.entity,
      entity_id: a.entityId === null ? null : String(a.entityId),
      data: actor.type === 'user' ? a.data : { ...a.data, by: actor.fullName },
    }));
    parts.push(`uow_audit AS (
      INSERT INTO audit_log (at, actor_id, agency_id, action, entity, entity_id, data)
      SELECT at, actor_id, agency_id, action, entity, entity_id, data
        FROM jsonb_to_recordset(${param(JSON.stringify(rows))}::jsonb) AS r(at timestamptz, actor_id bigint, agency_id bigint, action text, entity text, entity_id text, data jsonb)
       WHERE ${when})`);
  }
  if (events.length > 0) {
    const rows = events.map((e, n) => ({ n, topic: e.topic, payload: e.payload }));
    const deliveries = events.flatMap((e, n) => e.subscribers.map((subscriber) => ({ n, subscriber })));
    parts.push(`uow_numbered AS (
      SELECT nextval(pg_get_serial_sequence('events', 'id')) AS id, n, topic, payload
        FROM jsonb_to_recordset(${param(JSON.stringify(rows))}::jsonb) AS r(n int, topic text, payload jsonb)
       WHERE ${when})`,
    'uow_event AS (INSERT INTO events (id, topic, payload) SELECT id, topic, payload FROM uow_numbered ORDER BY n)');
    if (deliveries.length > 0) {
      parts.push(`uow_deliveries AS (
        INSERT INTO job_deliveries (event_id, subscriber)
        SELECT uow_numbered.id, d.subscriber FROM jsonb_to_recordset(${param(JSON.stringify(deliveries))}::jsonb) AS d(n int, subscriber text)
          JOIN uow_numbered ON uow_numbered.n = d.n)`);
    }
  }
  const text = `WITH ${parts.join(',\n')}\n${statement.select}`;
  return { name: nameOf(text), text, values };
}
