import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdftotext } from '../../../test/samples.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const names = (body: { items: { name: string }[] }) => body.items.map((p) => p.name);

describe('GET /api/procedures', () => {
  it('finds "Cấp bản sao từ sổ gốc" from "cap ban sao" typed without diacritics, best match first', async () => {
    const response = await t.client().get('/api/procedures?q=cap%20ban%20sao');
    expect(response.status).toBe(200);
    expect(names(response.body)[0]).toBe('Cấp bản sao từ sổ gốc');
    // The three levels' variants come before procedures that merely mention the words.
    expect(names(response.body).slice(0, 3).every((n) => n.startsWith('Cấp bản sao từ sổ gốc'))).toBe(true);
  });

  it('matches with or without diacritics, in any case, and a word still being typed', async () => {
    for (const q of ['Đăng ký khai sinh', 'dang ky khai sinh', 'DANG KY KHAI SINH', 'khai si']) {
      const response = await t.client().get(`/api/procedures?q=${encodeURIComponent(q)}`);
      expect(names(response.body), q).toContain('Đăng ký khai sinh');
    }
  });

  it('ranks by relevance: the name outweighs the legal basis', async () => {
    const response = await t.client().get('/api/procedures?q=ket%20hon');
    expect(names(response.body)[0]).toBe('Đăng ký kết hôn');
  });

  it('falls back to any word when no procedure has all of them', async () => {
    const response = await t.client().get('/api/procedures?q=khai%20sinh%20xyzzy');
    expect(names(response.body)).toContain('Đăng ký khai sinh');
  });

  it('finds a procedure by its national code', async () => {
    const response = await t.client().get('/api/procedures?q=1.001193');
    expect(names(response.body)).toEqual(['Đăng ký khai sinh']);
  });

  it('filters by level and pages the results', async () => {
    const communes = await t.client().get('/api/procedures?level=commune&pageSize=3');
    expect(communes.body.items).toHaveLength(3);
    expect(communes.body.total).toBeGreaterThan(3);
    expect(communes.body.items.every((p: { level: string }) => p.level === 'commune')).toBe(true);
    const page2 = await t.client().get('/api/procedures?level=commune&pageSize=3&page=2');
    expect(page2.body.items[0].id).not.toBe(communes.body.items[0].id);
  });

  it('returns an empty page for a query of punctuation only, and 400 for bad filters', async () => {
    const response = await t.client().get('/api/procedures?q=%26%7C!');
    expect(response.body).toEqual({ items: [], total: 0 });
    const bad = await t.client().get('/api/procedures?level=planet');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('has procedures at all three levels in the demo province', async () => {
    for (const level of ['province', 'district', 'commune']) {
      expect((await t.client().get(`/api/procedures?level=${level}`)).body.total, level).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('GET /api/procedures/:id', () => {
  it('shows code, agency, level, documents, fee, processing time and online level', async () => {
    const search = await t.client().get('/api/procedures?q=ly%20lich%20tu%20phap');
    const response = await t.client().get(`/api/procedures/${search.body.items[0].id}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      nationalCode: '2.000488', level: 'province', agencyName: 'Sở Tư pháp tỉnh Lạng Sơn', feeVnd: 200000,
      processingDays: 10, onlineLevel: 'full', fieldName: 'Lý lịch tư pháp',
    });
    expect(response.body.documents.length).toBeGreaterThanOrEqual(2);
    expect(response.body.legalBasis).toContain('Luật Lý lịch tư pháp');
  });

  it('returns 404 for an unknown procedure', async () => {
    const response = await t.client().get('/api/procedures/424242');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('PROCEDURE_NOT_FOUND');
  });
});

describe('procedure administration', () => {
  const input = (agencyId: number) => ({
    nationalCode: '1.012345', name: 'Thủ tục thử nghiệm cấp xã', fieldCode: 'HT', level: 'commune', agencyId,
    documents: [{ name: 'Tờ khai', original: 1, copies: 0 }], feeVnd: 0, processingDays: 2, onlineLevel: 'full', legalBasis: 'Luật thử',
  });

  it('lets an admin add a procedure for an agency in scope, searchable at once', async () => {
    const admin = await t.login('admin.caoloc');
    const hopThanh = await t.agencyId('000.02.22.H37');
    const created = await admin.post('/api/admin/procedures', input(hopThanh));
    expect(created.status).toBe(201);
    const found = await t.client().get('/api/procedures?q=thu%20nghiem');
    expect(names(found.body)).toContain('Thủ tục thử nghiệm cấp xã');
    const updated = await admin.patch(`/api/admin/procedures/${created.body.id}`, { feeVnd: 15000, published: false });
    expect(updated.body.feeVnd).toBe(15000);
    expect((await t.client().get(`/api/procedures/${created.body.id}`)).status).toBe(404);
    expect((await admin.get(`/api/procedures/${created.body.id}`)).status).toBe(200);
  });

  it('refuses procedures for agencies outside the admin scope', async () => {
    const admin = await t.login('admin.caoloc');
    const stp = await t.agencyId('000.00.12.H37');
    const response = await admin.post('/api/admin/procedures', input(stp));
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('AGENCY_NOT_FOUND');
    const stpProcedure = await t.db.query("SELECT id FROM procedures WHERE national_code = '2.000488'");
    const patch = await admin.patch(`/api/admin/procedures/${stpProcedure.rows[0].id}`, { feeVnd: 1 });
    expect(patch.status).toBe(404);
    const officer = await t.login('lanhdao.stp');
    expect((await officer.patch(`/api/admin/procedures/${stpProcedure.rows[0].id}`, { feeVnd: 1 })).status).toBe(403);
  });

  it('validates fees, codes and processing time', async () => {
    const admin = await t.login('admin');
    const hopThanh = await t.agencyId('000.02.22.H37');
    for (const bad of [{ feeVnd: -1 }, { nationalCode: 'ABC' }, { processingDays: 0 }, { fieldCode: 'KHONG_CO' }]) {
      const response = await admin.post('/api/admin/procedures', { ...input(hopThanh), nationalCode: '1.099999', ...bad });
      expect(response.status, JSON.stringify(bad)).toBe(400);
    }
  });
});

describe('a procedure as the national portal shows it', () => {
  it('has who applies, its steps, and a blank application form to print, asking what the e-form asks', async () => {
    const id = (await t.db.query<{ id: number }>("SELECT id FROM procedures WHERE national_code = '2.000815'")).rows[0]!.id;
    const procedure = (await t.client().get(`/api/procedures/${id}`)).body;
    expect(procedure.applicants).toBe('Cá nhân, tổ chức');
    expect(procedure.steps.split('\n')).toHaveLength(5);
    const form = await t.client().download(`/api/procedures/${id}/form.pdf`);
    expect(form.status).toBe(200);
    expect(form.headers.get('content-type')).toBe('application/pdf');
    const text = (await pdftotext(form.data)).replace(/\s+/g, ' ');
    for (const expected of ['ĐƠN ĐỀ NGHỊ', 'Cấp bản sao từ sổ gốc', 'Kính gửi: UBND phường Chi Lăng', ...procedure.formFields.map((f: { label: string }) => f.label),
      'Đơn đề nghị cấp bản sao từ sổ gốc', 'NGƯỜI YÊU CẦU']) {
      expect(text).toContain(expected);
    }
  });
});
