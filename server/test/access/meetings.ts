import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { jitsiTokens } from '../../src/modules/meetings/index.js';
import { readOrCreateSecret } from '../../src/platform/secrets.js';
import { ADMIN_OF_A, PUBLIC, REPORTS_OF_A, rule, type AccessCase, type Fixtures, type PrincipalName } from './rules.js';

/**
 * The access-matrix rows of the meetings module's routes (see ../access-matrix.ts for the principals and
 * the rules), and the endpoints and meetings they need, written straight to the tables.
 */

/** A fresh endpoint of `agencyId` and the key of its room page. */
async function buildEndpoint(f: Fixtures, agencyId: number) {
  const key = randomBytes(24).toString('base64url');
  const id = (await f.t.db.query<{ id: number }>(`INSERT INTO meeting_endpoints (agency_id, name, room, contact_name, key_sha256)
    VALUES ($1, $2, 'Phòng họp thử nghiệm', 'Người liên hệ', $3) RETURNING id`, [agencyId, `Điểm cầu thử nghiệm ${f.unique()}`, createHash('sha256').update(key).digest('hex')])).rows[0]!.id;
  return { id, key };
}

/** A meeting organised by A with two of A's endpoints, running now (its room open), without its documents. */
async function buildMeeting(f: Fixtures) {
  const [first, second] = [await buildEndpoint(f, f.agencyA), await buildEndpoint(f, f.agencyA)];
  const room = `tinhso-${randomBytes(8).toString('hex')}`;
  const id = (await f.t.db.query<{ id: number }>(`INSERT INTO meetings (agency_id, title, starts_at, ends_at, room)
    VALUES ($1, 'Cuộc họp thử nghiệm', now() - interval '10 minutes', now() + interval '1 hour', $2) RETURNING id`, [f.agencyA, room])).rows[0]!.id;
  await f.t.db.query(`INSERT INTO meeting_participants (meeting_id, endpoint_id, agency_id, level) VALUES ($1, $2, $4, 'district'), ($1, $3, $4, 'district')`,
    [id, first.id, second.id, f.agencyA]);
  return { id, room, endpoint: first };
}

const endpointBody = (f: Fixtures) => ({
  name: `Điểm cầu ${f.unique()}`, room: 'Phòng họp tầng 3', equipment: 'Màn hình, camera', contactName: 'Người liên hệ', contactPhone: '0205 3812 345', contactEmail: null,
});
const OFFICIALS: PrincipalName[] = ['receptionA', 'specialistA', 'leaderA', 'clerkA', 'receptionB', 'specialistB', 'leaderB', 'clerkB', 'financeA', 'financeB', 'adminA', 'adminB', 'provinceAdmin'];
/** Any official; citizens are no staff. */
const STAFF = rule('forbidden', { allowed: OFFICIALS });
/** An organiser's action on A's meeting: A's leader; A's other readers are refused; B does not see it; citizens are no staff. */
const ORGANISER_OF_A = rule('hidden', {
  allowed: ['leaderA'], forbidden: ['receptionA', 'specialistA', 'clerkA', 'financeA', 'adminA', 'provinceAdmin'], denied: ['applicant', 'otherCitizen'],
});

export const meetingsAccess: Record<string, AccessCase | AccessCase[]> = {
  // Each admin lists their own scope's endpoints: the answer is scoped, never refused.
  'GET /api/meeting-endpoints': { request: () => ({ path: '/api/meeting-endpoints' }), expect: rule('forbidden', { allowed: ['adminA', 'adminB', 'provinceAdmin'] }) },
  'POST /api/meeting-endpoints': { expect: ADMIN_OF_A, request: (f) => ({ path: '/api/meeting-endpoints', body: { agencyId: f.agencyA, ...endpointBody(f) } }) },
  'PUT /api/meeting-endpoints/{id}': {
    expect: ADMIN_OF_A,
    request: async (f) => ({ path: `/api/meeting-endpoints/${(await buildEndpoint(f, f.agencyA)).id}`, body: { ...endpointBody(f), active: true, version: 1 } }),
  },
  'POST /api/meeting-endpoints/{id}/key': { expect: ADMIN_OF_A, request: async (f) => ({ path: `/api/meeting-endpoints/${(await buildEndpoint(f, f.agencyA)).id}/key` }) },
  // The room page: no login, the endpoint's key.
  'POST /api/meeting-room/heartbeat': { expect: PUBLIC, request: async (f) => ({ path: '/api/meeting-room/heartbeat', body: { key: (await buildEndpoint(f, f.agencyA)).key } }) },
  'POST /api/meeting-room': { expect: PUBLIC, request: async (f) => ({ path: '/api/meeting-room', body: { key: (await buildMeeting(f)).endpoint.key } }) },
  'POST /api/meeting-room/check-in': {
    expect: PUBLIC,
    request: async (f) => {
      const m = await buildMeeting(f);
      return { path: '/api/meeting-room/check-in', body: { key: m.endpoint.key, meetingId: m.id } };
    },
  },
  'POST /api/meeting-room/verify': {
    expect: PUBLIC,
    request: async (f) => {
      const m = await buildMeeting(f);
      // Demo mode's generated secret, as the server reads it.
      const jitsi = jitsiTokens(f.t.config, await readOrCreateSecret(path.join(f.t.config.dataDir, 'jitsi-app-secret'), 32));
      const token = await jitsi.sign({ room: m.room, user: { id: 'x', name: 'Điểm cầu', moderator: false }, group: '', notBefore: new Date(Date.now() - 60_000), expires: new Date(Date.now() + 3_600_000) });
      return { path: '/api/meeting-room/verify', body: { token, room: m.room } };
    },
  },
  'GET /api/meetings/endpoints': { expect: STAFF, request: () => ({ path: '/api/meetings/endpoints' }) },
  'GET /api/meetings': { expect: STAFF, request: () => ({ path: '/api/meetings' }) },
  // Only a leader of the organising agency organises (B's leader is refused for A; nobody else leads A).
  'POST /api/meetings': {
    expect: rule('forbidden', { allowed: ['leaderA'] }),
    request: async (f) => {
      await buildEndpoint(f, f.agencyA);
      await buildEndpoint(f, f.agencyA);
      const start = Date.now() + 3_600_000;
      return {
        path: '/api/meetings',
        body: { agencyId: f.agencyA, title: 'Cuộc họp trực tuyến thử nghiệm', startsAt: new Date(start).toISOString(), endsAt: new Date(start + 3_600_000).toISOString(), agencyIds: [f.agencyA], signerPosition: 'Chủ tịch' },
      };
    },
  },
  'GET /api/meetings/statistics': { expect: REPORTS_OF_A, request: (f) => ({ path: `/api/meetings/statistics?from=2026-01&to=2026-12&agencyId=${f.agencyA}` }) },
  'GET /api/meetings/{id}': { expect: REPORTS_OF_A, request: async (f) => ({ path: `/api/meetings/${(await buildMeeting(f)).id}` }) },
  'PUT /api/meetings/{id}/attendance/{endpointId}': {
    expect: ORGANISER_OF_A,
    request: async (f) => {
      const m = await buildMeeting(f);
      return { path: `/api/meetings/${m.id}/attendance/${m.endpoint.id}`, body: { attendance: 'present', attendees: 5 } };
    },
  },
  'POST /api/meetings/{id}/minutes': {
    expect: ORGANISER_OF_A,
    request: async (f) => ({ path: `/api/meetings/${(await buildMeeting(f)).id}/minutes`, body: { text: 'Kết luận của cuộc họp thử nghiệm.', signerPosition: 'Chủ tịch' } }),
  },
};
