import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePdf } from '../../../test/samples.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ postageVnd: 30_000 });
});
afterAll(() => t.close());

const expectError = (response: { status: number; body: any }, status: number, code: string) => {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
};

describe('results by post', () => {
  it('adds the postage to what is owed, records the consignment at the return step and then how delivery went', async () => {
    const citizen = await t.login('citizen');
    const desk = await t.login('tiepnhan.chilang');
    const specialist = await t.login('chuyenvien.chilang');
    const leader = await t.login('lanhdao.chilang');
    const procedureId = (await t.db.query<{ id: number }>("SELECT id FROM procedures WHERE national_code = '2.000815'")).rows[0]!.id;
    const draft = await citizen.post('/api/dossiers', { procedureId, formData: { ten_giay_to: 'Giấy khai sinh', so_ban: '1' } });
    expect(draft.body).toMatchObject({ resultDelivery: 'counter', feePreview: null, postageVnd: 30_000 });
    expectError(await citizen.patch(`/api/dossiers/${draft.body.id}`, { resultDelivery: { method: 'post' } }), 400, 'DELIVERY_ADDRESS_REQUIRED');
    const byPost = await citizen.patch(`/api/dossiers/${draft.body.id}`, { resultDelivery: { method: 'post', address: 'Số 5 Trần Đăng Ninh, phường Chi Lăng, TP Lạng Sơn' } });
    expect(byPost.body).toMatchObject({ resultDelivery: 'post', deliveryAddress: 'Số 5 Trần Đăng Ninh, phường Chi Lăng, TP Lạng Sơn', feePreview: { total: 30_000, payWhen: 'before_result' } });
    await citizen.upload(`/api/dossiers/${draft.body.id}/files`, { kind: 'submission', label: 'Đơn đề nghị cấp bản sao từ sổ gốc' },
      { name: 'don.pdf', data: await samplePdf('Don'), type: 'application/pdf' });
    const d = (await citizen.post(`/api/dossiers/${draft.body.id}/submit`, {})).body;
    expect(d).toMatchObject({ status: 'submitted', paymentStatus: 'unpaid', fee: { total: 30_000, lines: [{ kind: 'buu_chinh', amount: 30_000 }] } });

    await desk.post(`/api/dossiers/${d.id}/receive`, {});
    await desk.post(`/api/dossiers/${d.id}/start-processing`, {});
    await specialist.upload(`/api/dossiers/${d.id}/files`, { kind: 'result', label: 'Bản sao' }, { name: 'kq.pdf', data: await samplePdf('Ket qua'), type: 'application/pdf' });
    await specialist.post(`/api/dossiers/${d.id}/forward`, {});
    expect((await leader.post(`/api/dossiers/${d.id}/approve`, {})).body.status).toBe('awaiting_payment');
    expect((await desk.post(`/api/dossiers/${d.id}/payments/counter`, {})).status).toBe(201);
    expect((await citizen.get(`/api/dossiers/${d.id}`)).body.status).toBe('result_ready');

    // Handed to the post: its consignment number is required, then recorded on the dossier.
    expectError(await desk.post(`/api/dossiers/${d.id}/delivery`, { status: 'delivered' }), 409, 'NOT_SENT_BY_POST');
    expectError(await desk.post(`/api/dossiers/${d.id}/return`, {}), 400, 'CONSIGNMENT_REQUIRED');
    const returned = await desk.post(`/api/dossiers/${d.id}/return`, { consignmentNumber: 'EL123456789VN' });
    expect(returned.body).toMatchObject({ status: 'returned', consignmentNumber: 'EL123456789VN', deliveryStatus: 'sent' });
    expectError(await citizen.post(`/api/dossiers/${d.id}/delivery`, { status: 'delivered' }), 403, 'DOSSIER_ACTION_FORBIDDEN');
    const delivered = await desk.post(`/api/dossiers/${d.id}/delivery`, { status: 'delivered' });
    expect(delivered.body).toMatchObject({ deliveryStatus: 'delivered' });
    expect(delivered.body.events.at(-1)).toMatchObject({ action: 'delivery', note: 'Bưu điện đã phát kết quả cho người nhận' });
    expect((await citizen.get(`/api/dossiers/${d.id}`)).body.deliveryStatus).toBe('delivered');
  });
});

describe('the citizen\'s document store', () => {
  it('offers the documents of earlier dossiers, reuses one in a new draft without uploading, and shows officers where it came from', async () => {
    const citizen = await t.login('citizen');
    const other = await t.login('doanhnghiep');
    const procedureId = (await t.db.query<{ id: number }>("SELECT id FROM procedures WHERE national_code = '2.000815'")).rows[0]!.id;
    const first = await citizen.post('/api/dossiers', { procedureId, formData: { ten_giay_to: 'Giấy khai sinh', so_ban: '1' } });
    const label = 'Đơn đề nghị cấp bản sao từ sổ gốc';
    const uploaded = await citizen.upload(`/api/dossiers/${first.body.id}/files`, { kind: 'submission', label }, { name: 'don-goc.pdf', data: await samplePdf('Don goc'), type: 'application/pdf' });
    // A draft's documents are not in the store yet: only what was submitted.
    expect((await citizen.get('/api/my/documents')).body.items.some((d: { fileId: number }) => d.fileId === uploaded.body.id)).toBe(false);
    const submitted = (await citizen.post(`/api/dossiers/${first.body.id}/submit`, {})).body;
    const stored = (await citizen.get('/api/my/documents')).body.items.find((d: { fileId: number }) => d.fileId === uploaded.body.id);
    expect(stored).toMatchObject({ label, fileName: 'don-goc.pdf', dossierId: first.body.id, reference: submitted.trackingCode, kind: 'submission' });
    expect((await other.get('/api/my/documents')).body.items.some((d: { fileId: number }) => d.fileId === uploaded.body.id)).toBe(false);

    const second = await citizen.post('/api/dossiers', { procedureId, formData: { ten_giay_to: 'Giấy chứng tử', so_ban: '2' } });
    const reused = await citizen.post(`/api/dossiers/${second.body.id}/files/reuse`, { fileId: uploaded.body.id, label });
    expect(reused.status, JSON.stringify(reused.body)).toBe(201);
    expect(reused.body).toMatchObject({ label, fileName: 'don-goc.pdf', reusedFrom: { dossierId: first.body.id, reference: submitted.trackingCode } });
    // Somebody else's document, or a label the procedure does not ask for, is refused.
    const otherDraft = await other.post('/api/dossiers', { procedureId });
    expect((await other.post(`/api/dossiers/${otherDraft.body.id}/files/reuse`, { fileId: uploaded.body.id, label })).body.error.code).toBe('STORED_DOCUMENT_NOT_FOUND');
    expect((await citizen.post(`/api/dossiers/${second.body.id}/files/reuse`, { fileId: uploaded.body.id, label: 'Giấy tờ lạ' })).body.error.code).toBe('UNKNOWN_DOCUMENT');

    // Submitted with the reused document; the desk sees it came from the earlier dossier, and downloads the same content.
    expect((await citizen.post(`/api/dossiers/${second.body.id}/submit`, {})).status).toBe(200);
    const desk = await t.login('tiepnhan.chilang');
    const seen = (await desk.get(`/api/dossiers/${second.body.id}`)).body.files.find((f: { id: number }) => f.id === reused.body.id);
    expect(seen.reusedFrom).toEqual({ dossierId: first.body.id, reference: submitted.trackingCode });
    const a = await desk.download(`/api/dossiers/${first.body.id}/files/${uploaded.body.id}`);
    const b = await desk.download(`/api/dossiers/${second.body.id}/files/${reused.body.id}`);
    expect(b.data.equals(a.data)).toBe(true);
  });
});
