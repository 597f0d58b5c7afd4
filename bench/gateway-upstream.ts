/**
 * The upstream of the gateway benchmark, alone in its process: bare Fastify answering a small JSON item,
 * the same for direct calls and for calls through the gateway.
 */
import Fastify from 'fastify';
import { announce } from './processes.js';

const app = Fastify();
app.get<{ Params: { id: string } }>('/items/:id', async (request) => ({ id: request.params.id, name: `Thủ tục ${request.params.id}`, agency: '000.00.12.H37', fee: 200000 }));
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };
announce(`http://127.0.0.1:${port}`, () => app.close());
