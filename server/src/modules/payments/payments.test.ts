import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPaymentPlatformProcess, type PaymentPlatformProcess } from '../../../../simulators/payment-platform/process.js';
import { pdfsig, pdftotext, samplePdf } from '../../../test/samples.js';
import { startTestApp, type ApiClient, type TestApp } from '../../../test/test-app.js';
import { localDay } from '../../platform/time.js';
import { queryPendingPayments, reconcileYesterdayIfDue } from './service.js';

const PARTNER = 'TINHSO';
const secret = randomBytes(16).toString('hex');
let platform: PaymentPlatformProcess;
let t: TestApp;

beforeAll(async () => {
  platform = await startPaymentPlatformProcess();
  t = await startTestApp({ payment: { url: platform.url, partnerCode: PARTNER, secret } });
  await platform.register({ code: PARTNER, secret, callbackUrl: `${t.baseUrl}/api/payments/callback` });
});
afterAll(async () => {
  await t?.close();
  await platform?.stop();
});
beforeEach(async () => {
  await platform.control('/__switches', { callback: 'normal', failNext: 0, slowMs: 0 });
});

const CRIMINAL_RECORD = '2.000488'; // Sở Tư pháp, 200.000 đồng before reception; students pay half
const COPY = '2.000815.000.00.12.H37'; // Sở Tư pháp, 8.000 đồng a copy before the result
const procedureId = async (nationalCode: string) =>
  (await t.db.query<{ id: number }>('SELECT id FROM procedures WHERE national_code = $1', [nationalCode])).rows[0]!.id;

const expectError = (response: { status: number; body: any }, status: number, code: string) => {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
};

async function submitted(citizen: ApiClient, nationalCode = CRIMINAL_RECORD, extra: { formData?: Record<string, string>; feeCategory?: string } = {}) {
  const draft = await citizen.post('/api/dossiers', { procedureId: await procedureId(nationalCode), applicant: { address: 'Số 5 Trần Đăng Ninh' }, ...extra });
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  for (const doc of draft.body.procedureDocuments.filter((d: { optional?: boolean }) => !d.optional)) {
    const upload = await citizen.upload(`/api/dossiers/${draft.body.id}/files`, { kind: 'submission', label: doc.name },
      { name: 'giay-to.pdf', data: await samplePdf(doc.name.slice(0, 20)), type: 'application/pdf' });
    expect(upload.status, JSON.stringify(upload.body)).toBe(201);
  }
  const sent = await citizen.post(`/api/dossiers/${draft.body.id}/submit`, {});
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  return sent.body;
}

/** Waits until `check` holds (a callback arrives over the network, after the page was paid). */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`not reached in ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const dossierOf = (client: ApiClient, id: number) => client.get(`/api/dossiers/${id}`).then((r) => r.body);
const callbacksOf = async (reference: string) =>
  (await t.db.query<{ verdict: string }>('SELECT verdict FROM payment_callbacks WHERE reference = $1 ORDER BY id', [reference])).rows.map((r) => r.verdict);

/** The platform's confirmation of a payment, signed with `key` (our secret by default), as its callback sends it. */
function confirmation(reference: string, amount: number, key = secret) {
  const m = { LoaiBanTin: 'CONFIRM', MaLoi: '00', MaDoiTac: PARTNER, MaThamChieu: reference, SoTien: amount, MaTienTe: 'VND', MaGiaoDich: 'GD0001', MaNganHang: 'VCB', ThoiGianGD: '20261128101500', ThongTinGiaoDich: 'Nộp phí' };
  const fields = [m.LoaiBanTin, m.MaLoi, m.MaDoiTac, m.MaThamChieu, m.SoTien, m.MaTienTe, m.MaGiaoDich, m.MaNganHang, m.ThoiGianGD, m.ThongTinGiaoDich];
  return { ...m, MaXacThuc: createHash('sha256').update([...fields, key].join('|')).digest('hex') };
}
const callback = (body: unknown) => t.client().request('POST', '/api/payments/callback', body, { csrf: false });

describe('a fully online (toàn trình) dossier with its fee', () => {
  it('goes from draft to returned with the fee paid online and no counter step, and gets a signed receipt', async () => {
    const citizen = await t.login('citizen');
    const reception = await t.login('tiepnhan.stp');
    const specialist = await t.login('chuyenvien.stp');
    const leader = await t.login('lanhdao.stp');

    const d = await submitted(citizen);
    // Paid before reception: the dossier waits for the fee (national status 6).
    expect(d).toMatchObject({ status: 'awaiting_payment', paymentStatus: 'unpaid', payable: true, fee: { total: 200_000, payWhen: 'before_reception' } });
    expect((await t.client().get(`/api/public/dossiers/${d.trackingCode}`)).body).toMatchObject({ status: 'awaiting_payment', nationalStatusCode: 6 });
    // The desk cannot receive it yet, and sees it waiting for payment in its list.
    expectError(await reception.post(`/api/dossiers/${d.id}/receive`, {}), 409, 'DOSSIER_STATE_CONFLICT');
    expect((await reception.get('/api/queue?status=awaiting_payment')).body.items).toContainEqual(expect.objectContaining({ id: d.id, paymentStatus: 'unpaid' }));

    const started = await citizen.post(`/api/dossiers/${d.id}/payments`, {});
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect(started.body).toMatchObject({ amount: 200_000, status: 'pending', channel: 'online' });
    expect(started.body.paymentUrl).toMatch(new RegExp(`^${platform.url}/thanh-toan/`));
    // Asking again within minutes gives the same payment, not a second one.
    expect((await citizen.post(`/api/dossiers/${d.id}/payments`, {})).body.reference).toBe(started.body.reference);

    // The citizen pays on the platform's page; the browser comes back to our return page.
    const page = await fetch(started.body.paymentUrl);
    expect(await page.text()).toContain('200.000 đồng');
    const paid = await fetch(started.body.paymentUrl, { method: 'POST', body: new URLSearchParams({ action: 'pay', bank: 'BIDV' }), redirect: 'manual' });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(`${t.config.publicUrl}/thanh-toan/ket-qua?MaThamChieu=${started.body.reference}&MaLoi=00`);

    const after = await eventually(() => dossierOf(citizen, d.id), (x) => x.paymentStatus === 'paid');
    expect(after).toMatchObject({ status: 'submitted', paymentStatus: 'paid', payable: false });
    expect(after.events.at(-1)).toMatchObject({ action: 'record_payment', fromStatus: 'awaiting_payment', toStatus: 'submitted' });
    expect(await callbacksOf(started.body.reference)).toEqual(['accepted']);
    const payment = (await citizen.get(`/api/payments/${started.body.reference}`)).body;
    expect(payment).toMatchObject({ status: 'paid', confirmedBy: 'callback', bankCode: 'BIDV', paymentUrl: null });

    // The receipt: issued after commit, signed by the agency, the amount in figures and in words.
    await t.settle();
    const receipt = await citizen.download(`/api/payments/${started.body.reference}/receipt.pdf`);
    expect(receipt.status).toBe(200);
    expect(await pdfsig(receipt.data)).toContain('Signature is Valid');
    const text = await pdftotext(receipt.data);
    expect(text).toContain('BIÊN LAI THU PHÍ, LỆ PHÍ');
    expect(text).toContain('200.000 đồng');
    expect(text).toContain('Hai trăm nghìn đồng');
    expect(text).toContain(started.body.reference);

    // Received online (the desk, not the citizen), processed, approved and returned electronically.
    expect((await reception.post(`/api/dossiers/${d.id}/receive`, {})).status).toBe(200);
    expect((await reception.post(`/api/dossiers/${d.id}/start-processing`, {})).status).toBe(200);
    await specialist.upload(`/api/dossiers/${d.id}/files`, { kind: 'result', label: 'Phiếu lý lịch tư pháp' },
      { name: 'phieu.pdf', data: await samplePdf('Phieu ly lich tu phap'), type: 'application/pdf' });
    expect((await specialist.post(`/api/dossiers/${d.id}/forward`, {})).status).toBe(200);
    expect((await leader.post(`/api/dossiers/${d.id}/approve`, {})).body.status).toBe('result_ready');
    expect((await reception.post(`/api/dossiers/${d.id}/return`, {})).body.status).toBe('returned');
    expect((await dossierOf(citizen, d.id)).channel).toBe('online');
  });

  it('tells the citizen to try again later while the platform is down or slow, and starts afresh once it answers', async () => {
    const citizen = await t.login('citizen');
    const d = await submitted(citizen);
    await platform.control('/__switches', { failNext: 1 });
    expectError(await citizen.post(`/api/dossiers/${d.id}/payments`, {}), 502, 'PAYMENT_PLATFORM_UNAVAILABLE');
    // The refused start is kept as failed (audited), not left pending for the query job.
    expect((await t.db.query<{ status: string }>('SELECT status FROM payments WHERE dossier_id = $1', [d.id])).rows.map((r) => r.status)).toEqual(['failed']);
    await platform.control('/__switches', { slowMs: 300 });
    const started = await citizen.post(`/api/dossiers/${d.id}/payments`, {});
    await platform.control('/__switches', { slowMs: 0 });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect(started.body).toMatchObject({ status: 'pending', amount: 200_000 });
  });

  it('charges the exempted category less, from the server\'s computation only', async () => {
    const citizen = await t.login('citizen');
    const d = await submitted(citizen, CRIMINAL_RECORD, { feeCategory: 'sinh_vien' });
    expect(d.fee).toMatchObject({ subtotal: 200_000, discount: 100_000, total: 100_000, exemption: { label: 'Sinh viên' } });
    const started = await citizen.post(`/api/dossiers/${d.id}/payments`, { amount: 1 });
    expect(started.body.amount).toBe(100_000);
    const free = await submitted(citizen, CRIMINAL_RECORD, { feeCategory: 'tre_em' });
    expect(free).toMatchObject({ status: 'submitted', paymentStatus: 'exempt', fee: { total: 0 } });
    expectError(await citizen.post(`/api/dossiers/${free.id}/payments`, {}), 409, 'NOTHING_TO_PAY');
    expectError(await citizen.post('/api/dossiers', { procedureId: await procedureId(CRIMINAL_RECORD), feeCategory: 'khong_co' }), 400, 'UNKNOWN_FEE_CATEGORY');
  });

  it('waits for a fee due before the result after approval, computed from the e-form', async () => {
    const citizen = await t.login('citizen');
    const reception = await t.login('tiepnhan.stp');
    const specialist = await t.login('chuyenvien.stp');
    const leader = await t.login('lanhdao.stp');
    const d = await submitted(citizen, COPY, { formData: { ten_giay_to: 'Giấy khai sinh', so_ban: '3' } });
    expect(d).toMatchObject({ status: 'submitted', paymentStatus: 'unpaid', fee: { total: 24_000, payWhen: 'before_result' } });
    expect(d.fee.lines[0].basis).toBe('3 bản × 8.000 đồng');
    await reception.post(`/api/dossiers/${d.id}/receive`, {});
    await reception.post(`/api/dossiers/${d.id}/start-processing`, {});
    await specialist.upload(`/api/dossiers/${d.id}/files`, { kind: 'result', label: 'Bản sao' }, { name: 'ban-sao.pdf', data: await samplePdf('Ban sao'), type: 'application/pdf' });
    await specialist.post(`/api/dossiers/${d.id}/forward`, {});
    const approved = await leader.post(`/api/dossiers/${d.id}/approve`, {});
    expect(approved.body).toMatchObject({ status: 'awaiting_payment', outcome: 'approved' });
    // The citizen does not get the result before paying.
    expect((await dossierOf(citizen, d.id)).files.filter((f: { kind: string }) => f.kind === 'result')).toEqual([]);
    const started = await citizen.post(`/api/dossiers/${d.id}/payments`, {});
    await platform.control(`/__pay/${started.body.reference}`, { outcome: 'paid' });
    const after = await eventually(() => dossierOf(citizen, d.id), (x) => x.paymentStatus === 'paid');
    expect(after.status).toBe('result_ready');
    expect(after.files.some((f: { kind: string }) => f.kind === 'result')).toBe(true);
  });
});

describe('POST /api/payments/callback', () => {
  async function pendingPayment() {
    const citizen = await t.login('citizen');
    const d = await submitted(citizen);
    const started = await citizen.post(`/api/dossiers/${d.id}/payments`, {});
    return { citizen, d, payment: started.body as { reference: string; amount: number } };
  }

  it('changes nothing when the same callback arrives twice', async () => {
    await platform.control('/__switches', { callback: 'duplicate' });
    const { citizen, d, payment } = await pendingPayment();
    await platform.control(`/__pay/${payment.reference}`, { outcome: 'paid' });
    await eventually(() => callbacksOf(payment.reference), (v) => v.length === 2);
    expect(await callbacksOf(payment.reference)).toEqual(['accepted', 'duplicate']);
    const after = await dossierOf(citizen, d.id);
    expect(after.events.filter((e: { action: string }) => e.action === 'record_payment')).toHaveLength(1);
    // And replayed by anyone, later: still nothing.
    const replay = await callback(confirmation(payment.reference, payment.amount));
    expect(replay.body).toMatchObject({ MaLoi: '00' });
    expect((await dossierOf(citizen, d.id)).version).toBe(after.version);
    const audit = await t.db.query("SELECT count(*)::int AS n FROM audit_log WHERE action = 'payment.paid' AND data->>'reference' = $1", [payment.reference]);
    expect(audit.rows[0].n).toBe(1);
  });

  it('refuses and logs a forged checksum, a wrong amount and an unknown reference', async () => {
    const { citizen, d, payment } = await pendingPayment();
    expectError(await callback(confirmation(payment.reference, payment.amount, 'guessed-secret')), 400, 'PAYMENT_CALLBACK_REFUSED');
    expectError(await callback(confirmation(payment.reference, payment.amount - 1000)), 400, 'PAYMENT_CALLBACK_REFUSED');
    expectError(await callback(confirmation('TT2026112899999999', 1000)), 404, 'PAYMENT_NOT_FOUND');
    expectError(await callback({ MaThamChieu: payment.reference }), 400, 'PAYMENT_CALLBACK_REFUSED');
    expect(await callbacksOf(payment.reference)).toEqual(['bad_checksum', 'wrong_amount', 'malformed']);
    expect(await callbacksOf('TT2026112899999999')).toEqual(['unknown_reference']);
    expect(await dossierOf(citizen, d.id)).toMatchObject({ status: 'awaiting_payment', paymentStatus: 'unpaid' });
    // The simulator's own forged and wrong-amount callbacks are refused the same way.
    for (const mode of ['forged', 'wrong_amount']) {
      const other = await pendingPayment();
      await platform.control('/__switches', { callback: mode });
      await platform.control(`/__pay/${other.payment.reference}`, { outcome: 'paid' });
      const verdicts = await eventually(() => callbacksOf(other.payment.reference), (v) => v.length === 1);
      expect(verdicts).toEqual([mode === 'forged' ? 'bad_checksum' : 'wrong_amount']);
      expect((await dossierOf(other.citizen, other.d.id)).paymentStatus).toBe('unpaid');
    }
  });

  it('settles a payment whose callback comes before the browser returns, and never trusts the return page', async () => {
    await platform.control('/__switches', { callback: 'none' });
    const { citizen, d, payment } = await pendingPayment();
    // A return page claiming success means nothing: the platform has no payment yet.
    expect((await citizen.get(`/api/payments/${payment.reference}?MaLoi=00`)).body.status).toBe('pending');
    expect((await dossierOf(citizen, d.id)).paymentStatus).toBe('unpaid');
    // The callback arrives first (the browser has not come back): the return page then finds it paid.
    await platform.control('/__switches', { callback: 'normal' });
    await platform.control(`/__pay/${payment.reference}`, { outcome: 'paid' });
    await eventually(() => callbacksOf(payment.reference), (v) => v.includes('accepted'));
    expect((await citizen.get(`/api/payments/${payment.reference}`)).body).toMatchObject({ status: 'paid', confirmedBy: 'callback' });
  });

  it('settles a payment that never calls back by asking the platform (the return page, then the query job)', async () => {
    await platform.control('/__switches', { callback: 'none' });
    const byPage = await pendingPayment();
    await platform.control(`/__pay/${byPage.payment.reference}`, { outcome: 'paid' });
    expect((await byPage.citizen.get(`/api/payments/${byPage.payment.reference}`)).body).toMatchObject({ status: 'paid', confirmedBy: 'query' });
    expect((await dossierOf(byPage.citizen, byPage.d.id)).status).toBe('submitted');

    const byJob = await pendingPayment();
    await platform.control(`/__pay/${byJob.payment.reference}`, { outcome: 'paid' });
    const cancelled = await pendingPayment();
    await platform.control(`/__pay/${cancelled.payment.reference}`, { outcome: 'failed' });
    // Nobody looks: the job asks once the payments are due for a query.
    await t.db.query("UPDATE payments SET next_query_at = now() WHERE status = 'pending'");
    expect(await queryPendingPayments(t.deps)).toBeGreaterThanOrEqual(2);
    expect((await dossierOf(byJob.citizen, byJob.d.id))).toMatchObject({ status: 'submitted', paymentStatus: 'paid' });
    expect((await byJob.citizen.get(`/api/payments/${byJob.payment.reference}`)).body.confirmedBy).toBe('query');
    expect((await cancelled.citizen.get(`/api/payments/${cancelled.payment.reference}`)).body.status).toBe('failed');
    // A failed payment leaves the dossier waiting; the citizen can start a new one.
    const again = await cancelled.citizen.post(`/api/dossiers/${cancelled.d.id}/payments`, {});
    expect(again.status).toBe(201);
    expect(again.body.reference).not.toBe(cancelled.payment.reference);
  });
});

describe('counter payments', () => {
  it('lets the receiving desk take the fee in cash, once, with a receipt', async () => {
    const citizen = await t.login('citizen');
    const reception = await t.login('tiepnhan.stp');
    const d = await submitted(citizen);
    expectError(await (await t.login('tiepnhan.tpls')).post(`/api/dossiers/${d.id}/payments/counter`, {}), 404, 'DOSSIER_NOT_FOUND');
    expectError(await citizen.post(`/api/dossiers/${d.id}/payments/counter`, {}), 403, 'PAYMENT_RECEPTION_ONLY');
    const [first, second] = await Promise.all([
      reception.post(`/api/dossiers/${d.id}/payments/counter`, {}), reception.post(`/api/dossiers/${d.id}/payments/counter`, {}),
    ]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    expect((await dossierOf(reception, d.id))).toMatchObject({ status: 'submitted', paymentStatus: 'paid' });
    const payments = (await reception.get(`/api/dossiers/${d.id}/payments`)).body.items;
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ channel: 'counter', status: 'paid', confirmedBy: 'counter' });
    await t.settle();
    const receipt = await citizen.download(`/api/payments/${payments[0].reference}/receipt.pdf`);
    expect(await pdftotext(receipt.data)).toContain('Tiền mặt tại bộ phận một cửa');
    // Another citizen sees nothing of it.
    expectError(await (await t.login('doanhnghiep')).get(`/api/payments/${payments[0].reference}`), 404, 'PAYMENT_NOT_FOUND');
  });
});

describe('daily reconciliation', () => {
  it('lists the differences between the platform\'s statement and our records to the finance officer of the agency', async () => {
    const today = localDay(new Date());
    const yesterday = localDay(new Date(Date.now() - 24 * 3_600_000));
    const citizen = await t.login('citizen');
    // Four payments collected yesterday: one the statement omits, one it reports with another amount, one
    // that matches, and one whose callback never came (paid there, pending here).
    const references: string[] = [];
    for (let i = 0; i < 4; i++) {
      if (i === 3) await platform.control('/__switches', { callback: 'none' });
      const d = await submitted(citizen);
      const started = await citizen.post(`/api/dossiers/${d.id}/payments`, {});
      await platform.control(`/__pay/${started.body.reference}`, { outcome: 'paid' });
      if (i < 3) await eventually(() => dossierOf(citizen, d.id), (x) => x.paymentStatus === 'paid');
      references.push(started.body.reference);
    }
    const [omitted, altered, matching, uncalled] = references as [string, string, string, string];
    await t.db.query(`UPDATE payments SET paid_at = paid_at - interval '1 day' WHERE reference = ANY($1)`, [references]);
    await platform.control('/__statement', {
      move: Object.fromEntries(references.map((r) => [r, yesterday.replace(/-/g, '')])),
      drop: [omitted], amount: { [altered]: 150_000 },
      add: [{ MaThamChieu: 'TT2099010100000001', SoTien: 30_000, NgayDoiSoat: yesterday.replace(/-/g, '') }],
    });

    // The job reconciles yesterday once it is past 01:00, once.
    const twoAm = new Date(`${today}T02:00:00+07:00`);
    expect(await reconcileYesterdayIfDue(t.deps, new Date(`${today}T00:30:00+07:00`))).toBe(false);
    expect(await reconcileYesterdayIfDue(t.deps, twoAm)).toBe(true);
    expect(await reconcileYesterdayIfDue(t.deps, twoAm)).toBe(false);

    const finance = await t.login('ketoan.stp');
    const run = await finance.get(`/api/payments/reconciliations/${yesterday}`);
    expect(run.status, JSON.stringify(run.body)).toBe(200);
    const kinds = Object.fromEntries(run.body.differences.map((d: { reference: string; kind: string }) => [d.reference, d.kind]));
    expect(kinds).toEqual({ [omitted]: 'missing_there', [altered]: 'amount', [uncalled]: 'missing_here' });
    expect(run.body.differences.find((d: { reference: string }) => d.reference === altered)).toMatchObject({ ourAmount: 200_000, platformAmount: 150_000, agencyName: 'Sở Tư pháp tỉnh Lạng Sơn' });
    expect(kinds[matching]).toBeUndefined();
    // A reference we do not have belongs to no agency: the province's admin sees it; another agency's finance officer sees nothing of this one's.
    const admin = (await (await t.login('admin')).get(`/api/payments/reconciliations/${yesterday}`)).body;
    expect(admin.differences.map((d: { reference: string }) => d.reference)).toContain('TT2099010100000001');
    expect((await (await t.login('ketoan.tpls')).get(`/api/payments/reconciliations/${yesterday}`)).body.differences).toEqual([]);
    expectError(await citizen.get(`/api/payments/reconciliations/${yesterday}`), 403, 'FORBIDDEN');
    expectError(await finance.post('/api/payments/reconciliations', { day: today }), 400, 'DAY_NOT_OVER');

    // Resolved by the agency's finance officer only, once; a new run keeps what was resolved.
    const difference = run.body.differences.find((d: { reference: string }) => d.reference === omitted);
    expectError(await (await t.login('ketoan.tpls')).post(`/api/payments/differences/${difference.id}/resolve`, { resolution: 'Đã kiểm tra' }), 404, 'NOT_FOUND');
    expect((await finance.post(`/api/payments/differences/${difference.id}/resolve`, { resolution: 'Nền tảng xác nhận bổ sung vào bảng kê' })).status).toBe(200);
    expectError(await finance.post(`/api/payments/differences/${difference.id}/resolve`, { resolution: 'Lần nữa' }), 409, 'ALREADY_RESOLVED');
    const again = await finance.post('/api/payments/reconciliations', { day: yesterday });
    expect(again.body.differences.find((d: { reference: string }) => d.reference === omitted)).toMatchObject({ resolution: 'Nền tảng xác nhận bổ sung vào bảng kê', resolvedByName: 'Đàm Thị Huệ' });
    expect(again.body.differences).toHaveLength(3);

    // The finance officer's list of the agency's payments.
    const list = await finance.get(`/api/payments?from=${yesterday}&to=${today}`);
    expect(list.body.items.map((p: { reference: string }) => p.reference)).toEqual(expect.arrayContaining(references));
  });
});
