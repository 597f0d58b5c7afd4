import { createHash, X509Certificate } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { compactVerify } from 'jose';
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type ApiClient, type TestApp } from '../../../test/test-app.js';
import { archiveBodies, callService, logExchange, sealMessages, verifyMessageLog, writeCheckpoint } from './index.js';
import { platformKeyOf } from './jobs.js';

const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

// The upstream: items, an echo that hashes what it receives, a large download, a slow answer.
const BIG = 20 * 1024 * 1024;
const upstream = http.createServer((req, res) => {
  const url = new URL(req.url!, 'http://x');
  if (url.pathname.startsWith('/items/')) {
    res.setHeader('content-type', 'application/json');
    res.setHeader('connection', 'x-secret-hop');
    res.setHeader('x-secret-hop', 'hop');
    return res.end(JSON.stringify({ id: url.pathname.slice(7), client: req.headers['x-lgsp-client'], forwardedFor: req.headers['x-forwarded-for'], auth: req.headers.authorization ?? null, q: url.search }));
  }
  if (url.pathname === '/echo') {
    const hash = createHash('sha256');
    let size = 0;
    req.on('data', (c: Buffer) => { hash.update(c); size += c.length; });
    req.on('end', () => res.setHeader('content-type', 'application/json').end(JSON.stringify({ sha256: hash.digest('hex'), size })));
    return;
  }
  if (url.pathname === '/big') {
    res.setHeader('content-type', 'application/octet-stream');
    const chunk = Buffer.alloc(64 * 1024, 7);
    let sent = 0;
    const pump = () => {
      while (sent < BIG) {
        sent += chunk.length;
        if (!res.write(chunk)) return res.once('drain', pump);
      }
      res.end();
    };
    return pump();
  }
  if (url.pathname === '/slow') return setTimeout(() => res.end('{}'), 1500);
  res.statusCode = 404;
  res.end('{"message":"not here"}');
});

const OPENAPI = {
  openapi: '3.0.3', info: { title: 'Kho thử', version: '1' },
  paths: {
    '/items/{id}': { get: { operationId: 'getItem' } },
    '/echo': { post: { operationId: 'echo' } },
    '/big': { get: { operationId: 'big' } },
    '/slow': { get: { operationId: 'slow' } },
  },
};

let t: TestApp;
let admin: ApiClient;
let upstreamUrl: string;
let agencyId: number;
type Creds = { id: number; clientId: string; clientSecret: string; tokenUrl: string };
let full: Creds; // granted the whole service
let partial: Creds; // granted getItem only
let none: Creds; // granted nothing
let serviceId: number;

async function register(identifier: string): Promise<Creds> {
  const r = await admin.post('/api/integration/members', { identifier, name: `Hệ thống ${identifier}`, agencyId });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as Creds;
}

async function tokenOf(c: Creds) {
  const r = await fetch(`${t.baseUrl}/lgsp/oauth/token`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.clientSecret }),
  });
  expect(r.status).toBe(200);
  return ((await r.json()) as { access_token: string }).access_token;
}

const call = (token: string | null, p: string, init: RequestInit = {}) =>
  fetch(`${t.baseUrl}/lgsp/${p}`, { ...init, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers as Record<string, string> ?? {}) } });
const codeOf = async (r: Response) => ((await r.json()) as { error: { code: string } }).error.code;

beforeAll(async () => {
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  t = await startTestApp();
  admin = await t.login('admin');
  agencyId = await t.agencyId('000.00.00.H37').catch(async () => (await t.db.query<{ id: number }>('SELECT id FROM agencies WHERE parent_id IS NULL ORDER BY id LIMIT 1')).rows[0]!.id);
  full = await register('VN/GOV/000.00.00.T01/FULL');
  partial = await register('VN/GOV/000.00.00.T01/PARTIAL');
  none = await register('VN/GOV/000.00.00.T01/NONE');
  const s = await admin.post('/api/integration/services', {
    code: 'kho-thu', name: 'Kho thử', agencyId, upstreamUrl, openapi: JSON.stringify(OPENAPI), retention: 'full', timeoutMs: 500,
  });
  expect(s.status, JSON.stringify(s.body)).toBe(201);
  serviceId = (s.body as { id: number }).id;
  expect((await admin.post('/api/integration/grants', { memberId: full.id, serviceId })).status).toBe(201);
  expect((await admin.post('/api/integration/grants', { memberId: partial.id, serviceId, operations: ['getItem'] })).status).toBe(201);
});
afterAll(async () => {
  await t?.close();
  upstream.closeAllConnections();
  upstream.close();
});

describe('the gateway', () => {
  it('lets an unmodified OAuth2 client library obtain a token, and forwards the call with the consumer identity and the hashes', async () => {
    const config = new oidc.Configuration({ issuer: `${t.baseUrl}/lgsp`, token_endpoint: `${t.baseUrl}/lgsp/oauth/token` }, full.clientId, undefined, oidc.ClientSecretBasic(full.clientSecret));
    oidc.allowInsecureRequests(config);
    const tokens = await oidc.clientCredentialsGrant(config);
    expect(tokens.token_type.toLowerCase()).toBe('bearer');
    expect(tokens.expires_in).toBeGreaterThan(0);
    const r = await call(tokens.access_token, 'kho-thu/items/42?x=1&y=%C4%91');
    expect(r.status).toBe(200);
    const text = await r.text();
    const body = JSON.parse(text) as Record<string, unknown>;
    expect(body).toMatchObject({ id: '42', client: 'VN/GOV/000.00.00.T01/FULL', forwardedFor: '127.0.0.1', auth: null, q: '?x=1&y=%C4%91' });
    expect(r.headers.get('x-secret-hop')).toBeNull();
    expect(r.headers.get('x-lgsp-message-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.headers.get('x-lgsp-request-hash')).toBe(sha(''));
    expect(r.headers.get('x-lgsp-response-hash')).toBe(sha(text));
    // Client authentication in the form works too (client_secret_post).
    const post = new oidc.Configuration({ issuer: `${t.baseUrl}/lgsp`, token_endpoint: `${t.baseUrl}/lgsp/oauth/token` }, full.clientId, undefined, oidc.ClientSecretPost(full.clientSecret));
    oidc.allowInsecureRequests(post);
    expect((await oidc.clientCredentialsGrant(post)).access_token).toMatch(/^lgsp_/);
  });

  it('refuses, each with its code: bad credentials, unknown member, missing, invalid and expired tokens', async () => {
    const token = async (form: Record<string, string>) => {
      const r = await fetch(`${t.baseUrl}/lgsp/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) });
      return { status: r.status, body: (await r.json()) as { error: string; error_code: string } };
    };
    expect(await token({ grant_type: 'client_credentials', client_id: full.clientId, client_secret: 'wrong' })).toMatchObject({ status: 401, body: { error: 'invalid_client', error_code: 'LGSP_BAD_CREDENTIALS' } });
    expect(await token({ grant_type: 'client_credentials', client_id: 'nobody', client_secret: 'x' })).toMatchObject({ status: 401, body: { error: 'invalid_client', error_code: 'LGSP_UNKNOWN_MEMBER' } });
    expect(await token({ grant_type: 'password', client_id: full.clientId, client_secret: full.clientSecret })).toMatchObject({ status: 400, body: { error: 'unsupported_grant_type' } });
    const missing = await call(null, 'kho-thu/items/1');
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toContain('Bearer');
    expect(await codeOf(missing)).toBe('LGSP_TOKEN_MISSING');
    expect(await codeOf(await call('lgsp_not-a-real-token-at-all', 'kho-thu/items/1'))).toBe('LGSP_TOKEN_INVALID');
    const expired = await tokenOf(full);
    await t.db.query("UPDATE lgsp_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1", [sha(expired)]);
    expect(await codeOf(await call(expired, 'kho-thu/items/1'))).toBe('LGSP_TOKEN_EXPIRED');
  });

  it('refuses unknown services, ungranted services and operations, unknown operations; grants and revokes take effect at once', async () => {
    const fullToken = await tokenOf(full);
    const partialToken = await tokenOf(partial);
    const noneToken = await tokenOf(none);
    const unknown = await call(fullToken, 'khong-co/items/1');
    expect([unknown.status, await codeOf(unknown)]).toEqual([404, 'LGSP_SERVICE_UNKNOWN']);
    const notGranted = await call(noneToken, 'kho-thu/items/1');
    expect([notGranted.status, await codeOf(notGranted)]).toEqual([403, 'LGSP_SERVICE_NOT_GRANTED']);
    expect((await call(partialToken, 'kho-thu/items/7')).status).toBe(200);
    const op = await call(partialToken, 'kho-thu/echo', { method: 'POST', body: 'x' });
    expect([op.status, await codeOf(op)]).toEqual([403, 'LGSP_OPERATION_NOT_GRANTED']);
    const unknownOp = await call(fullToken, 'kho-thu/khong-co');
    expect([unknownOp.status, await codeOf(unknownOp)]).toEqual([404, 'LGSP_OPERATION_UNKNOWN']);
    expect(await codeOf(await call(fullToken, 'kho-thu/items/%2e%2e/echo'))).toBe('LGSP_OPERATION_UNKNOWN');

    const granted = await admin.post('/api/integration/grants', { memberId: none.id, serviceId, operations: ['getItem'] });
    expect(granted.status).toBe(201);
    expect((await call(noneToken, 'kho-thu/items/1')).status).toBe(200);
    const [grantId] = (granted.body as { ids: number[] }).ids;
    expect((await admin.delete(`/api/integration/grants/${grantId}`)).status).toBe(200);
    expect(await codeOf(await call(noneToken, 'kho-thu/items/1'))).toBe('LGSP_SERVICE_NOT_GRANTED');
    expect((await admin.delete(`/api/integration/grants/${grantId}`)).status).toBe(404);
    const bad = await admin.post('/api/integration/grants', { memberId: none.id, serviceId, operations: ['khongCo'] });
    expect([bad.status, (bad.body as { error: { code: string } }).error.code]).toEqual([400, 'LGSP_OPERATION_INVALID']);
    const audit = await t.db.query("SELECT action FROM audit_log WHERE action LIKE 'lgsp.grant.%' ORDER BY id");
    expect(audit.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['lgsp.grant.created', 'lgsp.grant.revoked']));
  });

  it('refuses a suspended member and, after a secret rotation, the old secret and tokens', async () => {
    const m = await register('VN/GOV/000.00.00.T01/TAMDUNG');
    expect((await admin.post('/api/integration/grants', { memberId: m.id, serviceId })).status).toBe(201);
    const token = await tokenOf(m);
    expect((await call(token, 'kho-thu/items/1')).status).toBe(200);
    expect((await admin.post(`/api/integration/members/${m.id}/state`, { state: 'suspended', version: 1 })).status).toBe(200);
    const suspended = await call(token, 'kho-thu/items/1');
    expect(suspended.status).toBe(401); // its tokens were revoked with the suspension
    expect((await admin.post(`/api/integration/members/${m.id}/state`, { state: 'active', version: 2 })).status).toBe(200);
    const again = await tokenOf(m);
    const rotated = await admin.post(`/api/integration/members/${m.id}/secret`);
    expect(rotated.status).toBe(200);
    expect(await codeOf(await call(again, 'kho-thu/items/1'))).toBe('LGSP_TOKEN_INVALID');
    const old = await fetch(`${t.baseUrl}/lgsp/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'client_credentials', client_id: m.clientId, client_secret: m.clientSecret }) });
    expect(old.status).toBe(401);
    const fresh = await tokenOf(rotated.body as Creds);
    expect((await admin.post(`/api/integration/members/${m.id}/state`, { state: 'suspended', version: 4 })).status).toBe(200);
    const r = await fetch(`${t.baseUrl}/lgsp/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'client_credentials', client_id: m.clientId, client_secret: (rotated.body as Creds).clientSecret }) });
    expect(((await r.json()) as { error_code: string }).error_code).toBe('LGSP_MEMBER_SUSPENDED');
    expect(await codeOf(await call(fresh, 'kho-thu/items/1'))).toBe('LGSP_TOKEN_INVALID');
  });

  it('answers 504 when the upstream is slow, 502 when it is unreachable, 413 when the body is too large', async () => {
    const token = await tokenOf(full);
    const slow = await call(token, 'kho-thu/slow');
    expect([slow.status, await codeOf(slow)]).toEqual([504, 'LGSP_UPSTREAM_TIMEOUT']);
    const s = await admin.post('/api/integration/services', { code: 'khong-toi', name: 'Không tới', agencyId, upstreamUrl: 'http://127.0.0.1:9' });
    expect((await admin.post('/api/integration/grants', { memberId: full.id, serviceId: (s.body as { id: number }).id })).status).toBe(201);
    const down = await call(token, 'khong-toi/a');
    expect([down.status, await codeOf(down)]).toEqual([502, 'LGSP_UPSTREAM_UNREACHABLE']);
    process.env.LGSP_MAX_BODY_BYTES = '1000';
    try {
      const large = await call(token, 'kho-thu/echo', { method: 'POST', body: Buffer.alloc(5000, 1) });
      expect([large.status, await codeOf(large)]).toEqual([413, 'LGSP_BODY_TOO_LARGE']);
    } finally {
      delete process.env.LGSP_MAX_BODY_BYTES;
    }
  });

  it('streams large bodies both ways, hashing them on the way', async () => {
    const token = await tokenOf(full);
    const upload = Buffer.alloc(BIG, 3);
    const r = await call(token, 'kho-thu/echo', { method: 'POST', body: upload, headers: { 'content-type': 'application/octet-stream' } });
    expect(r.status).toBe(200);
    const echoed = (await r.json()) as { sha256: string; size: number };
    expect(echoed).toEqual({ sha256: sha(upload), size: BIG });
    expect(r.headers.get('x-lgsp-request-hash')).toBe(sha(upload));
    // The download streams: its hash follows as a trailer.
    const { trailers, hash, size } = await new Promise<{ trailers: NodeJS.Dict<string>; hash: string; size: number }>((resolve, reject) => {
      http.get(`${t.baseUrl}/lgsp/kho-thu/big`, { headers: { authorization: `Bearer ${token}`, te: 'trailers' } }, (res) => {
        const h = createHash('sha256');
        let n = 0;
        res.on('data', (c: Buffer) => { h.update(c); n += c.length; });
        res.on('end', () => resolve({ trailers: res.trailers, hash: h.digest('hex'), size: n }));
        res.on('error', reject);
      }).on('error', reject);
    });
    expect(size).toBe(BIG);
    expect(trailers['x-lgsp-response-hash']).toBe(hash);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const logged = await t.db.query("SELECT request_size, body_note, request_body IS NULL AS no_body FROM lgsp_messages WHERE path = '/echo' AND request_size = $1", [BIG]);
    expect(logged.rows[0]).toMatchObject({ no_body: true, body_note: expect.stringContaining('quá lớn') });
  });
});

describe('the gateway under load and on several nodes', () => {
  it('answers each call only once its entry is committed: concurrent calls are written together, none is lost, the chain verifies', async () => {
    const token = await tokenOf(full);
    const before = Number((await t.db.query<{ n: string }>('SELECT count(*) AS n FROM lgsp_messages')).rows[0]!.n);
    // A statement-level count of the log's inserts: fewer than the calls means entries went together.
    await t.db.query(`CREATE TABLE lgsp_insert_count (n int NOT NULL); INSERT INTO lgsp_insert_count VALUES (0);
      CREATE FUNCTION count_lgsp_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE lgsp_insert_count SET n = n + 1; RETURN NULL; END $$;
      CREATE TRIGGER count_lgsp_insert AFTER INSERT ON lgsp_messages FOR EACH STATEMENT EXECUTE FUNCTION count_lgsp_insert();`);
    try {
      const ids = await Promise.all(Array.from({ length: 150 }, async (_, i) => {
        const r = await call(token, `kho-thu/items/${i}`);
        expect(r.status).toBe(200);
        const messageId = r.headers.get('x-lgsp-message-id')!;
        // Answered, so already in the log: no waiting.
        expect((await t.db.query('SELECT 1 FROM lgsp_messages WHERE message_id = $1', [messageId])).rowCount).toBe(1);
        return messageId;
      }));
      expect(new Set(ids).size).toBe(150);
      const inserts = Number((await t.db.query<{ n: number }>('SELECT n FROM lgsp_insert_count')).rows[0]!.n);
      expect(inserts).toBeLessThan(150);
    } finally {
      await t.db.query('DROP TRIGGER count_lgsp_insert ON lgsp_messages; DROP FUNCTION count_lgsp_insert(); DROP TABLE lgsp_insert_count');
    }
    expect(Number((await t.db.query<{ n: string }>('SELECT count(*) AS n FROM lgsp_messages')).rows[0]!.n)).toBe(before + 150);
    while ((await sealMessages(t.db)) > 0);
    const verified = await verifyMessageLog(t.db);
    expect(verified).toMatchObject({ ok: true, unsealed: 0 });
    expect(verified.entries).toBeGreaterThanOrEqual(before + 150);
  });

  it('withholds the answer of a call whose entry cannot be written (LGSP_LOG_UNAVAILABLE), and only that one', async () => {
    const token = await tokenOf(full);
    await t.db.query(`CREATE FUNCTION refuse_lgsp_entry() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF NEW.path = '/items/nhat-ky-hong' THEN RAISE EXCEPTION 'log refused'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_lgsp_entry BEFORE INSERT ON lgsp_messages FOR EACH ROW EXECUTE FUNCTION refuse_lgsp_entry();`);
    try {
      const answers = await Promise.all(['nhat-ky-hong', ...Array.from({ length: 20 }, (_, i) => `ok-${i}`)].map((id) => call(token, `kho-thu/items/${id}`)));
      const [refused, ...others] = answers;
      expect([refused!.status, await codeOf(refused!)]).toEqual([503, 'LGSP_LOG_UNAVAILABLE']);
      expect(refused!.headers.get('x-lgsp-message-id')).toBeNull();
      expect(refused!.headers.get('retry-after')).toBe('5');
      expect(others.map((r) => r.status)).toEqual(others.map(() => 200));
    } finally {
      await t.db.query('DROP TRIGGER refuse_lgsp_entry ON lgsp_messages; DROP FUNCTION refuse_lgsp_entry()');
    }
    expect((await t.db.query("SELECT 1 FROM lgsp_messages WHERE path = '/items/nhat-ky-hong'")).rowCount).toBe(0);
  });

  it('a grant revoked, a member suspended or a token withdrawn on one node is refused on another as soon as it hears of the commit', async () => {
    const node = await t.secondNode();
    try {
      const m = await register('VN/GOV/000.00.00.T01/HAINUT');
      const granted = await admin.post('/api/integration/grants', { memberId: m.id, serviceId });
      expect(granted.status).toBe(201);
      const at = (token: string) => fetch(`${node.baseUrl}/lgsp/kho-thu/items/1`, { headers: { authorization: `Bearer ${token}` } });
      // PostgreSQL tells the second node at the commit: it refuses within milliseconds (a loaded machine may
      // delay the notice a little), where re-reading its copy once a second would still answer for up to a second.
      const soon = async (token: string, seen: (status: number) => boolean) => {
        const deadline = Date.now() + 300;
        for (;;) {
          const r = await at(token);
          if (seen(r.status) || Date.now() > deadline) return r;
          await r.arrayBuffer();
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      };
      const refusedSoon = (token: string) => soon(token, (status) => status !== 200);
      // The second node has read the registry and seen the token: both are in its copy now.
      let token = await tokenOf(m);
      expect((await at(token)).status).toBe(200);
      expect((await at(token)).status).toBe(200);
      expect((await admin.delete(`/api/integration/grants/${(granted.body as { ids: number[] }).ids[0]}`)).status).toBe(200);
      const revoked = await refusedSoon(token);
      expect([revoked.status, await codeOf(revoked)]).toEqual([403, 'LGSP_SERVICE_NOT_GRANTED']);

      expect((await admin.post('/api/integration/grants', { memberId: m.id, serviceId })).status).toBe(201);
      expect((await soon(token, (status) => status === 200)).status).toBe(200);
      // Withdrawn by hand, as an operator would in psql.
      await t.db.query("UPDATE lgsp_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1", [sha(token)]);
      expect(await codeOf(await refusedSoon(token))).toBe('LGSP_TOKEN_EXPIRED');

      token = await tokenOf(m);
      expect((await at(token)).status).toBe(200);
      expect((await admin.post(`/api/integration/members/${m.id}/state`, { state: 'suspended', version: 1 })).status).toBe(200);
      const suspended = await refusedSoon(token);
      expect([suspended.status, await codeOf(suspended)]).toEqual([401, 'LGSP_TOKEN_INVALID']);
    } finally {
      await node.close();
    }
  });
});

describe('in-platform callers', () => {
  it('callService checks the grant, forwards and logs with the context; logExchange logs an exchange made elsewhere', async () => {
    const r = await callService(t.deps, { consumer: 'VN/GOV/000.00.00.T01/PARTIAL', service: 'kho-thu', method: 'GET', path: '/items/9', query: { a: 'b' }, context: { userId: 1, dossierId: 5 } });
    expect(r.status).toBe(200);
    expect(r.json<{ id: string; client: string }>()).toMatchObject({ id: '9', client: 'VN/GOV/000.00.00.T01/PARTIAL' });
    const entry = await t.db.query('SELECT context, operation, response_hash FROM lgsp_messages WHERE message_id = $1', [r.messageId]);
    expect(entry.rows[0]).toEqual({ context: { userId: 1, dossierId: 5 }, operation: 'getItem', response_hash: sha(r.body) });
    await expect(callService(t.deps, { consumer: 'VN/GOV/000.00.00.T01/PARTIAL', service: 'kho-thu', method: 'POST', path: '/echo', body: { a: 1 } })).rejects.toMatchObject({ code: 'LGSP_OPERATION_NOT_GRANTED' });
    await expect(callService(t.deps, { consumer: 'VN/GOV/X/Y', service: 'kho-thu', method: 'GET', path: '/items/1' })).rejects.toMatchObject({ code: 'LGSP_UNKNOWN_MEMBER' });
    const logged = await logExchange(t.deps, { consumer: 'VN/GOV/000.00.00.T01/FULL', provider: 'VN/GOV/000.00.00.G22/DVCQG', service: 'dvcqg-dong-bo', method: 'post', path: 'https://dvcqg.example/api/sync?x=1', status: 200, startedAt: new Date(), requestBody: '{"a":1}', responseBody: 'ok', retention: 'full' });
    const row = await t.db.query('SELECT path, query, request_body, request_hash FROM lgsp_messages WHERE message_id = $1', [logged.messageId]);
    expect(row.rows[0]).toMatchObject({ path: '/api/sync', query: 'x=1', request_hash: sha('{"a":1}') });
  });
});

describe('the message log', () => {
  const tamper = async (sql: string, values: unknown[] = []) => {
    const c = await t.db.connect();
    try {
      await c.query('SET session_replication_role = replica');
      await c.query(sql, values);
    } finally {
      await c.query('SET session_replication_role = origin');
      c.release();
    }
  };

  it('is chained and checkpointed; verification detects an edited, a deleted and an inserted entry, and a rewritten chain', async () => {
    const token = await tokenOf(full);
    for (let i = 0; i < 5; i++) expect((await call(token, `kho-thu/items/${i}`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    while ((await sealMessages(t.db)) > 0);
    const key = (await platformKeyOf(t.deps))!;
    const checkpoint = (await writeCheckpoint(t.db, key))!;
    expect(checkpoint.timestampNote).toContain('LGSP_TSA_URL');
    const trust = await fs.readFile(path.join(t.config.pkiDir, 'platform.cert.pem'), 'utf8');
    const intact = await verifyMessageLog(t.db, { trust });
    expect(intact).toMatchObject({ ok: true, broken: null });
    expect(intact.entries).toBeGreaterThan(5);
    expect(intact.checkpoints).toBeGreaterThan(0);
    const api = await admin.get('/api/integration/chain/verification');
    expect(api.body).toMatchObject({ ok: true });

    const victim = (await t.db.query('SELECT * FROM lgsp_messages WHERE seq = 3')).rows[0];
    // Edited.
    await tamper('UPDATE lgsp_messages SET status = 201 WHERE seq = 3');
    const edited = await verifyMessageLog(t.db, { trust });
    expect(edited.ok).toBe(false);
    expect(edited.broken).toMatchObject({ seq: 3, reason: expect.stringContaining('bị sửa') });
    expect((await admin.get('/api/integration/chain/verification')).body).toMatchObject({ ok: false });
    await tamper('UPDATE lgsp_messages SET status = $1 WHERE seq = 3', [victim.status]);
    expect((await verifyMessageLog(t.db, { trust })).ok).toBe(true);
    // Deleted.
    await tamper('DELETE FROM lgsp_messages WHERE seq = 3');
    const deleted = await verifyMessageLog(t.db, { trust });
    expect(deleted.broken).toMatchObject({ seq: 4, reason: expect.stringContaining('xóa') });
    const columns = Object.keys(victim);
    await tamper(`INSERT INTO lgsp_messages (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, columns.map((c) => victim[c]));
    expect((await verifyMessageLog(t.db, { trust })).ok).toBe(true);
    // Inserted: a forged entry placed at seq 3 (later ones moved along) without recomputing the chain ...
    await tamper('UPDATE lgsp_messages SET seq = seq + 1000000 WHERE seq >= 3');
    await tamper('UPDATE lgsp_messages SET seq = seq - 1000000 + 1 WHERE seq >= 1000000');
    await tamper(`INSERT INTO lgsp_messages (message_id, consumer, service_code, method, path, status, started_at, finished_at, latency_ms, request_hash, response_hash, request_size, response_size, retention, seq, prev_hash, hash)
                  SELECT gen_random_uuid(), consumer, service_code, method, '/items/forged', 200, started_at, finished_at, 1, request_hash, response_hash, 0, 0, retention, 3, prev_hash, hash FROM lgsp_messages WHERE seq = 4`);
    const inserted = await verifyMessageLog(t.db, { trust });
    expect(inserted.ok).toBe(false);
    expect(inserted.broken!.seq).toBe(3);
    await tamper("DELETE FROM lgsp_messages WHERE path = '/items/forged'");
    await tamper('UPDATE lgsp_messages SET seq = seq + 1000000 WHERE seq >= 4');
    await tamper('UPDATE lgsp_messages SET seq = seq - 1000000 - 1 WHERE seq >= 1000000');
    expect((await verifyMessageLog(t.db, { trust })).ok).toBe(true);
    // ... and a rewritten chain (the forged entry inserted and every later hash recomputed) breaks the signed checkpoint.
    const { entryHash } = await import('./rules.js');
    const { chainedOf } = await import('./message-log.js');
    await tamper("UPDATE lgsp_messages SET path = '/items/rewritten' WHERE seq = 2");
    const rows = (await t.db.query('SELECT * FROM lgsp_messages WHERE seq >= 2 ORDER BY seq')).rows;
    let prev = rows[0].prev_hash as string;
    for (const row of rows) {
      const hash = entryHash(prev, Number(row.seq), chainedOf(row));
      await tamper('UPDATE lgsp_messages SET prev_hash = $2, hash = $3 WHERE seq = $1', [row.seq, prev, hash]);
      prev = hash;
    }
    await tamper('UPDATE lgsp_chain_head SET hash = $1', [prev]);
    const rewritten = await verifyMessageLog(t.db, { trust });
    expect(rewritten.ok).toBe(false);
    expect(rewritten.broken!.reason).toContain('điểm kiểm tra');
  });

  it('gives a member a signed receipt for its exchange, verifiable with the platform key; not for others', async () => {
    await t.db.query('TRUNCATE lgsp_messages, lgsp_checkpoints').catch(() => undefined);
    await tamper('DELETE FROM lgsp_messages');
    await tamper('DELETE FROM lgsp_checkpoints');
    await t.db.query("UPDATE lgsp_chain_head SET seq = 0, hash = repeat('0', 64)");
    const token = await tokenOf(full);
    const r = await call(token, 'kho-thu/items/77');
    const text = await r.text();
    const messageId = r.headers.get('x-lgsp-message-id')!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const receipt = await call(token, `receipts/${messageId}`);
    expect(receipt.status).toBe(200);
    const jws = await receipt.text();
    const cert = new X509Certificate(await fs.readFile(path.join(t.config.pkiDir, 'platform.cert.pem'), 'utf8'));
    const { payload, protectedHeader } = await compactVerify(jws, cert.publicKey);
    expect(protectedHeader.alg).toBe('RS256');
    const claims = JSON.parse(new TextDecoder().decode(payload));
    expect(claims).toMatchObject({ messageId, consumer: 'VN/GOV/000.00.00.T01/FULL', service: 'kho-thu', operation: 'getItem', status: 200, responseHash: sha(text) });
    expect(claims.checkpoint.seq).toBeGreaterThanOrEqual(claims.chain.seq);
    expect((await verifyMessageLog(t.db)).ok).toBe(true);
    const other = await call(await tokenOf(partial), `receipts/${messageId}`);
    expect([other.status, await codeOf(other)]).toEqual([404, 'LGSP_MESSAGE_UNKNOWN']);
  });

  it('archives old bodies out of the hot table, and verification still holds', async () => {
    const token = await tokenOf(full);
    const body = JSON.stringify({ hello: 'xin chào' });
    const r = await call(token, 'kho-thu/echo', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    const messageId = r.headers.get('x-lgsp-message-id')!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    while ((await sealMessages(t.db)) > 0);
    await tamper("UPDATE lgsp_messages SET started_at = started_at - interval '40 days' WHERE message_id = $1", [messageId]);
    // The backdating changed a sealed entry: reseal the chain from scratch for this test's purpose.
    await tamper('UPDATE lgsp_messages SET seq = NULL, prev_hash = NULL, hash = NULL');
    await tamper('DELETE FROM lgsp_checkpoints');
    await t.db.query("UPDATE lgsp_chain_head SET seq = 0, hash = repeat('0', 64)");
    while ((await sealMessages(t.db)) > 0);
    expect(await archiveBodies(t.db, 30)).toBe(1);
    const hot = await t.db.query('SELECT request_body, archived_at FROM lgsp_messages WHERE message_id = $1', [messageId]);
    expect(hot.rows[0].request_body).toBeNull();
    const archived = await t.db.query('SELECT request_body FROM lgsp_message_archive WHERE message_id = $1', [messageId]);
    expect(archived.rows[0].request_body.toString()).toBe(body);
    expect((await verifyMessageLog(t.db)).ok).toBe(true);
    await tamper("UPDATE lgsp_message_archive SET request_body = 'khac'::bytea WHERE message_id = $1", [messageId]);
    expect((await verifyMessageLog(t.db)).broken).toMatchObject({ messageId, reason: expect.stringContaining('nội dung yêu cầu') });
  });
});

describe('administration', () => {
  it('is the province admin\'s: other officials are refused; identifiers, OpenAPI and upstreams are validated', async () => {
    const official = await t.login('lanhdao.tpls');
    expect((await official.get('/api/integration/members')).status).toBe(403);
    const bad = async (body: Record<string, unknown>, code: string) => {
      const r = await admin.post('/api/integration/services', { code: `dv-${Math.random().toString(36).slice(2, 8)}`, name: 'x', agencyId, upstreamUrl, ...body });
      expect([r.status, (r.body as { error: { code: string } }).error.code]).toEqual([400, code]);
    };
    await bad({ openapi: '{not json' }, 'LGSP_OPENAPI_INVALID');
    await bad({ openapi: JSON.stringify({ openapi: '3.0.0', info: { title: 'x' }, paths: {} }) }, 'LGSP_OPENAPI_INVALID');
    await bad({ upstreamUrl: 'ftp://x/y' }, 'LGSP_UPSTREAM_INVALID');
    const m = await admin.post('/api/integration/members', { identifier: 'not/an/identifier', name: 'x', agencyId });
    expect((m.body as { error: { code: string } }).error.code).toBe('LGSP_IDENTIFIER_INVALID');
    const dup = await admin.post('/api/integration/members', { identifier: 'VN/GOV/000.00.00.T01/FULL', name: 'x', agencyId });
    expect(dup.status).toBe(409);
    const traffic = await admin.get('/api/integration/traffic?hours=1');
    expect((traffic.body as { services: { service: string; calls: number }[] }).services.find((s) => s.service === 'kho-thu')!.calls).toBeGreaterThan(0);
  });
});
