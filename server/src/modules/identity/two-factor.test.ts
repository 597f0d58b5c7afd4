import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../demo/province.js';
import { buildAgency, buildOfficial } from '../../../test/factories.js';
import { startTestApp, type ApiClient, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const codeAt = (secret: string, offsetSteps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });

/** Enrols the signed-in official; returns the secret and the recovery codes. */
async function enrol(client: ApiClient) {
  const setup = await client.post('/api/auth/totp/setup');
  expect(setup.status, JSON.stringify(setup.body)).toBe(200);
  expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\/.+secret=/);
  expect(setup.body.qrSvg).toContain('<svg');
  expect((await client.post('/api/auth/totp/confirm', { code: '000000' })).body.error.code).toBe('TOTP_CODE_INVALID');
  const confirmed = await client.post('/api/auth/totp/confirm', { code: await codeAt(setup.body.secret) });
  expect(confirmed.status).toBe(200);
  return { secret: setup.body.secret as string, recoveryCodes: confirmed.body.recoveryCodes as string[] };
}

async function passwordStep(username: string) {
  const client = t.client();
  const response = await client.post('/api/auth/login', { username, password: DEMO_PASSWORD });
  expect(response.status).toBe(200);
  return { client, body: response.body };
}

describe('two-factor sign-in for officials', () => {
  it('enrols by QR code, then asks for a code at each sign-in, once per code, with recovery codes as a way back', async () => {
    const agency = await buildAgency(t);
    const official = await buildOfficial(t, agency.id, 'specialist');
    const { secret, recoveryCodes } = await enrol(official.client);
    expect(recoveryCodes).toHaveLength(10);
    expect((await official.client.get('/api/auth/totp')).body).toMatchObject({ enabled: true, recoveryCodesLeft: 10, required: false });

    // The password alone gives no session, only a challenge.
    const first = await passwordStep(official.username);
    expect(first.body).toMatchObject({ user: null, totpChallenge: expect.any(String) });
    expect((await first.client.get('/api/auth/me')).body.user).toBeNull();
    expect((await first.client.post('/api/auth/login/totp', { challenge: first.body.totpChallenge, code: '123456' })).body.error.code).toBe('TOTP_CODE_INVALID');
    const next = await codeAt(secret, 1);
    const signedIn = await first.client.post('/api/auth/login/totp', { challenge: first.body.totpChallenge, code: next });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user.username).toBe(official.username);
    expect((await first.client.get('/api/auth/me')).body.user.username).toBe(official.username);

    // The same code (or an older one) does not open a second session.
    const again = await passwordStep(official.username);
    expect((await again.client.post('/api/auth/login/totp', { challenge: again.body.totpChallenge, code: next })).body.error.code).toBe('TOTP_CODE_INVALID');
    // A recovery code does, once.
    expect((await again.client.post('/api/auth/login/totp', { challenge: again.body.totpChallenge, code: recoveryCodes[0]!.toLowerCase() })).status).toBe(200);
    const third = await passwordStep(official.username);
    expect((await third.client.post('/api/auth/login/totp', { challenge: third.body.totpChallenge, code: recoveryCodes[0] })).body.error.code).toBe('TOTP_CODE_INVALID');
    // A challenge dies after five wrong tries.
    for (let i = 0; i < 4; i++) await third.client.post('/api/auth/login/totp', { challenge: third.body.totpChallenge, code: '000000' });
    expect((await third.client.post('/api/auth/login/totp', { challenge: third.body.totpChallenge, code: recoveryCodes[1] })).body.error.code).toBe('TOTP_CHALLENGE_EXPIRED');
  });

  it('lets the province admin require it per role: until enrolled, such an official may only enrol', async () => {
    const admin = await t.login('admin');
    const agency = await buildAgency(t);
    const clerk = await buildOfficial(t, agency.id, 'clerk');
    expect((await (await t.login('admin.caoloc')).put('/api/admin/security/roles/clerk', { totpRequired: true })).status).toBe(403);
    expect((await admin.put('/api/admin/security/roles/clerk', { totpRequired: true })).status).toBe(200);
    expect((await admin.get('/api/admin/security/roles')).body.items).toContainEqual({ role: 'clerk', totpRequired: true });

    const { client, body } = await passwordStep(clerk.username);
    expect(body.totpEnrolmentRequired).toBe(true);
    expect((await client.get('/api/auth/me')).body.totpEnrolmentRequired).toBe(true);
    expect((await client.get('/api/documents/registers')).body.error.code).toBe('TOTP_ENROLMENT_REQUIRED');
    const { secret } = await enrol(client);
    expect((await client.get('/api/documents/registers')).status).toBe(200);
    expect((await client.post('/api/auth/totp/disable', { code: await codeAt(secret, 1) })).body.error.code).toBe('TOTP_REQUIRED_BY_ROLE');
    await admin.put('/api/admin/security/roles/clerk', { totpRequired: false });
  });

  it('is for officials: a citizen cannot enrol', async () => {
    expect((await (await t.login('citizen')).post('/api/auth/totp/setup')).body.error.code).toBe('TOTP_OFFICIALS_ONLY');
  });
});
