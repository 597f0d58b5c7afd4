import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePdf } from '../../../test/samples.js';
import { anonymousReport, phonePhoto, POINTS, submitFeedback } from '../../../test/feedback/factories.js';
import { startTestApp, type ApiClient, type TestApp } from '../../../test/test-app.js';
import { escalateOverdue } from './index.js';

process.env.FEEDBACK_RATE_LIMIT_PER_MINUTE = '100000';

let t: TestApp;
let anonymous: ApiClient;
let categories: Record<string, number>;
let agencies: Record<string, number>;
let users: Record<string, number>;
const staff: Record<string, ApiClient> = {};
const as = async (username: string) => (staff[username] ??= await t.login(username));

beforeAll(async () => {
  t = await startTestApp();
  anonymous = t.client();
  const list = (await anonymous.get('/api/feedback/categories')).body.items as { id: number; code: string }[];
  categories = Object.fromEntries(list.map((c) => [c.code, c.id]));
  const rows = (await t.db.query<{ id: number; code: string }>('SELECT id, code FROM agencies')).rows;
  const byCode = Object.fromEntries(rows.map((a) => [a.code, a.id]));
  agencies = {
    vp: byCode['000.00.01.H37']!, sgtvt: byCode['000.00.14.H37']!, stnmt: byCode['000.00.16.H37']!, tpls: byCode['000.00.21.H37']!,
    chilang: byCode['000.01.21.H37']!, caoloc: byCode['000.00.22.H37']!, hopthanh: byCode['000.02.22.H37']!,
  };
  users = Object.fromEntries((await t.db.query<{ id: number; username: string }>('SELECT id, username FROM users')).rows.map((u) => [u.username, u.id]));
});
afterAll(async () => {
  await t?.close();
});

async function submit(report: Record<string, unknown>, client = anonymous) {
  const response = await submitFeedback(client, report);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  const row = (await t.db.query<{ id: number; agency_id: number; due_at: Date }>('SELECT id, agency_id, due_at FROM feedback_reports WHERE code = $1', [response.body.trackingCode])).rows[0]!;
  return { code: response.body.trackingCode as string, id: Number(row.id), agencyId: Number(row.agency_id), dueAt: row.due_at, reporterKey: response.body.reporterKey as string };
}

describe('POST /api/feedback/reports: routing', () => {
  it('sends a commune-level matter to the commune whose polygon holds the point', async () => {
    const r = await submit(anonymousReport(categories['moi-truong']!));
    expect(r.agencyId).toBe(agencies.chilang);
  });

  it('sends a district-level matter to the district of the point', async () => {
    expect((await submit(anonymousReport(categories['ha-tang-giao-thong']!))).agencyId).toBe(agencies.tpls);
    expect((await submit(anonymousReport(categories['ha-tang-giao-thong']!, { location: POINTS.hopThanh }))).agencyId).toBe(agencies.caoloc);
    expect((await submit(anonymousReport(categories['moi-truong']!, { location: POINTS.hopThanh }))).agencyId).toBe(agencies.hopthanh);
  });

  it("sends a point outside every area, or a report with an address only, to the category's default agency", async () => {
    expect((await submit(anonymousReport(categories['ha-tang-giao-thong']!, { location: POINTS.outside }))).agencyId).toBe(agencies.sgtvt);
    expect((await submit(anonymousReport(categories['moi-truong']!, { location: null, address: '12 Bà Triệu' }))).agencyId).toBe(agencies.stnmt);
  });

  it('sends a matter of a fixed agency there wherever the point lies', async () => {
    expect((await submit(anonymousReport(categories['y-te']!))).agencyId).toBe(agencies.vp);
  });

  it('sets the deadline in working days on the agency calendar, and answers the area of a point', async () => {
    const r = await submit(anonymousReport(categories['moi-truong']!));
    const days = (r.dueAt.getTime() - Date.now()) / 86_400_000;
    // 10 working days: two weeks of calendar at least, less than four even across holidays.
    expect(days).toBeGreaterThan(11);
    expect(days).toBeLessThan(28);
    const area = await anonymous.get(`/api/feedback/areas/at?lat=${POINTS.chiLang.lat}&lng=${POINTS.chiLang.lng}`);
    expect(area.body).toEqual({ district: { agencyId: agencies.tpls, name: 'Thành phố Lạng Sơn' }, commune: { agencyId: agencies.chilang, name: 'Phường Chi Lăng' } });
  });
});

describe('POST /api/feedback/reports: bad input writes nothing', () => {
  const count = async () => Number((await t.db.query('SELECT count(*) FROM feedback_reports')).rows[0].count);

  it('refuses 6 photos, a PDF as a photo, an out-of-range point, a visitor without contact, an official', async () => {
    const before = await count();
    const photo = await phonePhoto();
    const six = await submitFeedback(anonymous, anonymousReport(categories['moi-truong']!), Array.from({ length: 6 }, () => photo));
    expect(six.status).toBe(400);
    expect(six.body.error.code).toBe('FEEDBACK_TOO_MANY_PHOTOS');
    const pdf = await submitFeedback(anonymous, anonymousReport(categories['moi-truong']!), [{ name: 'anh.jpg', type: 'image/jpeg', data: Buffer.from(await samplePdf('x')) }]);
    expect(pdf.status).toBe(415);
    expect(pdf.body.error.code).toBe('FEEDBACK_PHOTO_TYPE');
    const svg = await submitFeedback(anonymous, anonymousReport(categories['moi-truong']!), [{ name: 'a.png', type: 'image/png', data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') }]);
    expect(svg.status).toBe(415);
    for (const location of [{ lat: 91, lng: 106 }, { lat: 21, lng: 181 }, { lat: -91, lng: 0 }]) {
      const response = await submitFeedback(anonymous, anonymousReport(categories['moi-truong']!, { location }));
      expect(response.status, JSON.stringify(location)).toBe(400);
      expect(response.body.error.message).toMatch(/không hợp lệ/);
    }
    const noContact = await submitFeedback(anonymous, anonymousReport(categories['moi-truong']!, { reporter: { fullName: 'Khách' }, channels: [] }));
    expect(noContact.body.error.code).toBe('FEEDBACK_REPORTER_REQUIRED');
    const noPlace = await submitFeedback(anonymous, anonymousReport(categories['moi-truong']!, { location: null, address: null }));
    expect(noPlace.body.error.code).toBe('FEEDBACK_LOCATION_REQUIRED');
    const inApp = await submitFeedback(anonymous, anonymousReport(categories['moi-truong']!, { channels: ['in_app'] }));
    expect(inApp.body.error.code).toBe('FEEDBACK_CHANNEL_UNAVAILABLE');
    const json = await anonymous.post('/api/feedback/reports', anonymousReport(categories['moi-truong']!));
    expect(json.status).toBe(415);
    const official = await submitFeedback(await as('chuyenvien.chilang'), anonymousReport(categories['moi-truong']!));
    expect(official.status).toBe(403);
    expect(await count()).toBe(before);
  });
});

describe('photos', () => {
  it('re-encodes photos upright, scaled, without EXIF or GPS', async () => {
    const response = await submitFeedback(anonymous, anonymousReport(categories['moi-truong']!), [await phonePhoto({ width: 64, height: 32, orientation: 6 }), await phonePhoto({ width: 3000, height: 2000 })]);
    expect(response.status).toBe(201);
    expect(response.body.photos).toBe(2);
    const photos = (await t.db.query<{ id: number }>('SELECT p.id FROM feedback_photos p JOIN feedback_reports r ON r.id = p.report_id WHERE r.code = $1 ORDER BY p.position', [response.body.trackingCode])).rows;
    const officer = await as('chuyenvien.chilang');
    const first = await officer.download(`/api/feedback/photos/${photos[0]!.id}`);
    expect(first.status).toBe(200);
    const meta = await sharp(first.data).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    // Orientation 6 (rotate 90°): the 64×32 picture is stored 32×64.
    expect([meta.width, meta.height]).toEqual([32, 64]);
    expect(first.data.includes(Buffer.from('DemoPhone'))).toBe(false);
    const second = await sharp((await officer.download(`/api/feedback/photos/${photos[1]!.id}`)).data).metadata();
    expect(Math.max(second.width!, second.height!)).toBe(1600);
    // The report is not public yet: the public does not see its photos.
    expect((await anonymous.download(`/api/feedback/photos/${photos[0]!.id}`)).status).toBe(404);
    // Nor does the report's page list them, while its code already opens it.
    const page = await anonymous.get(`/api/feedback/public/reports/${response.body.trackingCode}`);
    expect(page.status).toBe(200);
    expect(page.body.photos).toEqual([]);
  });
});

describe('staff workflow', () => {
  it('publishes an answer only once a leader of the agency approves it, and the reporter rates it once', async () => {
    const r = await submit(anonymousReport(categories['moi-truong']!));
    const reception = await as('tiepnhan.chilang');
    const specialist = await as('chuyenvien.chilang');
    const leader = await as('lanhdao.chilang');
    expect((await specialist.post(`/api/feedback/reports/${r.id}/answer`, { text: 'Đã giao tổ vệ sinh môi trường xử lý.' })).status).toBe(409);
    expect((await reception.post(`/api/feedback/reports/${r.id}/accept`, { assigneeId: users['chuyenvien.chilang'] })).status).toBe(200);
    expect((await reception.post(`/api/feedback/reports/${r.id}/answer`, { text: 'Đã giao tổ vệ sinh môi trường xử lý.' })).status).toBe(403);
    expect((await specialist.post(`/api/feedback/reports/${r.id}/answer`, { text: 'Đã giao tổ vệ sinh môi trường xử lý trong ngày.' })).status).toBe(200);
    expect((await specialist.post(`/api/feedback/reports/${r.id}/answer/approve`)).status).toBe(403);
    let pub = await anonymous.get(`/api/feedback/public/reports/${r.code}`);
    expect(pub.body.status).toBe('awaiting_approval');
    expect(pub.body.answer).toBeNull();
    // Returned with a comment, drafted again, approved.
    expect((await leader.post(`/api/feedback/reports/${r.id}/answer/return`, { comment: 'Nêu rõ thời gian hoàn thành.' })).status).toBe(200);
    expect((await specialist.get(`/api/feedback/reports/${r.id}`)).body.answer).toMatchObject({ status: 'returned', comment: 'Nêu rõ thời gian hoàn thành.' });
    expect((await anonymous.get(`/api/feedback/public/reports/${r.code}`)).body.answer).toBeNull();
    expect((await specialist.post(`/api/feedback/reports/${r.id}/answer`, { text: 'Tổ vệ sinh môi trường đã thu gom rác trong ngày 07/12/2026.' })).status).toBe(200);
    expect((await (await as('lanhdao.tpls')).post(`/api/feedback/reports/${r.id}/answer/approve`)).status).toBe(403);
    expect((await leader.post(`/api/feedback/reports/${r.id}/answer/approve`)).status).toBe(200);
    pub = await anonymous.get(`/api/feedback/public/reports/${r.code}`);
    expect(pub.body.status).toBe('answered');
    expect(pub.body.answer).toMatchObject({ text: 'Tổ vệ sinh môi trường đã thu gom rác trong ngày 07/12/2026.', agencyName: 'UBND phường Chi Lăng' });
    expect(pub.body.timeline.map((e: { action: string }) => e.action)).toEqual(['submit', 'accept', 'approve']);
    expect(JSON.stringify(pub.body.timeline)).not.toMatch(/Lăng Văn|chuyenvien|lanhdao/);
    const history = (await leader.get(`/api/feedback/reports/${r.id}`)).body.history as { action: string; actorName: string | null }[];
    expect(history.map((h) => h.action)).toEqual(['submit', 'accept', 'answer', 'return', 'answer', 'approve']);
    expect(history[2]!.actorName).toBeTruthy();
    // The answer goes out after commit; the audit has every step.
    await t.settle();
    const audit = await t.db.query('SELECT action FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY id', ['feedback_report', String(r.id)]);
    expect(audit.rows.map((a) => a.action)).toEqual(['feedback.submit', 'feedback.accept', 'feedback.answer', 'feedback.return', 'feedback.answer', 'feedback.approve']);
    // Rating: the reporter's key only, once.
    expect((await anonymous.post(`/api/feedback/public/reports/${r.code}/rating`, { score: 5 })).status).toBe(403);
    expect((await anonymous.post(`/api/feedback/public/reports/${r.code}/rating`, { score: 5, reporterKey: 'x'.repeat(32) })).status).toBe(403);
    expect((await anonymous.post(`/api/feedback/public/reports/${r.code}/rating`, { score: 4, comment: 'Xử lý nhanh', reporterKey: r.reporterKey })).status).toBe(200);
    expect((await anonymous.post(`/api/feedback/public/reports/${r.code}/rating`, { score: 1, reporterKey: r.reporterKey })).status).toBe(409);
    expect((await anonymous.get(`/api/feedback/public/reports/${r.code}`)).body.rating).toMatchObject({ score: 4, comment: 'Xử lý nhanh' });
  });

  it('re-routes with a reason: the new agency gets it with a new deadline, the old one no longer sees it', async () => {
    const r = await submit(anonymousReport(categories['ha-tang-giao-thong']!));
    expect(r.agencyId).toBe(agencies.tpls);
    const tpls = await as('tiepnhan.tpls');
    await t.db.query(`UPDATE feedback_reports SET due_at = now() - interval '1 day', escalated_at = now() WHERE id = $1`, [r.id]);
    expect((await tpls.post(`/api/feedback/reports/${r.id}/reroute`, { agencyId: agencies.caoloc, reason: 'Đoạn đường thuộc địa bàn huyện Cao Lộc' })).status).toBe(200);
    const row = (await t.db.query('SELECT agency_id, due_at, escalated_at, status FROM feedback_reports WHERE id = $1', [r.id])).rows[0];
    expect(Number(row.agency_id)).toBe(agencies.caoloc);
    expect(row.due_at.getTime()).toBeGreaterThan(Date.now() + 10 * 86_400_000);
    expect(row.escalated_at).toBeNull();
    expect(row.status).toBe('submitted');
    expect((await tpls.get(`/api/feedback/reports/${r.id}`)).status).toBe(404);
    const caoloc = await as('tiepnhan.caoloc');
    const detail = (await caoloc.get(`/api/feedback/reports/${r.id}`)).body;
    expect(detail.agencyName).toBe('UBND huyện Cao Lộc');
    expect(detail.history.at(-1)).toMatchObject({ action: 'reroute', note: expect.stringContaining('Đoạn đường thuộc địa bàn huyện Cao Lộc') });
    expect((await caoloc.get('/api/feedback/reports?status=submitted&pageSize=100')).body.items.map((i: { id: number }) => i.id)).toContain(r.id);
    expect((await tpls.get('/api/feedback/reports?pageSize=100')).body.items.map((i: { id: number }) => i.id)).not.toContain(r.id);
  });

  it('merges a duplicate: its reporter and followers follow the primary', async () => {
    const citizen = await t.login('citizen');
    const primary = await submit(anonymousReport(categories['moi-truong']!));
    const duplicate = await submit(anonymousReport(categories['moi-truong']!, { reporter: undefined, channels: ['in_app'], anonymousToPublic: false }), citizen);
    const reception = await as('tiepnhan.chilang');
    await reception.post(`/api/feedback/reports/${primary.id}/accept`, {});
    await reception.post(`/api/feedback/reports/${duplicate.id}/accept`, {});
    const follower = t.client();
    expect((await follower.post(`/api/feedback/public/reports/${duplicate.code}/subscriptions`, { email: 'theodoi@example.vn' })).body).toEqual({ ok: true, confirmation: 'email' });
    expect((await reception.post(`/api/feedback/reports/${duplicate.id}/merge`, { intoCode: duplicate.code })).status).toBe(400);
    expect((await reception.post(`/api/feedback/reports/${duplicate.id}/merge`, { intoCode: primary.code.toLowerCase(), note: 'Cùng điểm tập kết rác' })).status).toBe(200);
    const followers = (await t.db.query(`SELECT user_id, email FROM feedback_subscriptions WHERE report_id = $1 AND cancelled_at IS NULL ORDER BY id`, [primary.id])).rows;
    expect(followers.map((f) => (f.user_id ? Number(f.user_id) : f.email))).toEqual(expect.arrayContaining([users.citizen, 'theodoi@example.vn']));
    const pub = (await citizen.get(`/api/feedback/public/reports/${duplicate.code}`)).body;
    expect(pub).toMatchObject({ status: 'merged', mergedInto: primary.code, mine: true });
    expect((await citizen.get(`/api/feedback/public/reports/${primary.code}`)).body.subscribed).toBe(true);
    expect((await reception.get(`/api/feedback/reports/${primary.id}`)).body.duplicates).toEqual([{ id: duplicate.id, code: duplicate.code }]);
    expect((await citizen.get('/api/feedback/mine')).body.items.map((i: { code: string }) => i.code)).toContain(duplicate.code);
  });

  it('redacts the public text and hides a photo; staff keep the original', async () => {
    const response = await submitFeedback(anonymous, anonymousReport(categories['moi-truong']!, { description: 'Nhà ông Nguyễn Văn Hàng xóm số 0987654321 đổ rác ra đường.' }), [await phonePhoto()]);
    const code = response.body.trackingCode as string;
    const id = Number((await t.db.query('SELECT id FROM feedback_reports WHERE code = $1', [code])).rows[0].id);
    const reception = await as('tiepnhan.chilang');
    await reception.post(`/api/feedback/reports/${id}/accept`, {});
    expect((await reception.put(`/api/feedback/reports/${id}/public-text`, { title: 'Đổ rác ra đường', description: 'Một hộ dân đổ rác ra đường.' })).status).toBe(200);
    const detail = (await reception.get(`/api/feedback/reports/${id}`)).body;
    expect((await reception.patch(`/api/feedback/reports/${id}/photos/${detail.photos[0].id}`, { hidden: true })).status).toBe(200);
    const pub = (await anonymous.get(`/api/feedback/public/reports/${code}`)).body;
    expect(pub.description).toBe('Một hộ dân đổ rác ra đường.');
    expect(pub.photos).toEqual([]);
    expect(JSON.stringify(pub)).not.toContain('0987654321');
    expect((await anonymous.download(`/api/feedback/photos/${detail.photos[0].id}`)).status).toBe(404);
    const again = (await reception.get(`/api/feedback/reports/${id}`)).body;
    expect(again).toMatchObject({ description: 'Nhà ông Nguyễn Văn Hàng xóm số 0987654321 đổ rác ra đường.', redacted: true, photos: [{ hidden: true }] });
    const found = await anonymous.get('/api/feedback/public/reports?q=do rac ra duong&pageSize=100');
    expect(found.body.items.map((i: { code: string }) => i.code)).toContain(code);
    expect((await anonymous.get('/api/feedback/public/reports?q=hang xom&pageSize=100')).body.items.map((i: { code: string }) => i.code)).not.toContain(code);
    expect((await reception.get('/api/feedback/reports?q=hang xom').then((x) => x.body.items.map((i: { code: string }) => i.code)))).toContain(code);
  });
});

describe('escalation', () => {
  it('escalates a report past its deadline once, telling the agency leaders', async () => {
    const r = await submit(anonymousReport(categories['moi-truong']!));
    await t.db.query(`UPDATE feedback_reports SET due_at = now() - interval '1 hour' WHERE id = $1`, [r.id]);
    const staffList = async () => (await (await as('lanhdao.chilang')).get('/api/feedback/reports?overdue=true&pageSize=100')).body.items as { id: number; overdue: boolean; escalatedAt: string | null }[];
    expect((await staffList()).find((i) => i.id === r.id)).toMatchObject({ overdue: true, escalatedAt: null });
    await escalateOverdue(t.deps);
    await Promise.all([escalateOverdue(t.deps), escalateOverdue(t.deps)]);
    expect((await staffList()).find((i) => i.id === r.id)?.escalatedAt).toBeTruthy();
    const history = await t.db.query(`SELECT count(*)::int AS n FROM feedback_history WHERE report_id = $1 AND action = 'escalate'`, [r.id]);
    expect(history.rows[0].n).toBe(1);
    const events = await t.db.query(`SELECT topic, payload FROM events WHERE topic IN ('feedback.escalated', 'notify.in-app-requested') AND payload->>'title' LIKE $1 OR (topic = 'feedback.escalated' AND payload->>'reportId' = $2)`, [`%${r.code}%quá hạn%`, String(r.id)]);
    expect(events.rows.filter((e) => e.topic === 'feedback.escalated')).toHaveLength(1);
    const notice = events.rows.find((e) => e.topic === 'notify.in-app-requested');
    expect(notice.payload.userIds).toEqual([users['lanhdao.chilang']]);
    const pub = (await anonymous.get(`/api/feedback/public/reports/${r.code}`)).body;
    expect(pub.overdue).toBe(true);
  });
});

describe('GET /api/feedback/statistics', () => {
  it('counts per agency and month, scoped to the official', async () => {
    const month = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
    const response = await (await as('lanhdao.chilang')).get(`/api/feedback/statistics?from=${month}-01&to=${month.slice(0, 4)}-12-31`);
    expect(response.status).toBe(200);
    const row = response.body.items.find((i: { agencyId: number; month: string }) => i.agencyId === agencies.chilang && i.month === month);
    expect(row.received).toBeGreaterThan(3);
    expect(row.answeredOnTime).toBeGreaterThanOrEqual(1);
    expect(row.openOverdue).toBeGreaterThanOrEqual(1);
    expect(response.body.items.every((i: { agencyId: number }) => i.agencyId === agencies.chilang)).toBe(true);
    expect((await (await as('lanhdao.chilang')).get(`/api/feedback/statistics?from=2026-01-01&to=2026-12-31&agencyId=${agencies.caoloc}`)).status).toBe(404);
  });
});

describe('privacy of anonymous reporters', () => {
  it('never shows their name or any contact on a public route, nor in Open311 JSON and XML', async () => {
    const r = await submit(anonymousReport(categories['moi-truong']!, { reporter: { fullName: 'Trần Thị Bí Mật', email: 'bimat.tran@example.vn', phone: '0912345678' } }));
    await (await as('tiepnhan.chilang')).post(`/api/feedback/reports/${r.id}/accept`, {});
    const bbox = '106.7,21.8,106.8,21.9';
    const bodies = [
      (await anonymous.get(`/api/feedback/public/reports/${r.code}`)).body,
      (await anonymous.get(`/api/feedback/public/reports?bbox=${bbox}&pageSize=100`)).body,
      (await anonymous.get(`/api/feedback/public/map?bbox=${bbox}`)).body,
      (await (await t.login('citizen')).get(`/api/feedback/public/reports/${r.code}`)).body,
    ];
    expect(bodies[1].items.map((i: { code: string }) => i.code)).toContain(r.code);
    expect(bodies[2].features.map((f: { properties: { code: string } }) => f.properties.code)).toContain(r.code);
    const texts = [...bodies.map((b) => JSON.stringify(b))];
    for (const format of ['json', 'xml']) {
      for (const path of [`requests.${format}`, `requests/${r.code}.${format}`, `requests.${format}?service_request_id=${r.code}`]) {
        const response = await fetch(`${t.baseUrl}/open311/v2/${path}`);
        expect(response.status, path).toBe(200);
        const text = await response.text();
        expect(text, path).toContain(r.code);
        texts.push(text);
      }
    }
    for (const text of texts) {
      for (const secret of ['Bí Mật', 'bimat', '0912345678']) expect(text).not.toContain(secret);
    }
    expect(bodies[0].reporterName).toBeNull();
  });

  it('shows the name of a reporter who agreed, but never their contacts', async () => {
    const r = await submit(anonymousReport(categories['moi-truong']!, { anonymousToPublic: false }));
    const pub = (await anonymous.get(`/api/feedback/public/reports/${r.code}`)).body;
    expect(pub.reporterName).toBe('Trần Thị Bí Mật');
    expect(JSON.stringify(pub)).not.toMatch(/bimat|0912345678/);
  });
});

describe('subscriptions', () => {
  it('subscribes an email with an unsubscribe token, once', async () => {
    const r = await submit(anonymousReport(categories['moi-truong']!));
    await (await as('tiepnhan.chilang')).post(`/api/feedback/reports/${r.id}/accept`, {});
    const visitor = t.client();
    expect((await visitor.post(`/api/feedback/public/reports/${r.code}/subscriptions`, {})).body.error.code).toBe('FEEDBACK_EMAIL_REQUIRED');
    expect((await visitor.post(`/api/feedback/public/reports/${r.code}/subscriptions`, { email: 'ban@example.vn' })).status).toBe(200);
    expect((await visitor.post(`/api/feedback/public/reports/${r.code}/subscriptions`, { email: 'BAN@example.vn' })).status).toBe(409);
    const token = (await t.db.query('SELECT unsubscribe_token FROM feedback_subscriptions WHERE report_id = $1 AND email IS NOT NULL', [r.id])).rows[0].unsubscribe_token;
    expect((await visitor.post('/api/feedback/unsubscribe', { token })).status).toBe(200);
    expect((await visitor.post('/api/feedback/unsubscribe', { token })).status).toBe(404);
    const citizen = await t.login('citizen');
    expect((await citizen.post(`/api/feedback/public/reports/${r.code}/subscriptions`, {})).body).toEqual({ ok: true, confirmation: 'account' });
    expect((await citizen.get(`/api/feedback/public/reports/${r.code}`)).body.subscribed).toBe(true);
    expect((await citizen.delete(`/api/feedback/public/reports/${r.code}/subscriptions`)).status).toBe(200);
    expect((await citizen.get(`/api/feedback/public/reports/${r.code}`)).body.subscribed).toBe(false);
  });
});

describe('PUT /api/feedback/admin/areas', () => {
  const feature = (agencyCode: string, coordinates: unknown, type = 'Polygon') => ({ type: 'Feature', properties: { agencyCode }, geometry: { type, coordinates } });
  const square = (x: number, y: number, size: number) => [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]];

  it('refuses bad geometry, unknown agencies, overlaps and communes outside their district, leaving the loaded set', async () => {
    const admin = await t.login('admin');
    const before = (await admin.get('/api/feedback/admin/areas')).body.items.length;
    const cases: [unknown, string][] = [
      [[feature('000.00.21.H37', [[[106.7, 21.8], [106.8, 21.8], [106.8, 21.9]]])], 'FEEDBACK_GEOMETRY_INVALID'],
      [[feature('000.00.21.H37', [[[106.7, 21.8], [106.8, 21.8], [106.8, 21.9], [106.7, 21.95]]])], 'FEEDBACK_GEOMETRY_INVALID'],
      [[feature('000.00.21.H37', [[[200, 21.8], [106.8, 21.8], [106.8, 21.9], [200, 21.8]]])], 'FEEDBACK_GEOMETRY_INVALID'],
      [[feature('000.00.21.H37', [[['a', 21.8], [106.8, 21.8], [106.8, 21.9], ['a', 21.8]]])], 'FEEDBACK_GEOMETRY_INVALID'],
      [[feature('999.99.99.H99', square(106.7, 21.8, 0.1))], 'FEEDBACK_AREA_AGENCY_UNKNOWN'],
      [[feature('000.00.21.H37', square(106.7, 21.8, 0.1)), feature('000.00.22.H37', square(106.75, 21.85, 0.1))], 'FEEDBACK_GEOMETRY_INVALID'],
      [[feature('000.00.21.H37', square(106.7, 21.8, 0.1)), feature('000.01.21.H37', square(106.78, 21.85, 0.1))], 'FEEDBACK_GEOMETRY_INVALID'],
    ];
    for (const [features, code] of cases) {
      const response = await admin.put('/api/feedback/admin/areas', { type: 'FeatureCollection', features });
      expect(response.status, JSON.stringify(features)).toBe(400);
      expect(response.body.error.code, JSON.stringify(features)).toBe(code);
    }
    expect((await admin.put('/api/feedback/admin/areas', { type: 'FeatureCollection', features: [] })).status).toBe(400);
    expect((await admin.get('/api/feedback/admin/areas')).body.items.length).toBe(before);
    expect((await (await as('lanhdao.chilang')).put('/api/feedback/admin/areas', { type: 'FeatureCollection', features: [feature('000.00.21.H37', square(106.7, 21.8, 0.1))] })).status).toBe(403);
  });

  it('replaces the data set as a whole, and routing follows it', async () => {
    const admin = await t.login('admin');
    const features = [
      feature('000.00.22.H37', [square(106.7, 21.8, 0.1)], 'MultiPolygon'),
      feature('000.02.22.H37', square(106.76, 21.84, 0.02)),
    ];
    const loaded = await admin.put('/api/feedback/admin/areas', { type: 'FeatureCollection', features });
    expect(loaded.body).toEqual({ areas: 2, districts: 1, communes: 1 });
    const list = (await admin.get('/api/feedback/admin/areas')).body.items;
    expect(list.find((a: { level: string }) => a.level === 'commune').parentAreaId).toBe(list.find((a: { level: string }) => a.level === 'district').id);
    expect((await submit(anonymousReport(categories['moi-truong']!))).agencyId).toBe(agencies.hopthanh);
    expect((await submit(anonymousReport(categories['moi-truong']!, { location: POINTS.hopThanh }))).agencyId).toBe(agencies.stnmt);
  });
});

describe('map settings', () => {
  it('gives the tile URL and serves the blank tile', async () => {
    const settings = (await anonymous.get('/api/feedback/map/settings')).body;
    expect(settings.tileUrl).toMatch(/\{z\}.*\{x\}.*\{y\}|blank-tile/);
    const tile = await anonymous.download('/api/feedback/map/blank-tile.png');
    expect(tile.headers.get('content-type')).toBe('image/png');
    const meta = await sharp(tile.data).metadata();
    expect([meta.width, meta.height]).toEqual([256, 256]);
  });
});
