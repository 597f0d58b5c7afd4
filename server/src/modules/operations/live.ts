import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ChangeFeed } from './changes.js';

/**
 * Live figures: each dashboard holds a server-sent events stream; a dossier change of an agency of its tree
 * (heard by every node through the change feed) tells it to fetch its figures again.
 */
export class LiveFigures {
  private readonly ends = new Set<() => void>();

  constructor(private readonly feed: ChangeFeed) {}

  /** Streams `changed` events for the agencies given until the client goes away; a comment every 25 s keeps proxies from closing it. */
  async stream(request: FastifyRequest, reply: FastifyReply, agencies: Set<number>) {
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    raw.write('retry: 3000\n\n');
    let pending: NodeJS.Timeout | undefined;
    // Changes of several agencies of the tree heard at once: sent once.
    const unsubscribe = await this.feed.subscribe((agencyId) => {
      if (pending || (agencyId !== null && !agencies.has(agencyId))) return;
      pending = setTimeout(() => {
        pending = undefined;
        raw.write(`event: changed\ndata: ${JSON.stringify({ agencyId })}\n\n`);
      }, 100);
    });
    const end = () => raw.end();
    this.ends.add(end);
    const keepAlive = setInterval(() => raw.write(': ping\n\n'), 25_000);
    raw.write('event: ready\ndata: {}\n\n');
    request.raw.on('close', () => {
      clearInterval(keepAlive);
      clearTimeout(pending);
      unsubscribe();
      this.ends.delete(end);
    });
  }

  close() {
    for (const end of this.ends) end();
    this.ends.clear();
  }
}
