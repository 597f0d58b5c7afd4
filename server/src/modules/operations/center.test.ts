import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../../platform/time.js';
import { buildAgency, buildCitizen, buildDossier, buildDossierFile, buildOfficial, buildProcedure } from '../../../test/factories.js';
import { startTestApp, type ApiClient, type TestApp } from '../../../test/test-app.js';
import { rebuildOperationsRollups } from './index.js';
import type { Figures } from './rules.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type Desk = { id: number; staff: ApiClient };
const today = localDay(new Date());
const shift = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The figures of a dashboard, straight from the dossiers table (no rollup, no view): the recount the others must equal. */
async function recount(agencyIds: number[], from: string, to: string) {
  const ld = (c: string) => `(${c} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
  const row = (await t.db.query<Record<string, number>>(
    `SELECT count(*) FILTER (WHERE received_at IS NOT NULL AND ${ld('received_at')} BETWEEN $2 AND $3)::int AS received,
            count(*) FILTER (WHERE received_at IS NOT NULL AND ${ld('received_at')} BETWEEN $2 AND $3 AND channel = 'online')::int AS "receivedOnline",
            count(*) FILTER (WHERE received_at IS NOT NULL AND ${ld('received_at')} < $2 AND status NOT IN ('withdrawn', 'stopped')
                               AND NOT (resolved_at IS NOT NULL AND outcome IS NOT NULL AND ${ld('resolved_at')} < $2))::int AS "carriedOver",
            count(*) FILTER (WHERE outcome IS NOT NULL AND ${ld('resolved_at')} BETWEEN $2 AND $3 AND ${ld('resolved_at')} < ${ld('due_at')})::int AS "resolvedEarly",
            count(*) FILTER (WHERE outcome IS NOT NULL AND ${ld('resolved_at')} BETWEEN $2 AND $3 AND resolved_at <= due_at AND ${ld('resolved_at')} >= ${ld('due_at')})::int AS "resolvedOnTime",
            count(*) FILTER (WHERE outcome IS NOT NULL AND ${ld('resolved_at')} BETWEEN $2 AND $3 AND resolved_at > due_at)::int AS "resolvedLate",
            count(*) FILTER (WHERE received_at IS NOT NULL AND status IN ('received', 'processing', 'awaiting_supplement'))::int AS pending,
            count(*) FILTER (WHERE status IN ('received', 'processing') AND due_at < now())::int AS "pendingOverdue",
            count(*) FILTER (WHERE received_at IS NOT NULL AND ${ld('received_at')} BETWEEN $2 AND $3 AND supplement_count > 0)::int AS supplemented
       FROM dossiers WHERE receiving_agency_id = ANY($1::bigint[])`, [agencyIds, from, to])).rows[0]!;
  return row;
}
const pick = (f: Figures) => ({
  received: f.received, receivedOnline: f.receivedOnline, carriedOver: f.carriedOver, resolvedEarly: f.resolvedEarly, resolvedOnTime: f.resolvedOnTime,
  resolvedLate: f.resolvedLate, pending: f.pending, pendingOverdue: f.pendingOverdue, supplemented: f.supplemented,
});
const subtree = async (id: number) => (await t.db.query<{ id: number }>(
  `WITH RECURSIVE s AS (SELECT id FROM agencies WHERE id = $1 UNION SELECT a.id FROM agencies a JOIN s ON a.parent_id = s.id) SELECT id::int FROM s`, [id])).rows.map((r) => r.id);

describe('the operations center', () => {
  let district: Desk; let communeA: Desk; let communeB: Desk; let department: Desk;
  let province: ApiClient; let leaderB: ApiClient; let citizen: Awaited<ReturnType<typeof buildCitizen>>;
  let procedures: Record<'district' | 'communeA' | 'communeB', number>;
  const ids: number[] = [];

  beforeAll(async () => {
    const d = await buildAgency(t, { kind: 'district' });
    const a = await buildAgency(t, { parentId: d.id, kind: 'commune' });
    const b = await buildAgency(t, { parentId: d.id, kind: 'commune' });
    const p = await buildAgency(t, { kind: 'department' });
    const desk = async (id: number) => ({ id, staff: (await buildOfficial(t, id, ['reception', 'specialist', 'leader'])).client });
    [district, communeA, communeB, department] = await Promise.all([desk(d.id), desk(a.id), desk(b.id), desk(p.id)]);
    province = (await buildOfficial(t, await t.db.query<{ id: number }>('SELECT id FROM agencies WHERE parent_id IS NULL').then((r) => r.rows[0]!.id), 'leader')).client;
    leaderB = (await buildOfficial(t, b.id, 'leader')).client;
    citizen = await buildCitizen(t);
    procedures = {
      // Liên thông: the district receives, its department-level step is the department's.
      district: (await buildProcedure(t, d.id, { steps: [{ name: 'Thẩm định', role: 'specialist', agencyId: p.id, timeShare: 50 }, { name: 'Phê duyệt', role: 'leader', agencyId: null, timeShare: 50 }] })).id,
      communeA: (await buildProcedure(t, a.id)).id,
      communeB: (await buildProcedure(t, b.id)).id,
    };
  });

  async function submitted(procedureId: number, online = true) {
    const dossier = await buildDossier(t, { procedureId, applicantId: online ? citizen.id : undefined, state: 'submitted' });
    ids.push(dossier.id);
    return dossier.id;
  }
  async function act(client: ApiClient, id: number, action: string, body: object = {}) {
    const r = await client.post(`/api/dossiers/${id}/${action}`, body);
    expect(r.status, `${action}: ${JSON.stringify(r.body)}`).toBe(200);
    return r.body;
  }
  /** Receives, processes through every step (the step's agency acts) and approves. */
  async function resolve(desk: Desk, id: number, stepDesks: Desk[]) {
    await act(desk.staff, id, 'start-processing');
    for (const [i, step] of stepDesks.entries()) {
      if (i === stepDesks.length - 1) break;
      if (i === stepDesks.length - 2) await buildDossierFile(t, id, { kind: 'result', label: 'Kết quả' });
      await act(step.staff, id, 'forward');
    }
    await act(stepDesks.at(-1)!.staff, id, 'approve');
  }

  async function dashboard(client: ApiClient, agencyId: number, from: string, to: string) {
    const r = await client.get(`/api/operations/dashboard?agencyId=${agencyId}&from=${from}&to=${to}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body as { figures: Figures; children: { agency: { id: number }; figures: Figures }[]; trend: { month: string; received: number }[] };
  }

  async function expectAgreement(periods: [string, string][]) {
    for (const agencyId of [district.id, communeA.id, communeB.id, department.id]) {
      const tree = await subtree(agencyId);
      for (const [from, to] of periods) {
        const shown = await dashboard(province, agencyId, from, to);
        const raw = await recount(tree, from, to);
        expect(pick(shown.figures), `agency ${agencyId} ${from}..${to}`).toEqual(raw);
        // The drill-down lists hold exactly the dossiers behind each figure.
        for (const [measure, figure] of [['received', 'received'], ['carried_over', 'carriedOver'], ['resolved_late', 'resolvedLate'], ['pending', 'pending']] as const) {
          const list = await province.get(`/api/operations/dossiers?agencyId=${agencyId}&measure=${measure}&from=${from}&to=${to}&pageSize=100`);
          expect(list.body.total, `${measure} of ${agencyId}`).toBe(shown.figures[figure]);
        }
        // The report's lines are the dashboard's figures.
        const xlsx = await fetchBinary(province, `/api/operations/reports/one-stop.xlsx?agencyId=${agencyId}&from=${from}&to=${to}`);
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(xlsx as never);
        const line = book.worksheets[0]!.getRow(5).values as unknown[];
        const f = shown.figures;
        expect(line.slice(3, 14)).toEqual([f.carriedOver + f.received, f.carriedOver, f.receivedOnline, f.receivedDirect, f.resolved, f.resolvedEarly, f.resolvedOnTime, f.resolvedLate, f.pending, f.pendingWithin, f.pendingOverdue]);
        // The index counts the same dossiers.
        const quality = (await province.get(`/api/operations/quality?agencyId=${agencyId}&from=${from}&to=${to}`)).body;
        const tdgq = quality.index.indicators.find((i: { code: string }) => i.code === 'TDGQ.1');
        expect(tdgq.denominator).toBe(f.resolved);
      }
    }
  }

  async function fetchBinary(client: ApiClient, url: string): Promise<Buffer> {
    const r = await client.request<string>('GET', url);
    expect(r.status).toBe(200);
    // ApiClient reads text; read again as bytes through the same cookies.
    return Buffer.from(await (await (client as unknown as { send: (m: string, p: string, h: object) => Promise<Response> }).send('GET', url, {})).arrayBuffer());
  }

  it('agrees with a raw recount after a scripted series of transitions, for several agencies, levels and periods', async () => {
    // Commune A: three received (two online, one at the counter), one resolved, one awaiting a supplement, one withdrawn.
    const a1 = await submitted(procedures.communeA); await act(communeA.staff, a1, 'receive'); await resolve(communeA, a1, [communeA, communeA]);
    const a2 = await submitted(procedures.communeA); await act(communeA.staff, a2, 'receive'); await act(communeA.staff, a2, 'request-supplement', { reason: 'Thiếu bản sao', items: ['Bản sao'] });
    const a3 = await submitted(procedures.communeA, false); await act(communeA.staff, a3, 'receive');
    const a4 = await submitted(procedures.communeA); await act(communeA.staff, a4, 'receive'); await act(citizen.client, a4, 'withdraw', { reason: 'Không cần nữa' });
    // Commune B: one received and returned.
    const b1 = await submitted(procedures.communeB); await act(communeB.staff, b1, 'receive'); await resolve(communeB, b1, [communeB, communeB]);
    await act(communeB.staff, b1, 'return');
    // District: liên thông through the department.
    const d1 = await submitted(procedures.district); await act(district.staff, d1, 'receive'); await resolve(district, d1, [department, district]);
    const d2 = await submitted(procedures.district); await act(district.staff, d2, 'receive'); await act(district.staff, d2, 'start-processing');

    const shown = await dashboard(province, district.id, today, today);
    expect(pick(shown.figures)).toMatchObject({ received: 7, receivedOnline: 6, pending: 3, resolvedEarly: 3 });
    expect(shown.children.find((c) => c.agency.id === communeA.id)!.figures.received).toBe(4);
    expect(shown.trend.at(-1)!.received).toBe(7);
    await expectAgreement([[today, today], [shift(today, -30), today], [shift(today, -1), shift(today, -1)], [`${today.slice(0, 7)}-01`, shift(today, 40)]]);
  });

  it('agrees across periods once dossiers lie in earlier months and one of them is resolved today', async () => {
    // Dossiers received 45 and 70 days ago, one resolved 40 days ago (late), one still open: rebuilt from the dossiers.
    const old = await Promise.all([submitted(procedures.communeA), submitted(procedures.communeB), submitted(procedures.communeB)]);
    for (const [i, id] of old.entries()) {
      const desk = i === 0 ? communeA : communeB;
      await act(desk.staff, id, 'receive');
      await act(desk.staff, id, 'start-processing');
    }
    await t.db.query(`UPDATE dossiers SET received_at = received_at - interval '70 days', due_at = due_at - interval '60 days' WHERE id = $1`, [old[0]]);
    await t.db.query(`UPDATE dossiers SET received_at = received_at - interval '45 days', due_at = due_at - interval '44 days', status = 'result_ready', outcome = 'approved',
      resolved_at = now() - interval '40 days' WHERE id = $1`, [old[1]]);
    await t.db.query(`UPDATE dossiers SET received_at = received_at - interval '45 days', due_at = due_at - interval '40 days' WHERE id = $1`, [old[2]]);
    await rebuildOperationsRollups(t.db);
    // Then the old open dossier of commune A is resolved today, late, through the life cycle (the hook).
    await buildDossierFile(t, old[0]!, { kind: 'result', label: 'Kết quả' });
    await act(communeA.staff, old[0]!, 'forward');
    await act(communeA.staff, old[0]!, 'approve');
    const shown = await dashboard(province, communeA.id, today, today);
    expect(shown.figures.resolvedLate).toBe(1);
    expect(shown.figures.carriedOver).toBeGreaterThanOrEqual(1);
    await expectAgreement([[today, today], [shift(today, -50), shift(today, -41)], [shift(today, -100), shift(today, -60)], [shift(today, -75), today], [`${shift(today, -70).slice(0, 7)}-01`, today]]);
  });

  it('renders the report as a PDF with the same figures', async () => {
    const shown = await dashboard(province, district.id, today, today);
    const pdf = await fetchBinary(province, `/api/operations/reports/one-stop.pdf?agencyId=${district.id}&from=${today}&to=${today}`);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ops-')), 'r.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('TỔNG HỢP TÌNH HÌNH');
    const totalLine = text.split('\n').find((l) => l.trim().startsWith('Tổng'))!;
    const numbers = totalLine.split(/\s+/).filter((w) => /^\d[\d.]*$/.test(w)).map((w) => Number(w.replace(/\./g, '')));
    const f = shown.figures;
    expect(numbers.slice(-11)).toEqual([f.carriedOver + f.received, f.carriedOver, f.receivedOnline, f.receivedDirect, f.resolved, f.resolvedEarly, f.resolvedOnTime, f.resolvedLate, f.pending, f.pendingWithin, f.pendingOverdue]);
  });

  it("keeps an agency's figures and dossiers from another agency's leader", async () => {
    expect((await leaderB.get(`/api/operations/dossiers?agencyId=${communeA.id}&measure=received&from=${today}&to=${today}`)).status).toBe(404);
    expect((await leaderB.get(`/api/operations/dashboard?agencyId=${district.id}&from=${today}&to=${today}`)).status).toBe(404);
    const own = await leaderB.get(`/api/operations/dossiers?agencyId=${communeB.id}&measure=received&from=${shift(today, -100)}&to=${today}`);
    expect(own.status).toBe(200);
    expect(own.body.items.every((d: { agencyId: number }) => d.agencyId === communeB.id)).toBe(true);
    expect((await citizen.client.get(`/api/operations/dashboard?from=${today}&to=${today}`)).body.error.code).toBe('OPS_NOT_LEADER');
    expect((await province.get(`/api/operations/dashboard?from=${today}&to=${shift(today, -1)}`)).body.error.code).toBe('OPS_BAD_PERIOD');
  });

  it('publishes the index of the province and its agencies without signing in', async () => {
    const r = await t.client().get(`/api/quality-index?agencyId=${district.id}&from=${today}&to=${today}`);
    expect(r.status).toBe(200);
    expect(r.body.index.groups.map((g: { code: string }) => g.code)).toEqual(['CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDHL', 'MDSH']);
    expect(r.body.children.map((c: { agency: { id: number } }) => c.agency.id).sort()).toEqual([communeA.id, communeB.id].sort());
  });

  it('tells a dashboard, over server-sent events, that a figure changed when a dossier of its tree moves', async () => {
    const client = province as unknown as { send: (m: string, p: string, h: object) => Promise<Response> };
    const response = await client.send('GET', `/api/operations/stream?agencyId=${communeA.id}`, {});
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let received = '';
    // One read at a time: a read left waiting when the deadline check comes keeps its chunk for the next turn.
    let reading: Promise<ReadableStreamReadResult<Uint8Array>> | undefined;
    const until = async (text: string) => {
      const deadline = Date.now() + 5_000;
      while (!received.includes(text)) {
        if (Date.now() > deadline) throw new Error(`no "${text}" in ${received}`);
        reading ??= reader.read();
        const chunk = await Promise.race([reading, new Promise<undefined>((r) => setTimeout(() => r(undefined), 500))]);
        if (chunk === undefined) continue;
        reading = undefined;
        if (chunk.value) received += decoder.decode(chunk.value);
      }
    };
    await until('event: ready');
    const id = await submitted(procedures.communeA);
    await act(communeA.staff, id, 'receive');
    await until('event: changed');
    expect(received).toContain(`"agencyId":${communeA.id}`);
    await reader.cancel();
  });
});
