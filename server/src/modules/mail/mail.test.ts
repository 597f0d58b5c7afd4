import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOfficial } from '../../../test/factories.js';
import { freePort } from '../../../test/mail-server.js';
import { startTestApp, type ApiClient, type TestApp } from '../../../test/test-app.js';

/**
 * Official mail's API without a mail server: the directory's address points at a closed port, so every
 * provisioning job fails and the records wait. What is recorded, checked and refused does not depend on it.
 */

let t: TestApp;
let admin: ApiClient;
let stp: number;
let caoloc: number;
let hopthanh: number;

beforeAll(async () => {
  t = await startTestApp({ mailDirectory: { url: `ldap://127.0.0.1:${await freePort()}`, bindDn: 'cn=admin,dc=tinhso,dc=test', password: 'x', baseDn: 'dc=tinhso,dc=test' } });
  admin = await t.login('admin');
  [stp, caoloc, hopthanh] = [await t.agencyId('000.00.12.H37'), await t.agencyId('000.00.22.H37'), await t.agencyId('000.02.22.H37')];
});
afterAll(() => t?.close());

async function officialOf(agencyId: number, fullName: string) {
  const user = await insertOfficial(t, agencyId, 'specialist');
  await t.db.query('UPDATE users SET full_name = $2 WHERE id = $1', [user.id, fullName]);
  return user;
}

describe('PUT /api/admin/mail/agencies/:agencyId', () => {
  it('sets an agency\'s domain, used by the agencies under it that have none', async () => {
    const set = await admin.put(`/api/admin/mail/agencies/${caoloc}`, { domain: 'caoloc.langson.gov.vn', defaultQuotaMb: 500 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ domain: 'caoloc.langson.gov.vn', defaultQuotaMb: 500, effectiveDomain: 'caoloc.langson.gov.vn', syncState: 'pending' });
    const commune = await admin.get(`/api/admin/mail/agencies/${hopthanh}`);
    expect(commune.body).toMatchObject({ domain: null, effectiveDomain: 'caoloc.langson.gov.vn', inheritedFrom: 'UBND huyện Cao Lộc' });
  });

  it('refuses a malformed domain and one another agency holds, with their codes', async () => {
    const bad = await admin.put(`/api/admin/mail/agencies/${stp}`, { domain: 'Sở Tư pháp', defaultQuotaMb: 100 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    const taken = await admin.put(`/api/admin/mail/agencies/${stp}`, { domain: 'caoloc.langson.gov.vn', defaultQuotaMb: 100 });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ code: 'MAIL_DOMAIN_TAKEN', message: expect.stringContaining('Tên miền') });
  });

  it('answers 404 to an administrator whose scope does not cover the agency', async () => {
    const district = await t.login('admin.caoloc');
    expect((await district.put(`/api/admin/mail/agencies/${stp}`, { domain: 'stp.langson.gov.vn', defaultQuotaMb: 100 })).status).toBe(404);
  });
});

describe('POST /api/admin/mail/mailboxes', () => {
  it('gives the naming rule\'s first free address and records the change for the directory', async () => {
    const first = await officialOf(hopthanh, 'Nguyễn Văn Bình');
    const second = await officialOf(hopthanh, 'Nguyễn Thanh Bình');
    const candidates = await admin.get(`/api/admin/mail/agencies/${hopthanh}/candidates`);
    expect(candidates.body.items).toContainEqual({ userId: first.id, fullName: 'Nguyễn Văn Bình', suggestedAddress: 'binh.nguyen@caoloc.langson.gov.vn' });
    const a = await admin.post('/api/admin/mail/mailboxes', { agencyId: hopthanh, userId: first.id });
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ address: 'binh.nguyen@caoloc.langson.gov.vn', quotaMb: 500, status: 'active', syncState: 'pending', hasPassword: false });
    const b = await admin.post('/api/admin/mail/mailboxes', { agencyId: hopthanh, userId: second.id, quotaMb: 200, password: 'HopThu2026' });
    expect(b.body).toMatchObject({ address: 'binh.nguyen2@caoloc.langson.gov.vn', quotaMb: 200, hasPassword: true });
    const again = await admin.post('/api/admin/mail/mailboxes', { agencyId: hopthanh, userId: first.id });
    expect(again.body.error.code).toBe('MAILBOX_EXISTS');
    const audit = await t.db.query(`SELECT data FROM audit_log WHERE action = 'mail.mailbox.create' AND entity_id = $1`, [String(b.body.id)]);
    expect(JSON.stringify(audit.rows[0]!.data)).not.toContain('HopThu2026');
  });

  it('refuses a taken address, a weak password, an official of another agency and an agency without a domain', async () => {
    const official = await officialOf(hopthanh, 'Lê Thị Cúc');
    const taken = await admin.post('/api/admin/mail/mailboxes', { agencyId: hopthanh, userId: official.id, localPart: 'binh.nguyen' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('MAIL_ADDRESS_TAKEN');
    const weak = await admin.post('/api/admin/mail/mailboxes', { agencyId: hopthanh, userId: official.id, password: 'khongcoso' });
    expect(weak.body.error.code).toBe('MAIL_WEAK_PASSWORD');
    const elsewhere = await admin.post('/api/admin/mail/mailboxes', { agencyId: caoloc, userId: official.id });
    expect(elsewhere.body.error.code).toBe('MAIL_OFFICIAL_NOT_FOUND');
    const skhdt = await t.agencyId('000.00.05.H37');
    const noDomain = await admin.post('/api/admin/mail/mailboxes', { agencyId: skhdt, userId: (await officialOf(skhdt, 'Vi Văn Đức')).id });
    expect(noDomain.status).toBe(409);
    expect(noDomain.body.error.code).toBe('MAIL_DOMAIN_MISSING');
    const badLocal = await admin.post('/api/admin/mail/mailboxes', { agencyId: hopthanh, userId: official.id, localPart: 'Cúc' });
    expect(badLocal.status).toBe(400);
    const count = await t.db.query('SELECT count(*)::int AS n FROM mailboxes WHERE user_id = $1', [official.id]);
    expect(count.rows[0]!.n).toBe(0);
  });
});

describe('changing a mailbox', () => {
  it('renames keeping the old address, which nobody else may take, and refuses a stale version', async () => {
    const official = await officialOf(hopthanh, 'Hà Văn Dũng');
    const created = (await admin.post('/api/admin/mail/mailboxes', { agencyId: hopthanh, userId: official.id })).body;
    const renamed = await admin.post(`/api/admin/mail/mailboxes/${created.id}/rename`, { localPart: 'dung.ha.ht', version: created.version });
    expect(renamed.body).toMatchObject({ address: 'dung.ha.ht@caoloc.langson.gov.vn', formerAddresses: ['dung.ha@caoloc.langson.gov.vn'] });
    const stale = await admin.post(`/api/admin/mail/mailboxes/${created.id}/rename`, { localPart: 'dung.ha2', version: created.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');
    const other = await officialOf(hopthanh, 'Hà Văn Dũng');
    const takesOld = await admin.post('/api/admin/mail/mailboxes', { agencyId: hopthanh, userId: other.id, localPart: 'dung.ha' });
    expect(takesOld.body.error.code).toBe('MAIL_ADDRESS_TAKEN');
    expect((await admin.post('/api/admin/mail/mailboxes', { agencyId: hopthanh, userId: other.id })).body.address).toBe('dung.ha2@caoloc.langson.gov.vn');
  });

  it('suspends, resumes and removes only from the right status', async () => {
    const official = await officialOf(hopthanh, 'Mã Thị Én');
    let m = (await admin.post('/api/admin/mail/mailboxes', { agencyId: hopthanh, userId: official.id })).body;
    expect((await admin.post(`/api/admin/mail/mailboxes/${m.id}/resume`, { version: m.version })).body.error.code).toBe('MAILBOX_WRONG_STATUS');
    m = (await admin.post(`/api/admin/mail/mailboxes/${m.id}/suspend`, { version: m.version })).body;
    expect(m).toMatchObject({ status: 'suspended', suspendedReason: 'admin' });
    m = (await admin.post(`/api/admin/mail/mailboxes/${m.id}/resume`, { version: m.version })).body;
    expect(m).toMatchObject({ status: 'active', suspendedReason: null });
    expect((await admin.delete(`/api/admin/mail/mailboxes/${m.id}?version=${m.version}`)).status).toBe(200);
    expect((await admin.get(`/api/admin/mail/mailboxes/${m.id}`)).status).toBe(404);
  });
});

describe('aliases', () => {
  it('takes members among the agency\'s mailboxes only', async () => {
    const official = await officialOf(hopthanh, 'Vy Văn Giang');
    const m = (await admin.post('/api/admin/mail/mailboxes', { agencyId: hopthanh, userId: official.id })).body;
    const alias = await admin.post('/api/admin/mail/aliases', { agencyId: hopthanh, localPart: 'vanthu.hopthanh', description: 'Văn thư xã', memberIds: [m.id] });
    expect(alias.status).toBe(201);
    expect(alias.body).toMatchObject({ address: 'vanthu.hopthanh@caoloc.langson.gov.vn', memberIds: [m.id] });
    const stpOfficial = await t.db.query(`SELECT id FROM mailboxes WHERE agency_id <> $1 LIMIT 1`, [hopthanh]);
    const foreign = stpOfficial.rows[0] ? [stpOfficial.rows[0].id] : [999_999];
    const bad = await admin.put(`/api/admin/mail/aliases/${alias.body.id}`, { memberIds: foreign, version: alias.body.version });
    expect(bad.body.error.code).toBe('MAIL_ALIAS_MEMBERS_INVALID');
    const clash = await admin.post('/api/admin/mail/mailboxes', { agencyId: hopthanh, userId: (await officialOf(hopthanh, 'Lò Văn Hải')).id, localPart: 'vanthu.hopthanh' });
    expect(clash.body.error.code).toBe('MAIL_ADDRESS_TAKEN');
  });
});

describe('the directory is down', () => {
  it('keeps every change: the job fails and is retried, the mailbox shows the failure', async () => {
    const official = await officialOf(hopthanh, 'Tô Văn Khánh');
    const m = (await admin.post('/api/admin/mail/mailboxes', { agencyId: hopthanh, userId: official.id })).body;
    await t.settle();
    const row = await t.db.query('SELECT sync_state, sync_error FROM mailboxes WHERE id = $1', [m.id]);
    expect(row.rows[0]).toMatchObject({ sync_state: 'failed', sync_error: expect.any(String) });
    const delivery = await t.db.query(
      `SELECT d.state, d.attempts FROM job_deliveries d JOIN events e ON e.id = d.event_id
        WHERE d.subscriber = 'mail.provision' AND e.payload->>'kind' = 'mailbox' AND (e.payload->>'id')::bigint = $1`, [m.id]);
    expect(delivery.rows[0]).toMatchObject({ state: 'pending', attempts: 1 });
  });
});

describe('a mailbox follows its official\'s account', () => {
  it('is created with the account at an agency with a domain, suspended on deactivation and resumed on reactivation', async () => {
    const created = await admin.post('/api/admin/users', { username: `theo.taikhoan.${Date.now()}`, password: 'MatKhau2026', fullName: 'Chu Văn Long', roles: [{ role: 'specialist', agencyId: hopthanh }] });
    await t.settle();
    const me = await t.login(created.body.username, 'MatKhau2026');
    expect((await me.get('/api/mail/me')).body).toMatchObject({ address: 'long.chu@caoloc.langson.gov.vn', status: 'active', hasPassword: false });
    expect((await me.post('/api/mail/me/password', { password: 'ngan' })).status).toBe(400);
    expect((await me.post('/api/mail/me/password', { password: 'HopThu2026' })).body.hasPassword).toBe(true);

    await admin.patch(`/api/admin/users/${created.body.id}`, { active: false });
    await t.settle();
    const suspended = await t.db.query('SELECT status, suspended_reason FROM mailboxes WHERE user_id = $1', [created.body.id]);
    expect(suspended.rows[0]).toEqual({ status: 'suspended', suspended_reason: 'account' });
    await admin.patch(`/api/admin/users/${created.body.id}`, { active: true });
    await t.settle();
    expect((await t.db.query('SELECT status FROM mailboxes WHERE user_id = $1', [created.body.id])).rows[0].status).toBe('active');
  });

  it('is not created at an agency without a mail domain', async () => {
    const skhdt = await t.agencyId('000.00.05.H37');
    const created = await admin.post('/api/admin/users', { username: `khong.mien.${Date.now()}`, password: 'MatKhau2026', fullName: 'Đinh Văn Mạnh', roles: [{ role: 'specialist', agencyId: skhdt }] });
    await t.settle();
    expect((await t.db.query('SELECT 1 FROM mailboxes WHERE user_id = $1', [created.body.id])).rowCount).toBe(0);
  });
});
