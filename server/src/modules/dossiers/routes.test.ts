import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdftotext, qrCodeOf, samplePdf, samplePng, pdfsig } from '../../../test/samples.js';
import { startTestApp, type ApiClient, type TestApp } from '../../../test/test-app.js';
import { scanDeadlines } from './deadlines.js';
import { lookupHash, seal } from '../../platform/personal-data.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const COPY = '2.000815'; // Cấp bản sao từ sổ gốc, UBND phường Chi Lăng (1 working day)
const procedureId = async (nationalCode: string) =>
  (await t.db.query<{ id: number }>('SELECT id FROM procedures WHERE national_code = $1', [nationalCode])).rows[0]!.id;

/** Answers every field of a procedure's e-form with a plausible value. */
const answers = (fields: { name: string; type: string }[]) =>
  Object.fromEntries(fields.map((f) => [f.name, f.type === 'date' ? '2026-01-15' : f.type === 'number' ? '2' : 'Giấy khai sinh']));

async function submitted(citizen: ApiClient, nationalCode = COPY) {
  const id = await procedureId(nationalCode);
  const procedure = await citizen.get(`/api/procedures/${id}`);
  const draft = await citizen.post('/api/dossiers', {
    procedureId: id, applicant: { address: 'Số 5 Trần Đăng Ninh, phường Chi Lăng' }, formData: answers(procedure.body.formFields),
  });
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  for (const doc of draft.body.procedureDocuments.filter((d: { optional?: boolean }) => !d.optional)) {
    const upload = await citizen.upload(`/api/dossiers/${draft.body.id}/files`, { kind: 'submission', label: doc.name },
      { name: 'to-khai.pdf', data: await samplePdf(doc.name.slice(0, 20)), type: 'application/pdf' });
    expect(upload.status, JSON.stringify(upload.body)).toBe(201);
  }
  const sent = await citizen.post(`/api/dossiers/${draft.body.id}/submit`, {});
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  return sent.body;
}

async function received(citizen: ApiClient, reception: ApiClient, nationalCode = COPY) {
  const d = await submitted(citizen, nationalCode);
  const r = await reception.post(`/api/dossiers/${d.id}/receive`, {});
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
}

const expectError = (response: { status: number; body: any }, status: number, code: string) => {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
};

describe('the whole life cycle, over HTTP', () => {
  it('submits, receives with a code, a due date and a signed slip, processes, approves, returns and rates', async () => {
    const citizen = await t.login('citizen');
    const reception = await t.login('tiepnhan.chilang');
    const specialist = await t.login('chuyenvien.chilang');
    const leader = await t.login('lanhdao.chilang');

    const d = await submitted(citizen);
    expect(d.status).toBe('submitted');
    expect(d.code).toBeNull();
    const queue = await reception.get('/api/queue?status=submitted');
    expect(queue.body.items.map((i: { id: number }) => i.id)).toContain(d.id);

    const r = await reception.post(`/api/dossiers/${d.id}/receive`, {});
    expect(r.body.status).toBe('received');
    expect(r.body.code).toMatch(/^000\.01\.21\.H37-\d{6}-\d{4}$/);
    expect(new Date(r.body.dueAt).getTime()).toBeGreaterThan(new Date(r.body.receivedAt).getTime());
    // The receipt is rendered and signed right after the reception commits.
    await t.settle();
    const slip = r.body.files.find((f: { label: string }) => f.label === 'Mẫu 01');
    expect(slip).toBeDefined();
    const slipPdf = await citizen.download(`/api/dossiers/${d.id}/files/${slip.id}`);
    expect(slipPdf.status).toBe(200);
    expect(slipPdf.headers.get('content-type')).toBe('application/pdf');
    const verified = await pdfsig(slipPdf.data);
    expect(verified).toContain('Signature is Valid');
    expect(verified).toContain('UBND phường Chi Lăng');

    expect((await reception.post(`/api/dossiers/${d.id}/start-processing`, {})).body).toMatchObject({ status: 'processing', currentStep: 1 });
    // The result is attached at the specialist's step, then the dossier goes to the leader.
    const result = await specialist.upload(`/api/dossiers/${d.id}/files`, { kind: 'result', label: 'Bản sao từ sổ gốc' },
      { name: 'ban-sao.pdf', data: await samplePdf('Ban sao tu so goc'), type: 'application/pdf' });
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    // The applicant does not see the result before it is issued.
    expect((await citizen.download(`/api/dossiers/${d.id}/files/${result.body.id}`)).status).toBe(409);
    expect((await specialist.post(`/api/dossiers/${d.id}/forward`, { note: 'Đủ điều kiện' })).body.currentStep).toBe(2);

    const approved = await leader.post(`/api/dossiers/${d.id}/approve`, {});
    expect(approved.body).toMatchObject({ status: 'result_ready', outcome: 'approved' });
    const signedResult = approved.body.files.find((f: { label: string }) => f.label === 'Bản sao từ sổ gốc (đã ký số)');
    expect(signedResult).toBeDefined();

    const returned = await reception.post(`/api/dossiers/${d.id}/return`, {});
    expect(returned.body.status).toBe('returned');
    const download = await citizen.download(`/api/dossiers/${d.id}/files/${signedResult.id}`);
    expect(download.status).toBe(200);
    // The applicant is offered the signed result only; the officials see both.
    const results = (body: any) => body.files.filter((f: { kind: string }) => f.kind === 'result').map((f: { label: string }) => f.label);
    expect(results((await citizen.get(`/api/dossiers/${d.id}`)).body)).toEqual(['Bản sao từ sổ gốc (đã ký số)']);
    expect(results(returned.body)).toEqual(['Bản sao từ sổ gốc', 'Bản sao từ sổ gốc (đã ký số)']);
    // The history names the steps the dossier went through.
    expect(returned.body.events.filter((e: { action: string }) => ['start_processing', 'forward'].includes(e.action)).map((e: { stepName: string }) => e.stepName).every(Boolean)).toBe(true);
    expect(await pdfsig(download.data)).toContain('Signature is Valid');

    const rated = await citizen.post(`/api/dossiers/${d.id}/rating`, { rating: 'very_satisfied', comment: 'Nhanh, đúng hẹn' });
    expect(rated.body.rating).toBe('very_satisfied');
    expectError(await citizen.post(`/api/dossiers/${d.id}/rating`, { rating: 'unsatisfied' }), 409, 'ALREADY_RATED');

    const history = returned.body.events.map((e: { toStatus: string }) => e.toStatus);
    expect(history).toEqual(['draft', 'submitted', 'received', 'processing', 'processing', 'result_ready', 'returned']);
    const audit = await t.db.query("SELECT action FROM audit_log WHERE entity = 'dossier' AND entity_id = $1 ORDER BY id", [String(d.id)]);
    expect(audit.rows.map((a) => a.action)).toEqual(expect.arrayContaining(['dossier.submit', 'dossier.receive', 'dossier.approve', 'dossier.return', 'dossier.rate']));
  });

  it('lets anyone look a dossier up by code, without personal data', async () => {
    const d = await received(await t.login('citizen'), await t.login('tiepnhan.chilang'));
    const lookup = await t.client().get(`/api/public/dossiers/${encodeURIComponent(d.code)}`);
    expect(lookup.status).toBe(200);
    expect(lookup.body).toMatchObject({
      code: d.code, status: 'received', statusLabel: 'Được tiếp nhận', nationalStatusCode: 2, agencyName: 'UBND phường Chi Lăng', onTime: true,
    });
    const text = JSON.stringify(lookup.body);
    expect(text).not.toContain('Nguyễn Văn An');
    expect(text).not.toContain('Trần Đăng Ninh');
    expect(text).not.toContain('020095001234');
    expectError(await t.client().get('/api/public/dossiers/000.01.21.H37-990101-0001'), 404, 'DOSSIER_CODE_NOT_FOUND');
    // As read from a QR code or typed by hand: case and spaces do not matter.
    const typed = ` ${d.code.toLowerCase().replace('-', ' - ')} `;
    expect((await t.client().get(`/api/public/dossiers/${encodeURIComponent(typed)}`)).body.code).toBe(d.code);
  });

  it('follows an online dossier by its tracking code from submission, never a draft', async () => {
    const citizen = await t.login('citizen');
    const d = await submitted(citizen);
    expect(d.trackingCode).toMatch(new RegExp(`^TS-${d.id}-[0-9A-F]{4}$`));
    const found = await t.client().get(`/api/public/dossiers/${d.trackingCode.toLowerCase()}`);
    expect(found.body).toMatchObject({ code: null, trackingCode: d.trackingCode, status: 'submitted' });
    // Another dossier's tracking code with this one's id and the wrong check characters finds nothing.
    expectError(await t.client().get(`/api/public/dossiers/TS-${d.id}-${d.trackingCode.endsWith('0000') ? '1111' : '0000'}`), 404, 'DOSSIER_CODE_NOT_FOUND');
    const draft = await citizen.post('/api/dossiers', { procedureId: await procedureId(COPY) });
    expectError(await t.client().get(`/api/public/dossiers/${draft.body.trackingCode}`), 404, 'DOSSIER_CODE_NOT_FOUND');
    const r = await (await t.login('tiepnhan.chilang')).post(`/api/dossiers/${d.id}/receive`, {});
    expect((await t.client().get(`/api/public/dossiers/${d.trackingCode}`)).body.code).toBe(r.body.code);
  });

  it('lets an applicant find their dossiers by ID number and phone, drafts excepted', async () => {
    const citizen = await t.login('citizen');
    const d = await received(citizen, await t.login('tiepnhan.chilang'));
    // A phone given at the counter, stored as the repository stores it: sealed, with its lookup hash.
    await t.db.query(`UPDATE dossiers SET applicant = applicant || jsonb_build_object('phone', $2::text), applicant_phone_hash = $3 WHERE id = $1`,
      [d.id, seal('0912 345 678'), lookupHash('phone', '0912 345 678')]);
    const draft = await citizen.post('/api/dossiers', { procedureId: await procedureId(COPY), applicant: { phone: '0912345678' } });
    const find = (identityNumber: string, phone: string) => t.client().get(`/api/public/dossiers?identityNumber=${encodeURIComponent(identityNumber)}&phone=${encodeURIComponent(phone)}`);
    for (const phone of ['0912345678', '+84 912 345 678']) {
      const found = await find('020095001234', phone);
      expect(found.status, JSON.stringify(found.body)).toBe(200);
      const codes = found.body.items.map((i: { code: string | null }) => i.code);
      expect(codes).toContain(d.code);
      expect(JSON.stringify(found.body)).not.toContain('Nguyễn Văn An');
    }
    expect(draft.status).toBe(201);
    expect((await find('020095001234', '0912345678')).body.items.map((i: { status: string }) => i.status)).not.toContain('draft');
    expect((await find('020095001234', '0900000000')).body.items).toEqual([]);
    expect((await find('020095009999', '0912345678')).body.items).toEqual([]);
    expectError(await find('abc', '0912345678'), 400, 'VALIDATION_FAILED');
  });
});

describe('rules and permissions', () => {
  it('answers a transition not allowed from the current state with 409, and a wrong role with 403', async () => {
    const citizen = await t.login('citizen');
    const reception = await t.login('tiepnhan.chilang');
    const d = await received(citizen, reception);
    expectError(await reception.post(`/api/dossiers/${d.id}/receive`, {}), 409, 'DOSSIER_STATE_CONFLICT');
    expectError(await (await t.login('lanhdao.chilang')).post(`/api/dossiers/${d.id}/approve`, {}), 409, 'DOSSIER_STATE_CONFLICT');
    expectError(await citizen.post(`/api/dossiers/${d.id}/receive`, {}), 403, 'DOSSIER_ACTION_FORBIDDEN');
    await reception.post(`/api/dossiers/${d.id}/start-processing`, {});
    // The leader's step comes second: approving at the specialist's step is refused.
    expectError(await (await t.login('lanhdao.chilang')).post(`/api/dossiers/${d.id}/approve`, {}), 403, 'NOT_YOUR_STEP');
    expectError(await (await t.login('chuyenvien.chilang')).post(`/api/dossiers/${d.id}/approve`, {}), 403, 'DOSSIER_ACTION_FORBIDDEN');
    const state = await t.db.query('SELECT status, current_step FROM dossiers WHERE id = $1', [d.id]);
    expect(state.rows[0]).toEqual({ status: 'processing', current_step: 1 });
  });

  it('hides a dossier from other applicants and other agencies (404), and lets them do nothing', async () => {
    const d = await submitted(await t.login('citizen'));
    const business = await t.login('doanhnghiep');
    expectError(await business.get(`/api/dossiers/${d.id}`), 404, 'DOSSIER_NOT_FOUND');
    expectError(await business.post(`/api/dossiers/${d.id}/withdraw`, { reason: 'Không phải hồ sơ của tôi' }), 404, 'DOSSIER_NOT_FOUND');
    const otherDesk = await t.login('tiepnhan.stp');
    expectError(await otherDesk.get(`/api/dossiers/${d.id}`), 404, 'DOSSIER_NOT_FOUND');
    expectError(await otherDesk.post(`/api/dossiers/${d.id}/receive`, {}), 404, 'DOSSIER_NOT_FOUND');
    expect((await otherDesk.get('/api/queue')).body.items.map((i: { id: number }) => i.id)).not.toContain(d.id);
    expectError(await t.client().get(`/api/dossiers/${d.id}`), 401, 'UNAUTHENTICATED');
    expect((await t.db.query('SELECT status FROM dossiers WHERE id = $1', [d.id])).rows[0].status).toBe('submitted');
  });

  it('refuses submission while the e-form is incomplete or malformed', async () => {
    const citizen = await t.login('citizen');
    const draft = await citizen.post('/api/dossiers', { procedureId: await procedureId(COPY), formData: { ten_giay_to: 'Giấy khai sinh', so_ban: 'hai', la: 'x' } });
    expect(draft.body.formData).toEqual({ ten_giay_to: 'Giấy khai sinh', so_ban: 'hai' });
    expectError(await citizen.post(`/api/dossiers/${draft.body.id}/submit`, {}), 400, 'INVALID_FORM_FIELDS');
    await citizen.patch(`/api/dossiers/${draft.body.id}`, { formData: { so_ban: '2' } });
    const missing = await citizen.post(`/api/dossiers/${draft.body.id}/submit`, {});
    expectError(missing, 400, 'MISSING_FORM_FIELDS');
    expect(missing.body.error.message).toContain('Tên giấy tờ cần cấp bản sao');
  });

  it('refuses submission while a required document is missing', async () => {
    const citizen = await t.login('citizen');
    const draft = await citizen.post('/api/dossiers', { procedureId: await procedureId('2.000488') });
    const response = await citizen.post(`/api/dossiers/${draft.body.id}/submit`, {});
    expectError(response, 400, 'MISSING_DOCUMENTS');
    expect(response.body.error.message).toContain('Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp');
  });

  it('checks uploads by content, type and size', async () => {
    const citizen = await t.login('citizen');
    const draft = await citizen.post('/api/dossiers', { procedureId: await procedureId(COPY) });
    const label = 'Đơn đề nghị cấp bản sao từ sổ gốc';
    const fake = await citizen.upload(`/api/dossiers/${draft.body.id}/files`, { kind: 'submission', label },
      { name: 'don.pdf', data: new TextEncoder().encode('<html>not a pdf</html>'), type: 'application/pdf' });
    expectError(fake, 415, 'FILE_TYPE_NOT_ALLOWED');
    const png = await citizen.upload(`/api/dossiers/${draft.body.id}/files`, { kind: 'submission', label },
      { name: 'anh-chup.png', data: samplePng, type: 'image/png' });
    expect(png.status).toBe(201);
    expect(png.body.contentType).toBe('image/png');
    expectError(await citizen.upload(`/api/dossiers/${draft.body.id}/files`, { kind: 'submission', label: 'Giấy tờ lạ' },
      { name: 'x.png', data: samplePng, type: 'image/png' }), 400, 'UNKNOWN_DOCUMENT');
    expectError(await citizen.upload(`/api/dossiers/${draft.body.id}/files`, { kind: 'result', label },
      { name: 'x.png', data: samplePng, type: 'image/png' }), 409, 'ATTACH_NOT_ALLOWED');
    const big = new Uint8Array(t.config.uploadLimitBytes + 1024);
    big.set(await samplePdf('big'));
    expectError(await citizen.upload(`/api/dossiers/${draft.body.id}/files`, { kind: 'submission', label },
      { name: 'lon.pdf', data: big, type: 'application/pdf' }), 413, 'FILE_TOO_LARGE');
  });

  it('lets the applicant withdraw an open dossier, and nothing afterwards', async () => {
    const citizen = await t.login('citizen');
    const d = await received(citizen, await t.login('tiepnhan.chilang'));
    const withdrawn = await citizen.post(`/api/dossiers/${d.id}/withdraw`, { reason: 'Không còn nhu cầu' });
    expect(withdrawn.body.status).toBe('withdrawn');
    expectError(await citizen.post(`/api/dossiers/${d.id}/withdraw`, { reason: 'Lần nữa' }), 409, 'DOSSIER_STATE_CONFLICT');
  });
});

describe('concurrency', () => {
  it('gives 20 parallel receptions 20 distinct, consecutive codes', async () => {
    const citizen = await t.login('citizen');
    const desk = await t.login('tiepnhan.chilang');
    const dossiers = [];
    for (let i = 0; i < 20; i++) dossiers.push(await submitted(citizen));
    const before = await t.db.query<{ last_value: number }>(
      "SELECT coalesce(max(last_value), 0) AS last_value FROM dossier_sequences s JOIN agencies a ON a.id = s.agency_id WHERE a.code = '000.01.21.H37'");
    const results = await Promise.all(dossiers.map((d) => desk.post(`/api/dossiers/${d.id}/receive`, {})));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    const codes = results.map((r) => r.body.code as string);
    expect(new Set(codes).size).toBe(20);
    const sequences = codes.map((c) => Number(c.split('-').at(-1))).sort((a, b) => a - b);
    const start = before.rows[0]!.last_value;
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => start + i + 1));
  });

  it('lets exactly one of two parallel approvals succeed; the other gets 409', async () => {
    const reception = await t.login('tiepnhan.chilang');
    const specialist = await t.login('chuyenvien.chilang');
    const d = await received(await t.login('citizen'), reception);
    await reception.post(`/api/dossiers/${d.id}/start-processing`, {});
    await specialist.upload(`/api/dossiers/${d.id}/files`, { kind: 'result', label: 'Kết quả' }, { name: 'kq.pdf', data: await samplePdf('KQ'), type: 'application/pdf' });
    await specialist.post(`/api/dossiers/${d.id}/forward`, {});
    const [a, b] = [await t.login('lanhdao.chilang'), await t.login('lanhdao.chilang')];
    const results = await Promise.all([a.post(`/api/dossiers/${d.id}/approve`, {}), b.post(`/api/dossiers/${d.id}/approve`, {})]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const conflict = results.find((r) => r.status === 409)!;
    expect(conflict.body.error.code).toBe('DOSSIER_STATE_CONFLICT');
    expect(conflict.body.error.message).toContain('Đã xử lý xong');
    const approvals = await t.db.query("SELECT count(*)::int AS n FROM dossier_events WHERE dossier_id = $1 AND action = 'approve'", [d.id]);
    expect(approvals.rows[0].n).toBe(1);
  });

  it('answers a stale version with 409', async () => {
    const reception = await t.login('tiepnhan.chilang');
    const d = await submitted(await t.login('citizen'));
    expectError(await reception.post(`/api/dossiers/${d.id}/receive`, { version: d.version - 1 }), 409, 'DOSSIER_CHANGED');
  });
});

describe('supplements, extensions, refusals and stops', () => {
  it('pauses the clock while awaiting a supplement and resumes it on resubmission', async () => {
    const citizen = await t.login('citizen');
    const reception = await t.login('tiepnhan.chilang');
    const d = await received(citizen, reception);
    const asked = await reception.post(`/api/dossiers/${d.id}/request-supplement`, { reason: 'Thiếu bản sao giấy khai sinh', items: ['Bản sao giấy khai sinh'] });
    expect(asked.body).toMatchObject({ status: 'awaiting_supplement', supplementCount: 1 });
    expect(asked.body.files.some((f: { label: string }) => f.label === 'Mẫu 02')).toBe(true);
    // Pretend the applicant took a while: move the pause back 3 days.
    await t.db.query("UPDATE dossiers SET paused_at = paused_at - interval '3 days' WHERE id = $1", [d.id]);
    expectError(await citizen.post(`/api/dossiers/${d.id}/resubmit`, {}), 400, 'SUPPLEMENT_FILES_MISSING');
    await citizen.upload(`/api/dossiers/${d.id}/files`, { kind: 'supplement', label: 'Bản sao giấy khai sinh' },
      { name: 'khai-sinh.pdf', data: await samplePdf('Khai sinh'), type: 'application/pdf' });
    const resumed = await citizen.post(`/api/dossiers/${d.id}/resubmit`, { note: 'Đã bổ sung' });
    expect(resumed.body.status).toBe('received');
    expect(resumed.body.pausedAt).toBeNull();
    // The working time left at the pause is kept: the due date moved later, not earlier.
    expect(new Date(resumed.body.dueAt).getTime()).toBeGreaterThanOrEqual(new Date(d.dueAt).getTime());
  });

  it('has a leader apologise and extend a late dossier with a signed form 04', async () => {
    const reception = await t.login('tiepnhan.chilang');
    const d = await received(await t.login('citizen'), reception);
    await reception.post(`/api/dossiers/${d.id}/start-processing`, {});
    const leader = await t.login('lanhdao.chilang');
    const extended = await leader.post(`/api/dossiers/${d.id}/extend`, { reason: 'Cần xác minh sổ gốc lưu trữ', extraWorkingDays: 3 });
    expect(extended.status, JSON.stringify(extended.body)).toBe(200);
    expect(new Date(extended.body.extendedDueAt).getTime()).toBeGreaterThan(new Date(d.dueAt).getTime());
    await t.settle();
    const letter = extended.body.files.find((f: { label: string }) => f.label === 'Mẫu 04');
    expect(await pdfsig((await leader.download(`/api/dossiers/${d.id}/files/${letter.id}`)).data)).toContain('Signature is Valid');
    expectError(await (await t.login('chuyenvien.chilang')).post(`/api/dossiers/${d.id}/extend`, { reason: 'Không có quyền', extraWorkingDays: 1 }), 403, 'DOSSIER_ACTION_FORBIDDEN');
  });

  it('rejects at reception with form 03, refuses at the leader\'s step, and stops with form 05', async () => {
    const citizen = await t.login('citizen');
    const reception = await t.login('tiepnhan.chilang');
    const rejected = await reception.post(`/api/dossiers/${(await submitted(citizen)).id}/reject`, { reason: 'Không thuộc thẩm quyền của phường' });
    expect(rejected.body.status).toBe('rejected');
    expect(rejected.body.files.map((f: { label: string }) => f.label)).toContain('Mẫu 03');

    const d = await received(citizen, reception);
    await reception.post(`/api/dossiers/${d.id}/start-processing`, {});
    const specialist = await t.login('chuyenvien.chilang');
    // The leader's step approves a result: none attached, none forwarded.
    expectError(await specialist.post(`/api/dossiers/${d.id}/forward`, {}), 400, 'RESULT_MISSING');
    await specialist.upload(`/api/dossiers/${d.id}/files`, { kind: 'result', label: 'Dự thảo bản sao' }, { name: 'du-thao.pdf', data: await samplePdf('Du thao'), type: 'application/pdf' });
    expect((await specialist.post(`/api/dossiers/${d.id}/forward`, {})).status).toBe(200);
    // The leader sends it back with a reason the specialist reads in the history, then refuses it once it is back.
    const leader = await t.login('lanhdao.chilang');
    expectError(await leader.post(`/api/dossiers/${d.id}/send-back`, {}), 400, 'VALIDATION_FAILED');
    const back = await leader.post(`/api/dossiers/${d.id}/send-back`, { reason: 'Đối chiếu lại sổ gốc năm 1998' });
    expect(back.body.events.at(-1)).toMatchObject({ action: 'send_back', note: 'Đối chiếu lại sổ gốc năm 1998', stepName: expect.any(String) });
    expect((await specialist.post(`/api/dossiers/${d.id}/forward`, {})).status).toBe(200);
    const refused = await leader.post(`/api/dossiers/${d.id}/refuse`, { reason: 'Sổ gốc không còn lưu trữ' });
    expect(refused.body).toMatchObject({ status: 'result_ready', outcome: 'refused', closedReason: 'Sổ gốc không còn lưu trữ' });
    expect(refused.body.files.filter((f: { kind: string }) => f.kind === 'result').map((f: { label: string }) => f.label)).toContain('Mẫu 03');
    // The applicant is given the refusal, never the result that had been proposed.
    const mine = await citizen.get(`/api/dossiers/${d.id}`);
    expect(mine.body.files.filter((f: { kind: string }) => f.kind === 'result').map((f: { label: string }) => f.label)).toEqual(['Mẫu 03']);

    const s = await received(citizen, reception);
    const stopped = await (await t.login('lanhdao.chilang')).post(`/api/dossiers/${s.id}/stop`, { reason: 'Người nộp đề nghị dừng' });
    expect(stopped.body.status).toBe('stopped');
    expect(stopped.body.files.map((f: { label: string }) => f.label)).toContain('Mẫu 05');
    expectError(await reception.post(`/api/dossiers/${s.id}/reject`, { reason: 'x' }), 400, 'VALIDATION_FAILED');
  });
});

describe('transfer between levels (liên thông)', () => {
  it('moves a commune dossier to the district, keeping its code and history; the commune keeps read access', async () => {
    const citizen = await t.login('citizen');
    const communeDesk = await t.login('tiepnhan.hopthanh');
    const d = await received(citizen, communeDesk, '1.001776');
    expect(d.code).toMatch(/^000\.02\.22\.H37-/);
    await communeDesk.post(`/api/dossiers/${d.id}/start-processing`, {});
    await (await t.login('chuyenvien.hopthanh')).post(`/api/dossiers/${d.id}/forward`, {});
    const communeLeader = await t.login('lanhdao.hopthanh');
    const moved = await communeLeader.post(`/api/dossiers/${d.id}/forward`, { note: 'Đủ điều kiện, chuyển huyện' });
    expect(moved.body).toMatchObject({ currentStep: 3, currentAgencyName: 'UBND huyện Cao Lộc', code: d.code });

    const districtSpecialist = await t.login('chuyenvien.caoloc');
    const queue = await districtSpecialist.get('/api/queue');
    expect(queue.body.items.map((i: { id: number }) => i.id)).toContain(d.id);
    const seen = await districtSpecialist.get(`/api/dossiers/${d.id}`);
    expect(seen.body.events.length).toBeGreaterThanOrEqual(5);
    expect(seen.body.actions).toContain('forward');

    // The commune can still read it but no longer act on it.
    const communeView = await communeLeader.get(`/api/dossiers/${d.id}`);
    expect(communeView.status).toBe(200);
    expect(communeView.body.actions).toEqual([]);
    expectError(await communeLeader.post(`/api/dossiers/${d.id}/forward`, {}), 403, 'DOSSIER_ACTION_FORBIDDEN');
    expect((await (await t.login('chuyenvien.hopthanh')).get('/api/queue')).body.items.map((i: { id: number }) => i.id)).not.toContain(d.id);
    // Another district sees nothing.
    expectError(await (await t.login('chuyenvien.tpls')).get(`/api/dossiers/${d.id}`), 404, 'DOSSIER_NOT_FOUND');
  });
});

describe('counter reception', () => {
  it('receives a walk-in applicant\'s dossier at once, with its code and receipt', async () => {
    const desk = await t.login('tiepnhan.chilang');
    const response = await desk.post('/api/counter/dossiers', {
      procedureId: await procedureId('1.001193'),
      applicant: { fullName: 'Lý Thị Mai', identityNumber: '020190004321', address: 'Phường Chi Lăng', phone: '0987654321' },
      formData: { ho_ten_tre: 'Hoàng Minh Khôi', ngay_sinh: '2026-11-20', noi_sinh: 'Bệnh viện Đa khoa tỉnh Lạng Sơn' },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({ status: 'received', channel: 'counter' });
    expect(response.body.code).toMatch(/^000\.01\.21\.H37-/);
    expect(response.body.files.map((f: { label: string }) => f.label)).toContain('Mẫu 01');
    const otherDesk = await t.login('tiepnhan.stp');
    expectError(await otherDesk.post('/api/counter/dossiers', { procedureId: await procedureId('1.001193'), applicant: { fullName: 'Ai Đó' } }), 403, 'DOSSIER_ACTION_FORBIDDEN');
  });

  it('receives at the counter only what the desk ticked as complete, and prints it with a QR code to the lookup', async () => {
    const desk = await t.login('tiepnhan.chilang');
    const id = await procedureId('1.001193');
    const documents = (await desk.get(`/api/procedures/${id}`)).body.documents as { name: string; optional?: boolean }[];
    const required = documents.filter((d) => !d.optional).map((d) => d.name);
    const body = (ticked: string[]) => ({
      procedureId: id, applicant: { fullName: 'Lý Thị Mai' }, documents: ticked,
      formData: { ho_ten_tre: 'Hoàng Minh Khôi', ngay_sinh: '2026-11-20', noi_sinh: 'Bệnh viện Đa khoa tỉnh Lạng Sơn' },
    });
    expectError(await desk.post('/api/counter/dossiers', body(required.slice(1))), 400, 'MISSING_DOCUMENTS');
    expectError(await desk.post('/api/counter/dossiers', body([...required, 'Giấy tờ không có trong thủ tục'])), 400, 'UNKNOWN_DOCUMENT');
    const received = await desk.post('/api/counter/dossiers', body(required));
    expect(received.status, JSON.stringify(received.body)).toBe(201);
    await t.settle();
    const slip = received.body.files.find((f: { label: string }) => f.label === 'Mẫu 01');
    const pdf = (await desk.download(`/api/dossiers/${received.body.id}/files/${slip.id}`)).data;
    const text = (await pdftotext(pdf)).replace(/\s+/g, ' ');
    for (const name of required) expect(text).toContain(name.split(' ').slice(0, 3).join(' '));
    expect(text).toContain('quét mã QR');
    expect(await qrCodeOf(pdf)).toBe(`${t.config.publicUrl}/tra-cuu?ma=${encodeURIComponent(received.body.code)}`);
  });
});

describe('the official\'s day', () => {
  it('counts new, due today, due tomorrow, overdue and awaiting dossiers, and lists each, sorted and across the agency', async () => {
    const citizen = await t.login('citizen');
    const desk = await t.login('tiepnhan.chilang');
    const fresh = await submitted(citizen);
    const late = await received(citizen, desk);
    const today = await received(citizen, desk);
    const tomorrow = await received(citizen, desk);
    const local = "(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date";
    await t.db.query("UPDATE dossiers SET due_at = now() - interval '2 hours' WHERE id = $1", [late.id]);
    await t.db.query(`UPDATE dossiers SET due_at = GREATEST(now() + interval '1 minute', (${local} + time '23:59') AT TIME ZONE 'Asia/Ho_Chi_Minh') WHERE id = $1`, [today.id]);
    await t.db.query(`UPDATE dossiers SET due_at = (${local} + 1 + time '10:00') AT TIME ZONE 'Asia/Ho_Chi_Minh' WHERE id = $1`, [tomorrow.id]);
    const summary = (await desk.get('/api/queue/summary')).body;
    expect(summary.submitted).toBeGreaterThanOrEqual(1);
    expect(summary.overdue).toBeGreaterThanOrEqual(1);
    expect(summary.dueToday).toBeGreaterThanOrEqual(1);
    expect(summary.dueTomorrow).toBeGreaterThanOrEqual(1);
    const ids = async (query: string) => (await desk.get(`/api/queue?${query}`)).body.items.map((i: { id: number }) => i.id);
    // Each filter is asked about one dossier by its code: other tests' dossiers fall due today too (a run that
    // crosses Vietnamese midnight fills the first page with them).
    const has = async (filter: string, d: { id: number; code: string }) => (await ids(`${filter}&q=${encodeURIComponent(d.code)}`)).includes(d.id);
    expect(await has('due=overdue', late)).toBe(true);
    expect(await has('due=overdue', today)).toBe(false);
    expect(await has('due=today', today)).toBe(true);
    expect(await has('due=today', tomorrow)).toBe(false);
    expect(await has('due=tomorrow', tomorrow)).toBe(true);
    // A submitted dossier has no code until it is received: the newest submitted one is this test's.
    expect((await ids('status=submitted&sort=submitted&order=desc'))[0]).toBe(fresh.id);
    const overdueRow = (await desk.get(`/api/queue?due=overdue&q=${encodeURIComponent(late.code)}`)).body.items.find((i: { id: number }) => i.id === late.id);
    expect(overdueRow).toMatchObject({ overdue: true, deadlineOfStep: false });
    // Newest submission first, when asked.
    const bySubmission = await ids('sort=submitted&order=desc');
    expect(bySubmission.indexOf(tomorrow.id)).toBeLessThan(bySubmission.indexOf(fresh.id));
    // Returned, a dossier leaves the desk's work but stays among every dossier of the agency.
    await t.db.query("UPDATE dossiers SET status = 'returned' WHERE id = $1", [late.id]);
    expect(await ids(`q=${encodeURIComponent(late.code)}`)).toEqual([]);
    expect(await ids(`scope=all&q=${encodeURIComponent(late.code)}`)).toEqual([late.id]);
    // Another agency's desk sees none of it.
    expect(await (async () => (await (await t.login('tiepnhan.stp')).get(`/api/queue?scope=all&q=${encodeURIComponent(late.code)}`)).body.items)()).toEqual([]);
  });
});

describe('reports and background jobs', () => {
  it('counts the tracking book and prints forms 06 and 07', async () => {
    const desk = await t.login('tiepnhan.chilang');
    const agencyId = await t.agencyId('000.01.21.H37');
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const counters = await desk.get(`/api/reports/counters?agencyId=${agencyId}&from=${today}&to=${today}`);
    expect(counters.status).toBe(200);
    expect(counters.body.received).toBeGreaterThan(20);
    expect(counters.body.returned).toBeGreaterThanOrEqual(1);
    expect(counters.body.resolvedEarly + counters.body.resolvedOnTime + counters.body.resolvedLate).toBeGreaterThanOrEqual(2);
    const book = await desk.download(`/api/reports/tracking-book.pdf?agencyId=${agencyId}&from=${today}&to=${today}`);
    expect(book.status).toBe(200);
    expect(book.data.subarray(0, 5).toString()).toBe('%PDF-');
    const any = (await t.db.query("SELECT id FROM dossiers WHERE receiving_agency_id = $1 AND code IS NOT NULL LIMIT 1", [agencyId])).rows[0];
    const sheet = await desk.download(`/api/dossiers/${any.id}/control-sheet.pdf`);
    expect(sheet.data.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await (await t.login('tiepnhan.stp')).get(`/api/reports/counters?agencyId=${agencyId}&from=${today}&to=${today}`)).status).toBe(404);
  });

  it('warns once about overdue dossiers, even with two processes scanning and relaying at once', async () => {
    const d = await received(await t.login('citizen'), await t.login('tiepnhan.chilang'));
    await t.db.query("UPDATE dossiers SET due_at = now() - interval '1 hour' WHERE id = $1", [d.id]);
    const scans = await Promise.all([scanDeadlines(t.deps), scanDeadlines(t.deps)]);
    expect(scans.reduce((n, s) => n + s.overdue, 0)).toBeGreaterThanOrEqual(1);
    const queued = await t.db.query("SELECT count(*)::int AS n FROM events WHERE topic = 'dossier.overdue' AND (payload->>'dossierId')::bigint = $1", [d.id]);
    expect(queued.rows[0].n).toBe(1);
    // Two workers take deliveries at once: each is handled once.
    while ((await Promise.all([t.deps.jobs.runDue(t.db, 7), t.deps.jobs.runDue(t.db, 7)])).some((n) => n > 0));
    const leaders = await t.db.query(
      `SELECT n.user_id, count(*)::int AS n FROM notifications n WHERE n.dossier_id = $1 AND n.title LIKE '%quá hạn%' GROUP BY n.user_id`, [d.id]);
    expect(leaders.rows.length).toBeGreaterThanOrEqual(2);
    expect(leaders.rows.every((r) => r.n === 1)).toBe(true);
    const citizen = await t.login('citizen');
    const inbox = await citizen.get('/api/notifications');
    expect(inbox.body.items.some((n: { title: string }) => n.title.includes('Được tiếp nhận'))).toBe(true);
    expect((await t.db.query("SELECT count(*)::int AS n FROM job_deliveries WHERE state <> 'done'")).rows[0].n).toBe(0);
  });
});

describe('deadline warnings', () => {
  it('warns about a dossier with less than a working day left, once, and not about one due in weeks', async () => {
    const desk = await t.login('tiepnhan.chilang');
    const soon = await received(await t.login('citizen'), desk);
    const later = await received(await t.login('citizen'), desk);
    await t.db.query("UPDATE dossiers SET due_at = now() + interval '30 minutes' WHERE id = $1", [soon.id]);
    await t.db.query("UPDATE dossiers SET due_at = now() + interval '20 days' WHERE id = $1", [later.id]);
    await Promise.all([scanDeadlines(t.deps), scanDeadlines(t.deps)]);
    const warned = await t.db.query<{ id: number; n: number }>(
      "SELECT (payload->>'dossierId')::int AS id, count(*)::int AS n FROM events WHERE topic = 'dossier.due_soon' AND (payload->>'dossierId')::int = ANY($1) GROUP BY 1",
      [[soon.id, later.id]]);
    expect(warned.rows).toEqual([{ id: soon.id, n: 1 }]);
  });
});

describe('workflow templates', () => {
  it('lets an admin edit a procedure\'s steps, and refuses a template without a leader at the end', async () => {
    const admin = await t.login('admin');
    const id = await procedureId('2.000488');
    const bad = await admin.put(`/api/admin/procedures/${id}/workflow`, { steps: [{ name: 'Thụ lý', role: 'leader', agencyId: null, timeShare: 50 }, { name: 'Ký', role: 'specialist', agencyId: null, timeShare: 50 }] });
    expectError(bad, 400, 'INVALID_WORKFLOW');
    const good = await admin.put(`/api/admin/procedures/${id}/workflow`, { steps: [
      { name: 'Tra cứu lý lịch', role: 'specialist', agencyId: null, timeShare: 60 },
      { name: 'Kiểm tra', role: 'specialist', agencyId: null, timeShare: 20 },
      { name: 'Ký phiếu', role: 'leader', agencyId: null, timeShare: 20 }] });
    expect(good.status).toBe(200);
    expect((await t.client().get(`/api/procedures/${id}/workflow`)).body.steps).toHaveLength(3);
    const steps = good.body.steps.map(({ position: _p, ...step }: { position: number }) => step);
    expect((await (await t.login('admin.caoloc')).put(`/api/admin/procedures/${id}/workflow`, { steps })).status).toBe(404);
    // Saved by several admins at once: each save is whole, none fails.
    const saves = await Promise.all(Array.from({ length: 6 }, (_, i) => admin.put(`/api/admin/procedures/${id}/workflow`, { steps: steps.map((s: { name: string }, n: number) => (n === 0 ? { ...s, name: `Tra cứu lý lịch ${i}` } : s)) })));
    expect(saves.map((r) => r.status)).toEqual(Array(6).fill(200));
    expect((await t.client().get(`/api/procedures/${id}/workflow`)).body.steps).toHaveLength(3);
  });
});
