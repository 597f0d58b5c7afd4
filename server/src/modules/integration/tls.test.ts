import fs from 'node:fs/promises';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { issueKeyFile } from '../../platform/pki.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { gatewayTlsOptions, provisionIntegration } from './index.js';
import { issueDemoClientCertificate } from './tls.js';

/** A key file of the PKI folder as PEM key and certificate. */
async function pemOf(dir: string, file: string) {
  const passphrase = (await fs.readFile(path.join(dir, 'passphrase'), 'utf8')).trim();
  const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer((await fs.readFile(path.join(dir, file))).toString('binary')), false, passphrase);
  const key = p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!]![0]!.key!;
  const certs = p12.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!]!.map((b) => b.cert!);
  const own = certs.find((c) => (c.publicKey as forge.pki.rsa.PublicKey).n.equals((key as forge.pki.rsa.PrivateKey).n))!;
  return { key: forge.pki.privateKeyToPem(key), cert: forge.pki.certificateToPem(own) };
}

let t: TestApp;
let tlsUrl: string;
let close: () => Promise<void>;
let member: { key: string; cert: string };
let stranger: { key: string; cert: string };
let foreign: { key: string; cert: string };

beforeAll(async () => {
  t = await startTestApp();
  const dir = t.config.pkiDir;
  await issueKeyFile(dir, 'lgsp/foreign.p12', 'Hệ thống CA lạ', { foreignCa: true });
  foreign = await pemOf(dir, 'lgsp/foreign.p12');
  const pem = ({ privateKey, certificate }: { privateKey: string; certificate: string }) => ({ key: privateKey, cert: certificate });
  stranger = pem(await issueDemoClientCertificate(dir, 'Hệ thống khác'));
  // The platform behind the gateway's mutual-TLS listener, as main.ts would start it.
  const app = await buildApp({ config: t.config, db: t.db });
  await app.ready();
  const server = https.createServer((await gatewayTlsOptions(t.config))!, app.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  tlsUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await app.close();
  };
  await provisionIntegration(t.db, {
    members: [{ identifier: 'VN/GOV/000.00.00.T02/TLS', name: 'TLS', agencyId: 1, clientId: 'tls-member', clientSecret: 'tls-secret-0123456789' }],
  });
  const admin = await t.login('admin');
  const id = (await t.db.query<{ id: string }>("SELECT id FROM lgsp_members WHERE client_id = 'tls-member'")).rows[0]!.id;
  // The admin has the demo CA issue the member's certificate: it is pinned, its key shown once.
  const issued = await admin.post(`/api/integration/members/${id}/demo-certificate`);
  expect(issued.status, JSON.stringify(issued.body)).toBe(200);
  member = { key: (issued.body as { privateKey: string }).privateKey, cert: (issued.body as { certificate: string }).certificate };
  const listed = (await admin.get('/api/integration/members')).body as { items: { clientId: string; certificateFingerprint: string | null }[] };
  expect(listed.items.find((m) => m.clientId === 'tls-member')!.certificateFingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  const refused = await admin.put(`/api/integration/members/${id}/certificate`, { certificate: foreign.cert });
  expect((refused.body as { error: { code: string } }).error.code).toBe('LGSP_CERTIFICATE_INVALID');
});
afterAll(async () => {
  await close?.();
  await t?.close();
});

function tokenRequest(client?: { key: string; cert: string }): Promise<{ status: number; body: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    const req = https.request(`${tlsUrl}/lgsp/oauth/token`, {
      method: 'POST', rejectUnauthorized: false, ...(client ?? {}),
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from('tls-member:tls-secret-0123456789').toString('base64')}` },
    }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end('grant_type=client_credentials');
  });
}

describe('mutual TLS', () => {
  it('gives a member with a pinned certificate a token only over TLS with that certificate', async () => {
    expect((await tokenRequest()).body.error_code).toBe('LGSP_CERTIFICATE_REQUIRED');
    expect((await tokenRequest(stranger)).body.error_code).toBe('LGSP_CERTIFICATE_MISMATCH');
    expect((await tokenRequest(foreign)).body.error_code).toBe('LGSP_CERTIFICATE_MISMATCH');
    const ok = await tokenRequest(member);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    // Without TLS at all (the plain listener), the pinned member is refused too.
    const plain = await fetch(`${t.baseUrl}/lgsp/oauth/token`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'tls-member', client_secret: 'tls-secret-0123456789' }),
    });
    expect(((await plain.json()) as { error_code: string }).error_code).toBe('LGSP_CERTIFICATE_REQUIRED');
  });
});
