import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import * as jose from 'jose';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RP } from '../../demo/province.js';
import { Browser } from '../../../test/browser.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

/**
 * An unmodified relying party (openid-client) against the platform's OpenID provider: authorization
 * code with PKCE through the portal's own sign-in and a Vietnamese consent, tokens with the official's
 * agency and roles, userinfo, refresh, RP-initiated and back-channel logout, and what is refused.
 */

let t: TestApp;
let issuer: string;
let rp: client.Configuration;
let backchannel: { url: string; received: string[]; close: () => Promise<void> };
const callback = (port: number) => `http://127.0.0.1:${port}/callback`;

const freePort = () => new Promise<number>((resolve) => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    server.close(() => resolve(port));
  });
});

async function authorize(options: { redirectUri?: string; pkce?: boolean; scope?: string } = {}) {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const redirectUri = options.redirectUri ?? callback(45_000 + Math.floor(Math.random() * 1000));
  const url = client.buildAuthorizationUrl(rp, {
    redirect_uri: redirectUri, scope: options.scope ?? 'openid profile email agency offline_access', state, prompt: 'consent',
    ...(options.pkce === false ? {} : { code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256' }),
  });
  return { url: url.href, verifier, state, redirectUri };
}

/** Signs in on the portal when asked, consents, and returns the callback URL with the code. */
async function signInAndConsent(browser: Browser, url: string, username = 'lanhdao.stp'): Promise<string> {
  let step = await browser.follow(url);
  if (step.url.includes('/dang-nhap?tiep=')) {
    await browser.signIn(username);
    step = await browser.follow(decodeURIComponent(step.url.slice(step.url.indexOf('tiep=') + 5)));
  }
  const uid = /\/sso\/dong-y\/([^/?]+)/.exec(step.url)?.[1];
  expect(uid, `expected the consent page, got ${step.url}`).toBeTruthy();
  const consent = await (await browser.fetch(`/api/oidc/interactions/${uid}/consent`)).json() as { client: { name: string }; scopes: { label: string }[] };
  expect(consent.client.name).toBe(DEMO_RP.name);
  expect(consent.scopes.map((s) => s.label)).toContain('Cơ quan công tác và vai trò');
  const answer = await browser.post(`/api/oidc/interactions/${uid}/consent`, { approve: true });
  expect(answer.status).toBe(200);
  return (await browser.follow(((await answer.json()) as { redirectTo: string }).redirectTo)).url;
}

beforeAll(async () => {
  const port = await freePort();
  issuer = `http://127.0.0.1:${port}/oidc`;
  t = await startTestApp({ port, publicUrl: `http://127.0.0.1:${port}` });
  // The relying party's back-channel logout endpoint.
  const received: string[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push(new URLSearchParams(body).get('logout_token') ?? '');
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  backchannel = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/backchannel`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
  await t.db.query(`UPDATE oidc_clients SET metadata = metadata || jsonb_build_object('backchannel_logout_uri', $1::text, 'backchannel_logout_session_required', true) WHERE client_id = 'demo-rp'`, [backchannel.url]);
  rp = await client.discovery(new URL(issuer), DEMO_RP.clientId, DEMO_RP.secret, client.ClientSecretBasic(DEMO_RP.secret), { execute: [client.allowInsecureRequests] });
});
afterAll(async () => {
  await t?.close();
  await backchannel?.close();
});

describe('the OpenID provider, with an unmodified relying party', () => {
  it('signs an official in with code + PKCE, gives tokens with agency and roles, userinfo, refresh, and logs out everywhere', async () => {
    const browser = new Browser(t.baseUrl);
    const { url, verifier, state } = await authorize();
    const returned = await signInAndConsent(browser, url);
    const tokens = await client.authorizationCodeGrant(rp, new URL(returned), { pkceCodeVerifier: verifier, expectedState: state });
    const claims = tokens.claims()!;
    expect(claims).toMatchObject({ iss: issuer, aud: DEMO_RP.clientId, name: 'Lương Văn Minh', preferred_username: 'lanhdao.stp' });
    expect(claims.agency_codes).toEqual(['000.00.12.H37']);
    expect(claims.roles).toEqual(['leader@000.00.12.H37']);

    const info = await client.fetchUserInfo(rp, tokens.access_token, claims.sub);
    expect(info).toMatchObject({ sub: claims.sub, name: 'Lương Văn Minh', roles: ['leader@000.00.12.H37'] });

    expect(tokens.refresh_token).toBeTruthy();
    const refreshed = await client.refreshTokenGrant(rp, tokens.refresh_token!);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect((await client.fetchUserInfo(rp, refreshed.access_token, claims.sub)).sub).toBe(claims.sub);

    // The same code a second time is refused (and revokes what it gave).
    await expect(client.authorizationCodeGrant(rp, new URL(returned), { pkceCodeVerifier: verifier, expectedState: state })).rejects.toMatchObject({ error: 'invalid_grant' });

    // RP-initiated logout: a confirmation in Vietnamese, then the relying party hears it on its back channel.
    const end = client.buildEndSessionUrl(rp, { id_token_hint: refreshed.id_token ?? tokens.id_token!, post_logout_redirect_uri: 'http://127.0.0.1:45999/' });
    const confirm = await browser.fetch(end.href);
    const html = await confirm.text();
    expect(html).toContain('Đăng xuất khỏi hệ thống dùng chung của tỉnh?');
    const form = new URLSearchParams({ xsrf: /name="xsrf" value="([^"]+)"/.exec(html)![1]!, logout: 'yes' });
    const action = /action="([^"]+)"/.exec(html)![1]!;
    const done = await browser.fetch(action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
    expect(done.headers.get('location')).toBe('http://127.0.0.1:45999/');
    await expect.poll(() => backchannel.received.length, { timeout: 5_000 }).toBeGreaterThan(0);
    const logout = jose.decodeJwt(backchannel.received.at(-1)!);
    const keys = jose.createRemoteJWKSet(new URL(`${issuer}/jwks`));
    await jose.jwtVerify(backchannel.received.at(-1)!, keys, { issuer, audience: DEMO_RP.clientId });
    expect(logout).toMatchObject({ sub: claims.sub, events: { 'http://schemas.openid.net/event/backchannel-logout': {} } });
  });

  it('signs out of every relying party when the user signs out of the portal', async () => {
    const browser = new Browser(t.baseUrl);
    const { url, verifier, state } = await authorize();
    const tokens = await client.authorizationCodeGrant(rp, new URL(await signInAndConsent(browser, url, 'chuyenvien.stp')), { pkceCodeVerifier: verifier, expectedState: state });
    const heard = backchannel.received.length;

    expect((await browser.post('/api/auth/logout', {})).status).toBe(200);
    await expect.poll(() => backchannel.received.length, { timeout: 5_000 }).toBe(heard + 1);
    expect(jose.decodeJwt(backchannel.received.at(-1)!)).toMatchObject({ sub: tokens.claims()!.sub, aud: DEMO_RP.clientId, sid: tokens.claims()!.sid });
    // What the relying party held is revoked, and the next authorization asks to sign in again.
    await expect(client.refreshTokenGrant(rp, tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
    expect((await browser.follow((await authorize()).url)).url).toContain('/dang-nhap?tiep=');
  });

  it('refuses a redirect URI not registered, a request without PKCE and an expired access token', async () => {
    const browser = new Browser(t.baseUrl);
    await browser.signIn('chuyenvien.stp');
    const wrong = await authorize({ redirectUri: 'https://attacker.example/callback' });
    const wrongStep = await browser.follow(wrong.url);
    expect(wrongStep.response.status).toBe(400);
    expect(await wrongStep.response.text()).toContain('redirect_uri');

    const noPkce = await authorize({ pkce: false });
    const noPkceStep = await browser.follow(noPkce.url);
    expect(noPkceStep.url).toContain('error=invalid_request');

    const { url, verifier, state } = await authorize();
    const tokens = await client.authorizationCodeGrant(rp, new URL(await signInAndConsent(browser, url, 'chuyenvien.stp')), { pkceCodeVerifier: verifier, expectedState: state });
    await t.db.query(`UPDATE oidc_payloads SET expires_at = now() - interval '1 second' WHERE kind = 'AccessToken'`);
    await expect(client.fetchUserInfo(rp, tokens.access_token, tokens.claims()!.sub)).rejects.toThrow();
  });

  it('lets the province admin register a client, shows its secret once and rotates it', async () => {
    const admin = await t.login('admin');
    const created = await admin.post('/api/admin/oidc-clients', {
      clientId: 'van-ban-huyen', name: 'Phần mềm văn bản của huyện', applicationType: 'web',
      redirectUris: ['https://vanban.caoloc.example/callback'], postLogoutRedirectUris: [], scopes: ['profile', 'agency'],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.clientSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const listed = (await admin.get('/api/admin/oidc-clients')).body.items.find((c: { clientId: string }) => c.clientId === 'van-ban-huyen');
    expect(listed).toMatchObject({ scopes: ['openid', 'profile', 'agency'], active: true });
    expect(JSON.stringify(listed)).not.toContain(created.body.clientSecret);
    const rotated = await admin.post('/api/admin/oidc-clients/van-ban-huyen/secret');
    expect(rotated.body.clientSecret).not.toBe(created.body.clientSecret);
    expect((await admin.post('/api/admin/oidc-clients', { ...created.body, name: 'x y', applicationType: 'web', redirectUris: ['http://a.example/cb'], postLogoutRedirectUris: [], scopes: ['openid'] })).status).toBe(400);
    expect((await (await t.login('admin.caoloc')).get('/api/admin/oidc-clients')).status).toBe(403);
  });
});
