import type { FastifyRateLimitStore } from '@fastify/rate-limit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { pgRateLimitStore } from './rate-limit-store.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type Result = { current: number; ttl: number };
const call = (store: FastifyRateLimitStore & { read?: FastifyRateLimitStore['incr'] }, method: 'incr' | 'read', key: string, timeWindow: number, max: number) =>
  new Promise<Result>((resolve, reject) => store[method]!(key, (error, result) => (error ? reject(error) : resolve(result!)), timeWindow, max));

/** The store as the plugin makes it for a route: the root store's child with the route's merged options. */
const routeStore = (url: string, options: { continueExceeding?: boolean } = {}) =>
  new (pgRateLimitStore(t.db))({}).child({ ...options, routeInfo: { method: 'POST', url } } as never);

describe('the PostgreSQL rate-limit store', () => {
  it('counts per route and client, with the time left in the window, and reads without counting', async () => {
    const store = routeStore('/api/thu/dem');
    const counts = [];
    for (let i = 0; i < 3; i++) counts.push(await call(store, 'incr', '192.0.2.1', 60_000, 2));
    expect(counts.map((c) => c.current)).toEqual([1, 2, 3]);
    for (const c of counts) {
      expect(c.ttl).toBeGreaterThan(50_000);
      expect(c.ttl).toBeLessThanOrEqual(60_000);
    }
    expect((await call(store, 'read', '192.0.2.1', 60_000, 2)).current).toBe(3);
    expect((await call(store, 'read', '192.0.2.1', 60_000, 2)).current).toBe(3);
    // Another client, another route, another window length on the same route: counts of their own.
    expect((await call(store, 'incr', '192.0.2.2', 60_000, 2)).current).toBe(1);
    expect((await call(routeStore('/api/thu/khac'), 'incr', '192.0.2.1', 60_000, 2)).current).toBe(1);
    expect((await call(store, 'incr', '192.0.2.1', 10_000, 2)).current).toBe(1);
    expect(await call(routeStore('/api/thu/chua-co'), 'read', '192.0.2.1', 60_000, 2)).toEqual({ current: 0, ttl: 0 });
  });

  it('counts requests arriving together in one statement, each with the count it would have had alone, on several nodes at once', async () => {
    // Two stores for one route: two nodes. Three clients, 90 requests at once, interleaved.
    const nodes = [routeStore('/api/thu/dong-thoi'), routeStore('/api/thu/dong-thoi')];
    const clients = ['198.51.100.1', '198.51.100.2', '198.51.100.3'];
    const results = await Promise.all(Array.from({ length: 90 }, (_, i) => call(nodes[i % 2]!, 'incr', clients[i % 3]!, 60_000, 10)));
    clients.forEach((_, c) => {
      const counts = results.filter((_, i) => i % 3 === c).map((r) => r.current).sort((a, b) => a - b);
      expect(counts).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    });
    expect((await call(nodes[0]!, 'read', clients[0]!, 60_000, 10)).current).toBe(30);
  });

  it('starts a new window at the first request after the last one ended', async () => {
    const store = routeStore('/api/thu/het-han');
    await call(store, 'incr', '192.0.2.3', 1_500, 1);
    expect((await call(store, 'incr', '192.0.2.3', 1_500, 1)).current).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    const fresh = await call(store, 'incr', '192.0.2.3', 1_500, 1);
    expect(fresh.current).toBe(1);
    expect(fresh.ttl).toBeGreaterThan(1_000);
  });

  it('restarts the window of a client over the limit with continueExceeding, and refuses exponentialBackoff', async () => {
    const store = routeStore('/api/thu/tiep-tuc', { continueExceeding: true });
    await call(store, 'incr', '192.0.2.4', 2_000, 1);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    // Over the limit: the window starts again from this request (2 s left, not 0.8 s), so it is still closed 1.2 s later.
    expect((await call(store, 'incr', '192.0.2.4', 2_000, 1)).ttl).toBeGreaterThan(1_500);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect((await call(store, 'incr', '192.0.2.4', 2_000, 1)).current).toBe(3);
    expect(() => new (pgRateLimitStore(t.db))({ exponentialBackoff: true } as never)).toThrow(/exponentialBackoff/);
  });
});
