import http from 'node:http';
import { createHash } from 'node:crypto';
const target = process.argv[2]!;
const u = new URL(target);
const agent = new http.Agent({ keepAlive: true, maxSockets: 256, maxFreeSockets: 64 });
const server = http.createServer((req, res) => {
  const up = http.request({ host: u.hostname, port: u.port, path: req.url!.replace(/^\/lgsp\/bench/, ''), method: req.method, headers: { host: u.host }, agent }, (r) => {
    const chunks: Buffer[] = [];
    r.on('data', (c) => chunks.push(c));
    r.on('end', () => { const b = Buffer.concat(chunks); const h = createHash('sha256').update(b).digest('hex');
      res.writeHead(r.statusCode!, { 'content-type': r.headers['content-type']!, 'content-length': b.length, 'x-h': h }); res.end(b); });
  });
  up.end();
});
server.listen(Number(process.argv[3]), '127.0.0.1');
