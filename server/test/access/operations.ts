import { PROVINCE_ADMIN, PUBLIC, rule, type AccessCase, type Fixtures } from './rules.js';
import { samplePdf } from '../samples.js';
import { buildDeadDelivery } from '../factories.js';

/**
 * The access-matrix rows of the operations module's dashboard, index, maturity and report routes (see
 * ../access-matrix.ts for the principals and the rules; the background-job rows stay there). Rows make
 * the records they need themselves, so that this file is the module's alone.
 */

/** The figures of agency A: its leader and admin, and the province's admin; B's leader and admin do not learn A is there; no one else leads. */
const LEADERS_OF_A = rule('forbidden', { allowed: ['leaderA', 'adminA', 'provinceAdmin'], hidden: ['leaderB', 'adminB'] });
const period = 'from=2026-01-01&to=2026-12-31';
/** Leaders and admins of any agency (the list of assessment periods). */
const LEADERS = rule('forbidden', { allowed: ['leaderA', 'leaderB', 'adminA', 'adminB', 'provinceAdmin'] });
/** A's self-assessment: A's own leader and admin; B's and the province's admin (who reviews instead) are told the sheet is not theirs. */
const ASSESSORS_OF_A = rule('forbidden', { allowed: ['leaderA', 'adminA'], hidden: ['leaderB', 'adminB', 'provinceAdmin'] });

/** A fresh criteria set (one self-assessed criterion, one computed) and a period of it, open or published; with A's evidence when asked. */
async function maturityPeriod(f: Fixtures, options: { published?: boolean; evidence?: boolean } = {}) {
  const db = f.t.db;
  const set = (await db.query<{ id: number }>(`INSERT INTO ops_maturity_sets (name) VALUES ('Bộ tiêu chí thử nghiệm') RETURNING id::int`)).rows[0]!.id;
  const criteria = (await db.query<{ id: number }>(`INSERT INTO ops_maturity_criteria (set_id, position, group_name, name, max_points, measure)
    VALUES ($1, 1, 'Hạ tầng', 'Tập huấn', 10, 'self'), ($1, 2, 'Dịch vụ công', 'Nộp trực tuyến', 20, 'online_share') RETURNING id::int`, [set])).rows.map((r) => r.id);
  const id = (await db.query<{ id: number }>(`INSERT INTO ops_maturity_periods (set_id, name, from_day, to_day, status, published_at)
    VALUES ($1, 'Kỳ thử nghiệm', '2026-01-01', '2026-12-31', $2, CASE WHEN $2 = 'published' THEN now() END) RETURNING id::int`, [set, options.published ? 'published' : 'open'])).rows[0]!.id;
  if (options.evidence) {
    const stored = await f.t.deps.files.save(db, Buffer.from(await samplePdf('Minh chung')), 'application/pdf');
    await db.query(`INSERT INTO ops_maturity_scores (period_id, agency_id, criterion_id, self_points, evidence_sha256, evidence_name, evidence_type)
      VALUES ($1, $2, $3, 5, $4, 'minh-chung.pdf', 'application/pdf')`, [id, f.agencyA, criteria[0], stored.sha256]);
  }
  return { id, setId: set, self: criteria[0]!, computed: criteria[1]!, sheet: `/api/operations/maturity/periods/${id}/agencies/${f.agencyA}` };
}

export const operationsAccess: Record<string, AccessCase | AccessCase[]> = {
  // The operations page: platform-wide figures (every node, queue, the database), for the province's admin only.
  'GET /api/admin/operations/status': { request: () => ({ path: '/api/admin/operations/status' }), expect: PROVINCE_ADMIN },
  'GET /api/admin/operations/dead-letters': { request: () => ({ path: '/api/admin/operations/dead-letters' }), expect: PROVINCE_ADMIN },
  'POST /api/admin/jobs/deliveries/{id}/discard': {
    expect: PROVINCE_ADMIN, request: async (f) => ({ path: `/api/admin/jobs/deliveries/${(await buildDeadDelivery(f.t)).id}/discard` }),
  },
  'GET /api/operations/dashboard': { expect: LEADERS_OF_A, request: (f) => ({ path: `/api/operations/dashboard?agencyId=${f.agencyA}&${period}` }) },
  'GET /api/operations/dossiers': { expect: LEADERS_OF_A, request: (f) => ({ path: `/api/operations/dossiers?agencyId=${f.agencyA}&measure=received&${period}` }) },
  'GET /api/operations/quality': { expect: LEADERS_OF_A, request: (f) => ({ path: `/api/operations/quality?agencyId=${f.agencyA}&${period}` }) },
  'GET /api/operations/reports/one-stop.xlsx': { expect: LEADERS_OF_A, request: (f) => ({ path: `/api/operations/reports/one-stop.xlsx?agencyId=${f.agencyA}&${period}` }) },
  'GET /api/operations/reports/one-stop.pdf': { expect: LEADERS_OF_A, request: (f) => ({ path: `/api/operations/reports/one-stop.pdf?agencyId=${f.agencyA}&${period}` }) },
  'POST /api/operations/maturity/sets': {
    expect: PROVINCE_ADMIN,
    request: () => ({ path: '/api/operations/maturity/sets', body: { name: 'Bộ tiêu chí mới', criteria: [{ groupName: 'Hạ tầng', name: 'Tập huấn', maxPoints: 10, measure: 'self' }] } }),
  },
  'GET /api/operations/maturity/periods': { expect: LEADERS, request: () => ({ path: '/api/operations/maturity/periods' }) },
  'POST /api/operations/maturity/periods': {
    expect: PROVINCE_ADMIN,
    request: async (f) => ({ path: '/api/operations/maturity/periods', body: { setId: (await maturityPeriod(f)).setId, name: 'Kỳ mới', from: '2026-01-01', to: '2026-06-30' } }),
  },
  'GET /api/operations/maturity/periods/{id}/agencies/{agencyId}': { expect: LEADERS_OF_A, request: async (f) => ({ path: (await maturityPeriod(f)).sheet }) },
  'PUT /api/operations/maturity/periods/{id}/agencies/{agencyId}/criteria/{criterionId}/self': {
    expect: ASSESSORS_OF_A,
    request: async (f) => {
      const p = await maturityPeriod(f);
      return { path: `${p.sheet}/criteria/${p.self}/self`, body: { points: 7, note: 'Đã tập huấn' } };
    },
  },
  'POST /api/operations/maturity/periods/{id}/agencies/{agencyId}/criteria/{criterionId}/evidence': {
    expect: ASSESSORS_OF_A,
    request: async (f) => {
      const p = await maturityPeriod(f);
      return { path: `${p.sheet}/criteria/${p.self}/evidence`, upload: { fields: {}, file: { name: 'minh-chung.pdf', data: await samplePdf('Minh chung'), type: 'application/pdf' } } };
    },
  },
  'GET /api/operations/maturity/periods/{id}/agencies/{agencyId}/criteria/{criterionId}/evidence': {
    expect: LEADERS_OF_A,
    request: async (f) => {
      const p = await maturityPeriod(f, { evidence: true });
      return { path: `${p.sheet}/criteria/${p.self}/evidence` };
    },
  },
  'PUT /api/operations/maturity/periods/{id}/agencies/{agencyId}/criteria/{criterionId}/review': {
    expect: PROVINCE_ADMIN,
    request: async (f) => {
      const p = await maturityPeriod(f);
      return { path: `${p.sheet}/criteria/${p.self}/review`, body: { points: 6, comment: 'Thiếu minh chứng' } };
    },
  },
  'POST /api/operations/maturity/periods/{id}/publish': {
    expect: PROVINCE_ADMIN, request: async (f) => ({ path: `/api/operations/maturity/periods/${(await maturityPeriod(f)).id}/publish` }),
  },
  'GET /api/maturity/periods/{id}/ranking': { expect: PUBLIC, request: async (f) => ({ path: `/api/maturity/periods/${(await maturityPeriod(f, { published: true })).id}/ranking` }) },
  'GET /api/quality-index': { expect: PUBLIC, request: (f) => ({ path: `/api/quality-index?agencyId=${f.agencyA}&${period}` }) },
};
