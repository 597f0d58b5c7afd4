import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import { isDatabaseUnavailable, type Db, type Queryable } from './db.js';

type Log = { warn(object: object, message: string): void; info(object: object, message: string): void };

/** The cookie that carries the primary's WAL position after a client's last change (read-your-writes). */
export const LSN_COOKIE = 'tinhso_lsn';
/** How long the cookie is kept: a replica more behind than that is dropped anyway (see `maxLagSeconds`). */
const LSN_COOKIE_SECONDS = 300;
/** How long a replica's replay position is trusted before it is asked again. */
const STATE_TTL_MS = 100;
/** How long a replica found unreachable is left alone before it is tried again. */
const DOWN_RETRY_MS = 1_000;

/** What a read pool reports (for the operations page and /healthz). */
export type ReadPoolState = {
  /** Whether DATABASE_READ_URL is set; without it every read goes to the primary. */
  configured: boolean;
  /** Whether the replica answered its last check. */
  reachable: boolean;
  /** Whether reads go to it now (reachable and not too far behind). */
  serving: boolean;
  /** The WAL position it has replayed, e.g. '0/3000148'. */
  replayLsn: string | null;
  /** How much WAL the primary has that the replica has not replayed (bytes), when both answered. */
  lagBytes: number | null;
  /** How long ago the primary had written what the replica has not replayed yet (0 when caught up). */
  lagSeconds: number | null;
  checkedAt: string | null;
};

/** Reads that may go to the replica: a query runner, and its state. */
export type ReadDb = Queryable & { state(): ReadPoolState };

type RequestLsn = { seen: bigint | null; wrote: bigint | null };
const requestLsn = new AsyncLocalStorage<RequestLsn>();

/** 'X/Y' (pg_lsn as text) as a number, or null when it is not one. */
export function parseLsn(text: string | null | undefined): bigint | null {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text ?? '');
  return match ? (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`) : null;
}
export const formatLsn = (lsn: bigint) => `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;

/**
 * Runs the rest of a request with the WAL position its client's last change reached (from the cookie),
 * so that the read pool sends its reads to the primary while the replica has not replayed that far.
 */
export function withRequestLsn(cookieValue: string | undefined, next: () => void): void {
  requestLsn.run({ seen: parseLsn(cookieValue), wrote: null }, next);
}

/** The position the request's own changes reached, to be sent back in the cookie; null when it changed nothing. */
export function writtenLsn(): string | null {
  const wrote = requestLsn.getStore()?.wrote;
  return wrote ? formatLsn(wrote) : null;
}
export const lsnCookieOptions = (secure: boolean) => ({ path: '/', httpOnly: true, sameSite: 'lax' as const, secure, maxAge: LSN_COOKIE_SECONDS });

/**
 * Called by the unit of work after each commit: inside a request, notes the primary's WAL position then
 * (at or after the commit), to be given to the client. Outside a request (jobs), nothing is asked.
 */
export async function noteCommit(primary: Queryable): Promise<void> {
  const store = requestLsn.getStore();
  if (!store) return;
  const { rows } = await primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
  const lsn = parseLsn(rows[0]?.lsn);
  if (lsn !== null && (store.wrote === null || lsn > store.wrote)) store.wrote = lsn;
  if (lsn !== null && (store.seen === null || lsn > store.seen)) store.seen = lsn;
}

/**
 * The read pool: queries go to the streaming replica when it is reachable, not too far behind, and has
 * replayed the request's client's last change; to the primary otherwise (and when no replica is set).
 * The replica's replay position is asked at most every 100 ms per node (requests meanwhile use the last
 * answer, which errs toward the primary: the replica only ever gets further). A read that fails on the
 * replica because it went away, or was cancelled by a conflict with recovery, is run again on the primary.
 */
export function readPool(primary: Db, replica: Db | null, log: Log, options: { maxLagSeconds: number }): ReadDb {
  if (!replica) {
    return {
      query: primary.query.bind(primary) as Queryable['query'],
      state: () => ({ configured: false, reachable: false, serving: false, replayLsn: null, lagBytes: null, lagSeconds: null, checkedAt: null }),
    };
  }
  let replay: bigint | null = null;
  let reachable = false;
  let serving = false;
  let lagBytes: number | null = null;
  let lagSeconds: number | null = null;
  let checkedAt = 0;
  let validUntil = 0;
  let checking: Promise<void> | undefined;
  /** The primary's positions, each with when it was first seen, not yet replayed by the replica. */
  const pending: { lsn: bigint; at: number }[] = [];

  const check = async () => {
    const [primaryAnswer, replicaAnswer] = await Promise.allSettled([
      primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn'),
      replica.query<{ lsn: string | null }>('SELECT (CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END)::text AS lsn'),
    ]);
    const now = Date.now();
    checkedAt = now;
    const wasServing = serving;
    if (replicaAnswer.status === 'rejected' || parseLsn(replicaAnswer.value.rows[0]?.lsn) === null) {
      reachable = serving = false;
      validUntil = now + DOWN_RETRY_MS;
      if (wasServing) log.warn({ err: replicaAnswer.status === 'rejected' ? replicaAnswer.reason : undefined }, 'read replica unreachable: reads go to the primary');
      return;
    }
    reachable = true;
    replay = parseLsn(replicaAnswer.value.rows[0]?.lsn);
    const primaryLsn = primaryAnswer.status === 'fulfilled' ? parseLsn(primaryAnswer.value.rows[0]?.lsn) : null;
    if (primaryLsn !== null && (pending.length === 0 || pending[pending.length - 1]!.lsn < primaryLsn)) {
      pending.push({ lsn: primaryLsn, at: now });
      if (pending.length > 10_000) pending.shift();
    }
    while (pending.length > 0 && pending[0]!.lsn <= replay!) pending.shift();
    lagSeconds = pending.length > 0 ? (now - pending[0]!.at) / 1000 : 0;
    lagBytes = primaryLsn !== null ? Math.max(0, Number(primaryLsn - replay!)) : null;
    serving = lagSeconds <= options.maxLagSeconds;
    validUntil = now + STATE_TTL_MS;
    if (wasServing && !serving) log.warn({ lagSeconds, lagBytes }, 'read replica too far behind: reads go to the primary');
    if (!wasServing && serving) log.info({ lagSeconds, lagBytes }, 'read replica serves reads');
  };
  const fresh = async () => {
    if (Date.now() < validUntil) return;
    checking ??= check().finally(() => (checking = undefined));
    // The first check is waited for; later ones run while requests use the last answer.
    if (checkedAt === 0) await checking;
  };
  const target = async (): Promise<Db> => {
    await fresh();
    if (!serving || replay === null) return primary;
    const seen = requestLsn.getStore()?.seen ?? null;
    return seen !== null && replay < seen ? primary : replica;
  };

  const query = (async (...args: unknown[]) => {
    const run = (db: Db) => (db.query as (...a: unknown[]) => Promise<pg.QueryResult>)(...args);
    const db = await target();
    if (db === primary) return run(primary);
    try {
      return await run(replica);
    } catch (error) {
      // 40001: cancelled by a conflict with recovery (a row the query read was vacuumed on the primary).
      if (!isDatabaseUnavailable(error) && (error as { code?: string }).code !== '40001') throw error;
      if (isDatabaseUnavailable(error)) {
        if (serving) log.warn({ err: error }, 'read replica failed: reads go to the primary');
        reachable = serving = false;
        validUntil = Date.now() + DOWN_RETRY_MS;
      }
      return run(primary);
    }
  }) as Queryable['query'];

  return {
    query,
    state: () => ({
      configured: true, reachable, serving, replayLsn: replay === null ? null : formatLsn(replay), lagBytes, lagSeconds,
      checkedAt: checkedAt ? new Date(checkedAt).toISOString() : null,
    }),
  };
}
