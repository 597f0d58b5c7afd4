import type { Db } from '../../platform/db.js';
import { operationsRepository as repo } from './repository.js';

type Log = { warn(object: object, message: string): void };
/** An agency whose rollups changed, or null when changes may have been missed (every listener looks again). */
export type ChangeHandler = (agencyId: number | null) => void;

/** How often the node looks for changes, and how far back (a change commits a little after it is written). */
const POLL_MS = 1_000;
const LOOK_BACK_SECONDS = 30;

/**
 * The dossier changes every node hears: each change's statement appends the agency whose rollups it wrote
 * to ops_changes (see repository.ts `rollupStatement`); a node with listeners reads the last 30 seconds of
 * it every second and tells each change id once. Reading a table, not LISTEN/NOTIFY: a NOTIFY would
 * serialise the commits of every transition of the province.
 */
export class ChangeFeed {
  private readonly handlers = new Set<ChangeHandler>();
  private seen: Map<number, number> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private started: Promise<void> | undefined;
  /** False while the changes cannot be read: whatever depends on hearing them (a cache) must not be trusted. */
  healthy = false;

  constructor(private readonly db: Db, private readonly log: Log) {}

  /** Calls `handler` with each change from now on; resolves once the feed has read what happened before. */
  async subscribe(handler: ChangeHandler): Promise<() => void> {
    this.handlers.add(handler);
    await this.start();
    return () => {
      this.handlers.delete(handler);
      if (this.handlers.size === 0) this.stop();
    };
  }

  private start(): Promise<void> {
    const tick = () => void this.poll().finally(() => {
      if (this.started) this.timer = setTimeout(tick, POLL_MS);
    });
    return (this.started ??= this.poll().finally(() => {
      if (this.started) this.timer = setTimeout(tick, POLL_MS);
    }));
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.started = undefined;
    this.seen = undefined;
    this.healthy = false;
  }

  private async poll() {
    try {
      const changes = await repo.recentChanges(this.db, LOOK_BACK_SECONDS);
      // The first read only notes what was already there.
      const first = this.seen === undefined;
      const seen = (this.seen ??= new Map());
      const now = Date.now();
      for (const change of changes) {
        if (seen.has(change.id)) continue;
        seen.set(change.id, now);
        if (!first) this.tell(change.agencyId);
      }
      for (const [id, at] of seen) if (now - at > 2 * LOOK_BACK_SECONDS * 1000) seen.delete(id);
      if (!this.healthy && !first) this.tell(null);
      this.healthy = true;
    } catch (error) {
      if (this.healthy) this.log.warn({ err: error }, 'operations: cannot read the dossier changes');
      this.healthy = false;
    }
  }

  private tell(agencyId: number | null) {
    for (const handler of this.handlers) handler(agencyId);
  }
}

/** This process's caches, told of the changes it writes itself at once (other nodes' within a second, through the feed). */
const caches = new Set<FiguresCache>();

/** A change written by this process: its agency's answers are computed again from now on (null: every answer). */
export function changedHere(agencyId: number | null): void {
  for (const cache of caches) cache.forget(agencyId);
}

/** How long an answer is kept at most: figures that move with the clock alone (overdue now) are at most this late. */
const MAX_AGE_MS = 10_000;
const MAX_ENTRIES = 2_000;

type Entry = { value: Promise<unknown>; at: number; agencies: Set<number> | null };

/**
 * Dashboard answers per node, keyed by agency subtree and period: the same figures for every viewer allowed
 * to see them (who may see is checked per request, before asking the cache). An answer goes when a dossier
 * of its subtree changes (the change feed), after 10 seconds, or when the feed cannot be read. It is kept
 * from the moment it is asked (requests meanwhile share it), so a change heard while it is computed removes it.
 */
export class FiguresCache {
  private readonly entries = new Map<string, Entry>();
  private unsubscribe: Promise<() => void> | undefined;

  constructor(private readonly feed: ChangeFeed) {
    caches.add(this);
  }

  /** `agencies`: the subtree whose changes make the answer stale (null: any change). */
  async get<T>(key: string, agencies: Set<number> | null, compute: () => Promise<T>): Promise<T> {
    await (this.unsubscribe ??= this.feed.subscribe((agencyId) => this.forget(agencyId)));
    const now = Date.now();
    const entry = this.entries.get(key);
    if (entry && this.feed.healthy && now - entry.at < MAX_AGE_MS) return entry.value as Promise<T>;
    const value = compute();
    const fresh: Entry = { value, at: now, agencies };
    this.entries.set(key, fresh);
    value.catch(() => {
      if (this.entries.get(key) === fresh) this.entries.delete(key);
    });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  forget(agencyId: number | null) {
    for (const [key, entry] of this.entries) {
      if (agencyId === null || entry.agencies === null || entry.agencies.has(agencyId)) this.entries.delete(key);
    }
  }

  async close() {
    caches.delete(this);
    (await this.unsubscribe)?.();
    this.entries.clear();
  }
}
