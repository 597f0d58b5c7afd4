import { AppError } from './errors.js';
import type { Db, Queryable } from './db.js';
import { repeat } from './repeat.js';

/**
 * Events and their deliveries. A unit of work records each event with one delivery per subscriber of
 * its topic, in the transaction of the change (the transactional outbox). Workers on any node claim due
 * deliveries with SKIP LOCKED and run the handlers outside any transaction: a failure is retried with
 * exponential backoff and jitter until the subscriber's attempts run out, then the delivery is dead and
 * waits for an administrator. Each delivery stands alone, so a poison message never blocks the others.
 *
 * Hand-written rather than pg-boss or graphile-worker: their current versions need Node.js 22 (the
 * platform runs on 20), and pg-boss 10's publish looks subscribers up outside the caller's transaction
 * and drops failed inserts silently; here the event and its deliveries are two rows of the same commit.
 */
export type Delivery = {
  id: number;
  eventId: number;
  topic: string;
  payload: Record<string, unknown>;
  /** When the event was recorded (the change's time). */
  occurredAt: Date;
  /** 1 on the first try. */
  attempt: number;
  /** Stable across retries of this delivery: handlers make their effects once per key. */
  idempotencyKey: string;
};

export type Handler = (delivery: Delivery) => Promise<void>;

export type Subscription = {
  /** `<module>.<what it does>`, unique: it names the deliveries in the database. */
  name: string;
  topics: string[];
  handle: Handler;
  maxAttempts?: number;
  /** First retry after about this long; doubled each time, up to an hour. */
  retryDelayMs?: number;
  timeoutMs?: number;
};

const HOUR = 3_600_000;

/** Exponential backoff with "equal jitter": half the delay fixed, half random, so retries spread out. */
export function retryDelay(attempt: number, baseMs: number, random = Math.random()): number {
  const delay = Math.min(HOUR, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(delay / 2 + (delay / 2) * random);
}

export class JobRegistry {
  private readonly subscriptions = new Map<string, Required<Subscription>>();
  private readonly byTopic = new Map<string, string[]>();
  private wakeUp: (() => void) | undefined;

  subscribe(subscription: Subscription): void {
    if (this.subscriptions.has(subscription.name)) throw new Error(`subscriber ${subscription.name} registered twice`);
    this.subscriptions.set(subscription.name, { maxAttempts: 8, retryDelayMs: 5_000, timeoutMs: 60_000, ...subscription });
    for (const topic of subscription.topics) this.byTopic.set(topic, [...(this.byTopic.get(topic) ?? []), subscription.name]);
  }

  subscribersOf(topic: string): string[] {
    return this.byTopic.get(topic) ?? [];
  }

  subscription(name: string) {
    return this.subscriptions.get(name);
  }

  get names(): string[] {
    return [...this.subscriptions.keys()];
  }

  /** Called after a commit that queued deliveries: this node's worker looks at once instead of at its next poll. */
  notify(): void {
    this.wakeUp?.();
  }

  /** Runs due deliveries until the returned stop function is called (safe on any number of nodes). */
  start(db: Db, log: { error: (obj: unknown, msg: string) => void }, options: { pollMs?: number; concurrency?: number } = {}): () => Promise<void> {
    const concurrency = options.concurrency ?? 4;
    let recoveredAt = 0;
    const worker = repeat(async () => {
      // Looking for deliveries a dead node left running is rarely needed: not on every wake-up.
      if (Date.now() - recoveredAt > 30_000) {
        await recoverInterrupted(db, this);
        recoveredAt = Date.now();
      }
      while (this.wakeUp && (await this.runDue(db, concurrency)) > 0);
    }, { intervalMs: options.pollMs ?? 1_000, firstDelayMs: 0, onError: (error) => log.error({ err: error }, 'job worker failed') });
    this.wakeUp = worker.wake;
    return () => {
      this.wakeUp = undefined;
      return worker.stop();
    };
  }

  /** Claims and runs one batch of due deliveries; returns how many it ran. */
  async runDue(db: Db, limit = 4): Promise<number> {
    const claimed = await db.query<{ id: number; subscriber: string; attempts: number; eventId: number; topic: string; payload: Record<string, unknown>; occurredAt: Date }>({
      name: 'jobs-claim',
      text: `WITH due AS (
               SELECT id FROM job_deliveries
                WHERE state = 'pending' AND next_attempt_at <= now() AND subscriber = ANY($2::text[])
                ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
             UPDATE job_deliveries d SET state = 'running', attempts = d.attempts + 1,
                    locked_until = now() + make_interval(secs => $3::double precision)
               FROM due, events e
              WHERE d.id = due.id AND e.id = d.event_id
             RETURNING d.id, d.subscriber, d.attempts, d.event_id AS "eventId", e.topic, e.payload, e.created_at AS "occurredAt"`,
      values: [limit, this.names, this.maxTimeoutMs() / 1000 + 60],
    });
    await Promise.all(claimed.rows.map((row) => this.runOne(db, row)));
    return claimed.rows.length;
  }

  private maxTimeoutMs() {
    return Math.max(60_000, ...[...this.subscriptions.values()].map((s) => s.timeoutMs));
  }

  private async runOne(db: Db, row: { id: number; subscriber: string; attempts: number; eventId: number; topic: string; payload: Record<string, unknown>; occurredAt: Date }) {
    const subscription = this.subscriptions.get(row.subscriber)!;
    let timeout: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        subscription.handle({
          id: row.id, eventId: row.eventId, topic: row.topic, payload: row.payload, occurredAt: row.occurredAt,
          attempt: row.attempts, idempotencyKey: `${row.subscriber}:${row.eventId}`,
        }),
        new Promise((_, reject) => {
          timeout = setTimeout(() => reject(new Error(`timed out after ${subscription.timeoutMs} ms`)), subscription.timeoutMs);
        }),
      ]);
      await db.query({ name: 'jobs-done', text: `UPDATE job_deliveries SET state = 'done', finished_at = now(), locked_until = NULL WHERE id = $1 AND state = 'running'`, values: [row.id] });
    } catch (error) {
      const message = `${error instanceof AppError ? `${error.code}: ` : ''}${String((error as Error)?.stack ?? error)}`.slice(0, 4000);
      // A condition that passes by itself (the file store full or away) is no fault of the delivery: it
      // waits for it without spending an attempt, rather than dying while the disk is being freed.
      const wait = error instanceof AppError ? error.retryAfterSeconds : undefined;
      const dead = !wait && row.attempts >= subscription.maxAttempts;
      await db.query({
        name: 'jobs-failed',
        text: `UPDATE job_deliveries SET state = $2, last_error = $3, locked_until = NULL, attempts = attempts - $5,
                      next_attempt_at = now() + make_interval(secs => $4::double precision), finished_at = CASE WHEN $2 = 'dead' THEN now() END
                WHERE id = $1 AND state = 'running'`,
        values: [row.id, dead ? 'dead' : 'pending', message, wait ?? retryDelay(row.attempts, subscription.retryDelayMs) / 1000, wait ? 1 : 0],
      });
    } finally {
      clearTimeout(timeout);
    }
  }
}

/** Deliveries left running by a node that died go back to the queue (or to the dead letters, when out of attempts). */
async function recoverInterrupted(db: Db, registry: JobRegistry): Promise<void> {
  const stuck = await db.query<{ id: number; subscriber: string; attempts: number }>(
    `SELECT id, subscriber, attempts FROM job_deliveries WHERE state = 'running' AND locked_until < now() LIMIT 100`);
  for (const row of stuck.rows) {
    const max = registry.subscription(row.subscriber)?.maxAttempts ?? 1;
    await db.query(
      `UPDATE job_deliveries SET state = $2, locked_until = NULL, next_attempt_at = now(), last_error = 'interrupted: the node stopped or the handler hung'
        WHERE id = $1 AND state = 'running' AND locked_until < now()`,
      [row.id, row.attempts >= max ? 'dead' : 'pending']);
  }
}

/** What an administrator sees of the queue: the queues of each subscriber, and the dead letters. */
export const jobQueries = {
  async dead(db: Queryable, limit: number, offset: number) {
    const found = await db.query<{ id: number; subscriber: string; topic: string; payload: Record<string, unknown>; attempts: number; lastError: string | null; createdAt: Date; finishedAt: Date | null; total: number }>(
      `SELECT d.id, d.subscriber, e.topic, e.payload, d.attempts, d.last_error AS "lastError", d.created_at AS "createdAt",
              d.finished_at AS "finishedAt", count(*) OVER () AS total
         FROM job_deliveries d JOIN events e ON e.id = d.event_id
        WHERE d.state = 'dead' ORDER BY d.id DESC LIMIT $1 OFFSET $2`, [limit, offset]);
    return { items: found.rows.map(({ total: _t, ...row }) => row), total: found.rows[0]?.total ?? 0 };
  },

  /**
   * The queue of each subscriber that has work or trouble: waiting deliveries (of which due now, and retrying
   * after failed attempts), the oldest one's age, running ones, done in the last hour, dead letters. Each
   * state is counted through its own partial index.
   */
  async queues(db: Queryable) {
    return (await db.query<{ subscriber: string; pending: number; due: number; retrying: number; failedAttempts: number; oldestPendingSeconds: number | null; running: number; doneLastHour: number; dead: number }>({
      name: 'jobs-queues',
      text: `WITH p AS (SELECT subscriber, count(*)::int AS pending, count(*) FILTER (WHERE next_attempt_at <= now())::int AS due,
                              count(*) FILTER (WHERE attempts > 0)::int AS retrying, coalesce(sum(attempts), 0)::int AS failed_attempts,
                              extract(epoch FROM now() - min(created_at))::float8 AS oldest
                         FROM job_deliveries WHERE state = 'pending' GROUP BY subscriber),
                  r AS (SELECT subscriber, count(*)::int AS running FROM job_deliveries WHERE state = 'running' GROUP BY subscriber),
                  h AS (SELECT subscriber, count(*)::int AS done FROM job_deliveries
                         WHERE state = 'done' AND finished_at > now() - interval '1 hour' GROUP BY subscriber),
                  x AS (SELECT subscriber, count(*)::int AS dead FROM job_deliveries WHERE state = 'dead' GROUP BY subscriber)
             SELECT s.subscriber, coalesce(p.pending, 0) AS pending, coalesce(p.due, 0) AS due, coalesce(p.retrying, 0) AS retrying,
                    coalesce(p.failed_attempts, 0) AS "failedAttempts", p.oldest AS "oldestPendingSeconds", coalesce(r.running, 0) AS running,
                    coalesce(h.done, 0) AS "doneLastHour", coalesce(x.dead, 0) AS dead
               FROM (SELECT subscriber FROM p UNION SELECT subscriber FROM r UNION SELECT subscriber FROM h UNION SELECT subscriber FROM x) s
               LEFT JOIN p USING (subscriber) LEFT JOIN r USING (subscriber) LEFT JOIN h USING (subscriber) LEFT JOIN x USING (subscriber)
              ORDER BY s.subscriber`,
    })).rows;
  },

  /** A dead delivery leaves the dead letters for good; returns what it was, or null when it is not dead (any more). */
  async discard(db: Queryable, id: number) {
    const updated = await db.query<{ subscriber: string; topic: string; attempts: number; lastError: string | null }>(
      `UPDATE job_deliveries d SET state = 'discarded', finished_at = now() FROM events e
        WHERE d.id = $1 AND d.state = 'dead' AND e.id = d.event_id
       RETURNING d.subscriber, e.topic, d.attempts, d.last_error AS "lastError"`, [id]);
    return updated.rows[0] ?? null;
  },

  /** A dead delivery gets a fresh set of attempts, now. */
  async retry(db: Queryable, id: number): Promise<boolean> {
    const updated = await db.query(
      `UPDATE job_deliveries SET state = 'pending', attempts = 0, next_attempt_at = now(), finished_at = NULL WHERE id = $1 AND state = 'dead'`, [id]);
    return (updated.rowCount ?? 0) > 0;
  },
};
