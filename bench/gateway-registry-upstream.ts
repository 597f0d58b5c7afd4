/**
 * The realistic upstream of the gateway benchmark, alone in its process: what a published base-registry
 * service does, a bare Fastify answering GET /api/population/citizens/{idNumber} with one row read by key
 * from PostgreSQL (the bench database's bench_citizens, a pool of 10), in the shape of the population
 * database simulator (simulators/base-registries). The same for direct calls and calls through the gateway.
 */
import Fastify from 'fastify';
import pg from 'pg';
import { announce } from './processes.js';

const db = new pg.Pool({ connectionString: process.env.BENCH_DATABASE_URL!, max: 10 });
const app = Fastify();
app.get<{ Params: { idNumber: string } }>('/api/population/citizens/:idNumber', async (request, reply) => {
  const { idNumber } = request.params;
  if (!/^\d{12}$/.test(idNumber)) return reply.code(400).send({ error: { code: 'INVALID_ID_NUMBER', message: 'Số định danh cá nhân gồm 12 chữ số.' } });
  const found = await db.query({
    name: 'citizen',
    text: `SELECT id_number AS "idNumber", full_name AS "fullName", to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", sex, address,
                  permanent_residence AS "permanentResidence" FROM bench_citizens WHERE id_number = $1`,
    values: [idNumber],
  });
  if (!found.rows[0]) return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy công dân.' } });
  return found.rows[0];
});
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };
announce(`http://127.0.0.1:${port}`, async () => {
  await app.close();
  await db.end();
});
