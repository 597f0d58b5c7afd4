import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ loginRateLimit: { max: 5, windowMinutes: 15 } });
});
afterAll(() => t.close());

const expectError = (response: { status: number; body: any }, status: number, code: string) => {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  expect(typeof response.body.error.message).toBe('string');
  expect(response.body.error.message.length).toBeGreaterThan(5);
};

describe('POST /api/auth/login', () => {
  it('signs in a demo official and sets an HTTP-only, SameSite session cookie', async () => {
    const c = t.client();
    const csrf = await c.get('/api/auth/csrf');
    expect(csrf.status).toBe(200);
    const response = await c.post('/api/auth/login', { username: 'tiepnhan.stp', password: 'TinhSo@2026' });
    expect(response.status).toBe(200);
    expect(response.body.user.roles).toEqual([
      expect.objectContaining({ role: 'reception', agencyCode: '000.00.12.H37', agencyName: 'Sở Tư pháp tỉnh Lạng Sơn' }),
    ]);
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('tinhso_sid='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await c.get('/api/auth/me');
    expect(me.body.user.username).toBe('tiepnhan.stp');
  });

  it('returns 401 with the error shape for a wrong password and an unknown user alike', async () => {
    expectError(await t.client().post('/api/auth/login', { username: 'admin', password: 'sai-mat-khau1' }), 401, 'INVALID_CREDENTIALS');
    expectError(await t.client().post('/api/auth/login', { username: 'khong.ton.tai', password: 'x' }), 401, 'INVALID_CREDENTIALS');
  });

  it('rejects a state-changing request without the CSRF token', async () => {
    const c = t.client();
    const response = await c.request('POST', '/api/auth/login', { username: 'admin', password: 'TinhSo@2026' }, { csrf: false });
    expectError(response, 403, 'CSRF_INVALID');
  });

  it('throttles repeated failed attempts on one account, even with the right password afterwards', async () => {
    const c = t.client();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await c.post('/api/auth/login', { username: 'lanhdao.caoloc', password: `sai${i}` })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await c.post('/api/auth/login', { username: 'Lanhdao.Caoloc', password: 'TinhSo@2026' });
    expectError(limited, 429, 'RATE_LIMITED');
    // Other accounts from the same address are not affected.
    expect((await t.client().post('/api/auth/login', { username: 'chuyenvien.caoloc', password: 'TinhSo@2026' })).status).toBe(200);
  });

  it('does not count successful sign-ins against the limit', async () => {
    for (let i = 0; i < 8; i++) expect((await t.client().post('/api/auth/login', { username: 'tiepnhan.caoloc', password: 'TinhSo@2026' })).status).toBe(200);
  });

  it('logs out and forgets the session', async () => {
    const c = await t.login('citizen');
    expect((await c.post('/api/auth/logout')).status).toBe(200);
    expect((await c.get('/api/auth/me')).body.user).toBeNull();
  });
});

describe('POST /api/auth/register', () => {
  it('registers a citizen, signs them in, and records it in the audit log', async () => {
    const c = t.client();
    const response = await c.post('/api/auth/register', {
      username: 'tran.van.c', password: 'matkhau123', fullName: 'Trần Văn C', kind: 'citizen', identityNumber: '020201009999',
    });
    expect(response.status).toBe(201);
    expect(response.body.user).toMatchObject({ username: 'tran.van.c', kind: 'citizen', roles: [{ role: 'citizen', agencyId: null }] });
    expect((await c.get('/api/auth/me')).body.user.fullName).toBe('Trần Văn C');
    const audit = await t.db.query("SELECT 1 FROM audit_log WHERE action = 'user.register' AND data->>'username' = 'tran.van.c'");
    expect(audit.rowCount).toBe(1);
  });

  it('refuses a taken user name with 409 and a weak password with 400', async () => {
    const base = { fullName: 'Người Thử', kind: 'citizen' };
    expectError(await t.client().post('/api/auth/register', { ...base, username: 'citizen', password: 'matkhau123' }), 409, 'USERNAME_TAKEN');
    expectError(await t.client().post('/api/auth/register', { ...base, username: 'nguoi.thu', password: 'chichuthoi' }), 400, 'WEAK_PASSWORD');
  });

  it('cannot register an official or set roles', async () => {
    const response = await t.client().post('/api/auth/register', {
      username: 'gia.mao', password: 'matkhau123', fullName: 'Giả Mạo', kind: 'official',
    });
    expectError(response, 400, 'VALIDATION_FAILED');
    const extra = await t.client().post('/api/auth/register', {
      username: 'gia.mao', password: 'matkhau123', fullName: 'Giả Mạo', kind: 'citizen', roles: ['admin'],
    });
    expectError(extra, 400, 'VALIDATION_FAILED');
  });
});

describe('bad input', () => {
  it('answers missing fields, wrong types and unknown fields with 400 and a Vietnamese message', async () => {
    const c = t.client();
    const missing = await c.post('/api/auth/login', { username: 'admin' });
    expectError(missing, 400, 'VALIDATION_FAILED');
    expect(missing.body.error.message).toContain('password');
    expectError(await c.post('/api/auth/login', { username: 123, password: true }), 400, 'VALIDATION_FAILED');
    expectError(await c.request('POST', '/api/auth/login', undefined, { rawBody: '{"username": "admin",' }), 400, 'INVALID_JSON');
    expectError(await c.request('POST', '/api/auth/login', undefined, { rawBody: 'username=admin', contentType: 'text/csv' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers an oversized body with 413', async () => {
    const response = await t.client().post('/api/auth/register', { username: 'x'.repeat(2 * 1024 * 1024) });
    expectError(response, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('answers unknown ids and routes with 404, and malformed ids with 400', async () => {
    expectError(await t.client().get('/api/agencies/987654'), 404, 'AGENCY_NOT_FOUND');
    expectError(await t.client().get('/api/agencies/abc'), 400, 'VALIDATION_FAILED');
    expectError(await t.client().get('/api/khong-co'), 404, 'ROUTE_NOT_FOUND');
    const admin = await t.login('admin');
    expectError(await admin.patch('/api/admin/users/987654', { fullName: 'Ai Đó' }), 404, 'USER_NOT_FOUND');
  });
});

describe('administration scope', () => {
  it('lets the province admin create an agency anywhere in the province, at any depth', async () => {
    const admin = await t.login('admin');
    const maipha = await t.agencyId('000.03.21.H37');
    const village = await admin.post('/api/admin/agencies', {
      parentId: maipha, code: 'H37.21.03.001', name: 'Bộ phận một cửa xã Mai Pha', kind: 'unit',
    });
    expect(village.status).toBe(201);
    expect(village.body).toMatchObject({ parentId: maipha, code: 'H37.21.03.001', kind: 'unit' });
    const list = await t.client().get('/api/agencies');
    expect(list.body.items.map((a: { code: string }) => a.code)).toContain('H37.21.03.001');
  });

  it('rejects malformed and duplicate agency codes', async () => {
    const admin = await t.login('admin');
    const province = await t.agencyId('000.00.00.H37');
    const base = { parentId: province, name: 'Sở Thử nghiệm', kind: 'department' };
    expectError(await admin.post('/api/admin/agencies', { ...base, code: '12.34.H37' }), 400, 'INVALID_AGENCY_CODE');
    expectError(await admin.post('/api/admin/agencies', { ...base, code: '000.00.12.H37' }), 409, 'AGENCY_CODE_TAKEN');
    expectError(
      await admin.post('/api/admin/agencies', { ...base, code: '000.00.40.H37', validFrom: '2025-07-01', validTo: '2025-01-01' }),
      400, 'INVALID_VALIDITY',
    );
  });

  it('keeps a district admin inside their district: 404 for agencies elsewhere, 403 for non-admins', async () => {
    const districtAdmin = await t.login('admin.caoloc');
    const hopThanh = await t.agencyId('000.02.22.H37');
    const chiLang = await t.agencyId('000.01.21.H37');
    const stp = await t.agencyId('000.00.12.H37');

    expect((await districtAdmin.patch(`/api/admin/agencies/${hopThanh}`, { name: 'UBND xã Hợp Thành (mới)' })).status).toBe(200);
    expectError(await districtAdmin.patch(`/api/admin/agencies/${chiLang}`, { name: 'Đổi tên trái phép' }), 404, 'AGENCY_NOT_FOUND');
    expectError(
      await districtAdmin.post('/api/admin/agencies', { parentId: stp, code: '000.09.12.H37', name: 'Phòng lạ', kind: 'unit' }),
      404, 'AGENCY_NOT_FOUND',
    );
    const name = await t.db.query('SELECT name FROM agencies WHERE id = $1', [chiLang]);
    expect(name.rows[0].name).toBe('UBND phường Chi Lăng');

    const users = await districtAdmin.get('/api/admin/users?pageSize=100');
    expect(users.status).toBe(200);
    const agencies = new Set(users.body.items.flatMap((u: any) => u.roles.map((r: any) => r.agencyCode)));
    expect([...agencies].every((code) => String(code).endsWith('.22.H37'))).toBe(true);
    expectError(await districtAdmin.get(`/api/admin/users?agencyId=${chiLang}`), 404, 'AGENCY_NOT_FOUND');

    const officer = await t.login('tiepnhan.caoloc');
    expectError(await officer.patch(`/api/admin/agencies/${hopThanh}`, { name: 'Không được' }), 403, 'FORBIDDEN');
    expectError(await officer.get('/api/admin/users'), 403, 'FORBIDDEN');
    expectError(await t.client().get('/api/admin/users'), 401, 'UNAUTHENTICATED');
  });

  it('keeps a district admin from reading or changing officials of another agency', async () => {
    const districtAdmin = await t.login('admin.caoloc');
    const stpOfficer = await t.db.query("SELECT id FROM users WHERE username = 'chuyenvien.stp'");
    const id = stpOfficer.rows[0].id;
    expectError(await districtAdmin.get(`/api/admin/users/${id}`), 404, 'USER_NOT_FOUND');
    expectError(await districtAdmin.patch(`/api/admin/users/${id}`, { active: false }), 404, 'USER_NOT_FOUND');
    const caoloc = await t.agencyId('000.00.22.H37');
    expectError(await districtAdmin.post(`/api/admin/users/${id}/roles`, { role: 'leader', agencyId: caoloc }), 404, 'USER_NOT_FOUND');
    const still = await t.db.query('SELECT active FROM users WHERE id = $1', [id]);
    expect(still.rows[0].active).toBe(true);
  });

  it('sets an agency\'s working hours, and refuses overlapping ones', async () => {
    const admin = await t.login('admin');
    const stp = await t.agencyId('000.00.12.H37');
    const hours = [{ start: '07:30', end: '11:30' }, { start: '13:00', end: '17:00' }];
    expect((await admin.patch(`/api/admin/agencies/${stp}`, { workingHours: hours })).body.workingHours).toEqual(hours);
    expectError(await admin.patch(`/api/admin/agencies/${stp}`, { workingHours: [{ start: '07:00', end: '12:00' }, { start: '11:00', end: '17:00' }] }), 400, 'INVALID_WORKING_HOURS');
    expectError(await admin.patch(`/api/admin/agencies/${stp}`, { workingHours: [{ start: '7h', end: '11:00' }] }), 400, 'VALIDATION_FAILED');
  });

  it('cannot move an agency below itself', async () => {
    const admin = await t.login('admin');
    const tpls = await t.agencyId('000.00.21.H37');
    const chiLang = await t.agencyId('000.01.21.H37');
    expectError(await admin.patch(`/api/admin/agencies/${tpls}`, { parentId: chiLang }), 400, 'AGENCY_CYCLE');
  });
});

describe('officials and roles', () => {
  it('creates an official bound to an agency, who then signs in and sees that agency', async () => {
    const admin = await t.login('admin.caoloc');
    const hopThanh = await t.agencyId('000.02.22.H37');
    const created = await admin.post('/api/admin/users', {
      username: 'motcua.hopthanh', password: 'hopthanh2026', fullName: 'Lành Thị Hoa', roles: [{ role: 'reception', agencyId: hopThanh }],
    });
    expect(created.status).toBe(201);
    const officer = await t.login('motcua.hopthanh', 'hopthanh2026');
    const me = await officer.get('/api/auth/me');
    expect(me.body.user.roles[0]).toMatchObject({ role: 'reception', agencyCode: '000.02.22.H37' });

    const granted = await admin.post(`/api/admin/users/${created.body.id}/roles`, { role: 'specialist', agencyId: hopThanh });
    expect(granted.body.roles.map((r: any) => r.role)).toEqual(['reception', 'specialist']);
    expectError(await admin.post(`/api/admin/users/${created.body.id}/roles`, { role: 'specialist', agencyId: hopThanh }), 409, 'ROLE_EXISTS');
    const receptionRole = granted.body.roles[0].id;
    const revoked = await admin.delete(`/api/admin/users/${created.body.id}/roles/${receptionRole}`);
    expect(revoked.body.roles.map((r: any) => r.role)).toEqual(['specialist']);
    const lastRole = granted.body.roles[1].id;
    expectError(await admin.delete(`/api/admin/users/${created.body.id}/roles/${lastRole}`), 409, 'LAST_ROLE');

    const locked = await admin.patch(`/api/admin/users/${created.body.id}`, { active: false });
    expect(locked.body.active).toBe(false);
    expect((await officer.get('/api/auth/me')).body.user).toBeNull();
    expectError(await t.client().post('/api/auth/login', { username: 'motcua.hopthanh', password: 'hopthanh2026' }), 401, 'INVALID_CREDENTIALS');
  });

  it('refuses an official role outside the admin scope without writing anything', async () => {
    const admin = await t.login('admin.caoloc');
    const stp = await t.agencyId('000.00.12.H37');
    const response = await admin.post('/api/admin/users', {
      username: 'nguoi.ngoai', password: 'matkhau123', fullName: 'Người Ngoài', roles: [{ role: 'leader', agencyId: stp }],
    });
    expectError(response, 404, 'AGENCY_NOT_FOUND');
    expect((await t.db.query("SELECT 1 FROM users WHERE username = 'nguoi.ngoai'")).rowCount).toBe(0);
  });
});
