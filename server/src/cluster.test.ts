import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { createPool } from './platform/db.js';
import type { ModuleDeps } from './platform/context.js';
import type { Delivery } from './platform/jobs.js';
import { systemPrincipal } from './platform/principal.js';
import { verifyAuditChain } from './platform/audit.js';
import { buildAgency, buildDossier, buildOfficial, buildProcedure, buildCitizen } from '../test/factories.js';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { DEMO_PASSWORD } from './demo/province.js';

/**
 * Three nodes of the platform on one database, each with its own pool and its own background workers
 * (JOBS on everywhere), as `npm run cluster` runs them behind nginx: what must hold for the cluster, not per node.
 */
type Node = { baseUrl: string; deps: ModuleDeps; close: () => Promise<void> };

let t: TestApp;
const nodes: Node[] = [];
const LOOKUP_LIMIT = 5;

beforeAll(async () => {
  t = await startTestApp({ jobs: true, trustProxy: true, lookupRateLimitPerMinute: LOOKUP_LIMIT });
  nodes.push({ baseUrl: t.baseUrl, deps: t.deps, close: () => t.close() });
  for (let i = 0; i < 2; i++) {
    const db = createPool(t.databaseUrl, 10);
    const app = await buildApp({ config: t.config, db });
    await app.listen({ port: 0, host: '127.0.0.1' });
    nodes.push({
      baseUrl: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, deps: app.deps,
      close: async () => {
        await app.close();
        await db.end();
      },
    });
  }
});
// The first node (the test app) last: it drops the database.
afterAll(async () => {
  for (const node of [...nodes].reverse()) await node.close();
});

/** A browser: one cookie jar, whichever node the load balancer sends each request to. */
class Browser {
  private readonly cookies = new Map<string, string>();

  async send(baseUrl: string, method: string, path: string, init: { body?: unknown; csrf?: string; headers?: Record<string, string> } = {}) {
    const headers: Record<string, string> = { ...init.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (init.csrf) headers['x-csrf-token'] = init.csrf;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(baseUrl + path, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0]!;
      const eq = pair.indexOf('=');
      if (pair.slice(eq + 1) === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(pair.slice(0, eq));
      else this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return response;
  }

  async json(baseUrl: string, method: string, path: string, init: { body?: unknown; csrf?: string } = {}) {
    const response = await this.send(baseUrl, method, path, init);
    return { status: response.status, body: await response.json() as any };
  }

  async csrf(baseUrl: string): Promise<string> {
    return (await this.json(baseUrl, 'GET', '/api/auth/csrf')).body.token;
  }

  /** Signs in through `node`, with a token asked from `tokenNode`. */
  async login(username: string, tokenNode: string, node: string) {
    const response = await this.json(node, 'POST', '/api/auth/login', { body: { username, password: DEMO_PASSWORD }, csrf: await this.csrf(tokenNode) });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return this;
  }
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('rate limits across nodes', () => {
  /** Statuses of `count` lookups by one client, sent to the nodes in turn (`spread`) or all to the first. */
  async function lookups(client: string, count: number, spread: boolean) {
    const statuses: number[] = [];
    for (let i = 0; i < count; i++) {
      const node = nodes[spread ? i % nodes.length : 0]!;
      const response = await fetch(`${node.baseUrl}/api/public/dossiers/KHONG-CO-${i}`, { headers: { 'x-forwarded-for': client } });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(((await response.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('quá nhiều') });
      } else await response.arrayBuffer();
    }
    return statuses;
  }

  it('answers 429 at the same total when the requests are spread over three nodes as when they all reach one', async () => {
    const oneNode = await lookups('203.0.113.10', LOOKUP_LIMIT + 3, false);
    const threeNodes = await lookups('203.0.113.11', LOOKUP_LIMIT + 3, true);
    const expected = [...Array(LOOKUP_LIMIT).fill(404), 429, 429, 429];
    expect(oneNode).toEqual(expected);
    // Per node, each of the three would have let 5 through: 8 requests, none refused.
    expect(threeNodes).toEqual(expected);
    // Another client (X-Forwarded-For from the proxy) has a count of its own.
    expect(await lookups('203.0.113.12', 1, true)).toEqual([404]);
    const counted = await t.db.query<{ client: string; hits: number }>(
      `SELECT client, hits FROM rate_limit_hits WHERE route LIKE 'GET /api/public/dossiers/:code|%' AND client LIKE '203.0.113.%' ORDER BY client`);
    expect(counted.rows).toEqual([{ client: '203.0.113.10', hits: 8 }, { client: '203.0.113.11', hits: 8 }, { client: '203.0.113.12', hits: 1 }]);
  });

  it('counts parallel requests on all nodes exactly once each', async () => {
    const responses = await Promise.all(Array.from({ length: 30 }, (_, i) =>
      fetch(`${nodes[i % 3]!.baseUrl}/api/public/dossiers/SONG-SONG-${i}`, { headers: { 'x-forwarded-for': '203.0.113.20' } }).then(async (r) => (await r.arrayBuffer(), r.status))));
    expect(responses.filter((s) => s === 404)).toHaveLength(LOOKUP_LIMIT);
    expect(responses.filter((s) => s === 429)).toHaveLength(30 - LOOKUP_LIMIT);
  });

  it('starts a new window once the last one ended, and sweeps ended windows', async () => {
    await t.db.query(`UPDATE rate_limit_hits SET expires_at = clock_timestamp() - interval '2 minutes' WHERE client = '203.0.113.10'`);
    expect(await lookups('203.0.113.10', 1, true)).toEqual([404]);
    await t.db.query(`UPDATE rate_limit_hits SET expires_at = clock_timestamp() - interval '2 minutes' WHERE client = '203.0.113.11'`);
    await t.db.query(`DELETE FROM rate_limit_hits WHERE expires_at < clock_timestamp() - interval '1 minute'`);
    expect((await t.db.query(`SELECT client FROM rate_limit_hits WHERE client IN ('203.0.113.10', '203.0.113.11')`)).rows).toEqual([{ client: '203.0.113.10' }]);
  });
});

describe('sessions and CSRF tokens across nodes', () => {
  it('accepts on node B and C a session and a CSRF token that node A issued', async () => {
    const [a, b, c] = nodes.map((n) => n.baseUrl) as [string, string, string];
    // The sign-in token from A, the sign-in itself on B.
    const browser = await new Browser().login('citizen', a, b);
    expect((await browser.json(c, 'GET', '/api/auth/me')).body.user.username).toBe('citizen');
    // A state-changing call on C with the token A issued for this session.
    const token = await browser.csrf(a);
    const changed = await browser.json(c, 'PUT', '/api/my/notification-preferences', { body: { email: true, sms: false, app_message: true }, csrf: token });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    // Another session's token is refused on every node.
    const other = await new Browser().login('doanhnghiep', c, a);
    const foreign = await browser.json(b, 'PUT', '/api/my/notification-preferences', { body: { email: true, sms: false, app_message: true }, csrf: await other.csrf(a) });
    expect(foreign).toMatchObject({ status: 403, body: { error: { code: 'CSRF_INVALID' } } });
    // Signed out on B: no node knows the session any more.
    expect((await browser.json(b, 'POST', '/api/auth/logout', { csrf: token })).status).toBe(200);
    for (const node of [a, b, c]) expect((await waitFor('the sign-out on every node', async () => {
      const me = await browser.json(node, 'GET', '/api/auth/me');
      return me.body.user === null ? me : undefined;
    })).body.user).toBeNull();
  });
});

describe('jobs across nodes', () => {
  it('delivers each of 60 events once when all three nodes run the job worker', { timeout: 90_000 }, async () => {
    const handled: { node: number; eventId: number }[] = [];
    nodes.forEach(({ deps }, n) => {
      deps.jobs.subscribe({
        name: 'cluster-test.count', topics: ['cluster-test.happened'],
        handle: async (d: Delivery) => {
          handled.push({ node: n, eventId: d.eventId });
          await new Promise((resolve) => setTimeout(resolve, 20));
        },
      });
    });
    // Emitted on every node: each wakes its own worker at once, the others find the rest when they poll.
    for (let i = 0; i < 60; i++) {
      await nodes[i % 3]!.deps.uow(systemPrincipal('thử nghiệm cụm'), async ({ emit }) => emit('cluster-test.happened', { i }));
    }
    await waitFor('every delivery done', async () => {
      const left = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM job_deliveries WHERE subscriber = 'cluster-test.count' AND state <> 'done'`);
      return left.rows[0]!.n === 0 ? true : undefined;
    }, 60_000);
    const events = await t.db.query<{ id: number }>(`SELECT id FROM events WHERE topic = 'cluster-test.happened'`);
    expect(events.rows).toHaveLength(60);
    expect(handled.map((h) => h.eventId).sort((x, y) => x - y)).toEqual(events.rows.map((e) => e.id).sort((x, y) => x - y));
    expect(new Set(handled.map((h) => h.node)).size).toBeGreaterThan(1);
  });
});

describe('dossier codes across nodes', () => {
  it('gives 30 receptions on three nodes at once 30 distinct codes numbered 1 to 30 of the day', { timeout: 60_000 }, async () => {
    const agency = await buildAgency(t, { kind: 'commune' });
    const procedure = await buildProcedure(t, agency.id);
    const citizen = await buildCitizen(t);
    const dossiers = [];
    for (let i = 0; i < 30; i++) dossiers.push(await buildDossier(t, { procedureId: procedure.id, applicantId: citizen.id, state: 'submitted' }));
    const desk = await buildOfficial(t, agency.id, 'reception');
    const browser = await new Browser().login(desk.username, nodes[0]!.baseUrl, nodes[1]!.baseUrl);
    const token = await browser.csrf(nodes[2]!.baseUrl);
    const results = await Promise.all(dossiers.map((d, i) => browser.json(nodes[i % 3]!.baseUrl, 'POST', `/api/dossiers/${d.id}/receive`, { body: {}, csrf: token })));
    expect(results.map((r) => r.status)).toEqual(Array(30).fill(200));
    const codes = results.map((r) => r.body.code as string);
    expect(new Set(codes).size).toBe(30);
    expect(codes.every((code) => code.startsWith(`${agency.code}-`))).toBe(true);
    expect(codes.map((c) => Number(c.split('-').at(-1))).sort((x, y) => x - y)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });
});

describe('live dashboards across nodes', () => {
  it('tells a dashboard streaming from node B of a dossier received on node A', { timeout: 60_000 }, async () => {
    const agency = await buildAgency(t, { kind: 'commune' });
    const procedure = await buildProcedure(t, agency.id);
    const dossier = await buildDossier(t, { procedureId: procedure.id, state: 'submitted' });
    const leader = await buildOfficial(t, agency.id, 'leader');
    const viewer = await new Browser().login(leader.username, nodes[1]!.baseUrl, nodes[1]!.baseUrl);
    const stream = await viewer.send(nodes[1]!.baseUrl, 'GET', `/api/operations/stream?agencyId=${agency.id}`);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    let received = '';
    let reading: Promise<ReadableStreamReadResult<Uint8Array>> | undefined;
    const until = async (text: string) => waitFor(`"${text}" on the stream`, async () => {
      if (received.includes(text)) return true;
      reading ??= reader.read();
      const chunk = await Promise.race([reading, new Promise<undefined>((r) => setTimeout(() => r(undefined), 300))]);
      if (chunk === undefined) return undefined;
      reading = undefined;
      if (chunk.value) received += decoder.decode(chunk.value);
      return received.includes(text) ? true : undefined;
    }, 30_000);
    await until('event: ready');
    const desk = await buildOfficial(t, agency.id, 'reception');
    const browser = await new Browser().login(desk.username, nodes[0]!.baseUrl, nodes[0]!.baseUrl);
    const receivedOnA = await browser.json(nodes[0]!.baseUrl, 'POST', `/api/dossiers/${dossier.id}/receive`, { body: {}, csrf: await browser.csrf(nodes[0]!.baseUrl) });
    expect(receivedOnA.status).toBe(200);
    await until('event: changed');
    expect(received).toContain(`"agencyId":${agency.id}`);
    await reader.cancel();
  });
});

describe('the audit chain with a sealer on every node', () => {
  it('chains every row written on the three nodes once, in one verifiable chain', { timeout: 60_000 }, async () => {
    await waitFor('every audit row sealed', async () => {
      const left = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE hash IS NULL');
      return left.rows[0]!.n === 0 ? true : undefined;
    });
    const verified = await verifyAuditChain(t.db);
    expect(verified).toMatchObject({ ok: true });
    const written = await t.db.query<{ n: number; seqs: number }>('SELECT count(*)::int AS n, count(DISTINCT seq)::int AS seqs FROM audit_log');
    expect(written.rows[0]!.seqs).toBe(written.rows[0]!.n);
    // Sign-ins, sign-outs, preferences and 31 receptions, written on three nodes.
    expect(written.rows[0]!.n).toBeGreaterThan(35);
  });
});
