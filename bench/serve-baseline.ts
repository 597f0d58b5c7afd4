/**
 * The baseline, alone in its process: bare Fastify and pg doing what the measured endpoints do at the
 * least, one indexed read (the public lookup's columns) and one one-row update in a transaction.
 */
import Fastify from 'fastify';
import pg from 'pg';
import { BASELINE_READ, BASELINE_WRITE } from './data.js';
import { announce } from './processes.js';

// The same pool size as the platform's (server/src/main.ts).
const db = new pg.Pool({ connectionString: process.env.BENCH_DATABASE_URL!, max: 20 });
db.on('error', () => undefined);
const app = Fastify();

app.get<{ Params: { code: string } }>('/lookup/:code', async (request, reply) => {
  const row = (await db.query({ ...BASELINE_READ, values: [request.params.code] })).rows[0];
  return row ?? reply.code(404).send({ error: 'not found' });
});

app.post<{ Params: { id: string } }>('/touch/:id', async (request) => {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    await client.query({ ...BASELINE_WRITE, values: [request.params.id] });
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  return { ok: true };
});

await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };
announce(`http://127.0.0.1:${port}`, async () => {
  await app.close();
  await db.end();
});
