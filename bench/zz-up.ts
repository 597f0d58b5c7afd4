import Fastify from 'fastify';
const app = Fastify();
app.get<{ Params: { id: string } }>('/items/:id', async (request) => ({ id: request.params.id, name: `Thủ tục ${request.params.id}`, agency: '000.00.12.H37', fee: 200000 }));
await app.listen({ port: Number(process.argv[2]), host: '127.0.0.1' });
