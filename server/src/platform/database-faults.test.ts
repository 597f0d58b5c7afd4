import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privatePostgresMissing, startPrimary, type PrivateCluster } from '../../test/private-postgres.js';
import { prepareDatabase, startAppOn, type PrivateApp } from '../../test/private-app.js';
import type { ApiResponse } from '../../test/test-app.js';
import { systemPrincipal } from './principal.js';

/**
 * The database going away under a running node, for real: a private PostgreSQL stopped (fast, then
 * immediate) and started again while requests run. Meanwhile every request that needs it gets 503
 * DATABASE_UNAVAILABLE with Retry-After, none hangs and none gets a 500; afterwards the node serves again
 * by itself: its pool reconnects, its LISTEN connection is back (the session cache invalidates), the job
 * worker runs deliveries.
 */
const missing = await privatePostgresMissing();

describe.skipIf(missing)('the database away and back', () => {
  let primary: PrivateCluster & { root: string };
  let node: PrivateApp;
  const unhandled: unknown[] = [];
  const onUnhandled = (error: unknown) => unhandled.push(error);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    primary = await startPrimary();
    await prepareDatabase(primary.url());
    node = await startAppOn(primary.url(), { jobs: true });
  }, 120_000);

  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await node?.close();
    await primary?.remove();
  });

  /** A request that must answer within the connect timeout and a margin: never hangs. */
  const timed = async <T>(request: Promise<ApiResponse<T>>) => {
    let timer: NodeJS.Timeout | undefined;
    const hung = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('request hung')), 8_000)));
    try {
      return await Promise.race([request, hung]);
    } finally {
      clearTimeout(timer);
    }
  };
  const expectUnavailable = (response: ApiResponse) => {
    expect(response.status, JSON.stringify(response.body)).toBe(503);
    expect(response.body.error.code).toBe('DATABASE_UNAVAILABLE');
    expect(response.body.error.message).toMatch(/cơ sở dữ liệu/);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  };
  const until = async (what: string, test: () => Promise<boolean>, ms = 20_000) => {
    const end = Date.now() + ms;
    while (!(await test().catch(() => false))) {
      if (Date.now() > end) throw new Error(`${what} not within ${ms} ms`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  /** The node's LISTEN connection, as PostgreSQL sees it. */
  const listening = async () => (await primary.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = 'tinhso' AND query LIKE 'LISTEN%'")).at(0)!.n > 0;

  it('answers 503 with Retry-After while PostgreSQL is stopped, and serves again once it is back', async () => {
    const citizen = await node.login('citizen');
    const visitor = node.client();
    expect((await citizen.get('/api/auth/me')).status).toBe(200);
    expect((await visitor.get('/api/procedures?pageSize=5')).status).toBe(200);

    await primary.stop('fast');
    // A public read, a signed-in read (its session cannot be trusted from the cache: the listener is down), a write.
    expectUnavailable(await timed(visitor.get('/api/procedures?pageSize=5')));
    expectUnavailable(await timed(citizen.get('/api/my/dossiers')));
    expectUnavailable(await timed(citizen.post('/api/questions', { title: 'Thủ tục khi mất kết nối', body: 'Câu hỏi gửi khi cơ sở dữ liệu tạm dừng.', hideName: true })));
    expectUnavailable(await timed(visitor.post('/api/auth/login', { username: 'citizen', password: 'x' })));
    const health = await fetch(`${node.baseUrl}/healthz`);
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toBeTruthy();
    expect(await health.json()).toMatchObject({ status: 'unavailable', database: 'unreachable' });

    await primary.start();
    await until('the node serving again', async () => (await visitor.get('/api/procedures?pageSize=5')).status === 200);
    expect((await citizen.get('/api/auth/me')).status).toBe(200);
    expect((await fetch(`${node.baseUrl}/healthz`)).status).toBe(200);
  }, 90_000);

  it('survives an immediate stop under a steady stream of requests: only 200s and 503s, then 200s', async () => {
    const visitor = node.client();
    const statuses = new Map<number, number>();
    let running = true;
    const load = (async () => {
      while (running) {
        const response = await timed(visitor.get('/api/procedures?pageSize=5'));
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status === 503) expectUnavailable(response);
        else expect(response.status, JSON.stringify(response.body)).toBe(200);
      }
    })();
    await new Promise((r) => setTimeout(r, 300));
    await primary.stop('immediate');
    await new Promise((r) => setTimeout(r, 1_500));
    await primary.start();
    await until('requests answered again', async () => (await visitor.get('/api/procedures?pageSize=5')).status === 200);
    await new Promise((r) => setTimeout(r, 500));
    running = false;
    await load;
    expect(statuses.get(503)).toBeGreaterThan(0);
    expect(statuses.get(200)).toBeGreaterThan(0);
    expect([...statuses.keys()].sort()).toEqual([200, 503]);
  }, 90_000);

  it('hears session changes again after the restart, and its job worker goes on', async () => {
    await until('the change listener listening again', listening);
    const citizen = await node.login('citizen');
    expect((await citizen.get('/api/my/dossiers')).status).toBe(200);
    // Now kept on the node: a session ended from elsewhere (another node, an admin) must be forgotten at its commit.
    expect((await citizen.get('/api/my/dossiers')).status).toBe(200);
    await primary.query("DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE username = 'citizen')");
    await until('the ended session refused', async () => (await citizen.get('/api/my/dossiers')).status === 401, 2_000);

    // The job worker goes on: an event committed now is delivered by it, with no one waking it by hand.
    const delivered: unknown[] = [];
    node.app.deps.jobs.subscribe({ name: 'test.after_restart', topics: ['test.restarted'], handle: async (event) => void delivered.push(event.payload) });
    await node.app.deps.uow(systemPrincipal('kiểm thử'), async (uow) => uow.emit('test.restarted', { n: 1 }));
    await until('the job worker delivering the event', async () => delivered.length === 1, 10_000);
    expect(delivered).toEqual([{ n: 1 }]);
    expect(unhandled).toEqual([]);
  }, 60_000);
});
