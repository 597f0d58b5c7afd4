import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePdf } from '../../test/samples.js';
import { anonymousReport, submitFeedback } from '../../test/feedback/factories.js';
import { startTestApp, type ApiClient, type TestApp } from '../../test/test-app.js';
import { calendarFor } from '../modules/calendar/index.js';
import { startBaseRegistriesProcess } from '../../../simulators/base-registries/process.js';
import type { SimulatorProcess } from '../../../simulators/child.js';
import { randomBytes } from 'node:crypto';
import { demoKeyEnvironment, initPersonalData, isSealed, lookupHash, open, openBytes, parseHashKey, parseKeyEncryptionKeys, resolvePersonalDataKeys, seal, sealBytes, sealFields, sealFormAnswers } from './personal-data.js';

// What a citizen gives the platform, and must find nowhere in clear at rest or in a log line.
const CCCD = '079203004567';
const PHONE = '0987654321';
const PHONE_SPACED = '0987 654 321';
const ADDRESS = 'Số 17 ngõ Bí Mật, phường Chi Lăng';
const REPORTER_PHONE = '0961234508';

// A citizen the population registry (its simulator) knows: the demo citizen Nguyễn Văn An.
const REGISTRY_CCCD = '020095001234';

const lines: string[] = [];
let t: TestApp;
let registries: SimulatorProcess;
beforeAll(async () => {
  registries = await startBaseRegistriesProcess();
  const logStream = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
  t = await startTestApp({ logLevel: 'info', baseRegistries: { url: registries.url, timeoutMs: 2_000 } }, { logStream });
}, 60_000);
afterAll(async () => {
  await t?.close();
  await registries?.stop();
});

const COPY = '2.000815'; // Cấp bản sao từ sổ gốc, UBND phường Chi Lăng
const procedureId = async (code: string) => (await t.db.query<{ id: number }>('SELECT id FROM procedures WHERE national_code = $1', [code])).rows[0]!.id;

async function submitDossier(citizen: ApiClient) {
  const id = await procedureId(COPY);
  const procedure = await citizen.get(`/api/procedures/${id}`);
  const formData = Object.fromEntries((procedure.body.formFields as { name: string; type: string }[])
    .map((f) => [f.name, f.type === 'date' ? '2026-01-15' : f.type === 'number' ? '2' : f.type === 'id_number' ? CCCD : f.type === 'phone' ? PHONE : 'Giấy khai sinh']));
  const draft = await citizen.post('/api/dossiers', { procedureId: id, applicant: { address: ADDRESS, phone: PHONE_SPACED }, formData });
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  for (const doc of draft.body.procedureDocuments.filter((d: { optional?: boolean }) => !d.optional)) {
    const upload = await citizen.upload(`/api/dossiers/${draft.body.id}/files`, { kind: 'submission', label: doc.name },
      { name: 'to-khai.pdf', data: await samplePdf(doc.name.slice(0, 20)), type: 'application/pdf' });
    expect(upload.status, JSON.stringify(upload.body)).toBe(201);
  }
  const sent = await citizen.post(`/api/dossiers/${draft.body.id}/submit`, {});
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  return sent.body as { id: number };
}

/** Every column of every table that can hold text, with the rows in which `needle` appears in clear. */
async function findInDatabase(needle: string): Promise<string[]> {
  const columns = (await t.db.query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
       JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public' AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY', 'tsvector', 'USER-DEFINED')
      ORDER BY 1, 2`)).rows;
  expect(columns.length).toBeGreaterThan(100);
  const found: string[] = [];
  for (const { table_name: table, column_name: column, data_type: type } of columns) {
    const condition = type === 'bytea'
      ? `position(convert_to($1, 'UTF8') IN "${column}") > 0`
      : `"${column}"::text LIKE '%' || $1 || '%'`;
    const hits = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE ${condition}`, [needle]);
    if (hits.rows[0]!.n > 0) found.push(`${table}.${column} (${hits.rows[0]!.n})`);
  }
  return found;
}

describe('personal data at rest', () => {
  it('is sealed in every table and absent from every log line after real journeys, and shown in clear to those allowed', async () => {
    // A citizen registers with an ID number and a phone, submits a dossier with an address and phone.
    const citizen = t.client();
    const registered = await citizen.post('/api/auth/register', {
      username: 'bao.mat.01', password: 'matkhau-rat-dai-123', fullName: 'Phạm Thị Bảo Mật', kind: 'citizen', identityNumber: CCCD, phone: PHONE,
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    const dossier = await submitDossier(citizen);
    const reception = await t.login('tiepnhan.chilang');
    const received = await reception.post(`/api/dossiers/${dossier.id}/receive`, {});
    expect(received.status, JSON.stringify(received.body)).toBe(200);

    // The public lookup by ID number and phone finds it (through the keyed hashes), however the phone is written.
    for (const phone of [PHONE, '+84 987 654 321']) {
      const lookup = await t.client().get(`/api/public/dossiers?identityNumber=${CCCD}&phone=${encodeURIComponent(phone)}`);
      expect(lookup.status, JSON.stringify(lookup.body)).toBe(200);
      expect(lookup.body.items.map((i: { code: string }) => i.code)).toContain(received.body.code);
    }
    expect((await t.client().get(`/api/public/dossiers?identityNumber=${CCCD}&phone=0900000000`)).body.items).toEqual([]);

    // Feedback with the reporter's phone; an appointment at the counter with the citizen's phone.
    const categories = (await t.client().get('/api/feedback/categories')).body.items as { id: number }[];
    const report = await submitFeedback(t.client(), anonymousReport(categories[0]!.id, { reporter: { fullName: 'Người Báo Tin', email: 'baotin@example.vn', phone: REPORTER_PHONE } }));
    expect(report.status, JSON.stringify(report.body)).toBe(201);
    const agencyId = (await t.db.query<{ agency_id: number }>('SELECT agency_id FROM procedures WHERE id = $1', [await procedureId(COPY)])).rows[0]!.agency_id;
    const calendar = await calendarFor(t.db, agencyId);
    let day = '';
    for (let days = 2; !day; days++) {
      const candidate = new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
      if (calendar.isWorkingDay(candidate)) day = candidate;
    }
    const slots = (await t.client().get(`/api/appointments/slots?procedureId=${await procedureId(COPY)}&day=${day}`)).body;
    const booked = await citizen.post('/api/appointments', { procedureId: await procedureId(COPY), startsAt: slots.slots[0].startsAt, phone: PHONE });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    // The desk looks the applicant up in the population registry, through the integration platform's gateway
    // (its message log keeps the registry's answer in full).
    const registry = await reception.get(`/api/registries/citizens/${REGISTRY_CCCD}?dossierId=${dossier.id}`);
    expect(registry.status, JSON.stringify(registry.body)).toBe(200);
    await t.settle();

    // Those allowed see the data unchanged.
    expect((await (await t.login('admin')).get('/api/registries/lookups')).body.items.map((l: { subject: string }) => l.subject)).toContain('********1234');
    const seen = await reception.get(`/api/dossiers/${dossier.id}`);
    expect(seen.body.applicant).toMatchObject({ identityNumber: CCCD, phone: PHONE_SPACED, address: ADDRESS });
    expect((await citizen.get('/api/auth/me')).body.user).toBeDefined();
    expect((await citizen.get('/api/my/appointments')).body.items[0].phone).toBe(PHONE);

    // The scan finds what is not sealed (names are not personal data of this kind)…
    expect(await findInDatabase('Phạm Thị Bảo Mật')).toContain('users.full_name (1)');
    // …and no table holds them in clear, in any column of text, JSON, bytes, arrays or search vectors.
    for (const needle of [CCCD, PHONE, PHONE_SPACED, REPORTER_PHONE, 'ngõ Bí Mật', REGISTRY_CCCD]) {
      expect(await findInDatabase(needle), needle).toEqual([]);
    }
    // The stored applicant is sealed, with its lookup hashes beside it.
    const stored = (await t.db.query<{ applicant: string; ih: string }>(
      `SELECT applicant::text AS applicant, applicant_identity_hash AS ih FROM dossiers WHERE id = $1`, [dossier.id])).rows[0]!;
    expect(JSON.parse(stored.applicant).identityNumber).toMatch(/^enc:v1:[0-9a-f]{16}:/);
    expect(stored.ih).toBe(lookupHash('identity', CCCD));

    // In the logs: the lookup's URL, the requests, the jobs: masked.
    const log = lines.join('');
    expect(log).toContain('/api/public/dossiers?identityNumber=0792******67');
    for (const needle of [CCCD, PHONE, REPORTER_PHONE, REGISTRY_CCCD]) expect(log, needle).not.toContain(needle);
  });

  it('seals rows an older version stored in clear at start-up, once, keeping them readable', async () => {
    const clear = '012345678999';
    const user = (await t.db.query<{ id: number }>(
      `INSERT INTO users (username, password_hash, kind, full_name, identity_number, phone) VALUES ('cu.ro.01', 'x', 'citizen', 'Người Cũ', $1, '0911000111') RETURNING id`, [clear])).rows[0]!.id;
    // An e-form stored in clear: an ID number and an address among its answers.
    const dossier = (await t.db.query<{ id: number }>('SELECT id::int FROM dossiers ORDER BY id LIMIT 1')).rows[0]!.id;
    const answers = { so_cccd: '012345678998', noi_o: JSON.stringify({ province: '20', district: '178', commune: '06070', street: 'Số 1 ngõ Cũ Kỹ' }), so_ban: '2' };
    await t.db.query('UPDATE dossiers SET form_data = $2 WHERE id = $1', [dossier, JSON.stringify(answers)]);
    const node = await t.secondNode();
    await node.close();
    expect((await t.db.query<{ form_data: unknown }>('SELECT form_data FROM dossiers WHERE id = $1', [dossier])).rows[0]!.form_data).toEqual(answers);
    expect(await findInDatabase('012345678998')).toEqual([]);
    expect(await findInDatabase('ngõ Cũ Kỹ')).toEqual([]);
    const row = (await t.db.query<{ raw: string; hash: string; phone: string }>(
      'SELECT identity_number::bytea::text AS raw, identity_number_hash AS hash, phone FROM users WHERE id = $1', [user])).rows[0]!;
    expect(Buffer.from(row.raw.slice(2), 'hex').toString()).toMatch(/^enc:v1:/);
    expect(row.hash).toBe(lookupHash('identity', clear));
    expect(row.phone).toBe('0911000111');
    expect(await findInDatabase(clear)).toEqual([]);
  });
});

describe('sealing', () => {
  it('seals with a random iv, opens what it sealed, leaves clear text and tampered values as they are', () => {
    const a = seal(CCCD);
    expect(a).not.toBe(seal(CCCD));
    expect(isSealed(a)).toBe(true);
    expect(open(a)).toBe(CCCD);
    expect(seal(a)).toBe(a);
    expect(open('0912345678')).toBe('0912345678');
    const tampered = a.slice(0, -3) + (a.endsWith('A') ? 'BBB' : 'AAA');
    expect(open(tampered)).toBe(tampered);
    expect(seal(null)).toBeNull();
    const bytes = Buffer.from(`{"SoDinhDanh":"${CCCD}"}`);
    const sealedBytes = sealBytes(bytes);
    expect(sealedBytes.includes(Buffer.from(CCCD))).toBe(false);
    expect(openBytes(sealedBytes).equals(bytes)).toBe(true);
    expect(sealBytes(Buffer.alloc(0)).length).toBe(0);
    expect(openBytes(sealBytes(Buffer.from('x'))).toString()).toBe('x');
    expect(sealFields({ a: { identityNumber: CCCD, fullName: 'X' }, list: [{ phone: PHONE }] })).toMatchObject({ a: { fullName: 'X' } });
    expect(JSON.stringify(sealFields({ a: { identityNumber: CCCD }, list: [{ phone: PHONE }] }))).not.toMatch(new RegExp(`${CCCD}|${PHONE}`));
    // E-form answers: ID numbers, phones and addresses (an address field's JSON, a field named as an address) sealed.
    const address = JSON.stringify({ province: '20', district: '178', commune: '06070', street: 'Số 9 ngõ Bí Mật' });
    const answers = sealFormAnswers({ so_cccd: CCCD, dien_thoai: PHONE_SPACED, noi_o: address, dia_chi_thua_dat: 'Thửa 12, tờ bản đồ 3', so_ban: '2', ten_giay_to: 'Giấy khai sinh', ngay: '2026-01-15' });
    expect(Object.entries(answers).filter(([, v]) => isSealed(v)).map(([k]) => k)).toEqual(['so_cccd', 'dien_thoai', 'noi_o', 'dia_chi_thua_dat']);
    expect(open(answers.noi_o)).toBe(address);
  });

  it('reads DATA_ENCRYPTION_KEY entries and refuses malformed ones', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(parseKeyEncryptionKeys(`k2:${key},k1:${key}`).map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(() => parseKeyEncryptionKeys('k1:c2hvcnQ=')).toThrow(/32 bytes/);
    expect(() => parseKeyEncryptionKeys(`k1:${key},k1:${key}`)).toThrow(/twice/);
    expect(() => parseKeyEncryptionKeys('no colon')).toThrow(/id:base64/);
  });
});

describe('keys', () => {
  it('refuses to start outside demo mode without DATA_ENCRYPTION_KEY and DATA_HASH_KEY', async () => {
    await expect(resolvePersonalDataKeys({ encryptionKey: undefined, hashKey: undefined, demo: false, dataDir: t.config.dataDir })).rejects.toThrow(/required outside demo mode/);
  });

  it('rotates the key-encryption key: a new data key for new values, older ones re-wrapped, every value still readable', async () => {
    const demo = await demoKeyEnvironment(t.config.dataDir);
    const [old] = parseKeyEncryptionKeys(demo.DATA_ENCRYPTION_KEY);
    const hashKey = parseHashKey(demo.DATA_HASH_KEY);
    const before = seal(CCCD);
    const next = { id: 'k2027', key: randomBytes(32) };
    await initPersonalData(t.db, { keks: [next, old!], hashKey });
    const after = seal(CCCD);
    expect(after.split(':')[2]).not.toBe(before.split(':')[2]);
    const keys = (await t.db.query<{ generation: string; kek_id: string }>('SELECT generation, kek_id FROM data_keys ORDER BY created_at')).rows;
    expect(keys).toEqual([{ generation: 'demo', kek_id: 'k2027' }, { generation: 'k2027', kek_id: 'k2027' }]);
    // The old key can now be dropped: every data key is wrapped by the new one.
    await initPersonalData(t.db, { keks: [next], hashKey });
    expect([open(before), open(after)]).toEqual([CCCD, CCCD]);
    // Without the key wrapping the data keys, a node refuses to start rather than write what it cannot read back.
    await expect(initPersonalData(t.db, { keks: [old!], hashKey })).rejects.toThrow(/missing from DATA_ENCRYPTION_KEY/);
  });
});
