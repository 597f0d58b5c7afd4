import type pg from 'pg';
import type { Db } from './db.js';

type Log = { warn(object: object, message: string): void };

/**
 * One connection per node that LISTENs to PostgreSQL's notifications of changed rows (sent by triggers,
 * delivered at commit, in commit order), for caches that must never serve what another node changed.
 * While the connection is down, `live` is false: such caches are bypassed, and emptied when it drops
 * (`null` to the handlers), since whatever was announced meanwhile is lost.
 */
export class ChangeListener {
  private client: pg.PoolClient | undefined;
  private handlers = new Map<string, Set<(payload: string | null) => void>>();
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;
  live = false;

  constructor(private readonly db: Db, private readonly log: Log) {}

  /** Calls `handler` with each payload on `channel`, and with null whenever some may have been missed. */
  on(channel: string, handler: (payload: string | null) => void): void {
    const set = this.handlers.get(channel) ?? new Set();
    set.add(handler);
    this.handlers.set(channel, set);
  }

  async start(): Promise<void> {
    if (this.stopped || this.client) return;
    let client: pg.PoolClient | undefined;
    try {
      client = await this.db.connect();
      client.on('notification', (message) => this.deliver(message.channel, message.payload ?? null));
      client.on('error', (error) => this.lost(error));
      // A connection closed without an error (the server restarting, an idle timeout) is lost all the same.
      client.on('end', () => this.lost(new Error('the listening connection ended')));
      for (const channel of this.handlers.keys()) await client.query(`LISTEN "${channel.replace(/"/g, '""')}"`);
      this.client = client;
      this.live = true;
    } catch (error) {
      client?.release(error as Error);
      this.lost(error as Error);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    this.live = false;
    const client = this.client;
    this.client = undefined;
    if (client) {
      client.removeAllListeners();
      // Not returned to the pool: it still carries this listener's state.
      client.release(true);
    }
  }

  private deliver(channel: string, payload: string | null) {
    for (const handler of this.handlers.get(channel) ?? []) handler(payload);
  }

  /** The connection failed: caches empty and bypassed until a new one listens. */
  private lost(error: Error) {
    if (this.stopped) return;
    const wasLive = this.live;
    this.live = false;
    if (this.client) {
      this.client.release(error);
      this.client = undefined;
    }
    for (const channel of this.handlers.keys()) this.deliver(channel, null);
    if (wasLive) this.log.warn({ err: error }, 'change listener lost its connection; caches bypassed until it is back');
    if (!this.stopped && !this.retry) {
      this.retry = setTimeout(() => {
        this.retry = undefined;
        void this.start();
      }, 1_000);
      this.retry.unref();
    }
  }
}
