import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { contentSecurityPolicy, originOf } from './security-headers.js';

let t: TestApp;
let webDist: string;

beforeAll(async () => {
  // A built web client in miniature: the page, a content-named asset, a file at the root.
  webDist = await fs.mkdtemp(path.join(os.tmpdir(), 'tinhso-web-'));
  await fs.mkdir(path.join(webDist, 'assets'));
  await fs.writeFile(path.join(webDist, 'index.html'), '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/index-abc.js"></script></body></html>');
  await fs.writeFile(path.join(webDist, 'assets', 'index-abc.js'), 'console.log(1)');
  await fs.writeFile(path.join(webDist, 'robots.txt'), 'User-agent: *');
  t = await startTestApp({ webDist, trustProxy: true, logLevel: 'error' });
});
afterAll(async () => {
  await t?.close();
  await fs.rm(webDist, { recursive: true, force: true });
});

type Answer = { status: number; headers: Headers };

async function request(method: string, url: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(t.baseUrl + url, {
    method, headers: method === 'GET' || method === 'HEAD' ? headers : { 'content-type': 'application/json', ...headers },
    body: method === 'GET' || method === 'HEAD' ? undefined : '{}', redirect: 'manual',
  });
  await response.arrayBuffer();
  return { status: response.status, headers: response.headers };
}

/** What every answer must carry, whatever produced it. */
function expectSecurityHeaders(what: string, { headers }: Answer) {
  const csp = headers.get('content-security-policy') ?? '';
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('referrer-policy'), what).toMatch(/^(no-referrer|strict-origin-when-cross-origin)$/);
  expect(csp, what).toMatch(/frame-ancestors 'none'/);
  const scripts = /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1] ?? /(?:^|;)\s*default-src ([^;]*)/.exec(csp)?.[1];
  expect(scripts, `${what}: script-src`).toBeDefined();
  expect(scripts, what).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
}

describe('security headers', () => {
  it('are on every route of the OpenAPI document', async () => {
    const doc = (await t.client().get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths).flatMap(([route, methods]) => Object.keys(methods).map((m) => [m.toUpperCase(), route] as const));
    expect(routes.length).toBeGreaterThan(100);
    for (const [method, route] of routes) {
      const url = route.replace(/\{[^}]+\}/g, '1');
      expectSecurityHeaders(`${method} ${url}`, await request(method, url));
    }
  });

  it.each([
    ['the portal page', '/'],
    ['a page of the web client', '/tra-cuu'],
    ['a content-named asset', '/assets/index-abc.js'],
    ['a file at the root', '/robots.txt'],
    ['an unknown API path (404)', '/api/khong-co'],
    ['the OpenAPI UI', '/api/docs'],
    ['an asset of the OpenAPI UI', '/api/docs/static/swagger-initializer.js'],
    ['the OpenAPI document', '/api/openapi.json'],
    ['the OpenID provider', '/oidc/.well-known/openid-configuration'],
    ['an OpenID provider error', '/oidc/auth?client_id=none'],
    ['Open311', '/open311/v2/services.json'],
    ['health', '/healthz'],
    ['metrics', '/metrics'],
    ['a malformed URL (error raised before routing)', '/api/procedures/%E0%A4%A'],
    ['the integration gateway (an unknown service)', '/lgsp/khong-co/v1/x'],
    ['the integration gateway (a call without a token)', '/lgsp/tra-cuu-dan-cu/v1/cong-dan'],
  ])('are on %s', async (what, url) => {
    const answer = await request('GET', url);
    expectSecurityHeaders(what, answer);
    expect(answer.headers.get('strict-transport-security'), what).toBeNull();
  });

  it('are on a state-changing call refused for its CSRF token, and on an invalid JSON body', async () => {
    expectSecurityHeaders('POST without token', await request('POST', '/api/auth/login'));
    const response = await fetch(`${t.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expectSecurityHeaders('bad JSON', { status: response.status, headers: response.headers });
  });

  it('send HSTS only over TLS, as the trusted proxy says, on pages, API and gateway', async () => {
    for (const url of ['/', '/api/procedures', '/lgsp/khong-co/v1/x', '/oidc/.well-known/openid-configuration']) {
      expect((await request('GET', url)).headers.get('strict-transport-security'), url).toBeNull();
      const overTls = await request('GET', url, { 'x-forwarded-proto': 'https' });
      expect(overTls.headers.get('strict-transport-security'), url).toMatch(/^max-age=31536000/);
    }
  });

  it('answer HTTP that Node cannot parse with nosniff and a closed CSP', async () => {
    const port = Number(new URL(t.baseUrl).port);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write('GET /\x01 HTTP/1.1\r\nHost: x\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => { text += chunk.toString(); });
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    expect(raw).toMatch(/X-Content-Type-Options: nosniff/i);
    expect(raw).toMatch(/Content-Security-Policy: default-src 'none'; frame-ancestors 'none'/i);
  });

  it('let a page embed the Jitsi server and load map tiles, and nothing else from outside', async () => {
    const csp = (await request('GET', '/')).headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`frame-src 'self' ${originOf(t.config.jitsi.baseUrl)}`);
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toMatch(/img-src 'self' data: blob: https:\/\/tile\.openstreetmap\.org/);
    expect(csp).toContain("object-src 'none'");
  });
});

describe('originOf', () => {
  it('takes the origin of an address or tile template and nothing of a same-site path', () => {
    expect(originOf('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
    expect(originOf('https://Meet.Example.vn:8443/room')).toBe('https://meet.example.vn:8443');
    expect(originOf('/api/feedback/map/blank-tile.png')).toBeNull();
    expect(contentSecurityPolicy({ frameOrigins: [], imageOrigins: [] }).scriptSrc).toEqual(["'self'"]);
  });
});
