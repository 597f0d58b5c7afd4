import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency, buildCitizen, buildDossier, buildOfficial, buildProcedure } from '../../../test/factories.js';
import { samplePdf } from '../../../test/samples.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('maturity scoring', () => {
  it('is defined by the province, self-assessed with evidence, reviewed, published and ranked; computed criteria fill themselves', async () => {
    const province = await t.login('admin');
    const commune = await buildAgency(t, { kind: 'commune' });
    const other = await buildAgency(t, { kind: 'commune' });
    const leader = (await buildOfficial(t, commune.id, ['leader', 'reception'])).client;
    const otherLeader = (await buildOfficial(t, other.id, 'leader')).client;
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

    // One online dossier received at the commune today: its online share is 100%.
    const citizen = await buildCitizen(t);
    const dossier = await buildDossier(t, { procedureId: (await buildProcedure(t, commune.id)).id, applicantId: citizen.id, state: 'submitted' });
    expect((await leader.post(`/api/dossiers/${dossier.id}/receive`, {})).status).toBe(200);

    expect((await leader.post('/api/operations/maturity/sets', { name: 'x', criteria: [{ groupName: 'g', name: 'n', maxPoints: 1, measure: 'self' }] })).status).toBe(403);
    const set = await province.post('/api/operations/maturity/sets', {
      name: 'Bộ tiêu chí chính quyền điện tử cấp xã 2026',
      criteria: [
        { groupName: 'Hạ tầng, nhân lực', name: 'Cán bộ được tập huấn sử dụng phần mềm', maxPoints: 10, measure: 'self' },
        { groupName: 'Dịch vụ công', name: 'Tỉ lệ hồ sơ nộp trực tuyến', maxPoints: 20, measure: 'online_share' },
      ],
    });
    expect(set.status).toBe(200);
    const period = await province.post('/api/operations/maturity/periods', { setId: set.body.id, name: 'Năm 2026', from: `${today.slice(0, 4)}-01-01`, to: today });
    expect(period.status).toBe(200);
    const base = `/api/operations/maturity/periods/${period.body.id}/agencies/${commune.id}`;

    const before = await leader.get(base);
    expect(before.status).toBe(200);
    const [selfItem, computedItem] = before.body.items;
    expect(computedItem.computedPoints).toBe(20);
    const criterion = (item: { criterion: { id: number } }) => `${base}/criteria/${item.criterion.id}`;

    expect((await leader.put(`${criterion(selfItem)}/self`, { points: 11 })).body.error.code).toBe('MATURITY_POINTS_OVER_MAX');
    expect((await leader.put(`${criterion(computedItem)}/self`, { points: 5 })).body.error.code).toBe('MATURITY_CRITERION_COMPUTED');
    expect((await leader.put(`${criterion(selfItem)}/self`, { points: 8, note: '12/12 cán bộ đã được tập huấn' })).status).toBe(200);
    const pdf = Buffer.from(await samplePdf('Danh sách tập huấn'));
    expect((await leader.upload(`${criterion(selfItem)}/evidence`, {}, { name: 'tap-huan.pdf', data: pdf, type: 'application/pdf' })).status).toBe(200);
    // Checked by content: a text file named .pdf is refused.
    expect((await leader.upload(`${criterion(selfItem)}/evidence`, {}, { name: 'gia.pdf', data: Buffer.from('không phải PDF'), type: 'application/pdf' })).status).toBe(415);
    expect((await province.get(`${criterion(selfItem)}/evidence`)).status).toBe(200);
    // Another commune's leader does not learn that this sheet exists.
    expect((await otherLeader.get(base)).status).toBe(404);
    expect((await otherLeader.put(`${criterion(selfItem)}/self`, { points: 1 })).status).toBe(404);

    expect((await province.put(`${criterion(selfItem)}/review`, { points: 6, comment: ' ' })).body.error.code).toBe('MATURITY_COMMENT_REQUIRED');
    expect((await leader.put(`${criterion(selfItem)}/review`, { points: 10, comment: 'tự nâng điểm' })).status).toBe(403);
    expect((await province.put(`${criterion(selfItem)}/review`, { points: 6, comment: 'Minh chứng chỉ có 9/12 cán bộ' })).status).toBe(200);
    const reviewed = (await leader.get(base)).body;
    expect(reviewed.items[0]).toMatchObject({ selfPoints: 8, reviewedPoints: 6, reviewComment: 'Minh chứng chỉ có 9/12 cán bộ', points: 6, evidence: { name: 'tap-huan.pdf' } });
    expect(reviewed.total).toBe(26);

    expect((await t.client().get(`/api/maturity/periods/${period.body.id}/ranking`)).status).toBe(404);
    expect((await province.post(`/api/operations/maturity/periods/${period.body.id}/publish`, {})).status).toBe(200);
    expect((await leader.put(`${criterion(selfItem)}/self`, { points: 9 })).body.error.code).toBe('MATURITY_PERIOD_PUBLISHED');
    const ranking = await t.client().get(`/api/maturity/periods/${period.body.id}/ranking`);
    expect(ranking.status).toBe(200);
    const mine = ranking.body.items.find((r: { agencyId: number }) => r.agencyId === commune.id);
    expect(mine).toMatchObject({ total: 26, rank: 1 });
    expect(ranking.body.items.find((r: { agencyId: number }) => r.agencyId === other.id).total).toBe(0);
  });
});
