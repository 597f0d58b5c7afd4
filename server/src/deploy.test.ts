import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/test-app.js';

/**
 * The province's nginx site (deploy/nginx/tinhso.conf) as written, checked by Debian's nginx (`nginx -t`)
 * with a self-signed certificate made by openssl, then served in front of a real node over TLS. Only the
 * machine-specific paths and ports are changed: certificates, logs, the build, the listening ports, the upstream.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let t: TestApp;
let dir: string;
let nginx: ChildProcess;
let httpPort: number;
let httpsPort: number;
let cert: string;

const freePort = () => new Promise<number>((resolve, reject) => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as net.AddressInfo;
    server.close(() => resolve(port));
  }).once('error', reject);
});

/** One request (HTTPS trusting only the test's certificate, or plain HTTP); the body read up to `until` (for a stream that never ends). */
function get(port: number, pathname: string, options: { tls?: boolean; headers?: Record<string, string>; until?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const request = options.tls === false ? http.request : https.request;
    const req = request({ host: '127.0.0.1', port, path: pathname, ca: cert, servername: 'dichvucong.example.gov.vn', headers: { host: 'dichvucong.example.gov.vn', ...options.headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
        if (options.until && body.includes(options.until)) {
          res.destroy();
          resolve({ status: res.statusCode!, headers: res.headers, body });
        }
      });
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinhso-deploy-'));
  await fs.chmod(dir, 0o755);
  for (const sub of ['ssl', 'logs', 'www/assets', 'acme', 'temp']) await fs.mkdir(path.join(dir, sub), { recursive: true });
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=dichvucong.example.gov.vn',
    '-addext', 'subjectAltName=DNS:dichvucong.example.gov.vn', '-keyout', path.join(dir, 'ssl/privkey.pem'), '-out', path.join(dir, 'ssl/fullchain.pem')], { stdio: 'ignore' });
  cert = await fs.readFile(path.join(dir, 'ssl/fullchain.pem'), 'utf8');
  const script = `console.log(${JSON.stringify('y'.repeat(3000))});`;
  await fs.writeFile(path.join(dir, 'www/index.html'), '<!doctype html><title>Tỉnh Số</title><div id="root"></div>');
  await fs.writeFile(path.join(dir, 'www/assets/index-Zz99.js'), script);
  await fs.writeFile(path.join(dir, 'www/assets/index-Zz99.js.gz'), gzipSync(script));
  for (const file of ['www', 'www/assets']) await fs.chmod(path.join(dir, file), 0o755);
  await fs.chown(path.join(dir, 'temp'), 65534, 65534).catch(() => undefined);

  t = await startTestApp({ trustProxy: true, webDist: path.join(dir, 'www') });
  [httpPort, httpsPort] = [await freePort(), await freePort()];
  const site = (await fs.readFile(path.join(repoRoot, 'deploy/nginx/tinhso.conf'), 'utf8'))
    .replace(/^\s*listen \[::\].*\n/gm, '')
    .replace('listen 80;', `listen 127.0.0.1:${httpPort};`)
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`)
    .replace(/ {4}server 127\.0\.0\.1:3011 .*\n {4}server 127\.0\.0\.1:3012 .*\n/, `    server 127.0.0.1:${new URL(t.baseUrl).port} max_fails=1 fail_timeout=5s;\n`)
    .replaceAll('/etc/ssl/tinhso/', `${dir}/ssl/`)
    .replaceAll('/opt/tinhso/web/dist', `${dir}/www`)
    .replaceAll('/var/log/nginx/', `${dir}/logs/`)
    .replaceAll('/var/www/letsencrypt', `${dir}/acme`);
  expect(site).toContain(`server 127.0.0.1:${new URL(t.baseUrl).port}`);
  await fs.writeFile(path.join(dir, 'tinhso.conf'), site);
  // What Debian's /etc/nginx/nginx.conf gives a site: the http block, MIME types; here with a prefix of its own.
  await fs.writeFile(path.join(dir, 'nginx.conf'), `${process.getuid?.() === 0 ? 'user nobody nogroup;' : ''}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
  include ${dir}/tinhso.conf;
}
`);
});
afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx.once('exit', resolve));
    nginx.kill('SIGQUIT');
    await exited;
  }
  await t?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('deploy/nginx/tinhso.conf', () => {
  it('passes nginx -t with a real certificate and key', () => {
    const output = execFileSync('nginx', ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(output).toBe('');
  });

  it('serves the portal over TLS in front of a node: HTTP moves to HTTPS, HSTS everywhere, assets kept a year, SSE streamed, /metrics hidden', async () => {
    nginx = spawn('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'inherit' });
    const until = Date.now() + 10_000;
    for (;;) {
      try {
        await get(httpsPort, '/healthz');
        break;
      } catch (error) {
        if (Date.now() > until) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const plain = await get(httpPort, '/tra-cuu?ma=1', { tls: false });
    expect(plain.status).toBe(301);
    expect(plain.headers.location).toBe('https://dichvucong.example.gov.vn/tra-cuu?ma=1');
    expect((await get(httpPort, '/.well-known/acme-challenge/khong-co', { tls: false })).status).toBe(404);

    const health = await get(httpsPort, '/healthz');
    expect(health.status).toBe(200);
    expect(health.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');

    const asset = await get(httpsPort, '/assets/index-Zz99.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(asset.headers['strict-transport-security']).toBeDefined();

    const page = await get(httpsPort, '/tra-cuu');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect(page.headers['strict-transport-security']).toBeDefined();

    expect((await get(httpsPort, '/metrics')).status).toBe(404);

    // The API through nginx, with its cookies.
    const csrf = await get(httpsPort, '/api/auth/csrf');
    expect(csrf.status).toBe(200);
    expect(String(csrf.headers['set-cookie'])).toBeTruthy();

    const client = await t.login('lanhdao.chilang');
    const cookie = (client as unknown as { cookies: Map<string, string> }).cookies;
    const stream = await get(httpsPort, '/api/operations/stream', { headers: { cookie: [...cookie].map(([k, v]) => `${k}=${v}`).join('; ') }, until: 'event: ready' });
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toContain('text/event-stream');
    expect(stream.body).toContain('event: ready');
  });
});
