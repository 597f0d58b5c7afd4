import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../demo/province.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

/** A browser reduced to what CSRF is about: a cookie jar, and a token it sends only when told to. */
class Browser {
  readonly cookies = new Map<string, string>();
  constructor(private readonly baseUrl: string) {}

  async send(method: string, path: string, options: { token?: string; body?: unknown; cookies?: Map<string, string> } = {}) {
    const jar = options.cookies ?? this.cookies;
    const headers: Record<string, string> = {};
    if (jar.size > 0) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    if (options.token) headers['x-csrf-token'] = options.token;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(this.baseUrl + path, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const [name, value] = [pair!.slice(0, eq), pair!.slice(eq + 1)];
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  async token(): Promise<string> {
    return (await this.send('GET', '/api/auth/csrf')).body.token as string;
  }

  async login(username: string): Promise<void> {
    const response = await this.send('POST', '/api/auth/login', { token: await this.token(), body: { username, password: DEMO_PASSWORD } });
    expect(response.status).toBe(200);
  }

  async signedInAs(): Promise<string | null> {
    return ((await this.send('GET', '/api/auth/me')).body.user?.username as string | undefined) ?? null;
  }
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('CSRF check on state-changing routes', () => {
  it('refuses every spelling of a state-changing path that reaches the route without a token', async () => {
    const browser = new Browser(t.baseUrl);
    await browser.login('citizen');
    // Each of these is routed to POST /api/auth/logout by the router, whatever the raw URL says.
    for (const path of ['/%61pi/auth/logout', '/api/%61uth/logout', '/api/auth/logou%74', '/%61%70%69/auth/logout', '/api/auth/logout/', '/api/auth/logout?x=1']) {
      const response = await browser.send('POST', path);
      expect(response, path).toMatchObject({ status: 403, body: { error: { code: 'CSRF_INVALID' } } });
    }
    // The router is case-sensitive: a case variant matches no route at all, and is refused all the same.
    for (const path of ['/API/auth/logout', '/api/AUTH/logout', '/%41PI/auth/logout', '/api/auth/LOGOUT/']) {
      const response = await browser.send('POST', path);
      expect([403, 404], path).toContain(response.status);
      expect(response.body.error.code, path).toMatch(/^(CSRF_INVALID|ROUTE_NOT_FOUND)$/);
    }
    expect(await browser.signedInAs()).toBe('citizen');
  });

  it('checks PUT, PATCH and DELETE routes too, under percent-encoded paths', async () => {
    const browser = new Browser(t.baseUrl);
    await browser.login('admin');
    for (const [method, path] of [['PATCH', '/%61pi/admin/users/1'], ['DELETE', '/api/admin/users/1/roles/%31'], ['PUT', '/%61pi/admin/procedures/1/workflow']] as const) {
      const response = await browser.send(method, path, { body: method === 'DELETE' ? undefined : {} });
      expect(response, `${method} ${path}`).toMatchObject({ status: 403, body: { error: { code: 'CSRF_INVALID' } } });
    }
  });
});

describe('CSRF token bound to the session', () => {
  it('refuses after sign-in a token issued before it, and takes a fresh one', async () => {
    const browser = new Browser(t.baseUrl);
    const before = await browser.token();
    const secretBefore = browser.cookies.get('tinhso_csrf');
    const login = await browser.send('POST', '/api/auth/login', { token: before, body: { username: 'citizen', password: DEMO_PASSWORD } });
    expect(login.status).toBe(200);
    expect(browser.cookies.get('tinhso_csrf')).toBeDefined();
    expect(browser.cookies.get('tinhso_csrf')).not.toBe(secretBefore);

    const stale = await browser.send('POST', '/api/auth/logout', { token: before });
    expect(stale).toMatchObject({ status: 403, body: { error: { code: 'CSRF_INVALID' } } });
    expect(await browser.signedInAs()).toBe('citizen');

    const fresh = await browser.send('POST', '/api/auth/logout', { token: await browser.token() });
    expect(fresh.status).toBe(200);
    expect(await browser.signedInAs()).toBeNull();
  });

  it('refuses after sign-out a token of the session that ended', async () => {
    const browser = new Browser(t.baseUrl);
    await browser.login('citizen');
    const during = await browser.token();
    expect((await browser.send('POST', '/api/auth/logout', { token: during })).status).toBe(200);
    const after = await browser.send('POST', '/api/auth/login', { token: during, body: { username: 'citizen', password: DEMO_PASSWORD } });
    expect(after).toMatchObject({ status: 403, body: { error: { code: 'CSRF_INVALID' } } });
  });

  it("refuses one session's token with another session's cookie, even with the first session's secret", async () => {
    const alice = new Browser(t.baseUrl);
    const bob = new Browser(t.baseUrl);
    await alice.login('citizen');
    await bob.login('doanhnghiep');
    const aliceToken = await alice.token();
    const bobToken = await bob.token();

    // Alice's token with Bob's cookies.
    const crossed = await bob.send('POST', '/api/auth/logout', { token: aliceToken });
    expect(crossed).toMatchObject({ status: 403, body: { error: { code: 'CSRF_INVALID' } } });
    // Alice's secret and token planted beside Bob's session cookie (cookie tossing): still bound to Alice's session.
    const planted = new Map([['tinhso_sid', bob.cookies.get('tinhso_sid')!], ['tinhso_csrf', alice.cookies.get('tinhso_csrf')!]]);
    const tossed = await bob.send('POST', '/api/auth/logout', { token: aliceToken, cookies: planted });
    expect(tossed).toMatchObject({ status: 403, body: { error: { code: 'CSRF_INVALID' } } });
    // An anonymous visitor's token and secret do not work with a session either.
    const visitor = new Browser(t.baseUrl);
    const visitorToken = await visitor.token();
    const anonymous = new Map([['tinhso_sid', bob.cookies.get('tinhso_sid')!], ['tinhso_csrf', visitor.cookies.get('tinhso_csrf')!]]);
    expect((await bob.send('POST', '/api/auth/logout', { token: visitorToken, cookies: anonymous })).status).toBe(403);
    expect(await bob.signedInAs()).toBe('doanhnghiep');

    // Each with its own token: accepted.
    expect((await bob.send('POST', '/api/auth/logout', { token: bobToken })).status).toBe(200);
    expect((await alice.send('POST', '/api/auth/logout', { token: aliceToken })).status).toBe(200);
  });

  it('keeps working for the test client, which refetches its token after sign-in', async () => {
    const client = t.client();
    expect((await client.post('/api/auth/login', { username: 'citizen', password: DEMO_PASSWORD })).status).toBe(200);
    expect((await client.post('/api/auth/logout')).status).toBe(200);
  });
});
