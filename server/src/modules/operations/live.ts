import type { FastifyReply, FastifyRequest } from 'fastify';
import { ChangeListener } from '../../platform/change-listener.js';
import type { Db } from '../../platform/db.js';

/**
 * Live figures: each dashboard holds a server-sent events stream; a change of the rollups of an agency
 * (announced by PostgreSQL at commit, see the migration's trigger, heard by every node) tells the streams
 * whose agency tree contains it to fetch their figures again. One listening connection per node, opened
 * with the first stream.
 */
export class LiveFigures {
  private listener: ChangeListener | undefined;
  private readonly streams = new Set<{ agencies: Set<number>; send: (data: string) => void; end: () => void }>();

  constructor(private readonly db: Db, private readonly log: { warn(object: object, message: string): void }) {}

  private async listen() {
    if (this.listener) return;
    this.listener = new ChangeListener(this.db, this.log);
    this.listener.on('ops_changed', (payload) => {
      const agencyId = payload === null ? null : Number(payload);
      for (const stream of this.streams) {
        // null: the connection dropped and changes may have been missed, so every stream looks again.
        if (agencyId === null || stream.agencies.has(agencyId)) stream.send(JSON.stringify({ agencyId }));
      }
    });
    await this.listener.start();
  }

  /** Streams `changed` events for the agencies given until the client goes away; a comment every 25 s keeps proxies from closing it. */
  async stream(request: FastifyRequest, reply: FastifyReply, agencies: Set<number>) {
    await this.listen();
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    raw.write('retry: 3000\n\n');
    let pending: NodeJS.Timeout | undefined;
    // Changes of one commit come as several notifications: sent once, 100 ms later.
    const stream = {
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
    const keepAlive = setInterval(() => raw.write(': ping\n\n'), 25_000);
    raw.write('event: ready\ndata: {}\n\n');
    request.raw.on('close', () => {
      clearInterval(keepAlive);
      clearTimeout(pending);
      this.streams.delete(stream);
    });
  }

  async close() {
    for (const stream of this.streams) stream.end();
    this.streams.clear();
    await this.listener?.stop();
  }
}
