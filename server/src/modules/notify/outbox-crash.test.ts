import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../../../../simulators/smtp-sink/sink.js';
import { buildDossier } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { demoKeyEnvironment } from '../../platform/personal-data.js';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let sink: SmtpSink;
let t: TestApp;
let dataDir: string;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await startTestApp();
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinhso-crash-'));
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

const freePort = () => new Promise<number>((resolve) => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as net.AddressInfo;
    server.close(() => resolve(port));
  });
});

/** The platform as in production: its own process, running the background jobs, mail to the sink. */
async function startNode(): Promise<ChildProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), 'src/main.ts'], {
    cwd: serverDir, stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env, DATABASE_URL: t.databaseUrl, PORT: String(port), HOST: '127.0.0.1', DEMO: 'false', JOBS: 'true', SMTP_URL: sink.smtpUrl,
      DATA_DIR: dataDir, PKI_DIR: path.join(dataDir, 'pki'), WEB_DIST: '', LOG_LEVEL: 'warn', NODE_ENV: 'test',
      // Outside demo mode the keys of personal data come from the environment: the test app's, on the same database.
      ...(await demoKeyEnvironment(t.config.dataDir)),
    },
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('ready at')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the node exited (${code}) before it was ready:\n${out}`)));
  });
  return child;
}

const until = async (check: () => Promise<boolean> | boolean, timeoutMs: number) => {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('the outbox, when a node is killed while sending', () => {
  it('delivers every notification to the mailbox exactly once after the restart', async () => {
    const procedureId = (await t.db.query<{ id: number }>("SELECT id FROM procedures WHERE national_code = '2.000815'")).rows[0]!.id;
    const citizen = (await t.db.query<{ id: number }>("SELECT id FROM users WHERE username = 'citizen'")).rows[0]!.id;
    // Forty receptions committed with their events, as a unit of work leaves them: the mail is the jobs' to send.
    const count = 40;
    for (let i = 0; i < count; i++) {
      const d = await buildDossier(t, { procedureId, applicantId: citizen, state: 'received' });
      const event = await t.db.query<{ id: number }>(
        `INSERT INTO events (topic, payload) VALUES ('dossier.status_changed', $1) RETURNING id`,
        [{ dossierId: d.id, code: d.code, action: 'receive', from: 'submitted', to: 'received', applicantId: citizen, procedureName: 'Cấp bản sao từ sổ gốc' }]);
      await t.db.query("INSERT INTO job_deliveries (event_id, subscriber) VALUES ($1, 'notify.dossier-status')", [event.rows[0]!.id]);
    }
    // A slow mail server: the node is killed with messages accepted but not yet recorded as sent.
    await fetch(`${sink.httpUrl}/switches`, { method: 'POST', body: JSON.stringify({ delayMs: 150 }) });
    const first = await startNode();
    await until(() => sink.messages.length >= 8, 60_000);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    const before = sink.messages.length;
    expect(before).toBeLessThan(count);
    const interrupted = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM job_deliveries WHERE subscriber = 'notify.dossier-status' AND state = 'running'");
    expect(interrupted.rows[0]!.n).toBeGreaterThan(0);

    // The dead node's leases run out (here at once, rather than waiting for them), and another node starts.
    await t.db.query("UPDATE job_deliveries SET locked_until = now() - interval '1 second' WHERE state = 'running'");
    await fetch(`${sink.httpUrl}/switches`, { method: 'POST', body: JSON.stringify({ delayMs: 0 }) });
    const second = await startNode();
    try {
      await until(async () => (await t.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM job_deliveries WHERE subscriber = 'notify.dossier-status' AND state <> 'done'")).rows[0]!.n === 0, 90_000);
    } finally {
      second.kill('SIGTERM');
      await new Promise((resolve) => second.once('exit', resolve));
    }
    const received = sink.messages.filter((m) => /đã được tiếp nhận$/.test(m.subject));
    expect(received).toHaveLength(count);
    expect(new Set(received.map((m) => m.subject)).size).toBe(count);
    const sent = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM outbound_messages WHERE channel = 'email' AND state = 'sent'");
    expect(sent.rows[0]!.n).toBe(count);
  }, 180_000);
});
