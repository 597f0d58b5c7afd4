import { jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfsig, pdftotext } from '../../../test/samples.js';
import { startTestApp, type ApiClient, type TestApp } from '../../../test/test-app.js';
import { jitsiTokens } from './index.js';

const JITSI = { baseUrl: 'http://127.0.0.1:9/jitsi', appId: 'tinhso-test', appSecret: 'bi-mat-thu-nghiem-cua-jitsi-0123456789abcdef' };
const secret = new TextEncoder().encode(JITSI.appSecret);

let t: TestApp;
let admin: ApiClient;
let organiser: ApiClient;
const agencies: Record<string, number> = {};
/** Endpoints registered by the tests: id and key, by agency key. */
const endpoints: Record<string, { id: number; key: string }> = {};
const anonymous = () => t.client();

const at = (minutesFromNow: number) => new Date(Date.now() + minutesFromNow * 60_000).toISOString();
const count = async (table: string) => Number((await t.db.query(`SELECT count(*) FROM ${table}`)).rows[0].count);

async function register(agency: string, name: string) {
  const created = await admin.post('/api/meeting-endpoints', {
    agencyId: agencies[agency], name, room: 'Phòng họp trực tuyến tầng 2', equipment: 'Màn hình 75 inch, camera PTZ, micro hội nghị',
    contactName: 'Nguyễn Văn Kỹ Thuật', contactPhone: '0205 3812 345', contactEmail: null,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect(created.body.link).toBe(`${t.config.publicUrl}/diem-cau/phong/${created.body.key}`);
  endpoints[agency] = { id: created.body.id, key: created.body.key };
}

async function schedule(body: Record<string, unknown>, client = organiser) {
  return client.post('/api/meetings', {
    agencyId: agencies.stp, title: 'Triển khai nhiệm vụ cải cách hành chính quý I', agenda: 'Đánh giá kết quả; phân công nhiệm vụ.',
    startsAt: at(60), endsAt: at(180), signerPosition: 'Giám đốc', ...body,
  });
}

beforeAll(async () => {
  t = await startTestApp({ jitsi: JITSI });
  const rows = (await t.db.query<{ id: number; code: string }>('SELECT id, code FROM agencies')).rows;
  const byCode = Object.fromEntries(rows.map((a) => [a.code, a.id]));
  Object.assign(agencies, {
    province: byCode['000.00.00.H37'], stp: byCode['000.00.12.H37'], tpls: byCode['000.00.21.H37'], caoloc: byCode['000.00.22.H37'],
    chilang: byCode['000.01.21.H37'], ttcaoloc: byCode['000.01.22.H37'], hopthanh: byCode['000.02.22.H37'], maipha: byCode['000.03.21.H37'],
  });
  admin = await t.login('admin');
  organiser = await t.login('lanhdao.stp');
  // The demo's endpoints (keys unknown here) are set aside: these tests count their own.
  await t.db.query('UPDATE meeting_endpoints SET active = false');
  for (const agency of ['province', 'stp', 'tpls', 'caoloc', 'chilang', 'hopthanh']) await register(agency, `Điểm cầu thử nghiệm ${agency}`);
});
afterAll(async () => {
  await t?.close();
});

describe('endpoints', () => {
  it('lets an admin register endpoints only in their scope, and shows which are online by heartbeat', async () => {
    const district = await t.login('admin.caoloc');
    const outside = await district.post('/api/meeting-endpoints', {
      agencyId: agencies.tpls, name: 'Điểm cầu ngoài phạm vi', room: 'Phòng họp', equipment: '', contactName: 'Người liên hệ', contactPhone: null, contactEmail: null,
    });
    expect(outside.status).toBe(404);
    // The district and its communes (thị trấn Cao Lộc has the demo's endpoint), nothing of the city's.
    const seen = new Set((await district.get('/api/meeting-endpoints')).body.items.map((x: { agencyId: number }) => x.agencyId));
    expect([...seen].sort()).toEqual([agencies.caoloc, agencies.ttcaoloc, agencies.hopthanh].sort());
    expect((await district.put(`/api/meeting-endpoints/${endpoints.tpls!.id}`, {
      name: 'X đổi tên', room: 'Phòng', equipment: '', contactName: 'Người liên hệ', contactPhone: null, contactEmail: null, active: true, version: 1,
    })).status).toBe(404);
    const duplicate = await admin.post('/api/meeting-endpoints', {
      agencyId: agencies.tpls, name: 'Điểm cầu thử nghiệm tpls', room: 'Phòng', equipment: '', contactName: 'Người liên hệ', contactPhone: null, contactEmail: null,
    });
    expect(duplicate.body.error.code).toBe('MEETING_ENDPOINT_NAME_TAKEN');

    const online = async () => (await admin.get('/api/meeting-endpoints')).body.items.find((x: { id: number }) => x.id === endpoints.caoloc!.id).online;
    expect(await online()).toBe(false);
    expect((await anonymous().post('/api/meeting-room/heartbeat', { key: endpoints.caoloc!.key })).status).toBe(200);
    expect(await online()).toBe(true);
    // Seen three minutes ago: no longer online.
    await t.db.query(`UPDATE meeting_endpoints SET last_seen_at = now() - interval '3 minutes' WHERE id = $1`, [endpoints.caoloc!.id]);
    expect(await online()).toBe(false);
    const unknown = await anonymous().post('/api/meeting-room/heartbeat', { key: 'khong-phai-khoa-cua-diem-cau-nao' });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'MEETING_ENDPOINT_KEY_UNKNOWN']);
  });

  it('replaces a leaked key: the old link stops working at once', async () => {
    await register('maipha', 'Điểm cầu thử nghiệm xã Mai Pha');
    const old = endpoints.maipha!.key;
    const replaced = await admin.post(`/api/meeting-endpoints/${endpoints.maipha!.id}/key`);
    expect(replaced.status).toBe(200);
    expect((await anonymous().post('/api/meeting-room/heartbeat', { key: old })).status).toBe(404);
    expect((await anonymous().post('/api/meeting-room/heartbeat', { key: replaced.body.key })).status).toBe(200);
    const list = (await admin.get('/api/meeting-endpoints')).body.items;
    const row = list.find((x: { id: number }) => x.id === endpoints.maipha!.id);
    // Stopped: its page no longer opens and it is not offered to organisers.
    expect((await admin.put(`/api/meeting-endpoints/${row.id}`, { ...row, active: false })).status).toBe(200);
    expect((await anonymous().post('/api/meeting-room/heartbeat', { key: replaced.body.key })).status).toBe(404);
    expect((await organiser.get('/api/meetings/endpoints')).body.items.some((x: { id: number }) => x.id === row.id)).toBe(false);
  });
});

describe('POST /api/meetings: scheduling across levels', () => {
  it('invites whole levels and agencies, counts the levels, and issues the Giấy mời as a numbered, signed document sent to them', async () => {
    const scheduled = await schedule({ levels: ['district'], agencyIds: [agencies.chilang], central: true });
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(201);
    // stp (province level, the organiser's own), tpls and caoloc (district), chilang (commune), and the centre: four levels.
    expect(scheduled.body).toMatchObject({ levels: 4, endpoints: 4 });
    expect(scheduled.body.invitationNumber).toMatch(/^\d{2,}\/GM-STP$/);

    const d = (await organiser.get(`/api/meetings/${scheduled.body.id}`)).body;
    expect(d.participants.map((p: { agencyId: number; level: string }) => [p.agencyId, p.level])).toEqual([
      [agencies.stp, 'province'], [agencies.tpls, 'district'], [agencies.caoloc, 'district'], [agencies.chilang, 'commune'],
    ]);
    expect(d).toMatchObject({ canManage: true, levels: 4, invitationNumber: scheduled.body.invitationNumber, invitationDocumentId: scheduled.body.invitationDocumentId });

    const doc = (await organiser.get(`/api/documents/${scheduled.body.invitationDocumentId}`)).body;
    expect(doc.document).toMatchObject({ status: 'issued', docType: 'GM', numberSymbol: scheduled.body.invitationNumber, signerName: 'Lương Văn Minh' });
    expect(doc.recipients.map((r: { agencyId: number; status: string }) => [r.agencyId, r.status]).sort()).toEqual(
      [[agencies.tpls, 'delivered'], [agencies.caoloc, 'delivered'], [agencies.chilang, 'delivered']].sort());
    const pdf = (await organiser.download(`/api/documents/${scheduled.body.invitationDocumentId}/file.pdf`)).data;
    // The organiser's signature, then the agency's seal over the number.
    expect((await pdfsig(pdf)).match(/Signature is Valid/g)).toHaveLength(2);
    const text = await pdftotext(pdf);
    expect(text).toContain(`Số: ${scheduled.body.invitationNumber}`);
    expect(text).toContain('GIẤY MỜI');
    // Each invited agency finds it in its queue of incoming documents.
    const copies = await t.db.query<{ agency_id: number }>(`SELECT agency_id FROM documents WHERE source_id = $1 AND direction = 'incoming' AND status = 'arrived'`,
      [scheduled.body.invitationDocumentId]);
    expect(copies.rows.map((r) => r.agency_id).sort()).toEqual([agencies.tpls, agencies.caoloc, agencies.chilang].sort());
    const audit = await t.db.query(`SELECT 1 FROM audit_log WHERE action = 'meeting.schedule' AND entity_id = $1`, [String(scheduled.body.id)]);
    expect(audit.rowCount).toBe(1);
  });

  it('takes consecutive numbers in the register for consecutive invitations', async () => {
    const first = await schedule({ agencyIds: [agencies.tpls] });
    const second = await schedule({ agencyIds: [agencies.hopthanh] });
    const number = (s: string) => Number(s.split('/')[0]);
    expect(number(second.body.invitationNumber)).toBe(number(first.body.invitationNumber) + 1);
    expect([first.body.levels, second.body.levels]).toEqual([2, 2]);
  });

  it('refuses bad input with a stable code and writes nothing: no meeting, no document, no number taken', async () => {
    const before = await Promise.all(['meetings', 'meeting_participants', 'documents'].map(count));
    const cases: [Record<string, unknown>, string][] = [
      [{ startsAt: at(120), endsAt: at(60), levels: ['district'] }, 'MEETING_TIME_INVALID'],
      [{ startsAt: at(-180), endsAt: at(-60), levels: ['district'] }, 'MEETING_TIME_INVALID'],
      [{ startsAt: at(60), endsAt: at(60 + 13 * 60), levels: ['district'] }, 'MEETING_TIME_INVALID'],
      [{}, 'MEETING_TOO_FEW_ENDPOINTS'],
      [{ agencyIds: [agencies.maipha] }, 'MEETING_PARTICIPANT_INVALID'],
      [{ endpointIds: [999_999] }, 'MEETING_PARTICIPANT_INVALID'],
      [{ levels: ['ward'] }, 'VALIDATION_FAILED'],
      [{ title: 'Họp', levels: ['district'] }, 'VALIDATION_FAILED'],
    ];
    for (const [body, code] of cases) {
      const refused = await schedule(body);
      expect([refused.status, refused.body.error?.code], JSON.stringify(body)).toEqual([400, code]);
      expect(refused.body.error.message).toMatch(/[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữự]/i);
    }
    // Only a leader of the organising agency organises.
    expect((await schedule({ levels: ['district'] }, await t.login('chuyenvien.stp'))).body.error.code).toBe('MEETING_ORGANISER_ONLY');
    expect((await schedule({ levels: ['district'] }, await t.login('lanhdao.tpls'))).body.error.code).toBe('MEETING_ORGANISER_ONLY');
    expect(await Promise.all(['meetings', 'meeting_participants', 'documents'].map(count))).toEqual(before);
  });
});

describe('who sees a meeting', () => {
  it('shows it to the organising and participating agencies (and those above them), to nobody else', async () => {
    const { body } = await schedule({ agencyIds: [agencies.hopthanh] });
    const participant = (await (await t.login('lanhdao.hopthanh')).get(`/api/meetings/${body.id}`)).body;
    expect(participant).toMatchObject({ canManage: false, hostJoinUrl: null });
    expect(participant.participants.every((p: { joinUrl: string | null }) => p.joinUrl === null)).toBe(true);
    // The district above the commune sees it too; a sibling district and a citizen do not.
    expect((await (await t.login('lanhdao.caoloc')).get(`/api/meetings/${body.id}`)).status).toBe(200);
    expect((await (await t.login('lanhdao.tpls')).get(`/api/meetings/${body.id}`)).status).toBe(404);
    expect((await (await t.login('citizen')).get(`/api/meetings/${body.id}`)).status).toBe(403);
    const colleague = await t.login('chuyenvien.stp');
    expect((await colleague.put(`/api/meetings/${body.id}/attendance/${endpoints.stp!.id}`, { attendance: 'present' })).body.error.code).toBe('MEETING_ORGANISER_ONLY');
  });
});

describe('room tokens (Jitsi JWT)', () => {
  it("gives each endpoint a link to the room whose token verifies with a standard JWT library against the shared secret", async () => {
    const { body } = await schedule({ agencyIds: [agencies.caoloc], startsAt: at(10), endsAt: at(70) });
    const d = (await organiser.get(`/api/meetings/${body.id}`)).body;
    const caoloc = d.participants.find((p: { agencyId: number }) => p.agencyId === agencies.caoloc);
    const link = new URL(caoloc.joinUrl);
    expect(`${link.origin}${link.pathname}`).toBe(`${JITSI.baseUrl}/${d.room}`);
    const token = link.searchParams.get('jwt')!;
    const { payload, protectedHeader } = await jwtVerify(token, secret, { audience: JITSI.appId, issuer: JITSI.appId, subject: '127.0.0.1:9' });
    expect(protectedHeader.alg).toBe('HS256');
    expect(payload).toMatchObject({ room: d.room, context: { user: { name: caoloc.endpointName, moderator: false }, group: 'UBND huyện Cao Lộc' } });
    expect(payload.nbf).toBe(Math.floor((Date.parse(d.startsAt) - 30 * 60_000) / 1000));
    expect(payload.exp).toBe(Math.floor((Date.parse(d.endsAt) + 60 * 60_000) / 1000));
    const host = (await jwtVerify(new URL(d.hostJoinUrl).searchParams.get('jwt')!, secret, { audience: JITSI.appId })).payload;
    expect(host).toMatchObject({ room: d.room, context: { user: { name: 'Lương Văn Minh', moderator: true } } });

    const verify = (tokenToCheck: string, room: string) => anonymous().post('/api/meeting-room/verify', { token: tokenToCheck, room });
    const ok = await verify(token, d.room);
    expect(ok.status).toBe(200);
    expect(ok.body.user).toEqual({ id: `diem-cau-${caoloc.endpointId}`, name: caoloc.endpointName, moderator: false });
    // Another room, another secret, an expired token, a token whose room has not opened yet: refused.
    const wrongRoom = await verify(token, 'tinhso-0000000000000000');
    expect([wrongRoom.status, wrongRoom.body.error.code, wrongRoom.body.error.details.reason]).toEqual([401, 'MEETING_TOKEN_INVALID', 'wrong_room']);
    await expect(jwtVerify(token, new TextEncoder().encode('mot-bi-mat-khac-hoan-toan-0123456789abcdef'))).rejects.toThrow();
    const jitsi = jitsiTokens({ jitsi: JITSI }, JITSI.appSecret);
    const user = { id: 'x', name: 'Điểm cầu cũ', moderator: false };
    const expired = await jitsi.sign({ room: d.room, user, group: '', notBefore: new Date(Date.now() - 7_200_000), expires: new Date(Date.now() - 60_000) });
    await expect(jwtVerify(expired, secret)).rejects.toThrow(/exp/);
    expect((await verify(expired, d.room)).body.error.details.reason).toBe('expired');
    const early = await jitsi.sign({ room: d.room, user, group: '', notBefore: new Date(Date.now() + 3_600_000), expires: new Date(Date.now() + 7_200_000) });
    expect((await verify(early, d.room)).body.error.details.reason).toBe('not_yet');
    const forged = await jitsiTokens({ jitsi: JITSI }, 'mot-bi-mat-khac-hoan-toan-0123456789abcdef').sign({ room: d.room, user, group: '', notBefore: new Date(), expires: new Date(Date.now() + 3_600_000) });
    expect((await verify(forged, d.room)).body.error.details.reason).toBe('invalid');
  });
});

describe('attendance and minutes', () => {
  it('records check-in from the room page while the room is open, and the organiser\'s record of the others', async () => {
    const { body } = await schedule({ agencyIds: [agencies.tpls, agencies.hopthanh], startsAt: at(-10), endsAt: at(50) });
    const room = await anonymous().post('/api/meeting-room', { key: endpoints.tpls!.key });
    expect(room.status).toBe(200);
    const listed = room.body.meetings.find((m: { id: number }) => m.id === body.id);
    expect(listed).toMatchObject({ open: true, attendance: 'pending', organiser: 'Sở Tư pháp tỉnh Lạng Sơn' });
    expect(listed.joinUrl).toContain(`${JITSI.baseUrl}/`);
    expect((await anonymous().post('/api/meeting-room/check-in', { key: endpoints.tpls!.key, meetingId: body.id })).status).toBe(200);
    expect((await anonymous().post('/api/meeting-room/check-in', { key: endpoints.tpls!.key, meetingId: body.id })).status).toBe(200);
    // An endpoint that is not invited cannot check in.
    const stranger = await anonymous().post('/api/meeting-room/check-in', { key: endpoints.chilang!.key, meetingId: body.id });
    expect([stranger.status, stranger.body.error.code]).toEqual([404, 'MEETING_NOT_PARTICIPANT']);

    expect((await organiser.put(`/api/meetings/${body.id}/attendance/${endpoints.stp!.id}`, { attendance: 'present', attendees: 12 })).status).toBe(200);
    expect((await organiser.put(`/api/meetings/${body.id}/attendance/${endpoints.hopthanh!.id}`, { attendance: 'absent', note: 'Mất kết nối đường truyền' })).status).toBe(200);
    expect((await organiser.put(`/api/meetings/${body.id}/attendance/${endpoints.chilang!.id}`, { attendance: 'present' })).body.error.code).toBe('MEETING_NOT_PARTICIPANT');
    const d = (await organiser.get(`/api/meetings/${body.id}`)).body;
    expect(d.participants.map((p: { agencyId: number; attendance: string; attendanceBy: string | null; attendees: number | null }) => [p.agencyId, p.attendance, p.attendanceBy, p.attendees])).toEqual([
      [agencies.stp, 'present', 'organiser', 12], [agencies.tpls, 'present', 'room', null], [agencies.hopthanh, 'absent', 'organiser', null],
    ]);
    // The room page counts as a heartbeat.
    expect(d.participants.find((p: { agencyId: number }) => p.agencyId === agencies.tpls).online).toBe(true);

    // Minutes: a document of type Biên bản, numbered and signed, with the attendance written in.
    const minutes = await organiser.post(`/api/meetings/${body.id}/minutes`, { text: 'Kết luận: các đơn vị hoàn thành rà soát trước ngày 30.', signerPosition: 'Giám đốc' });
    expect(minutes.status, JSON.stringify(minutes.body)).toBe(201);
    expect(minutes.body.minutesNumber).toMatch(/^\d{2,}\/BB-STP$/);
    const pdf = (await organiser.download(`/api/documents/${minutes.body.minutesDocumentId}/file.pdf`)).data;
    expect((await pdfsig(pdf)).match(/Signature is Valid/g)).toHaveLength(2);
    expect(await pdftotext(pdf)).toMatch(/vắng mặt/);
    expect((await organiser.post(`/api/meetings/${body.id}/minutes`, { text: 'Biên bản lần hai của cuộc họp.', signerPosition: 'Giám đốc' })).body.error.code).toBe('MEETING_MINUTES_EXIST');
  });

  it('keeps the room closed before it opens: no link, no check-in, no minutes', async () => {
    const { body } = await schedule({ agencyIds: [agencies.tpls], startsAt: at(120), endsAt: at(180) });
    const listed = (await anonymous().post('/api/meeting-room', { key: endpoints.tpls!.key })).body.meetings.find((m: { id: number }) => m.id === body.id);
    expect(listed).toMatchObject({ open: false, joinUrl: null });
    expect((await anonymous().post('/api/meeting-room/check-in', { key: endpoints.tpls!.key, meetingId: body.id })).body.error.code).toBe('MEETING_ROOM_CLOSED');
    expect((await organiser.post(`/api/meetings/${body.id}/minutes`, { text: 'Biên bản viết trước giờ họp.', signerPosition: 'Giám đốc' })).body.error.code).toBe('MEETING_NOT_STARTED');
  });
});

describe('GET /api/meetings/statistics', () => {
  it('counts meetings per month, organising agency and number of levels, as a recount from the tables does', async () => {
    // Meetings of last year written straight to the tables: two-, three- and four-level ones.
    const ids = Object.values(endpoints).map((x) => x.id);
    const past = async (agencyId: number, startsAt: string, levels: string[], central: boolean) => {
      const m = await t.db.query<{ id: number }>(`INSERT INTO meetings (agency_id, title, starts_at, ends_at, central, room)
        VALUES ($1, 'Cuộc họp năm trước', $2, $2::timestamptz + interval '2 hours', $3, 'tinhso-' || md5(random()::text)) RETURNING id`, [agencyId, startsAt, central]);
      for (const [i, level] of levels.entries()) {
        await t.db.query('INSERT INTO meeting_participants (meeting_id, endpoint_id, agency_id, level) VALUES ($1, $2, $3, $4)', [m.rows[0]!.id, ids[i], agencyId, level]);
      }
    };
    await past(agencies.stp!, '2025-03-03T01:00:00Z', ['province', 'district'], false);
    await past(agencies.stp!, '2025-03-31T18:00:00Z', ['province', 'district', 'commune'], false); // 1 April, local time
    await past(agencies.stp!, '2025-04-10T01:00:00Z', ['province', 'district', 'commune'], true);
    await past(agencies.tpls!, '2025-04-11T01:00:00Z', ['district', 'commune', 'commune'], false);

    const stats = (await organiser.get('/api/meetings/statistics?from=2025-01&to=2025-12')).body;
    expect(stats.rows).toEqual([
      { month: '2025-03', agencyId: agencies.stp, agencyName: 'Sở Tư pháp tỉnh Lạng Sơn', total: 1, byLevels: [{ levels: 2, meetings: 1 }] },
      { month: '2025-04', agencyId: agencies.stp, agencyName: 'Sở Tư pháp tỉnh Lạng Sơn', total: 2, byLevels: [{ levels: 3, meetings: 1 }, { levels: 4, meetings: 1 }] },
    ]);
    // The province sees every agency's; the recount, straight from the tables, agrees.
    const all = (await admin.get('/api/meetings/statistics?from=2025-01&to=2027-12')).body;
    const recount = await t.db.query<{ levels: number; n: number }>(`
      SELECT levels, count(*)::int AS n FROM (
        SELECT m.id, (SELECT count(DISTINCT level) FROM meeting_participants p WHERE p.meeting_id = m.id) + CASE WHEN m.central THEN 1 ELSE 0 END AS levels
          FROM meetings m WHERE m.starts_at >= '2024-12-31T17:00:00Z' AND m.starts_at < '2027-12-31T17:00:00Z') x GROUP BY levels ORDER BY levels`);
    expect(all.byLevels).toEqual(recount.rows.map((r) => ({ levels: Number(r.levels), meetings: r.n })));
    expect(all.total).toBe(recount.rows.reduce((n, r) => n + r.n, 0));
    expect(all.rows.reduce((n: number, r: { total: number }) => n + r.total, 0)).toBe(all.total);
    expect(all.rows.some((r: { agencyId: number; month: string }) => r.agencyId === agencies.tpls && r.month === '2025-04')).toBe(true);

    // A district's official sees their own and their communes' only; another agency's is not theirs to ask.
    const district = (await (await t.login('lanhdao.caoloc')).get(`/api/meetings/statistics?from=2025-01&to=2025-12&agencyId=${agencies.stp}`));
    expect(district.status).toBe(404);
    expect((await organiser.get('/api/meetings/statistics?from=2025-06&to=2025-01')).body.error.code).toBe('MEETING_DATE_RANGE');
    expect((await (await t.login('citizen')).get('/api/meetings/statistics?from=2025-01&to=2025-12')).status).toBe(403);
  });
});
