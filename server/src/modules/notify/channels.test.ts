import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../../../../simulators/smtp-sink/sink.js';
import { systemPrincipal } from '../../platform/principal.js';
import { samplePdf } from '../../../test/samples.js';
import { startTestApp, type ApiClient, type TestApp } from '../../../test/test-app.js';
import { scheduleDigests } from './channels.js';
import { appointmentReminder, dossierMessage, officerDigest } from './templates.js';

let sink: SmtpSink;
let t: TestApp;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await startTestApp({ smtpUrl: sink.smtpUrl });
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});
beforeEach(() => {
  sink.messages.length = 0;
});

const COPY = '2.000815'; // UBND phường Chi Lăng, no fee
async function submitted(citizen: ApiClient) {
  const procedureId = (await t.db.query<{ id: number }>('SELECT id FROM procedures WHERE national_code = $1', [COPY])).rows[0]!.id;
  const draft = await citizen.post('/api/dossiers', { procedureId, formData: { ten_giay_to: 'Giấy khai sinh', so_ban: '1' } });
  await citizen.upload(`/api/dossiers/${draft.body.id}/files`, { kind: 'submission', label: 'Đơn đề nghị cấp bản sao từ sổ gốc' },
    { name: 'don.pdf', data: await samplePdf('Don'), type: 'application/pdf' });
  const sent = await citizen.post(`/api/dossiers/${draft.body.id}/submit`, {});
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  return sent.body as { id: number; trackingCode: string };
}
/** Runs the background deliveries, those waiting for a retry included. */
async function deliverAll() {
  for (let round = 0; round < 5; round++) {
    await t.db.query("UPDATE job_deliveries SET next_attempt_at = now() WHERE state = 'pending'");
    await t.settle();
  }
}
const mailsTo = (address: string, subject: RegExp) => sink.messages.filter((m) => m.to.includes(address) && subject.test(m.subject));

describe('messages on the applicant\'s channels', () => {
  it('emails the applicant once when the dossier is received, with its code and due date, and SMS when they chose it', async () => {
    const citizen = await t.login('citizen');
    const desk = await t.login('tiepnhan.chilang');
    const d = await submitted(citizen);
    const received = await desk.post(`/api/dossiers/${d.id}/receive`, {});
    await deliverAll();
    const mails = mailsTo('an.nguyen@example.vn', /đã được tiếp nhận/);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe(`Hồ sơ ${received.body.code} đã được tiếp nhận`);
    expect(mails[0]!.text).toContain('Kính gửi Ông/Bà Nguyễn Văn An');
    expect(mails[0]!.text).toContain('Ngày hẹn trả kết quả:');
    expect(mails[0]!.text).toContain(`${t.config.publicUrl}/tra-cuu?ma=${encodeURIComponent(received.body.code)}`);

    // SMS chosen too: the supplement request goes both ways; the user sees what was sent where.
    expect((await citizen.put('/api/my/notification-preferences', { email: true, sms: true, app_message: false })).body).toEqual({ email: true, sms: true, app_message: false });
    await desk.post(`/api/dossiers/${d.id}/request-supplement`, { reason: 'Thiếu bản sao giấy khai sinh', items: ['Bản sao giấy khai sinh'] });
    await deliverAll();
    expect(mailsTo('an.nguyen@example.vn', /cần bổ sung/)).toHaveLength(1);
    const sent = (await citizen.get('/api/my/messages')).body.items;
    expect(sent.find((m: { channel: string }) => m.channel === 'sms')).toMatchObject({ recipient: '0912345678', template: 'supplement_requested' });
    expect(sent.find((m: { channel: string }) => m.channel === 'sms').body).toContain('Thiếu bản sao giấy khai sinh');
    expect(sent.some((m: { channel: string }) => m.channel === 'app_message')).toBe(false);
    await citizen.put('/api/my/notification-preferences', { email: true, sms: false, app_message: false });
  });

  it('sends once even when the server fails right after the mail went out, and after the mail server refused it for a while', async () => {
    const citizen = await t.login('citizen');
    const desk = await t.login('tiepnhan.chilang');
    const d = await submitted(citizen);
    // The mail leaves, then the node dies before it records so: the retry sends it again with the same Message-ID.
    const send = t.deps.mail.send;
    let crashes = 1;
    t.deps.mail.send = async (message) => {
      await send(message);
      if (crashes-- > 0) throw new Error('killed after sending');
    };
    try {
      await desk.post(`/api/dossiers/${d.id}/receive`, {});
      await deliverAll();
    } finally {
      t.deps.mail.send = send;
    }
    const received = (await t.db.query<{ code: string }>('SELECT code FROM dossiers WHERE id = $1', [d.id])).rows[0]!.code;
    expect(mailsTo('an.nguyen@example.vn', new RegExp(`${received} đã được tiếp nhận`))).toHaveLength(1);
    expect((await (await fetch(`${sink.httpUrl}/duplicates`)).json()).duplicates).toBeGreaterThanOrEqual(1);

    // The mail server refuses for a while: retried with backoff, then delivered once.
    await fetch(`${sink.httpUrl}/switches`, { method: 'POST', body: JSON.stringify({ fail: true }) });
    expect((await desk.post(`/api/dossiers/${d.id}/request-supplement`, { reason: 'Bổ sung đơn có chữ ký', items: ['Đơn có chữ ký'] })).status).toBe(200);
    await t.settle();
    expect(mailsTo('an.nguyen@example.vn', /cần bổ sung/)).toHaveLength(0);
    const waiting = await t.db.query("SELECT attempts, last_error FROM job_deliveries WHERE subscriber = 'notify.dossier-status' AND state = 'pending' AND last_error IS NOT NULL");
    expect(waiting.rows.length).toBeGreaterThan(0);
    await fetch(`${sink.httpUrl}/switches`, { method: 'POST', body: JSON.stringify({ fail: false }) });
    await deliverAll();
    expect(mailsTo('an.nguyen@example.vn', /cần bổ sung/)).toHaveLength(1);
  });

  it('writes to a walk-in applicant at the address they gave the desk', async () => {
    const desk = await t.login('tiepnhan.chilang');
    const procedureId = (await t.db.query<{ id: number }>('SELECT id FROM procedures WHERE national_code = $1', [COPY])).rows[0]!.id;
    const created = await desk.post('/api/counter/dossiers', {
      procedureId, applicant: { fullName: 'Lý Thị Mai', email: 'mai.ly@example.vn' }, formData: { ten_giay_to: 'Giấy khai sinh', so_ban: '1' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await deliverAll();
    expect(mailsTo('mai.ly@example.vn', /đã được tiếp nhận/)).toHaveLength(1);
  });
});

describe('the officers\' daily digest', () => {
  it('is scheduled once a day from 07:00 and tells each official what is due, in-app and by email', async () => {
    const citizen = await t.login('citizen');
    await submitted(citizen);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const system = systemPrincipal('Bản tin thử nghiệm');
    expect(await scheduleDigests(t.deps, system, new Date(`${today}T06:30:00+07:00`))).toBe(0);
    expect(await scheduleDigests(t.deps, system, new Date(`${today}T07:05:00+07:00`))).toBeGreaterThan(0);
    expect(await scheduleDigests(t.deps, system, new Date(`${today}T09:00:00+07:00`))).toBe(0);
    await t.db.query("UPDATE users SET email = 'thu.loc@chilang.example.vn' WHERE username = 'tiepnhan.chilang'");
    await deliverAll();
    const desk = await t.login('tiepnhan.chilang');
    const notes = (await desk.get('/api/notifications')).body.items;
    expect(notes.find((n: { title: string }) => n.title.startsWith('Hồ sơ cần xử lý ngày'))?.body).toMatch(/hồ sơ mới nộp chờ tiếp nhận/);
    const mail = mailsTo('thu.loc@chilang.example.vn', /^Hồ sơ cần xử lý ngày/);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.text).toContain(`${t.config.publicUrl}/lam-viec`);
  });
});

describe('templates', () => {
  const v = { fullName: 'Nguyễn Văn An', procedureName: 'Cấp bản sao từ sổ gốc', reference: 'H37-1', agencyName: 'UBND phường Chi Lăng', lookupUrl: 'https://dvc.example/tra-cuu' };
  it('speak Vietnamese, name the dossier and keep SMS short', () => {
    for (const template of ['received', 'rejected', 'supplement_requested', 'awaiting_payment', 'payment_confirmed', 'result_ready', 'overdue_apology'] as const) {
      const m = dossierMessage(template, { ...v, amount: '8.000 đồng', dueDate: '02/12/2026', note: 'Lý do' });
      expect(m.subject).toContain('H37-1');
      expect(m.text).toContain('Kính gửi Ông/Bà Nguyễn Văn An');
      expect(m.text).toContain('https://dvc.example/tra-cuu?ma=H37-1');
      expect(m.short.length).toBeLessThanOrEqual(160);
    }
    expect(appointmentReminder({ fullName: 'An', procedureName: 'P', counterName: 'Quầy 1', agencyName: 'UBND', startsAt: '08:30 02/12/2026' }).short).toContain('08:30 02/12/2026');
    expect(officerDigest({ fullName: 'Thu', day: '28/11/2026', dueToday: 2, dueTomorrow: 0, overdue: 1, submitted: 0, url: 'u' }).text)
      .toMatch(/1 hồ sơ đã quá hạn\n- 2 hồ sơ đến hạn hôm nay/);
  });
});
