import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNationalPortalProcess } from '../../../../simulators/national-portal/process.js';
import { startBaseRegistriesProcess } from '../../../../simulators/base-registries/process.js';
import type { SimulatorProcess } from '../../../../simulators/child.js';
import { samplePdf } from '../../../test/samples.js';
import { startTestApp, type ApiClient, type TestApp } from '../../../test/test-app.js';
import { interopSync } from './index.js';

let t: TestApp;
let portal: SimulatorProcess;
let registries: SimulatorProcess;
const TOKEN = 'dvcqg-test-token';

beforeAll(async () => {
  [portal, registries] = await Promise.all([startNationalPortalProcess({ token: TOKEN }), startBaseRegistriesProcess()]);
  t = await startTestApp({
    nationalPortal: { url: portal.url, token: TOKEN, provinceCode: 'H37', timeoutMs: 400, retryBaseMs: 40, pullSeconds: 60, catalogHours: 24 },
    baseRegistries: { url: registries.url, timeoutMs: 2_000 },
  });
}, 60_000);
afterAll(async () => {
  await t?.close();
  await Promise.all([portal?.stop(), registries?.stop()]);
});

const COPY = '2.000815'; // Cấp bản sao từ sổ gốc, UBND phường Chi Lăng
const procedureId = async (nationalCode: string) =>
  (await t.db.query<{ id: number }>('SELECT id FROM procedures WHERE national_code = $1 ORDER BY id LIMIT 1', [nationalCode])).rows[0]!.id;
const answers = (fields: { name: string; type: string }[]) =>
  Object.fromEntries(fields.map((f) => [f.name, f.type === 'date' ? '2026-01-15' : f.type === 'number' ? '2' : 'Giấy khai sinh']));
const expectError = (response: { status: number; body: any }, status: number, code: string) => {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
};

async function submitted(citizen: ApiClient) {
  const id = await procedureId(COPY);
  const procedure = await citizen.get(`/api/procedures/${id}`);
  const draft = await citizen.post('/api/dossiers', { procedureId: id, formData: answers(procedure.body.formFields) });
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  for (const doc of draft.body.procedureDocuments.filter((d: { optional?: boolean }) => !d.optional)) {
    const upload = await citizen.upload(`/api/dossiers/${draft.body.id}/files`, { kind: 'submission', label: doc.name },
      { name: 'to-khai.pdf', data: await samplePdf(doc.name.slice(0, 20)), type: 'application/pdf' });
    expect(upload.status, JSON.stringify(upload.body)).toBe(201);
  }
  const sent = await citizen.post(`/api/dossiers/${draft.body.id}/submit`, {});
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  return sent.body as { id: number; trackingCode: string };
}

type Received = { changes: { key: string; change: Record<string, any> }[]; attempts: Record<string, number> };

/** Runs the job registry and the sender until the portal has acknowledged everything (or the time is up). */
async function syncUntilDone(timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    await t.settle();
    await interopSync.pushDue(t.deps);
    const left = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM interop_portal_changes WHERE state = 'queued'`);
    if (left.rows[0]!.n === 0) return;
    if (Date.now() > until) throw new Error(`${left.rows[0]!.n} changes still queued`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('sync of dossier status changes to the national portal', () => {
  it('delivers every change exactly once and in order per dossier while the portal fails, times out, loses acks, then recovers', async () => {
    await t.db.query(`UPDATE users SET eid_verified_at = now() WHERE username = 'citizen'`);
    const citizen = await t.login('citizen');
    const reception = await t.login('tiepnhan.chilang');
    const first = await submitted(citizen);
    const second = await submitted(citizen);
    // The portal is away for the first tries: 503s, a call done but never answered, an answer lost after recording.
    await portal.control('/__switches', { failNext: 3, hangNext: 1, loseAckNext: 1 });
    for (const d of [first, second]) {
      expect((await reception.post(`/api/dossiers/${d.id}/receive`, {})).status).toBe(200);
      expect((await reception.post(`/api/dossiers/${d.id}/start-processing`, {})).status).toBe(200);
    }
    await syncUntilDone();

    const received = await portal.control<Received>('/__received');
    const ours = (id: number) => received.changes.filter((c) => keys.get(id)!.includes(c.key));
    const rows = await t.db.query<{ dossierId: number; key: string; eventId: number }>(
      `SELECT dossier_id AS "dossierId", idempotency_key AS key, event_id AS "eventId" FROM interop_portal_changes ORDER BY event_id`);
    const keys = new Map<number, string[]>();
    for (const r of rows.rows) keys.set(r.dossierId, [...(keys.get(r.dossierId) ?? []), r.key]);
    for (const d of [first, second]) {
      const statuses = ours(d.id).map((c) => c.change.TrangThaiHoSo);
      // submit (1), receive (2), start processing (4): each once, in that order.
      expect(statuses).toEqual([1, 2, 4]);
      expect(ours(d.id).every((c) => c.change.TaiKhoanDuocXacThucVoiVNeID === 1)).toBe(true);
      expect(ours(d.id)[1]!.change.NgayTiepNhan).toMatch(/^\d{14}$/);
      expect(ours(d.id)[1]!.change.MaHoSo).toMatch(/^000\.01\.21\.H37-\d{6}-\d{4}$/);
    }
    // Every key once in what the portal kept, however many times it was sent.
    const seen = received.changes.map((c) => c.key);
    expect(new Set(seen).size).toBe(seen.length);
    expect(Object.values(received.attempts).some((n) => n > 1)).toBe(true);

    // Each call, failed ones included, is in the integration platform's message log with its dossier.
    const logged = await t.db.query<{ status: number; errorCode: string | null }>(
      `SELECT status, error_code AS "errorCode" FROM lgsp_messages WHERE service_code = 'dvcqg-dong-bo-trang-thai' AND (context->>'dossierId')::bigint = ANY($1::bigint[])`, [[first.id, second.id]]);
    expect(logged.rows.filter((r) => r.status === 200)).toHaveLength(6);
    expect(logged.rows.filter((r) => r.status === 503)).toHaveLength(4);
    expect(logged.rows.filter((r) => r.errorCode === 'PORTAL_TIMEOUT')).toHaveLength(1);

    const admin = await t.login('admin');
    const status = await admin.get('/api/interop/sync');
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ configured: true, queued: 0 });
    expect(status.body.perDay[0].count).toBeGreaterThanOrEqual(6);
  });

  it('keeps a later change waiting while an earlier one of the same dossier fails, and shows the failure to the province admin', async () => {
    const citizen = await t.login('citizen');
    const d = await submitted(citizen);
    await portal.control('/__switches', { failNext: 1000 });
    const reception = await t.login('tiepnhan.chilang');
    await reception.post(`/api/dossiers/${d.id}/receive`, {});
    await t.settle();
    await interopSync.pushDue(t.deps);
    const status = await (await t.login('admin')).get('/api/interop/sync');
    expect(status.body.failing).toBeGreaterThanOrEqual(1);
    expect(status.body.pending.find((c: { dossierId: number }) => c.dossierId === d.id).lastError).toMatch(/HTTP 503/);
    const changes = await t.db.query<{ state: string; attempts: number }>(`SELECT state, attempts FROM interop_portal_changes WHERE dossier_id = $1 ORDER BY event_id`, [d.id]);
    // The submit failed; the reception was never tried.
    expect(changes.rows.map((c) => c.state)).toEqual(['queued', 'queued']);
    expect(changes.rows[1]!.attempts).toBe(0);
    await portal.control('/__switches', { failNext: 0 });
    await syncUntilDone();
  });
});

describe('dossiers submitted on the national portal', () => {
  it('lands each in the queue of the agency receiving its procedure, once, however often the portal repeats it', async () => {
    await portal.control('/__switches', { duplicates: true });
    const made = await portal.control<{ nationalCode: string }>('/__submitted', { procedureCode: COPY, applicant: { fullName: 'Hoàng Thị Mai', identityNumber: '020196004321' }, formData: {} });
    await portal.control('/__submitted', { procedureCode: '9.999999', applicant: { fullName: 'Lương Văn Tú' } });
    const admin = await t.login('admin');
    const pulled = await admin.post('/api/interop/pull', {});
    expect(pulled.status, JSON.stringify(pulled.body)).toBe(200);
    expect(pulled.body).toMatchObject({ created: 1, unplaced: 1 });
    expect((await admin.post('/api/interop/pull', {})).body).toMatchObject({ created: 0, unplaced: 0 });
    expect(await interopSync.pullSubmitted(t.deps)).toMatchObject({ created: 0 });
    await portal.control('/__switches', { duplicates: false });

    const list = await admin.get('/api/interop/pulled');
    const entry = list.body.items.find((i: { nationalCode: string }) => i.nationalCode === made.nationalCode);
    expect(entry).toMatchObject({ outcome: 'created', agencyName: 'UBND phường Chi Lăng', applicantName: 'Hoàng Thị Mai' });
    expect(list.body.items.find((i: { procedureCode: string }) => i.procedureCode === '9.999999')).toMatchObject({ outcome: 'unplaced' });
    const dossiers = await t.db.query(`SELECT id FROM dossiers WHERE applicant->>'fullName' = 'Hoàng Thị Mai' AND status = 'submitted'`);
    expect(dossiers.rows).toHaveLength(1);
    // In Chi Lăng's desk queue, received as any other.
    const desk = await t.login('tiepnhan.chilang');
    expect((await desk.post(`/api/dossiers/${entry.dossierId}/receive`, {})).status).toBe(200);
    expectError(await (await t.login('tiepnhan.stp')).get(`/api/dossiers/${entry.dossierId}`), 404, 'DOSSIER_NOT_FOUND');
    const audit = await t.db.query(`SELECT 1 FROM audit_log WHERE action = 'interop.pull' AND entity_id = $1`, [String(entry.dossierId)]);
    expect(audit.rows).toHaveLength(1);
  });
});

describe('catalog sync', () => {
  it('adds new national procedures unpublished and updates the changed fields of existing ones', async () => {
    await portal.control('/__catalog', { procedures: [{ code: '1.001193', name: 'Đăng ký khai sinh (cập nhật)', processingDays: 2 }] });
    const admin = await t.login('admin');
    const run = await admin.post('/api/interop/catalog-runs', {});
    expect(run.status, JSON.stringify(run.body)).toBe(200);
    expect(run.body).toMatchObject({ status: 'done', added: 1 });
    expect(run.body.updated).toBeGreaterThanOrEqual(1);
    const added = await t.db.query<{ published: boolean; name: string }>(`SELECT published, name FROM procedures WHERE national_code = '1.003348'`);
    expect(added.rows).toEqual([{ published: false, name: 'Đăng ký giám hộ' }]);
    const updated = await t.db.query<{ name: string; days: string }>(`SELECT name, processing_days AS days FROM procedures WHERE national_code = '1.001193'`);
    expect(updated.rows.every((r) => r.name === 'Đăng ký khai sinh (cập nhật)' && Number(r.days) === 2)).toBe(true);
    // Nothing changed since: a second run only finds everything as it is.
    const again = await admin.post('/api/interop/catalog-runs', {});
    expect(again.body).toMatchObject({ status: 'done', added: 0, updated: 0 });
    expect((await admin.get('/api/interop/catalog-runs')).body.items).toHaveLength(2);
    expectError(await (await t.login('admin.caoloc')).post('/api/interop/catalog-runs', {}), 403, 'FORBIDDEN');
  });
});

describe('GET /api/registries/citizens/{idNumber}', () => {
  it('gives a reception officer the population record, logged with the officer and the dossier through the gateway', async () => {
    const desk = await t.login('tiepnhan.chilang');
    const d = await submitted(await t.login('citizen'));
    const found = await desk.get(`/api/registries/citizens/020095001234?dossierId=${d.id}`);
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    expect(found.body).toMatchObject({ fullName: 'Nguyễn Văn An', dateOfBirth: '1995-03-12' });
    expectError(await desk.get('/api/registries/citizens/020000000000'), 404, 'CITIZEN_NOT_FOUND');
    expectError(await desk.get('/api/registries/citizens/12ab'), 400, 'INVALID_ID_NUMBER');
    expect((await desk.get('/api/registries/businesses/4900123456')).body).toMatchObject({ name: 'Công ty TNHH Thương mại Hoa Long', legalRepresentative: 'Trần Thị Bích' });
    expect((await (await t.login('chuyenvien.chilang')).get('/api/registries/citizens/020196004321')).status).toBe(200);

    const log = await (await t.login('admin')).get('/api/registries/lookups');
    expect(log.status).toBe(200);
    const mine = log.body.items.filter((l: { officerName: string }) => l.officerName === 'Lộc Thị Thu');
    expect(mine.map((l: { outcome: string }) => l.outcome)).toEqual(expect.arrayContaining(['found', 'not_found']));
    const withDossier = mine.find((l: { dossierId: number | null }) => l.dossierId === d.id);
    expect(withDossier).toMatchObject({ registry: 'population', subject: '********1234', outcome: 'found' });
    expect(withDossier.messageId).toBeTruthy();
    // The gateway's message log has the call with the officer and the dossier, and never the answer.
    const message = await t.db.query<{ context: Record<string, unknown>; responseBody: Buffer | null }>(
      `SELECT context, response_body AS "responseBody" FROM lgsp_messages WHERE message_id = $1`, [withDossier.messageId]);
    expect(message.rows[0]!.context).toMatchObject({ dossierId: d.id });
    expect(message.rows[0]!.responseBody).toBeNull();
  });

  it("refuses another agency's dossier, citizens, and anyone signed out", async () => {
    const d = await submitted(await t.login('citizen'));
    expectError(await (await t.login('tiepnhan.stp')).get(`/api/registries/citizens/020095001234?dossierId=${d.id}`), 404, 'DOSSIER_NOT_FOUND');
    expectError(await (await t.login('citizen')).get('/api/registries/citizens/020095001234'), 403, 'FORBIDDEN');
    expectError(await t.client().get('/api/registries/citizens/020095001234'), 401, 'UNAUTHENTICATED');
    expectError(await (await t.login('lanhdao.chilang')).get('/api/registries/businesses/4900123456'), 403, 'FORBIDDEN');
  });
});
