import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool } from '../../platform/db.js';
import { buildAgency, buildCitizen, buildDossier, buildProcedure } from '../../../test/factories.js';
import { startTestApp, type ApiClient, type TestApp } from '../../../test/test-app.js';
import { DATASETS, type Dataset } from './datasets.js';
import { startOpenDataJobs } from './index.js';
import { buildDue } from './service.js';
import { feedbackStatistics } from '../feedback/index.js';

let t: TestApp;
let admin: ApiClient;
let agency: { id: number; code: string };
const PRIVATE = { fullName: 'Hoàng Thị Bí Mật', identityNumber: '020199887766', phone: '0987654321', email: 'bimat@example.vn', address: 'Số 9 ngõ Riêng Tư' };
const CATALOG = 'danh-muc-thu-tuc-hanh-chinh';
const STATS = 'thong-ke-ho-so-mot-cua-theo-thang';
const FEEDBACK = 'thong-ke-phan-anh-kien-nghi-theo-thang';

/** A minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF), to prove the file parses back. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i++; } else field += c;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

const download = (path: string, headers: Record<string, string> = {}) => fetch(`${t.baseUrl}${path}`, { headers });
async function csvRows(name: string) {
  const bytes = Buffer.from(await (await download(`/api/opendata/files/${name}.csv`)).arrayBuffer());
  const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
  return { bytes, header: header!, rows: rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!]))) };
}
const buildCount = async (name: string) => (await t.db.query<{ n: number }>('SELECT build_count AS n FROM open_data_builds WHERE dataset = $1', [name])).rows[0]?.n ?? 0;
const makeDue = () => t.db.query('UPDATE open_data_builds SET next_due_at = now()');

/** A dossier of the test agency with the given times (local time, UTC+7). */
async function dossier(procedureId: number, applicantId: number, facts: {
  state: 'processing' | 'returned'; receivedAt: string; dueAt: string; resolvedAt?: string; channel: 'online' | 'counter'; status?: string; updatedAt?: string;
}) {
  const d = await buildDossier(t, { procedureId, applicantId, state: facts.state });
  const at = (s: string | undefined) => (s ? new Date(`${s}+07:00`) : null);
  await t.db.query(`UPDATE dossiers SET received_at = $2, due_at = $3, resolved_at = $4, channel = $5, status = coalesce($6, status), updated_at = coalesce($7, updated_at),
      applicant = $8, submitted_at = $2 WHERE id = $1`,
  [d.id, at(facts.receivedAt), at(facts.dueAt), at(facts.resolvedAt), facts.channel, facts.status ?? null, at(facts.updatedAt), JSON.stringify({ ...PRIVATE, kind: 'citizen' })]);
  return d.id;
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  agency = await buildAgency(t, { kind: 'district', name: 'UBND huyện Dữ Liệu (thử nghiệm)' });
  const procedure = await buildProcedure(t, agency.id, {
    processingDays: 5,
    feeSchedule: { lines: [{ code: 'LP', name: 'Lệ phí', kind: 'le_phi', legalBasis: 'Thông tư thử nghiệm', rule: { type: 'fixed', amount: 100_000 } }], exemptions: [], payWhen: 'before_result' },
  });
  const citizen = await buildCitizen(t);
  const make = (facts: Parameters<typeof dossier>[2]) => dossier(procedure.id, citizen.id, facts);
  // March 2026 at the test agency: six received (two online), one resolved early, two on time (one received in
  // February), one late; at the end of March one pending within its deadline, one past it, one withdrawn.
  await make({ state: 'returned', receivedAt: '2026-03-03T09:00:00', dueAt: '2026-03-10T17:00:00', resolvedAt: '2026-03-07T10:00:00', channel: 'online' });
  await make({ state: 'returned', receivedAt: '2026-03-04T09:00:00', dueAt: '2026-03-12T17:00:00', resolvedAt: '2026-03-12T10:00:00', channel: 'counter' });
  await make({ state: 'returned', receivedAt: '2026-03-05T09:00:00', dueAt: '2026-03-10T17:00:00', resolvedAt: '2026-03-14T08:00:00', channel: 'online' });
  await make({ state: 'processing', receivedAt: '2026-03-20T09:00:00', dueAt: '2026-04-10T17:00:00', channel: 'counter' });
  await make({ state: 'processing', receivedAt: '2026-03-06T09:00:00', dueAt: '2026-03-20T17:00:00', channel: 'counter' });
  await make({ state: 'returned', receivedAt: '2026-02-27T09:00:00', dueAt: '2026-03-02T17:00:00', resolvedAt: '2026-03-02T08:00:00', channel: 'counter' });
  await make({ state: 'processing', receivedAt: '2026-03-10T09:00:00', dueAt: '2026-03-17T17:00:00', channel: 'counter', status: 'withdrawn', updatedAt: '2026-03-15T09:00:00' });
  await buildDue(t.deps);
});
afterAll(() => t?.close());

describe('GET /api/opendata/files/{file}', () => {
  it('serves the CSV in UTF-8 with a byte order mark, a header row and CRLF records, as an attachment', async () => {
    const response = await download(`/api/opendata/files/${CATALOG}.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${CATALOG}.csv"`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    const { header, rows } = await csvRows(CATALOG);
    expect(header).toEqual(['ma_thu_tuc', 'ten_thu_tuc', 'ma_co_quan', 'co_quan_thuc_hien', 'linh_vuc', 'cap_thuc_hien', 'muc_do_truc_tuyen', 'thoi_han_giai_quyet_ngay', 'phi_le_phi']);
    const ours = rows.find((r) => r.ma_co_quan === agency.code)!;
    expect(ours).toMatchObject({ co_quan_thuc_hien: 'UBND huyện Dữ Liệu (thử nghiệm)', thoi_han_giai_quyet_ngay: '5', phi_le_phi: 'Lệ phí: 100.000 đồng' });
    // The demo catalog is there too, with its Vietnamese names intact.
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.find((r) => r.ten_thu_tuc === 'Cấp bản sao từ sổ gốc')).toMatchObject({ linh_vuc: 'Chứng thực', cap_thuc_hien: 'Cấp xã', muc_do_truc_tuyen: 'Một phần' });
  });

  it('counts March 2026 as a recount from the database does', async () => {
    const { rows } = await csvRows(STATS);
    const march = rows.find((r) => r.thang === '2026-03' && r.ma_co_quan === agency.code)!;
    expect(march).toEqual({
      thang: '2026-03', ma_co_quan: agency.code, co_quan: 'UBND huyện Dữ Liệu (thử nghiệm)', tiep_nhan: '6', nop_truc_tuyen: '2',
      giai_quyet_truoc_han: '1', giai_quyet_dung_han: '2', giai_quyet_qua_han: '1', dang_giai_quyet_trong_han: '1', dang_giai_quyet_qua_han: '1',
    });
    const tz = "'Asia/Ho_Chi_Minh'";
    const recount = (await t.db.query<Record<string, number>>(
      `WITH d AS (SELECT * FROM dossiers WHERE receiving_agency_id = $1 AND code IS NOT NULL), b AS (SELECT '2026-03-01 00:00+07'::timestamptz AS s, '2026-04-01 00:00+07'::timestamptz AS e)
       SELECT (SELECT count(*) FROM d, b WHERE received_at >= s AND received_at < e)::int AS tiep_nhan,
              (SELECT count(*) FROM d, b WHERE received_at >= s AND received_at < e AND channel = 'online')::int AS nop_truc_tuyen,
              (SELECT count(*) FROM d, b WHERE outcome IS NOT NULL AND resolved_at >= s AND resolved_at < e
                  AND (resolved_at AT TIME ZONE ${tz})::date < (due_at AT TIME ZONE ${tz})::date)::int AS giai_quyet_truoc_han,
              (SELECT count(*) FROM d, b WHERE outcome IS NOT NULL AND resolved_at >= s AND resolved_at < e AND resolved_at <= due_at
                  AND (resolved_at AT TIME ZONE ${tz})::date >= (due_at AT TIME ZONE ${tz})::date)::int AS giai_quyet_dung_han,
              (SELECT count(*) FROM d, b WHERE outcome IS NOT NULL AND resolved_at >= s AND resolved_at < e AND resolved_at > due_at)::int AS giai_quyet_qua_han,
              (SELECT count(*) FROM d, b WHERE received_at < e AND (resolved_at IS NULL OR resolved_at >= e)
                  AND NOT (status IN ('withdrawn', 'stopped') AND resolved_at IS NULL AND updated_at < e) AND due_at >= e)::int AS dang_giai_quyet_trong_han,
              (SELECT count(*) FROM d, b WHERE received_at < e AND (resolved_at IS NULL OR resolved_at >= e)
                  AND NOT (status IN ('withdrawn', 'stopped') AND resolved_at IS NULL AND updated_at < e) AND due_at < e)::int AS dang_giai_quyet_qua_han`,
      [agency.id])).rows[0]!;
    for (const [key, value] of Object.entries(recount)) expect(march[key], key).toBe(String(value));
    // February: one received; at its end still pending within the deadline.
    expect(rows.find((r) => r.thang === '2026-02' && r.ma_co_quan === agency.code)).toMatchObject({ tiep_nhan: '1', dang_giai_quyet_trong_han: '1', dang_giai_quyet_qua_han: '0' });
  });

  it('publishes the feedback statistics the feedback module counts, per agency and month', async () => {
    const { header, rows } = await csvRows(FEEDBACK);
    expect(header).toEqual(['thang', 'ma_co_quan', 'co_quan', 'tiep_nhan', 'tra_loi_dung_han', 'tra_loi_qua_han', 'dang_xu_ly', 'dang_xu_ly_qua_han']);
    const counted = await feedbackStatistics(t.db, { from: '2023-01-01', to: '2026-12-31' });
    expect(counted.length).toBeGreaterThan(0);
    expect(rows.map((r) => [r.thang, r.co_quan, r.tiep_nhan, r.tra_loi_dung_han, r.tra_loi_qua_han, r.dang_xu_ly, r.dang_xu_ly_qua_han]))
      .toEqual(counted.map((c) => [c.month, c.agencyName, ...[c.received, c.answeredOnTime, c.answeredLate, c.open, c.openOverdue].map(String)]));
  });

  it('serves the same rows as JSON, numbers as numbers', async () => {
    for (const dataset of DATASETS) {
      const response = await download(`/api/opendata/files/${dataset.name}.json`);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const json = await response.json() as Record<string, string | number>[];
      const { header, rows } = await csvRows(dataset.name);
      expect(json.length).toBe(rows.length);
      expect(Object.keys(json[0]!)).toEqual(header);
      expect(json.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)])))).toEqual(rows);
      for (const c of dataset.columns.filter((c) => c.type === 'integer')) expect(typeof json[0]![c.key], c.key).toBe('number');
    }
  });

  it('answers 304 to a matching ETag or an unchanged Last-Modified, and keeps both while the data is unchanged', async () => {
    const first = await download(`/api/opendata/files/${STATS}.csv`);
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(Date.parse(lastModified)).not.toBeNaN();
    expect((await download(`/api/opendata/files/${STATS}.csv`, { 'if-none-match': etag })).status).toBe(304);
    expect((await download(`/api/opendata/files/${STATS}.csv`, { 'if-none-match': `"other", W/${etag}` })).status).toBe(304);
    expect((await download(`/api/opendata/files/${STATS}.csv`, { 'if-modified-since': lastModified })).status).toBe(304);
    expect((await download(`/api/opendata/files/${STATS}.csv`, { 'if-none-match': '"other"' })).status).toBe(200);
    await makeDue();
    await buildDue(t.deps);
    const again = await download(`/api/opendata/files/${STATS}.csv`);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('last-modified')).toBe(lastModified);
  });

  it('answers 404 for an unknown data set and 400 for a name that is not one', async () => {
    expect((await t.client().get('/api/opendata/files/khong-co.csv')).body.error.code).toBe('OPENDATA_DATASET_NOT_FOUND');
    expect((await t.client().get('/api/opendata/files/danh-muc.xlsx')).status).toBe(400);
  });

  it('publishes no personal data: no applicant name, number, phone, e-mail or address in any file', async () => {
    for (const dataset of DATASETS) {
      for (const format of ['csv', 'json']) {
        const text = await (await download(`/api/opendata/files/${dataset.name}.${format}`)).text();
        for (const value of Object.values(PRIVATE)) expect(text, `${dataset.name}.${format}`).not.toContain(value);
      }
      for (const c of dataset.columns) expect(c.key).not.toMatch(/ten_nguoi|ho_ten|cccd|cmnd|so_dien_thoai|email|dia_chi|nguoi_nop|applicant/);
    }
  });
});

describe('CKAN Action API v3', () => {
  it('lists the data sets (package_list)', async () => {
    const response = await t.client().get('/api/3/action/package_list');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ help: expect.stringContaining('/api/docs'), success: true, result: [CATALOG, STATS, FEEDBACK] });
  });

  it('shows a data set with CKAN\'s fields and absolute resource URLs (package_show)', async () => {
    const { body } = await t.client().get(`/api/3/action/package_show?id=${STATS}`);
    expect(body.success).toBe(true);
    const p = body.result;
    expect(p).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/), name: STATS, title: 'Thống kê giải quyết hồ sơ một cửa theo tháng và cơ quan',
      license_id: 'cc-by', license_title: 'Creative Commons Attribution 4.0', license_url: 'https://creativecommons.org/licenses/by/4.0/',
      organization: { name: 'ubnd-tinh-lang-son', title: 'UBND tỉnh Lạng Sơn', is_organization: true }, state: 'active', private: false, num_resources: 2,
    });
    expect(p.notes).toContain('trước hạn');
    expect(p.metadata_created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
    expect(p.tags.map((tag: { name: string }) => tag.name)).toContain('thống kê');
    const csv = await download(`/api/opendata/files/${STATS}.csv`);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect(p.resources[0]).toMatchObject({
      format: 'CSV', mimetype: 'text/csv', url: `${t.config.publicUrl}/api/opendata/files/${STATS}.csv`, size: bytes.length,
      hash: csv.headers.get('etag')!.replace(/"/g, ''), package_id: p.id,
    });
    expect(new Date(`${p.resources[0].last_modified}Z`).toUTCString()).toBe(csv.headers.get('last-modified'));
    expect(p.resources[1]).toMatchObject({ format: 'JSON', mimetype: 'application/json', url: `${t.config.publicUrl}/api/opendata/files/${STATS}.json` });
    // By id as well as by name.
    expect((await t.client().get(`/api/3/action/package_show?id=${p.id}`)).body.result.name).toBe(STATS);
  });

  it('searches without diacritics, with rows and start (package_search)', async () => {
    const found = (await t.client().get('/api/3/action/package_search?q=thong+ke+mot+cua')).body.result;
    expect(found.count).toBe(1);
    expect(found.results[0].name).toBe(STATS);
    expect((await t.client().get('/api/3/action/package_search?q=PHÍ LỆ PHÍ')).body.result.results.map((p: { name: string }) => p.name)).toEqual([CATALOG]);
    const page = (await t.client().get('/api/3/action/package_search?rows=1&start=1')).body.result;
    expect(page.count).toBe(3);
    expect(page.results.map((p: { name: string }) => p.name)).toEqual([STATS]);
    expect((await t.client().get('/api/3/action/package_search?q=khong+ton+tai')).body.result).toMatchObject({ count: 0, results: [] });
  });

  it('lists the publishing organization (organization_list) and shows a resource (resource_show)', async () => {
    expect((await t.client().get('/api/3/action/organization_list')).body.result).toEqual(['ubnd-tinh-lang-son']);
    expect((await t.client().get('/api/3/action/organization_list?all_fields=true')).body.result[0]).toMatchObject({ name: 'ubnd-tinh-lang-son', package_count: 3 });
    const p = (await t.client().get(`/api/3/action/package_show?id=${CATALOG}`)).body.result;
    const shown = await t.client().get(`/api/3/action/resource_show?id=${p.resources[1].id}`);
    expect(shown.body).toMatchObject({ success: true, result: { id: p.resources[1].id, format: 'JSON', url: p.resources[1].url } });
  });

  it('answers an unknown id with CKAN\'s error envelope and 404, a missing one with 409', async () => {
    for (const action of ['package_show', 'resource_show']) {
      const response = await t.client().get(`/api/3/action/${action}?id=khong-co-bo-nay`);
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ success: false, help: expect.any(String), error: { __type: 'Not Found Error', message: expect.stringContaining('Không tìm thấy') } });
    }
    const missing = await t.client().get('/api/3/action/package_show');
    expect(missing.status).toBe(409);
    expect(missing.body).toMatchObject({ success: false, error: { __type: 'Validation Error', code: 'OPENDATA_ID_MISSING' } });
    const bad = await t.client().get('/api/3/action/package_search?rows=abc');
    expect(bad.status).toBe(409);
    expect(bad.body).toMatchObject({ success: false, error: { __type: 'Validation Error', code: 'VALIDATION_FAILED' } });
  });
});

describe('building the snapshots', () => {
  it('lets only the province admin refresh and read the build status', async () => {
    expect((await t.client().post('/api/opendata/refresh', { dataset: CATALOG })).status).toBe(401);
    const citizen = await buildCitizen(t);
    expect((await citizen.client.post('/api/opendata/refresh', { dataset: CATALOG })).status).toBe(403);
    expect((await citizen.client.get('/api/opendata/builds')).status).toBe(403);
    const before = await buildCount(CATALOG);
    const refreshed = await admin.post('/api/opendata/refresh', { dataset: CATALOG });
    expect(refreshed.status).toBe(200);
    expect(await buildCount(CATALOG)).toBe(before + 1);
    const item = refreshed.body.items.find((i: { dataset: string }) => i.dataset === CATALOG);
    expect(item).toMatchObject({ title: 'Danh mục thủ tục hành chính', lastError: null, buildCount: before + 1 });
    expect(item.files.map((f: { format: string }) => f.format)).toEqual(['csv', 'json']);
    expect((await admin.post('/api/opendata/refresh', { dataset: 'khong-co' })).status).toBe(404);
    const audited = await t.db.query(`SELECT 1 FROM audit_log WHERE action = 'opendata.refresh'`);
    expect(audited.rowCount).toBeGreaterThan(0);
  });

  it('records a failed build with its message and keeps the last snapshot published', async () => {
    const before = await download(`/api/opendata/files/${CATALOG}.csv`);
    await makeDue();
    const failing: Dataset = { ...DATASETS[0]!, rows: async () => { throw new Error('nguồn dữ liệu không trả lời'); } };
    expect(await buildDue(t.deps, undefined, [failing])).toEqual([]);
    const status = (await admin.get('/api/opendata/builds')).body.items.find((i: { dataset: string }) => i.dataset === CATALOG);
    expect(status).toMatchObject({ lastError: 'nguồn dữ liệu không trả lời', lastErrorAt: expect.any(String) });
    expect(new Date(status.nextDueAt).getTime()).toBeGreaterThan(Date.now());
    const after = await download(`/api/opendata/files/${CATALOG}.csv`);
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).toBe(before.headers.get('etag'));
    // The next good build clears the error.
    await makeDue();
    await buildDue(t.deps);
    expect((await admin.get('/api/opendata/builds')).body.items.find((i: { dataset: string }) => i.dataset === CATALOG).lastError).toBeNull();
  });

  it('builds a due data set once when two nodes build at the same time', async () => {
    const other = createPool(t.databaseUrl, 5);
    try {
      await makeDue();
      const counts = await Promise.all(DATASETS.map((d) => buildCount(d.name)));
      // A slow source, so that the two builds overlap.
      const slow = DATASETS.map((d) => ({ ...d, rows: async (...args: Parameters<Dataset['rows']>) => { await new Promise((r) => setTimeout(r, 300)); return d.rows(...args); } }));
      const [a, b] = await Promise.all([buildDue(t.deps, undefined, slow), buildDue({ db: other }, undefined, slow)]);
      expect([...a, ...b].sort()).toEqual(DATASETS.map((d) => d.name).sort());
      expect(await Promise.all(DATASETS.map((d) => buildCount(d.name)))).toEqual(counts.map((n) => n + 1));
    } finally {
      await other.end();
    }
  });

  it('runs the schedule on two pollers and builds each due data set once', async () => {
    const other = createPool(t.databaseUrl, 5);
    try {
      await makeDue();
      const counts = await Promise.all(DATASETS.map((d) => buildCount(d.name)));
      const log = { error: (obj: unknown) => { throw new Error(`poll failed: ${String(obj)}`); } };
      const stops = [startOpenDataJobs(t.deps, log, { intervalMs: 50, firstDelayMs: 0 }), startOpenDataJobs({ ...t.deps, db: other }, log, { intervalMs: 50, firstDelayMs: 0 })];
      await new Promise((r) => setTimeout(r, 1_500));
      await Promise.all(stops.map((stop) => stop()));
      expect(await Promise.all(DATASETS.map((d) => buildCount(d.name)))).toEqual(counts.map((n) => n + 1));
    } finally {
      await other.end();
    }
  });
});
