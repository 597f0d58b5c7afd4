import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../demo/province.js';
import { startEidProcess } from '../../../../simulators/eid/process.js';
import type { SimulatorProcess } from '../../../../simulators/child.js';
import { Browser } from '../../../test/browser.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { lookupHash } from '../../platform/personal-data.js';

let t: TestApp;
let eid: SimulatorProcess;

const freePort = () => new Promise<number>((resolve) => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    server.close(() => resolve(port));
  });
});

beforeAll(async () => {
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  eid = await startEidProcess({ clients: [{ client_id: 'tinh-so', client_secret: 'bi-mat-thu-nghiem', redirect_uris: [`${publicUrl}/api/auth/eid/callback`] }] });
  t = await startTestApp({ port, publicUrl, eid: { issuer: eid.url, clientId: 'tinh-so', clientSecret: 'bi-mat-thu-nghiem' } });
});
afterAll(async () => {
  await t?.close();
  await eid?.stop();
});

/** Signs in on the e-ID simulator's page with a person's number; returns where the portal sent the browser. */
async function viaEid(browser: Browser, identityNumber: string, password = 'VNeID@2026') {
  const atEid = await browser.follow('/api/auth/eid?tiep=/lich-hen', 'none:');
  expect(atEid.url).toContain(`${eid.url}/interaction/`);
  const html = await atEid.response.text();
  expect(html).toContain('Số định danh cá nhân');
  const submitted = await browser.fetch(atEid.url, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ id: identityNumber, password }).toString(),
  });
  return browser.follow(submitted.headers.get('location') ?? atEid.url, 'none:');
}

describe('signing in with the national e-ID', () => {
  it('makes a verified account for a citizen new to the portal, and signs them in again later', async () => {
    const browser = new Browser(t.baseUrl);
    const landed = await viaEid(browser, '020196004321');
    expect(new URL(landed.url).pathname).toBe('/lich-hen');
    const me = await (await browser.fetch('/api/auth/me')).json() as { user: { fullName: string; eidVerified: boolean; kind: string } };
    expect(me.user).toMatchObject({ fullName: 'Hoàng Thị Mai', eidVerified: true, kind: 'citizen' });
    const again = new Browser(t.baseUrl);
    await viaEid(again, '020196004321');
    expect(((await (await again.fetch('/api/auth/me')).json()) as { user: { fullName: string } }).user.fullName).toBe('Hoàng Thị Mai');
    // The ID number is stored sealed: found by its keyed hash.
    expect((await t.db.query('SELECT count(*)::int AS n FROM users WHERE identity_number_hash = $1', [lookupHash('identity', '020196004321')])).rows[0].n).toBe(1);
  });

  it('links an existing password account with the same number only once the citizen proves it', async () => {
    const browser = new Browser(t.baseUrl);
    const landed = await viaEid(browser, '020095001234');
    const token = new URL(landed.url).searchParams.get('ma');
    expect(new URL(landed.url).pathname).toBe('/dang-nhap/lien-ket-dinh-danh');
    expect((await (await browser.fetch('/api/auth/me')).json() as { user: unknown }).user).toBeNull();
    expect((await browser.post('/api/auth/eid/link', { token, password: 'sai-mat-khau-1' })).status).toBe(401);
    const linked = await browser.post('/api/auth/eid/link', { token, password: DEMO_PASSWORD });
    expect(linked.status).toBe(200);
    expect(((await linked.json()) as { user: { username: string; eidVerified: boolean } }).user).toMatchObject({ username: 'citizen', eidVerified: true });
    // From now on the e-ID opens that account directly.
    const next = new Browser(t.baseUrl);
    await viaEid(next, '020095001234');
    expect(((await (await next.fetch('/api/auth/me')).json()) as { user: { username: string } }).user.username).toBe('citizen');
  });

  it('sends a failed or forged return back to the sign-in page, signed in as no one', async () => {
    const browser = new Browser(t.baseUrl);
    const back = await browser.fetch('/api/auth/eid/callback?code=gia-mao&state=khong-co');
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe('/dang-nhap?loi=dinh-danh');
    expect((await (await browser.fetch('/api/auth/me')).json() as { user: unknown }).user).toBeNull();
  });
});
