import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailServer, type MailServer } from '../../../test/mail-server.js';
import { startTestApp, type ApiClient, type TestApp } from '../../../test/test-app.js';

/**
 * Official mail against a real mail server: OpenLDAP, Postfix and Dovecot started privately for this
 * file (test/mail-server.ts). The platform provisions over LDAP; messages go in over SMTP (Postfix) and
 * are read over IMAP (Dovecot) with the mailbox's password.
 */

let server: MailServer;
let t: TestApp;
let admin: ApiClient;
let agencyId: number;
const run = Date.now().toString(36);
const domain = `so${run}.langson.gov.vn`;
const PASSWORD = 'HopThu2026';

beforeAll(async () => {
  server = await startMailServer();
  t = await startTestApp({ mailDirectory: server.ldap, smtpUrl: `smtp://${server.smtp.host}:${server.smtp.port}`, mailFrom: `Cổng dịch vụ công <khong-tra-loi@${domain}>` });
  admin = await t.login('admin');
  const root = await t.agencyId('000.00.00.H37');
  const created = await admin.post('/api/admin/agencies', { parentId: root, code: 'H37.90.01', name: 'Sở Thử nghiệm Thư công vụ', kind: 'department' });
  expect(created.status).toBe(201);
  agencyId = created.body.id;
  expect((await admin.put(`/api/admin/mail/agencies/${agencyId}`, { domain, defaultQuotaMb: 50 })).status).toBe(200);
}, 120_000);
afterAll(async () => {
  await t?.close();
  await server?.stop();
});

const transport = () => nodemailer.createTransport({ host: server.smtp.host, port: server.smtp.port, secure: false, ignoreTLS: true });
const send = (to: string, subject: string, text = 'Nội dung thư thử nghiệm.') => transport().sendMail({ from: 'nguoigui@example.vn', to, subject, text });

async function imap(user: string, password = PASSWORD) {
  const client = new ImapFlow({ host: server.imap.host, port: server.imap.port, secure: false, auth: { user, pass: password }, logger: false });
  await client.connect();
  return client;
}

/** The subjects in the mailbox's INBOX. */
async function subjects(user: string, password = PASSWORD): Promise<string[]> {
  const client = await imap(user, password);
  try {
    const lock = await client.getMailboxLock('INBOX');
    try {
      if ((client.mailbox as { exists: number }).exists === 0) return [];
      const found: string[] = [];
      for await (const message of client.fetch('1:*', { envelope: true })) found.push(message.envelope?.subject ?? '');
      return found;
    } finally {
      lock.release();
    }
  } finally {
    await client.logout();
  }
}

/** Waits until the mailbox holds a message with the subject (delivery through Postfix and LMTP takes a moment). */
async function arrives(user: string, subject: string, password = PASSWORD): Promise<void> {
  const until = Date.now() + 20_000;
  for (;;) {
    if ((await subjects(user, password)).includes(subject)) return;
    if (Date.now() > until) throw new Error(`"${subject}" did not reach ${user}\n${await server.logs()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function official(fullName: string, username: string) {
  const created = await admin.post('/api/admin/users', { username, password: 'MatKhau2026', fullName, roles: [{ role: 'specialist', agencyId }] });
  expect(created.status).toBe(201);
  await t.settle();
  return created.body.id as number;
}

async function mailboxOf(userId: number) {
  const list = await admin.get(`/api/admin/mail/mailboxes?agencyId=${agencyId}&pageSize=100`);
  return (list.body.items as { id: number; userId: number; address: string; version: number; status: string; syncState: string; formerAddresses: string[] }[]).find((m) => m.userId === userId)!;
}

describe('official mailboxes on a real mail server (OpenLDAP, Postfix, Dovecot)', () => {
  let userId: number;
  let mailboxId: number;
  const address = `an.nguyen@${domain}`;

  it('creates the mailbox when the official\'s account is created, by the naming rule, and delivers over SMTP to IMAP', async () => {
    userId = await official('Nguyễn Văn An', `an.${run}`);
    const mailbox = await mailboxOf(userId);
    expect(mailbox).toMatchObject({ address, status: 'active', syncState: 'synced' });
    mailboxId = mailbox.id;
    // Created by the account's event without a password: nobody can log in until one is set.
    await expect(imap(address)).rejects.toThrow();
    const set = await admin.post(`/api/admin/mail/mailboxes/${mailboxId}/password`, { password: PASSWORD, version: mailbox.version });
    expect(set.status).toBe(200);
    await t.settle();
    await send(address, 'Thư đầu tiên');
    await arrives(address, 'Thư đầu tiên');
  });

  it('sets the quota the mail server enforces', async () => {
    const before = await mailboxOf(userId);
    expect((await admin.put(`/api/admin/mail/mailboxes/${mailboxId}/quota`, { quotaMb: 1, version: before.version })).status).toBe(200);
    await t.settle();
    const client = await imap(address);
    try {
      const quota = await client.getQuota('INBOX');
      expect(quota && quota.storage?.limit).toBe(1024 * 1024);
    } finally {
      await client.logout();
    }
    // A message over the quota is refused by Dovecot (LMTP) and never lands in the mailbox.
    await send(address, 'Thư quá dung lượng', 'x'.repeat(1_500_000));
    await send(address, 'Thư nhỏ sau thư lớn');
    await arrives(address, 'Thư nhỏ sau thư lớn');
    expect(await subjects(address)).not.toContain('Thư quá dung lượng');
    expect(await server.logs()).toMatch(/quota/i);
  });

  it('renames the mailbox: the new address logs in and receives, the old one still delivers, the mail stays', async () => {
    const before = await mailboxOf(userId);
    const renamed = await admin.post(`/api/admin/mail/mailboxes/${mailboxId}/rename`, { localPart: 'nguyenvanan', version: before.version });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ address: `nguyenvanan@${domain}`, formerAddresses: [address] });
    await t.settle();
    await send(`nguyenvanan@${domain}`, 'Gửi địa chỉ mới');
    await send(address, 'Gửi địa chỉ cũ');
    await arrives(`nguyenvanan@${domain}`, 'Gửi địa chỉ mới');
    await arrives(`nguyenvanan@${domain}`, 'Gửi địa chỉ cũ');
    expect(await subjects(`nguyenvanan@${domain}`)).toContain('Thư đầu tiên');
    // The old address is an alias: it no longer logs in.
    await expect(imap(address)).rejects.toThrow();
  });

  it('suspends the mailbox: login and delivery refused, the mail kept; resuming opens it again', async () => {
    const current = `nguyenvanan@${domain}`;
    const before = await mailboxOf(userId);
    expect((await admin.post(`/api/admin/mail/mailboxes/${mailboxId}/suspend`, { version: before.version })).body.status).toBe('suspended');
    await t.settle();
    await expect(imap(current)).rejects.toThrow();
    await expect(send(current, 'Thư khi tạm khóa')).rejects.toMatchObject({ responseCode: 550 });
    await expect(send(address, 'Thư cũ khi tạm khóa')).rejects.toMatchObject({ responseCode: 550 });

    const suspended = await mailboxOf(userId);
    expect((await admin.post(`/api/admin/mail/mailboxes/${mailboxId}/resume`, { version: suspended.version })).body.status).toBe('active');
    await t.settle();
    expect(await subjects(current)).toEqual(expect.arrayContaining(['Thư đầu tiên', 'Gửi địa chỉ mới', 'Gửi địa chỉ cũ']));
  });

  it('delivers an agency alias to its member mailboxes', async () => {
    const other = await official('Hoàng Thị Lan', `lan.${run}`);
    const lan = await mailboxOf(other);
    expect(lan.address).toBe(`lan.hoang@${domain}`);
    expect((await admin.post(`/api/admin/mail/mailboxes/${lan.id}/password`, { password: PASSWORD, version: lan.version })).status).toBe(200);
    const alias = await admin.post('/api/admin/mail/aliases', { agencyId, localPart: 'vanthu', description: 'Văn thư', memberIds: [mailboxId, lan.id] });
    expect(alias.status).toBe(201);
    await t.settle();
    await send(`vanthu@${domain}`, 'Gửi văn thư cơ quan');
    await arrives(`nguyenvanan@${domain}`, 'Gửi văn thư cơ quan');
    await arrives(lan.address, 'Gửi văn thư cơ quan');
  });

  it('sends the platform\'s own notifications through the mail server to the official\'s mailbox', async () => {
    expect((await admin.patch(`/api/admin/users/${userId}`, { email: `nguyenvanan@${domain}` })).status).toBe(200);
    expect((await t.client().post('/api/auth/password-reset/request', { account: `an.${run}` })).status).toBe(202);
    await t.settle();
    const until = Date.now() + 20_000;
    for (;;) {
      const found = await subjects(`nguyenvanan@${domain}`);
      if (found.some((s) => s.includes('Đặt lại mật khẩu'))) break;
      if (Date.now() > until) throw new Error(`no notification in ${found.join(', ')}\n${await server.logs()}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  });

  it('follows the account: suspended when the official is deactivated, resumed when reactivated', async () => {
    expect((await admin.patch(`/api/admin/users/${userId}`, { active: false })).status).toBe(200);
    await t.settle();
    expect(await mailboxOf(userId)).toMatchObject({ status: 'suspended', syncState: 'synced' });
    await expect(imap(`nguyenvanan@${domain}`)).rejects.toThrow();
    expect((await admin.patch(`/api/admin/users/${userId}`, { active: true })).status).toBe(200);
    await t.settle();
    expect(await mailboxOf(userId)).toMatchObject({ status: 'active', syncState: 'synced' });
    expect(await subjects(`nguyenvanan@${domain}`)).toContain('Thư đầu tiên');
  });

  it('removes the mailbox: gone from the directory, its addresses refused and free again', async () => {
    const before = await mailboxOf(userId);
    expect((await admin.delete(`/api/admin/mail/mailboxes/${mailboxId}?version=${before.version}`)).status).toBe(200);
    await t.settle();
    await expect(imap(`nguyenvanan@${domain}`)).rejects.toThrow();
    await expect(send(`nguyenvanan@${domain}`, 'Sau khi xóa')).rejects.toMatchObject({ responseCode: 550 });
    await expect(send(address, 'Sau khi xóa')).rejects.toMatchObject({ responseCode: 550 });
    // The alias now delivers to its remaining member only.
    await send(`vanthu@${domain}`, 'Văn thư sau khi xóa');
    const lan = (await admin.get(`/api/admin/mail/mailboxes?agencyId=${agencyId}&q=lan.hoang`)).body.items[0];
    await arrives(lan.address, 'Văn thư sau khi xóa');
    const again = await admin.post('/api/admin/mail/mailboxes', { agencyId, userId, localPart: 'nguyenvanan' });
    expect(again.status).toBe(201);
  });
});
