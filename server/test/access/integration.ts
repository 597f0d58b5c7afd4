import { PROVINCE_ADMIN, type AccessCase, type Fixtures } from './rules.js';

/**
 * The access-matrix rows of the integration module's routes (see ../access-matrix.ts for the principals and
 * the rules). The integration platform is the province's: its admin alone manages it (an agency's admin
 * neither sees nor changes members, services or grants). Rows make the records they need themselves.
 */
async function member(f: Fixtures): Promise<number> {
  const n = f.unique();
  const row = await f.t.db.query<{ id: string }>(
    `INSERT INTO lgsp_members (identifier, instance, member_class, member_code, subsystem, name, agency_id, client_id, secret_hash)
     VALUES ($1, 'VN', 'GOV', $2, 'MATRIX', 'Hệ thống thử quyền', $3, $4, repeat('0', 64)) RETURNING id`,
    [`VN/GOV/M${n}/MATRIX`, `M${n}`, f.agencyA, `matrix-${n}`]);
  return Number(row.rows[0]!.id);
}

async function service(f: Fixtures): Promise<number> {
  const n = f.unique();
  const row = await f.t.db.query<{ id: string }>(
    `INSERT INTO lgsp_services (code, name, agency_id, upstream_url, operations) VALUES ($1, 'Dịch vụ thử quyền', $2, 'http://127.0.0.1:9', '[{"id":"op","method":"GET","path":"/a"}]') RETURNING id`,
    [`matrix-${n}`, f.agencyA]);
  return Number(row.rows[0]!.id);
}

async function grant(f: Fixtures): Promise<number> {
  const [m, s] = [await member(f), await service(f)];
  const row = await f.t.db.query<{ id: string }>('INSERT INTO lgsp_grants (member_id, service_id) VALUES ($1, $2) RETURNING id', [m, s]);
  return Number(row.rows[0]!.id);
}

export const integrationAccess: Record<string, AccessCase | AccessCase[]> = {
  'GET /api/integration/members': { request: () => ({ path: '/api/integration/members' }), expect: PROVINCE_ADMIN },
  'POST /api/integration/members': {
    request: (f) => ({ path: '/api/integration/members', body: { identifier: `VN/GOV/N${f.unique()}/MATRIX`, name: 'Hệ thống mới', agencyId: f.agencyA } }),
    expect: PROVINCE_ADMIN,
  },
  'POST /api/integration/members/{id}/secret': { request: async (f) => ({ path: `/api/integration/members/${await member(f)}/secret` }), expect: PROVINCE_ADMIN },
  'POST /api/integration/members/{id}/state': {
    request: async (f) => ({ path: `/api/integration/members/${await member(f)}/state`, body: { state: 'suspended', version: 1 } }), expect: PROVINCE_ADMIN,
  },
  'PUT /api/integration/members/{id}/certificate': {
    request: async (f) => ({ path: `/api/integration/members/${await member(f)}/certificate`, body: { certificate: null } }), expect: PROVINCE_ADMIN,
  },
  'POST /api/integration/members/{id}/demo-certificate': { request: async (f) => ({ path: `/api/integration/members/${await member(f)}/demo-certificate` }), expect: PROVINCE_ADMIN },
  'GET /api/integration/services': { request: () => ({ path: '/api/integration/services' }), expect: PROVINCE_ADMIN },
  'POST /api/integration/services': {
    request: (f) => ({ path: '/api/integration/services', body: { code: `matrix-new-${f.unique()}`, name: 'Dịch vụ mới', agencyId: f.agencyA, upstreamUrl: 'http://127.0.0.1:9' } }),
    expect: PROVINCE_ADMIN,
  },
  'PATCH /api/integration/services/{id}': {
    request: async (f) => ({ path: `/api/integration/services/${await service(f)}`, body: { version: 1, timeoutMs: 2000 } }), expect: PROVINCE_ADMIN,
  },
  'GET /api/integration/grants': { request: () => ({ path: '/api/integration/grants' }), expect: PROVINCE_ADMIN },
  'POST /api/integration/grants': {
    request: async (f) => ({ path: '/api/integration/grants', body: { memberId: await member(f), serviceId: await service(f) } }), expect: PROVINCE_ADMIN,
  },
  'DELETE /api/integration/grants/{id}': { request: async (f) => ({ path: `/api/integration/grants/${await grant(f)}` }), expect: PROVINCE_ADMIN },
  'GET /api/integration/traffic': { request: () => ({ path: '/api/integration/traffic?hours=24' }), expect: PROVINCE_ADMIN },
  'GET /api/integration/messages': { request: () => ({ path: '/api/integration/messages' }), expect: PROVINCE_ADMIN },
  'GET /api/integration/chain': { request: () => ({ path: '/api/integration/chain' }), expect: PROVINCE_ADMIN },
  'GET /api/integration/chain/verification': { request: () => ({ path: '/api/integration/chain/verification' }), expect: PROVINCE_ADMIN },
};
