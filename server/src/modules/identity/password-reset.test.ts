import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../../../../simulators/smtp-sink/sink.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let sink: SmtpSink;
let t: TestApp;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await startTestApp({ smtpUrl: sink.smtpUrl, loginRateLimit: { max: 50, windowMinutes: 15 } });
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

const linkIn = (text: string) => /\/dat-lai-mat-khau\?ma=([\w-]+)/.exec(text)?.[1];

describe('password reset by email', () => {
  it('mails a one-time link to the account\'s address, which sets a new password and ends every session', async () => {
    const before = await t.login('citizen');
    const anonymous = t.client();
    expect((await anonymous.post('/api/auth/password-reset/request', { account: 'AN.NGUYEN@example.vn' })).status).toBe(202);
    // The same answer for an account that does not exist: nothing to learn from it.
    expect((await anonymous.post('/api/auth/password-reset/request', { account: 'khong.co.ai@example.vn' })).status).toBe(202);
    await t.settle();
    expect(sink.messages).toHaveLength(1);
    const mail = sink.messages[0]!;
    expect(mail.to).toEqual(['an.nguyen@example.vn']);
    expect(mail.subject).toContain('Đặt lại mật khẩu');
    const token = linkIn(mail.text)!;
    expect(mail.text).toContain(`${t.config.publicUrl}/dat-lai-mat-khau?ma=${token}`);

    const weak = await anonymous.post('/api/auth/password-reset', { token, password: 'khongcoso' });
    expect(weak.body.error.code).toBe('WEAK_PASSWORD');
    expect((await anonymous.post('/api/auth/password-reset', { token, password: 'MatKhauMoi2026' })).status).toBe(200);
    expect((await anonymous.post('/api/auth/password-reset', { token, password: 'MatKhauKhac2026' })).body.error.code).toBe('RESET_TOKEN_INVALID');
    expect((await before.get('/api/auth/me')).body.user).toBeNull();
    expect((await t.client().post('/api/auth/login', { username: 'citizen', password: 'TinhSo@2026' })).status).toBe(401);
    expect((await t.client().post('/api/auth/login', { username: 'citizen', password: 'MatKhauMoi2026' })).status).toBe(200);
  });

  it('retries a mail the server refused, and a forged or missing token changes nothing', async () => {
    sink.messages.length = 0;
    await fetch(`${sink.httpUrl}/switches`, { method: 'POST', body: JSON.stringify({ fail: true }) });
    await t.client().post('/api/auth/password-reset/request', { account: 'doanhnghiep' });
    await t.settle();
    expect(sink.messages).toHaveLength(0);
    const pending = await t.db.query("SELECT attempts, last_error FROM job_deliveries WHERE subscriber = 'notify.password-reset-mail' AND state = 'pending'");
    expect(pending.rows[0]).toMatchObject({ attempts: 1 });
    await fetch(`${sink.httpUrl}/switches`, { method: 'POST', body: JSON.stringify({ fail: false }) });
    await t.db.query("UPDATE job_deliveries SET next_attempt_at = now() WHERE subscriber = 'notify.password-reset-mail' AND state = 'pending'");
    await t.settle();
    expect(sink.messages.map((m) => m.to)).toEqual([['lienhe@hoalong.example.vn']]);
    const forged = await t.client().post('/api/auth/password-reset', { token: 'x'.repeat(43), password: 'MatKhauMoi2026' });
    expect(forged.body.error.code).toBe('RESET_TOKEN_INVALID');
  });
});
