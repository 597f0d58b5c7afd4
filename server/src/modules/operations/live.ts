import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../platform/db.js';
import { operationsRepository as repo } from './repository.js';

/** How often a node with open dashboards looks for changes, and how far back (a change commits after it is written). */
const POLL_MS = 1_000;
const LOOK_BACK_SECONDS = 30;

type Stream = { agencies: Set<number>; send: (data: string) => void; end: () => void };

/**
 * Live figures: each dashboard holds a server-sent events stream; a change of the rollups of an agency (a row
 * of ops_changes, written by the change's own statement, so seen by every node) tells the streams whose agency
 * tree contains it to fetch their figures again. Changes are read every second while a stream is open, over a
 * window of the last 30 seconds, each change id told once (a transaction that wrote a lower id may commit later).
 */
export class LiveFigures {
  private timer: NodeJS.Timeout | undefined;
  /** The first read, which only notes the changes already made: a stream is ready once it is done. */
  private started: Promise<void> | undefined;
  private seen: Map<number, number> | undefined;
  private failed = false;
  private readonly streams = new Set<Stream>();

  constructor(private readonly db: Db, private readonly log: { warn(object: object, message: string): void }) {}

  private async poll() {
    try {
      const changes = await repo.recentChanges(this.db, LOOK_BACK_SECONDS);
      const first = this.seen === undefined;
      const seen = (this.seen ??= new Map());
      const now = Date.now();
      for (const change of changes) {
        if (seen.has(change.id)) continue;
        seen.set(change.id, now);
        if (!first) this.tell(change.agencyId);
      }
      for (const [id, at] of seen) if (now - at > 2 * LOOK_BACK_SECONDS * 1000) seen.delete(id);
      // Changes may have been missed while the database was away: every stream looks again.
      if (this.failed) this.tell(null);
      this.failed = false;
    } catch (error) {
      if (!this.failed) this.log.warn({ err: error }, 'operations: live figures cannot read changes');
      this.failed = true;
    }
  }

  private tell(agencyId: number | null) {
    for (const stream of this.streams) {
      if (agencyId === null || stream.agencies.has(agencyId)) stream.send(JSON.stringify({ agencyId }));
    }
  }

  private watch(): Promise<void> {
    if (this.started) return this.started;
    const tick = () => void this.poll().finally(() => {
      if (this.started) this.timer = setTimeout(tick, POLL_MS);
    });
    this.started = this.poll().finally(() => {
      if (this.started) this.timer = setTimeout(tick, POLL_MS);
    });
    return this.started;
  }

  private unwatch() {
    if (this.streams.size > 0) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.started = undefined;
    this.seen = undefined;
  }

  /** Streams `changed` events for the agencies given until the client goes away; a comment every 25 s keeps proxies from closing it. */
  async stream(request: FastifyRequest, reply: FastifyReply, agencies: Set<number>) {
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    raw.write('retry: 3000\n\n');
    let pending: NodeJS.Timeout | undefined;
    // Changes of several agencies of the tree in one poll: sent once.
    const stream: Stream = {
      agencies,
      end: () => raw.end(),
      send: (data: string) => {
        if (pending) return;
        pending = setTimeout(() => {
          pending = undefined;
          raw.write(`event: changed\ndata: ${data}\n\n`);
        }, 100);
      },
    };
    this.streams.add(stream);
    await this.watch();
    const keepAlive = setInterval(() => raw.write(': ping\n\n'), 25_000);
    raw.write('event: ready\ndata: {}\n\n');
    request.raw.on('close', () => {
      clearInterval(keepAlive);
      clearTimeout(pending);
      this.streams.delete(stream);
      this.unwatch();
    });
  }

  async close() {
    for (const stream of this.streams) stream.end();
    this.streams.clear();
    this.unwatch();
  }
}
