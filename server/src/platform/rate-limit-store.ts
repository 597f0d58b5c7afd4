import type { FastifyRateLimitOptions, FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Db } from './db.js';
import { repeat } from './repeat.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;
type Waiting = { timeWindow: number; max: number; clients: Map<string, Callback[]> };
type RouteParams = FastifyRateLimitOptions & { continueExceeding?: boolean; exponentialBackoff?: boolean; routeInfo?: { method?: string | string[]; url?: string } };

/**
 * Counts requests of several clients on one route in one statement: each row adds its client's number of
 * requests and answers the new count and the milliseconds left in the window. The row of a (route, client)
 * holds its window's end: a request after the end starts a new window at that request (as the plugin's Redis
 * store does with INCR and PEXPIRE), so a client gets `max` requests per window however its requests fall,
 * never 2 × max across a boundary of aligned windows. The time is the database's, the same for every node
 * whatever their clocks say. `continueExceeding` ($5): a request over the limit ($4) starts the window again,
 * as it would had the requests been counted one by one.
 */
const INCREMENT = `
  INSERT INTO rate_limit_hits AS h (route, client, hits, expires_at)
  SELECT $1, b.client, b.n, clock_timestamp() + make_interval(secs => $3::double precision / 1000)
    FROM unnest($2::text[], $6::int[]) AS b(client, n)
   ORDER BY b.client -- rows locked in one order by every node: two statements never wait for each other in a cycle
  ON CONFLICT (route, client) DO UPDATE SET
    hits = CASE WHEN h.expires_at <= clock_timestamp() THEN excluded.hits ELSE least(h.hits, 2147483647 - excluded.hits) + excluded.hits END,
    expires_at = CASE WHEN h.expires_at <= clock_timestamp() OR ($5 AND h.hits + excluded.hits > $4) THEN excluded.expires_at ELSE h.expires_at END
  RETURNING client, hits, greatest(1, ceil(extract(epoch FROM expires_at - clock_timestamp()) * 1000))::int AS ttl`;

const READ = `
  SELECT hits, greatest(0, ceil(extract(epoch FROM expires_at - clock_timestamp()) * 1000))::int AS ttl
    FROM rate_limit_hits WHERE route = $1 AND client = $2 AND expires_at > clock_timestamp()`;

/** Windows that ended: swept by every node now and then (a count is never read after its window's end). */
const SWEEP = `DELETE FROM rate_limit_hits WHERE expires_at < clock_timestamp() - interval '1 minute'`;

/**
 * A store for `@fastify/rate-limit` that keeps the counts in PostgreSQL (table `rate_limit_hits`), so that
 * a limit holds for the whole cluster and not per node: N nodes behind a load balancer let a client make
 * `max` requests per window, not N × max. The requests of a route that arrive while its last statement is
 * running are counted together by the next one (an upsert of one unlogged row per client), and each gets the
 * count it would have had alone: under load, one statement serves many requests, as a group commit does. The
 * embedded database of the demo has no Redis, and one service less to run is worth the statement.
 */
export function pgRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  return class PgRateLimitStore implements FastifyRateLimitStore {
    private readonly continueExceeding: boolean;
    /** Requests waiting to be counted, by window and limit, then by client. */
    private readonly waiting = new Map<string, Waiting>();
    private counting = false;

    /** `route`: the limited route ('*' for the root store, which no route uses: the plugin is registered with `global: false`). */
    constructor(options: RouteParams, private readonly route = '*') {
      if (options.exponentialBackoff) throw new Error('the PostgreSQL rate-limit store does not implement exponentialBackoff');
      this.continueExceeding = options.continueExceeding === true;
    }

    incr(key: string, callback: Callback, timeWindow: number, max: number): void {
      const group = `${timeWindow}|${max}`;
      const waiting = this.waiting.get(group) ?? { timeWindow, max, clients: new Map<string, Callback[]>() };
      this.waiting.set(group, waiting);
      const callbacks = waiting.clients.get(key);
      if (callbacks) callbacks.push(callback);
      else waiting.clients.set(key, [callback]);
      if (!this.counting) void this.count();
    }

    /** Counts what is waiting, then what arrived meanwhile, until nothing waits. */
    private async count(): Promise<void> {
      this.counting = true;
      try {
        while (this.waiting.size > 0) {
          const groups = [...this.waiting.values()];
          this.waiting.clear();
          await Promise.all(groups.map((g) => this.countGroup(g)));
        }
      } finally {
        this.counting = false;
      }
    }

    private async countGroup({ timeWindow, max, clients }: Waiting): Promise<void> {
      const keys = [...clients.keys()];
      let rows: { client: string; hits: number; ttl: number }[];
      try {
        rows = (await db.query<{ client: string; hits: number; ttl: number }>({
          name: 'rate-limit-incr', text: INCREMENT,
          values: [this.routeKey(timeWindow), keys, timeWindow, max, this.continueExceeding, keys.map((k) => clients.get(k)!.length)],
        })).rows;
      } catch (error) {
        for (const callbacks of clients.values()) for (const callback of callbacks) callback(error as Error);
        return;
      }
      for (const row of rows) {
        // The i-th of n requests counted together has the count it would have had alone.
        const callbacks = clients.get(row.client)!;
        callbacks.forEach((callback, i) => callback(null, { current: row.hits - callbacks.length + 1 + i, ttl: row.ttl }));
      }
    }

    /** The count without counting (`{ increment: false }` of the plugin's `createRateLimit`). */
    read(key: string, callback: Callback, timeWindow: number): void {
      db.query<{ hits: number; ttl: number }>({ name: 'rate-limit-read', text: READ, values: [this.routeKey(timeWindow), key] })
        .then((result) => callback(null, { current: result.rows[0]?.hits ?? 0, ttl: result.rows[0]?.ttl ?? 0 }), (error: Error) => callback(error));
    }

    child(routeOptions: RouteParams): FastifyRateLimitStore {
      const info = routeOptions.routeInfo;
      const method = Array.isArray(info?.method) ? info.method.join(',') : info?.method;
      return new PgRateLimitStore(routeOptions, info?.url ? `${method} ${info.url}` : `limiter:${this.route}`);
    }

    /** Two limits of different windows on one route (or limiters made with `createRateLimit`) keep separate counts. */
    private routeKey(timeWindow: number) {
      return `${this.route}|${timeWindow}`;
    }
  };
}

/** Deletes ended windows every `intervalMs` (safe on every node at once); returns the function that stops it. */
export function startRateLimitSweeper(db: Db, log: { warn: (obj: unknown, msg: string) => void }, intervalMs = 60_000): () => Promise<void> {
  const sweeper = repeat(async () => {
    await db.query({ name: 'rate-limit-sweep', text: SWEEP });
  }, { intervalMs, onError: (error) => log.warn({ err: error }, 'rate limits: cannot sweep ended windows') });
  return sweeper.stop;
}
