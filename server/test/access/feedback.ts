import { samplePng } from '../samples.js';
import {
  PROVINCE_ADMIN, PUBLIC, REPORTS_OF_A, rule, SIGNED_IN, STAFF_A, type AccessCase, type Fixtures, type PrincipalName,
} from './rules.js';

// Every principal posts to each public feedback route within the same minute: the per-address limit is raised out of the way
// (read when the app registers its routes, after this module is imported).
process.env.FEEDBACK_RATE_LIMIT_PER_MINUTE ??= '100000';

type ReportState = 'submitted' | 'in_progress' | 'awaiting_approval' | 'answered';

/** A report routed to agency A, of the applicant, with one photo; drafts are the specialist's. */
async function reportOfA(f: Fixtures, status: ReportState): Promise<{ id: number; code: string; photoId: number }> {
  const n = f.unique();
  const code = `PA-TEST-${String(n).padStart(4, '0')}`;
  const category = (await f.t.db.query<{ id: number }>('SELECT id FROM feedback_categories ORDER BY id LIMIT 1')).rows[0]!.id;
  const created = await f.t.db.query<{ id: number }>(
    `INSERT INTO feedback_reports (code, category_id, agency_id, status, title, description, public_title, public_description, lat, lng, address,
       reporter_user_id, reporter_name, channels, due_at, answered_at)
     VALUES ($1, $2, $3, $4, 'Phản ánh thử nghiệm', 'Nội dung phản ánh thử nghiệm của công dân', 'Phản ánh thử nghiệm', 'Nội dung phản ánh thử nghiệm của công dân',
             21.85, 106.765, 'Địa chỉ thử nghiệm', $5, 'Công dân thử nghiệm', '{in_app}', now() + interval '10 days', CASE WHEN $4 = 'answered' THEN now() END)
     RETURNING id`, [code, category, f.agencyA, status, f.applicantId]);
  const id = Number(created.rows[0]!.id);
  if (status === 'awaiting_approval' || status === 'answered') {
    await f.t.db.query(`INSERT INTO feedback_answers (report_id, text, status, drafted_by, decided_at) VALUES ($1, 'Trả lời thử nghiệm của cơ quan', $2, $3, $4)`,
      [id, status === 'answered' ? 'approved' : 'pending', f.officialsA.specialist, status === 'answered' ? new Date() : null]);
  }
  const file = await f.t.deps.files.save(f.t.db, Buffer.from(samplePng), 'image/jpeg');
  const photo = await f.t.db.query<{ id: number }>('INSERT INTO feedback_photos (report_id, position, sha256, width, height) VALUES ($1, 1, $2, 1, 1) RETURNING id', [id, file.sha256]);
  return { id, code, photoId: Number(photo.rows[0]!.id) };
}

const CITIZENS: PrincipalName[] = ['applicant', 'otherCitizen'];
const readersOfA = (): PrincipalName[] => [...STAFF_A, 'financeA', 'adminA', 'provinceAdmin'];
/** An action on a report of A: `actors` may take it; A's other officials are refused (403); B's do not see it (404); citizens are no staff (403). */
const actionOnA = (...actors: PrincipalName[]) =>
  rule('hidden', { allowed: actors, forbidden: readersOfA().filter((p) => !actors.includes(p)), denied: CITIZENS });
const HANDLERS_A: PrincipalName[] = ['receptionA', 'specialistA', 'leaderA'];
const staffRoute = () => rule('allowed', { forbidden: CITIZENS });

const action = (state: ReportState, path: string, actors: PrincipalName[], body?: (f: Fixtures) => unknown | Promise<unknown>, method?: string): AccessCase => ({
  on: state, expect: actionOnA(...actors),
  request: async (f) => {
    const r = await reportOfA(f, state);
    return { path: `/api/feedback/reports/${r.id}${path.replace('{photoId}', String(r.photoId))}`, body: body ? await body(f) : method === 'POST' ? {} : undefined };
  },
});

const square = [[[100.0, 10.0], [100.1, 10.0], [100.1, 10.1], [100.0, 10.1], [100.0, 10.0]]];

/**
 * The access-matrix rows of the feedback module's routes (see ../access-matrix.ts for the principals and
 * the rules). Rows make the records they need themselves, so that this file is the module's alone.
 */
export const feedbackAccess: Record<string, AccessCase | AccessCase[]> = {
  // ---- the public ----
  'GET /api/feedback/categories': { request: () => ({ path: '/api/feedback/categories' }), expect: PUBLIC },
  'GET /api/feedback/map/settings': { request: () => ({ path: '/api/feedback/map/settings' }), expect: PUBLIC },
  'GET /api/feedback/map/blank-tile.png': { request: () => ({ path: '/api/feedback/map/blank-tile.png' }), expect: PUBLIC },
  'GET /api/feedback/areas/at': { request: () => ({ path: '/api/feedback/areas/at?lat=21.85&lng=106.765' }), expect: PUBLIC },
  // Citizens and visitors report; officials do not report with their official account.
  'POST /api/feedback/reports': {
    expect: rule('forbidden', { allowed: ['anonymous', ...CITIZENS] }),
    request: async (f) => {
      const category = (await f.t.db.query<{ id: number }>('SELECT id FROM feedback_categories ORDER BY id LIMIT 1')).rows[0]!.id;
      const report = {
        categoryId: category, title: 'Phản ánh thử quyền', description: 'Nội dung phản ánh thử quyền truy cập', location: { lat: 21.85, lng: 106.765 },
        anonymousToPublic: true, channels: [], reporter: { fullName: 'Khách thử nghiệm', email: 'khach@example.vn' },
      };
      return { path: '/api/feedback/reports', upload: { fields: { report: JSON.stringify(report) }, file: { name: 'anh.png', type: 'image/png', data: samplePng } } };
    },
  },
  'GET /api/feedback/public/reports': { request: () => ({ path: '/api/feedback/public/reports?bbox=106.7,21.8,106.8,21.9&q=duong' }), expect: PUBLIC },
  'GET /api/feedback/public/map': { request: () => ({ path: '/api/feedback/public/map?bbox=106.7,21.8,106.8,21.9' }), expect: PUBLIC },
  'GET /api/feedback/public/reports/{code}': { request: async (f) => ({ path: `/api/feedback/public/reports/${(await reportOfA(f, 'in_progress')).code}` }), expect: PUBLIC },
  'POST /api/feedback/public/reports/{code}/subscriptions': {
    expect: PUBLIC,
    request: async (f) => ({ path: `/api/feedback/public/reports/${(await reportOfA(f, 'in_progress')).code}/subscriptions`, body: { email: `theodoi${f.unique()}@example.vn` } }),
  },
  'DELETE /api/feedback/public/reports/{code}/subscriptions': {
    expect: SIGNED_IN, request: async (f) => ({ path: `/api/feedback/public/reports/${(await reportOfA(f, 'in_progress')).code}/subscriptions` }),
  },
  'POST /api/feedback/unsubscribe': {
    expect: PUBLIC,
    request: async (f) => {
      const r = await reportOfA(f, 'in_progress');
      const token = `huy-theo-doi-thu-nghiem-${f.unique()}`;
      await f.t.db.query('INSERT INTO feedback_subscriptions (report_id, email, unsubscribe_token) VALUES ($1, $2, $3)', [r.id, `huy${f.unique()}@example.vn`, token]);
      return { path: '/api/feedback/unsubscribe', body: { token } };
    },
  },
  // The reporter alone rates (signed in, or with the key given at submission; a visitor without it is refused).
  'POST /api/feedback/public/reports/{code}/rating': {
    expect: rule('forbidden', { allowed: ['applicant'], forbidden: ['anonymous'] }),
    request: async (f) => ({ path: `/api/feedback/public/reports/${(await reportOfA(f, 'answered')).code}/rating`, body: { score: 5, comment: 'Tốt' } }),
  },
  'GET /api/feedback/photos/{photoId}': { request: async (f) => ({ path: `/api/feedback/photos/${(await reportOfA(f, 'in_progress')).photoId}` }), expect: PUBLIC },
  'GET /api/feedback/mine': { request: () => ({ path: '/api/feedback/mine' }), expect: SIGNED_IN },

  // ---- staff: each official within their agencies (citizens are no staff) ----
  'GET /api/feedback/reports': { request: () => ({ path: '/api/feedback/reports?q=thu nghiem&overdue=false' }), expect: staffRoute() },
  'GET /api/feedback/directory': { request: () => ({ path: '/api/feedback/directory' }), expect: staffRoute() },
  'GET /api/feedback/statistics': { request: () => ({ path: '/api/feedback/statistics?from=2026-01-01&to=2026-12-31' }), expect: staffRoute() },
  'GET /api/feedback/reports/{id}': { request: async (f) => ({ path: `/api/feedback/reports/${(await reportOfA(f, 'in_progress')).id}` }), expect: REPORTS_OF_A },
  'POST /api/feedback/reports/{id}/accept': action('submitted', '/accept', HANDLERS_A, () => ({})),
  'POST /api/feedback/reports/{id}/assign': action('in_progress', '/assign', ['receptionA', 'leaderA'], (f) => ({ assigneeId: f.officialsA.specialist })),
  'POST /api/feedback/reports/{id}/reroute': action('submitted', '/reroute', HANDLERS_A, (f) => ({ agencyId: f.agencyB, reason: 'Thuộc thẩm quyền cơ quan B' })),
  'POST /api/feedback/reports/{id}/merge': action('in_progress', '/merge', HANDLERS_A, async (f) => ({ intoCode: (await reportOfA(f, 'in_progress')).code })),
  'PUT /api/feedback/reports/{id}/public-text': action('in_progress', '/public-text', HANDLERS_A, () => ({ title: 'Tiêu đề đã biên tập', description: 'Nội dung đã ẩn thông tin cá nhân' })),
  'PATCH /api/feedback/reports/{id}/photos/{photoId}': action('in_progress', '/photos/{photoId}', HANDLERS_A, () => ({ hidden: true })),
  'POST /api/feedback/reports/{id}/answer': action('in_progress', '/answer', ['specialistA', 'leaderA'], () => ({ text: 'Dự thảo trả lời của cơ quan A' })),
  // The draft is the specialist's: a leader of A approves or returns it.
  'POST /api/feedback/reports/{id}/answer/approve': action('awaiting_approval', '/answer/approve', ['leaderA'], undefined, 'POST'),
  'POST /api/feedback/reports/{id}/answer/return': action('awaiting_approval', '/answer/return', ['leaderA'], () => ({ comment: 'Bổ sung thời hạn' })),
  'POST /api/feedback/reports/{id}/reject': action('submitted', '/reject', HANDLERS_A, () => ({ reason: 'Nội dung không hợp lệ' })),
  'POST /api/feedback/reports/{id}/close': action('in_progress', '/close', ['specialistA', 'leaderA'], () => ({ note: 'Đã xử lý xong' })),

  // ---- province-wide settings ----
  'GET /api/feedback/admin/categories': { request: () => ({ path: '/api/feedback/admin/categories' }), expect: PROVINCE_ADMIN },
  'POST /api/feedback/admin/categories': {
    expect: PROVINCE_ADMIN,
    request: (f) => ({ path: '/api/feedback/admin/categories', body: { code: `thu-nghiem-${f.unique()}`, name: 'Lĩnh vực thử nghiệm', deadlineDays: 5, level: 'agency', agencyId: f.agencyA } }),
  },
  'PUT /api/feedback/admin/categories/{id}': {
    expect: PROVINCE_ADMIN,
    request: async (f) => {
      const id = (await f.t.db.query<{ id: number }>('SELECT id FROM feedback_categories ORDER BY id DESC LIMIT 1')).rows[0]!.id;
      return { path: `/api/feedback/admin/categories/${id}`, body: { code: `sua-${f.unique()}`, name: 'Lĩnh vực đã sửa', deadlineDays: 7, level: 'district', agencyId: f.agencyA } };
    },
  },
  'GET /api/feedback/admin/areas': { request: () => ({ path: '/api/feedback/admin/areas' }), expect: PROVINCE_ADMIN },
  'PUT /api/feedback/admin/areas': {
    expect: PROVINCE_ADMIN,
    request: async (f) => {
      const code = (await f.t.db.query<{ code: string }>('SELECT code FROM agencies WHERE id = $1', [f.agencyA])).rows[0]!.code;
      return { path: '/api/feedback/admin/areas', body: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { agencyCode: code }, geometry: { type: 'Polygon', coordinates: square } }] } };
    },
  },
  'GET /api/feedback/open311-keys': { request: () => ({ path: '/api/feedback/open311-keys' }), expect: PROVINCE_ADMIN },
  'POST /api/feedback/open311-keys': { request: () => ({ path: '/api/feedback/open311-keys', body: { name: 'Ứng dụng thử nghiệm' } }), expect: PROVINCE_ADMIN },
  'DELETE /api/feedback/open311-keys/{id}': {
    expect: PROVINCE_ADMIN,
    request: async (f) => {
      const n = f.unique();
      const id = (await f.t.db.query<{ id: number }>(`INSERT INTO feedback_open311_keys (name, key_hash, prefix) VALUES ('Khóa thử', $1, 'o311_thu') RETURNING id`, [`hash-${n}-${Date.now()}`])).rows[0]!.id;
      return { path: `/api/feedback/open311-keys/${id}` };
    },
  },
};

