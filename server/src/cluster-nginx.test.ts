import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type RunningNginx } from '../../scripts/cluster-nginx.js';
import { ApiClient, startTestApp, type TestApp } from '../test/test-app.js';

/**
 * `npm run cluster`'s nginx (Debian's, a private instance with the configuration scripts/cluster-nginx.ts
 * writes) in front of two real nodes on one database.
 */
let t: TestApp;
let second: { baseUrl: string; close: () => Promise<void> };
let nginx: RunningNginx;
let www: string;
let url: string;
const nodePort = (baseUrl: string) => Number(new URL(baseUrl).port);

const freePort = () => new Promise<number>((resolve, reject) => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as net.AddressInfo;
    server.close(() => resolve(port));
  }).once('error', reject);
});

beforeAll(async () => {
  // A built web client in miniature: the page, a hashed asset with its .gz, a service worker.
  www = await fs.mkdtemp(path.join(os.tmpdir(), 'tinhso-www-'));
  await fs.mkdir(path.join(www, 'assets'));
  await fs.writeFile(path.join(www, 'index.html'), '<!doctype html><title>Tỉnh Số</title><div id="root"></div>');
  const script = `console.log(${JSON.stringify('x'.repeat(4000))});`;
  await fs.writeFile(path.join(www, 'assets', 'index-Ab12Cd34.js'), script);
  await fs.writeFile(path.join(www, 'assets', 'index-Ab12Cd34.js.gz'), gzipSync(script));
  await fs.writeFile(path.join(www, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  t = await startTestApp({ trustProxy: true, lookupRateLimitPerMinute: 3, webDist: www });
  second = await t.secondNode();
  const port = await freePort();
  nginx = await startNginx({
    port, host: '127.0.0.1', nodePorts: [nodePort(t.baseUrl), nodePort(second.baseUrl)], webRoot: www,
    clientMaxBodyBytes: t.config.uploadLimitBytes + 64 * 1024,
  });
  url = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await nginx?.stop();
  await t?.close();
  await fs.rm(www, { recursive: true, force: true });
});

describe('npm run cluster: nginx in front of the nodes', () => {
  it('spreads requests over both nodes, and a session made through one works on the other', async () => {
    const nodesSeen = new Set<string | null>();
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${url}/healthz`);
      expect(response.status).toBe(200);
      nodesSeen.add(response.headers.get('x-tinhso-node'));
    }
    expect([...nodesSeen].sort()).toEqual([`127.0.0.1:${nodePort(t.baseUrl)}`, `127.0.0.1:${nodePort(second.baseUrl)}`].sort());

    const browser = new ApiClient(url);
    expect((await browser.post('/api/auth/login', { username: 'citizen', password: 'TinhSo@2026' })).status).toBe(200);
    const answeredBy = new Set<string | null>();
    for (let i = 0; i < 6; i++) {
      const me = await browser.get('/api/auth/me');
      expect(me.body.user?.username).toBe('citizen');
      answeredBy.add(me.headers.get('x-tinhso-node'));
    }
    expect(answeredBy.size).toBe(2);
    // A state-changing call with a token one node issued, wherever it lands.
    for (let i = 0; i < 4; i++) {
      const saved = await browser.put('/api/my/notification-preferences', { email: true, sms: i % 2 === 0, app_message: false });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    }
  });

  it('serves the built client itself: hashed assets kept a year (gzip when asked), other files asked again, pages from a node', async () => {
    const asset = await fetch(`${url}/assets/index-Ab12Cd34.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('x-tinhso-node')).toBeNull();
    expect(await asset.text()).toContain('xxxx');
    const worker = await fetch(`${url}/sw.js`);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    expect(worker.headers.get('x-tinhso-node')).toBeNull();
    // A page of the client: no such file, so a node answers with index.html.
    const page = await fetch(`${url}/tra-cuu`);
    expect(page.status).toBe(200);
    expect(page.headers.get('x-tinhso-node')).not.toBeNull();
    expect(await page.text()).toContain('<div id="root">');
    expect((await fetch(`${url}/assets/khong-co.js`)).status).toBe(404);
  });

  it('gives the nodes the client address nginx saw, not one the client wrote, so a limit cannot be dodged', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${url}/api/public/dossiers/KHONG-CO-${i}`, { headers: { 'x-forwarded-for': `198.51.100.${i}` } });
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      await response.arrayBuffer();
    }
    expect(statuses).toEqual([404, 404, 404, 429, 429]);
    const counted = await t.db.query<{ client: string }>(`SELECT client FROM rate_limit_hits WHERE route LIKE 'GET /api/public/dossiers/:code|%'`);
    expect(counted.rows).toEqual([{ client: '127.0.0.1' }]);
  });

  it('streams a live dashboard through nginx as it is written', async () => {
    const leader = new ApiClient(url);
    expect((await leader.post('/api/auth/login', { username: 'lanhdao.chilang', password: 'TinhSo@2026' })).status).toBe(200);
    const send = (leader as unknown as { send: (m: string, p: string, h: object) => Promise<Response> }).send.bind(leader);
    const response = await send('GET', '/api/operations/stream', {});
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    let text = '';
    const deadline = Date.now() + 10_000;
    while (!text.includes('event: ready') && Date.now() < deadline) {
      const chunk = await Promise.race([reader.read(), new Promise<undefined>((r) => setTimeout(() => r(undefined), deadline - Date.now()))]);
      if (!chunk || chunk.done) break;
      text += new TextDecoder().decode(chunk.value);
    }
    expect(text).toContain('event: ready');
    await reader.cancel();
  });

  it('sends every request to the node still up when the other one stops', async () => {
    await second.close();
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${url}/healthz`);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-tinhso-node')).toContain(`127.0.0.1:${nodePort(t.baseUrl)}`);
    }
    const browser = new ApiClient(url);
    expect((await browser.post('/api/auth/login', { username: 'citizen', password: 'TinhSo@2026' })).status).toBe(200);
  });
});
