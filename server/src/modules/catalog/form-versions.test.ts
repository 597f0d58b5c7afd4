import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency, buildCitizen, buildOfficial, buildProcedure } from '../../../test/factories.js';
import { samplePdf } from '../../../test/samples.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('the e-form designer', () => {
  it('publishes a designed form as a new version; dossiers keep the version they were filled in, and validate by field', async () => {
    const agency = await buildAgency(t);
    const procedure = await buildProcedure(t, agency.id, { formFields: [{ name: 'ten', label: 'Tên giấy tờ', type: 'text', required: true }] });
    const admin = await buildOfficial(t, agency.id, 'admin');
    const citizen = await buildCitizen(t);

    const before = await citizen.client.post('/api/dossiers', { procedureId: procedure.id, formData: { ten: 'Giấy khai sinh' } });
    expect(before.body).toMatchObject({ formVersion: 1, formFields: [{ name: 'ten' }] });

    const design = (await admin.client.get(`/api/admin/procedures/${procedure.id}/form`)).body;
    expect(design).toMatchObject({ version: 1, draft: null, versions: [{ version: 1, fieldCount: 1 }] });
    const broken = await admin.client.put(`/api/admin/procedures/${procedure.id}/form/draft`, { fields: [{ name: 'loai', label: 'Loại', type: 'select' }] });
    expect(broken.body.error).toMatchObject({ code: 'INVALID_FORM' });
    expect(broken.body.error.message).toContain('cần ít nhất một lựa chọn');
    const fields = [
      { name: 'cccd', label: 'Số CCCD người được cấp', type: 'id_number', required: true },
      { name: 'muc_dich', label: 'Mục đích', type: 'select', options: ['Học tập', 'Khác'], required: true },
      { name: 'ghi_ro', label: 'Ghi rõ', type: 'text', required: true, showIf: { field: 'muc_dich', equals: 'Khác' } },
      { name: 'dia_chi', label: 'Nơi cư trú', type: 'address', required: true },
      { name: 'anh', label: 'Ảnh chân dung 4x6', type: 'file', required: true },
      { name: 'cam_doan', label: 'Tôi cam đoan', type: 'checkbox', required: true },
    ];
    const saved = await admin.client.put(`/api/admin/procedures/${procedure.id}/form/draft`, { fields });
    expect(saved.body).toMatchObject({ version: 1, draft: { fields: expect.any(Array) } });
    // A draft changes nothing for citizens until it is published.
    expect((await t.client().get(`/api/procedures/${procedure.id}`)).body.formFields).toHaveLength(1);
    expect((await (await buildOfficial(t, (await buildAgency(t)).id, 'admin')).client.post(`/api/admin/procedures/${procedure.id}/form/publish`)).status).toBe(404);
    const published = await admin.client.post(`/api/admin/procedures/${procedure.id}/form/publish`);
    expect(published.body).toMatchObject({ version: 2, draft: null, versions: [{ version: 2, fieldCount: 6, publishedByName: 'Cán bộ thử nghiệm' }, { version: 1 }] });
    expect((await admin.client.post(`/api/admin/procedures/${procedure.id}/form/publish`)).body.error.code).toBe('NO_FORM_DRAFT');

    // The old draft still reads and submits as version 1.
    expect((await citizen.client.get(`/api/dossiers/${before.body.id}`)).body).toMatchObject({ formVersion: 1, formFields: [{ name: 'ten' }] });
    await citizen.client.upload(`/api/dossiers/${before.body.id}/files`, { kind: 'submission', label: 'Đơn đề nghị' }, { name: 'don.pdf', data: await samplePdf('Don'), type: 'application/pdf' });
    expect((await citizen.client.post(`/api/dossiers/${before.body.id}/submit`, {})).status).toBe(200);

    // A new dossier is filled in version 2: each wrong answer named, the file field asked as a document.
    const after = await citizen.client.post('/api/dossiers', { procedureId: procedure.id, formData: { cccd: '999095001234', muc_dich: 'Khác' } });
    expect(after.body).toMatchObject({ formVersion: 2 });
    expect(after.body.procedureDocuments.map((d: { name: string }) => d.name)).toEqual(['Đơn đề nghị', 'Ảnh chân dung 4x6']);
    const refused = await citizen.client.post(`/api/dossiers/${after.body.id}/submit`, {});
    expect(refused.body.error.code).toBe('MISSING_FORM_FIELDS');
    expect(Object.fromEntries(refused.body.error.details.fields.map((f: { field: string; message: string }) => [f.field, f.message]))).toEqual({
      cccd: 'không phải số CCCD (12 chữ số) hoặc CMND (9 chữ số) hợp lệ', ghi_ro: 'không được để trống', dia_chi: 'không được để trống', cam_doan: 'cần được xác nhận',
    });
    const answered = await citizen.client.patch(`/api/dossiers/${after.body.id}`, { formData: {
      cccd: '020095001234', muc_dich: 'Học tập', ghi_ro: 'bị bỏ khi ẩn', dia_chi: JSON.stringify({ province: '20', district: '178', commune: '05971', street: 'Số 5' }), cam_doan: 'true',
    } });
    expect(answered.body.formData.ghi_ro).toBeUndefined();
    for (const label of ['Đơn đề nghị', 'Ảnh chân dung 4x6']) {
      await citizen.client.upload(`/api/dossiers/${after.body.id}/files`, { kind: 'submission', label }, { name: 'tep.pdf', data: await samplePdf(label), type: 'application/pdf' });
    }
    expect((await citizen.client.post(`/api/dossiers/${after.body.id}/submit`, {})).status).toBe(200);
  });

  it('lists the administrative units: provinces, a province\'s districts, a district\'s communes', async () => {
    const anyone = t.client();
    expect((await anyone.get('/api/administrative-units')).body.items).toContainEqual({ id: '20', name: 'Tỉnh Lạng Sơn' });
    expect((await anyone.get('/api/administrative-units?parent=20')).body.items).toContainEqual({ id: '178', name: 'Thành phố Lạng Sơn' });
    expect((await anyone.get('/api/administrative-units?parent=20/178')).body.items).toContainEqual({ id: '05971', name: 'Phường Hoàng Văn Thụ' });
    expect((await anyone.get('/api/administrative-units?parent=99')).status).toBe(404);
  });
});
