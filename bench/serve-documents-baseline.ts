/**
 * The document search's baseline, alone in its process: bare Fastify and pg running the platform's search
 * statement (the page and its total) for the searcher's agencies, with no session, no access checks, no presentation.
 */
import Fastify from 'fastify';
import pg from 'pg';
import { searchQuery } from './documents-data.js';
import { announce } from './processes.js';

// The same pool size as the platform's (bench/serve-app.ts).
const db = new pg.Pool({ connectionString: process.env.BENCH_DATABASE_URL!, max: 20 });
db.on('error', () => undefined);
const who = { userId: Number(process.env.BENCH_SEARCHER_ID), agencyIds: process.env.BENCH_SEARCHER_AGENCIES!.split(',').map(Number) };
const app = Fastify();

app.get<{ Querystring: { q?: string; pageSize?: string } }>('/search', async (request) => {
  const { rows } = await db.query<{ total: number }>(searchQuery(who, request.query.q ?? '', Number(request.query.pageSize ?? 20)));
  return { items: rows, total: rows[0]?.total ?? 0 };
});

await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };
announce(`http://127.0.0.1:${port}`, async () => {
  await app.close();
  await db.end();
});
