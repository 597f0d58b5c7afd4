import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server, type S3TestServer } from '../../test/s3-server.js';
import { samplePdf } from '../../test/samples.js';
import { startTestApp, type ApiClient, type TestApp } from '../../test/test-app.js';

const run = promisify(execFile);
const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** A citizen's dossier of procedure 2.000815 with its required documents attached, still a draft. */
async function draftWithDocuments(t: TestApp, citizen: ApiClient) {
  const id = (await t.db.query<{ id: number }>(`SELECT id FROM procedures WHERE national_code = '2.000815'`)).rows[0]!.id;
  const procedure = (await citizen.get(`/api/procedures/${id}`)).body;
  const draft = await citizen.post('/api/dossiers', {
    procedureId: id, formData: Object.fromEntries(procedure.formFields.map((f: { name: string; type: string }) => [f.name, f.type === 'date' ? '2026-01-15' : f.type === 'number' ? '2' : 'Giấy khai sinh'])),
  });
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  const documents = draft.body.procedureDocuments.filter((d: { optional?: boolean }) => !d.optional);
  for (const doc of documents) {
    const uploaded = await citizen.upload(`/api/dossiers/${draft.body.id}/files`, { kind: 'submission', label: doc.name }, { name: 'a.pdf', data: await samplePdf(`${draft.body.id} ${doc.name}`), type: 'application/pdf' });
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
  }
  return { id: draft.body.id as number, label: documents[0].name as string };
}

/** Submitted by the citizen and received at the desk: the receipt slip (form 01) is then rendered by a job. */
async function receive(t: TestApp, dossierId: number) {
  const desk = await t.login('tiepnhan.chilang');
  const received = await desk.post(`/api/dossiers/${dossierId}/receive`, {});
  expect(received.status, JSON.stringify(received.body)).toBe(200);
  return { desk, slip: received.body.files.find((f: { label: string }) => f.label === 'Mẫu 01') as { id: number } };
}

const slipDelivery = async (t: TestApp) =>
  (await t.db.query<{ state: string; attempts: number; lastError: string | null }>(
    `SELECT state, attempts, last_error AS "lastError" FROM job_deliveries WHERE subscriber = 'dossiers.forms' ORDER BY id DESC LIMIT 1`)).rows[0]!;
/** Runs the due deliveries after making the waiting ones due now (instead of sleeping through Retry-After). */
async function retryNow(t: TestApp) {
  await t.db.query(`UPDATE job_deliveries SET next_attempt_at = now() WHERE state = 'pending'`);
  await t.settle();
}

/** The files under `dir` (a shard folder `ab/` made before the disk said no is empty, and harmless). */
const filesIn = async (dir: string) => (await fs.readdir(dir, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();

const rowCount = async (t: TestApp, data: Uint8Array) => (await t.db.query('SELECT count(*)::int AS n FROM files WHERE sha256 = $1', [sha(data)])).rows[0].n as number;

describe('the file store\'s disk fills up (local folder on a 1 MiB tmpfs)', () => {
  let t: TestApp;
  let dir: string;
  let mounted = false;
  beforeAll(async () => {
    t = await startTestApp();
    dir = path.join(t.config.dataDir, 'files');
    await fs.mkdir(dir, { recursive: true });
    mounted = await run('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]).then(() => true, () => false);
  });
  afterAll(async () => {
    if (mounted) await run('umount', [dir]).catch(() => undefined);
    await t?.close();
  });

  // Renders the slip seven times: longer than the default timeout on a shared machine.
  it('answers 507 FILE_STORE_FULL with nothing partial, keeps serving, holds the slip job without killing it, and recovers once space is freed', { timeout: 90_000 }, async (context) => {
    if (!mounted) {
      console.warn('files-api.test: mounting a tmpfs is not permitted here (needs root): the full-disk journey is skipped');
      return context.skip();
    }
    const citizen = await t.login('citizen');
    const { id, label } = await draftWithDocuments(t, citizen);
    const firstFile = (await citizen.get(`/api/dossiers/${id}`)).body.files[0];
    // Another dossier, submitted before the disk fills: its reception needs a slip stored.
    const other = await draftWithDocuments(t, citizen);
    expect((await citizen.post(`/api/dossiers/${other.id}/submit`, {})).status).toBe(200);

    // Fill the disk for real: a file grown until the kernel says ENOSPC.
    const filler = path.join(dir, 'filler');
    const handle = await fs.open(filler, 'w');
    const chunk = Buffer.alloc(16 * 1024, 1);
    try {
      for (;;) await handle.write(chunk);
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    } finally {
      await handle.close();
    }
    const before = await filesIn(dir);

    const pdf = await samplePdf(`${id} one more page, with enough text to need a block of its own`);
    const refused = await citizen.upload(`/api/dossiers/${id}/files`, { kind: 'submission', label }, { name: 'b.pdf', data: pdf, type: 'application/pdf' });
    expect(refused.status, JSON.stringify(refused.body)).toBe(507);
    expect(refused.body.error.code).toBe('FILE_STORE_FULL');
    expect(refused.body.error.message).toMatch(/Kho lưu trữ tệp đã đầy/);
    expect(refused.headers.get('retry-after')).toBe('300');
    // Nothing partial: no file aside, no row in files, no attachment on the dossier.
    expect(await filesIn(dir)).toEqual(before);
    expect(await rowCount(t, pdf)).toBe(0);
    const detail = await citizen.get(`/api/dossiers/${id}`);
    expect(detail.body.files.map((f: { id: number }) => f.id)).not.toContain(refused.body.id);
    expect(detail.body.files).toHaveLength(1);

    // Everything else is served: health, reads of stored files, state changes that write no file.
    expect((await citizen.get('/healthz')).status).toBe(200);
    const download = await citizen.download(`/api/dossiers/${id}/files/${firstFile.id}`);
    expect(download.status).toBe(200);
    expect(download.data.subarray(0, 5).toString()).toBe('%PDF-');
    const { desk, slip } = await receive(t, other.id);

    // The slip's job cannot store its PDF: it waits without spending attempts (the subscription has 5).
    for (let i = 0; i < 6; i++) await retryNow(t);
    const waiting = await slipDelivery(t);
    expect(waiting).toMatchObject({ state: 'pending', attempts: 0 });
    expect(waiting.lastError).toContain('FILE_STORE_FULL');
    expect((await desk.download(`/api/dossiers/${other.id}/files/${slip.id}`)).status).toBe(409);
    expect(await filesIn(dir)).toEqual(before);

    // Space freed: the same upload goes through, the slip is rendered on the next attempt.
    await fs.rm(filler);
    const accepted = await citizen.upload(`/api/dossiers/${id}/files`, { kind: 'submission', label }, { name: 'b.pdf', data: pdf, type: 'application/pdf' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    expect(await rowCount(t, pdf)).toBe(1);
    expect((await fs.readFile(path.join(dir, sha(pdf).slice(0, 2), sha(pdf)))).equals(Buffer.from(pdf))).toBe(true);
    await retryNow(t);
    expect((await slipDelivery(t)).state).toBe('done');
    const slipPdf = await desk.download(`/api/dossiers/${other.id}/files/${slip.id}`);
    expect(slipPdf.status).toBe(200);
    expect(slipPdf.data.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await filesIn(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('files on an S3-compatible server (s3rver) configured with S3_*', () => {
  let s3: S3TestServer;
  let t: TestApp;
  beforeAll(async () => {
    s3 = await startS3Server();
    t = await startTestApp({ s3: s3.config });
  });
  afterAll(async () => {
    await t?.close();
    await s3?.close();
  });

  const objectPath = (data: Uint8Array) => path.join(s3.dir, s3.config.bucket, sha(data).slice(0, 2), `${sha(data)}._S3rver_object`);

  it('stores an upload, the receipt slip and the signed result in the bucket, and serves them back', { timeout: 60_000 }, async () => {
    const citizen = await t.login('citizen');
    const { id } = await draftWithDocuments(t, citizen);
    const attached = (await citizen.get(`/api/dossiers/${id}`)).body.files[0];
    const download = await citizen.download(`/api/dossiers/${id}/files/${attached.id}`);
    expect(download.status).toBe(200);
    // The bytes are the bucket's: the object is there, and the local folder was never used.
    expect((await fs.readFile(objectPath(download.data))).equals(download.data)).toBe(true);
    await expect(fs.access(path.join(t.config.dataDir, 'files'))).rejects.toMatchObject({ code: 'ENOENT' });

    expect((await citizen.post(`/api/dossiers/${id}/submit`, {})).status).toBe(200);
    const { desk, slip } = await receive(t, id);
    await t.settle();
    const slipPdf = await desk.download(`/api/dossiers/${id}/files/${slip.id}`);
    expect(slipPdf.status).toBe(200);
    expect(slipPdf.data.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await fs.readFile(objectPath(slipPdf.data))).equals(slipPdf.data)).toBe(true);

    // The result: uploaded by the specialist, read back from the bucket and signed at approval, the signed copy stored there too.
    expect((await desk.post(`/api/dossiers/${id}/start-processing`, {})).status).toBe(200);
    const specialist = await t.login('chuyenvien.chilang');
    const result = await specialist.upload(`/api/dossiers/${id}/files`, { kind: 'result', label: 'Bản sao từ sổ gốc' },
      { name: 'ban-sao.pdf', data: await samplePdf(`Ban sao ${id}`), type: 'application/pdf' });
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    expect((await specialist.post(`/api/dossiers/${id}/forward`, { note: 'Đủ điều kiện' })).status).toBe(200);
    const approved = await (await t.login('lanhdao.chilang')).post(`/api/dossiers/${id}/approve`, {});
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const signed = approved.body.files.find((f: { label: string }) => f.label === 'Bản sao từ sổ gốc (đã ký số)');
    const signedPdf = await desk.download(`/api/dossiers/${id}/files/${signed.id}`);
    expect(signedPdf.status).toBe(200);
    expect((await fs.readFile(objectPath(signedPdf.data))).equals(signedPdf.data)).toBe(true);
  });

  it('answers 503 FILE_STORE_UNAVAILABLE with Retry-After while the server is away, stores nothing, and recovers by itself', { timeout: 90_000 }, async () => {
    const citizen = await t.login('citizen');
    const { id, label } = await draftWithDocuments(t, citizen);
    const attached = (await citizen.get(`/api/dossiers/${id}`)).body.files[0];
    const other = await draftWithDocuments(t, citizen);
    expect((await citizen.post(`/api/dossiers/${other.id}/submit`, {})).status).toBe(200);
    const pdf = await samplePdf(`${id} while the store is away`);
    await s3.stop();
    let slip: { id: number } | undefined;
    let desk: ApiClient | undefined;
    try {
      const refused = await citizen.upload(`/api/dossiers/${id}/files`, { kind: 'submission', label }, { name: 'b.pdf', data: pdf, type: 'application/pdf' });
      expect(refused.status, JSON.stringify(refused.body)).toBe(503);
      expect(refused.body.error.code).toBe('FILE_STORE_UNAVAILABLE');
      expect(refused.headers.get('retry-after')).toBe('30');
      expect(await rowCount(t, pdf)).toBe(0);
      expect((await citizen.get(`/api/dossiers/${id}`)).body.files).toHaveLength(1);
      const download = await citizen.download(`/api/dossiers/${id}/files/${attached.id}`);
      expect(download.status).toBe(503);
      expect(JSON.parse(download.data.toString()).error.code).toBe('FILE_STORE_UNAVAILABLE');
      expect((await citizen.get('/healthz')).status).toBe(200);
      ({ desk, slip } = await receive(t, other.id));
      for (let i = 0; i < 6; i++) await retryNow(t);
      expect(await slipDelivery(t)).toMatchObject({ state: 'pending', attempts: 0 });
      expect((await slipDelivery(t)).lastError).toContain('FILE_STORE_UNAVAILABLE');
      expect((await desk.download(`/api/dossiers/${other.id}/files/${slip.id}`)).status).toBe(409);
    } finally {
      await s3.start();
    }
    await expect(fs.access(objectPath(pdf))).rejects.toMatchObject({ code: 'ENOENT' });
    // Back: reads, the same upload and the waiting slip all go through, with no restart of the node.
    expect((await citizen.download(`/api/dossiers/${id}/files/${attached.id}`)).status).toBe(200);
    const accepted = await citizen.upload(`/api/dossiers/${id}/files`, { kind: 'submission', label }, { name: 'b.pdf', data: pdf, type: 'application/pdf' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    expect((await fs.readFile(objectPath(pdf))).equals(Buffer.from(pdf))).toBe(true);
    await retryNow(t);
    expect((await slipDelivery(t)).state).toBe('done');
    const slipPdf = await desk!.download(`/api/dossiers/${other.id}/files/${slip!.id}`);
    expect(slipPdf.status).toBe(200);
  });
});
