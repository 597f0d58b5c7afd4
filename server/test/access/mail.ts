import { ADMIN_OF_A, rule, type AccessCase } from './rules.js';
import { insertOfficial } from '../factories.js';
import type { TestApp } from '../test-app.js';

/**
 * The access-matrix rows of official mail (see ../access-matrix.ts for the principals and the rules),
 * and the mail records tests make for themselves (plain SQL, as in ../factories.ts). Administration is
 * A's admin's and the province admin's; B's admin does not learn that A's mailboxes exist.
 */

let sequence = 0;

/** The mail domain of `agencyId` (made once per agency). */
export async function buildMailDomain(t: TestApp, agencyId: number): Promise<string> {
  const domain = `coquan${agencyId}.langson.gov.vn`;
  await t.db.query(`INSERT INTO mail_domains (agency_id, domain, default_quota_mb) VALUES ($1, $2, 100) ON CONFLICT (agency_id) DO NOTHING`, [agencyId, domain]);
  return domain;
}

/** A mailbox of an official of `agencyId` (a new official unless `userId` is given). */
export async function buildMailbox(t: TestApp, agencyId: number, options: { status?: 'active' | 'suspended'; userId?: number } = {}) {
  const domain = await buildMailDomain(t, agencyId);
  const userId = options.userId ?? (await insertOfficial(t, agencyId, 'specialist')).id;
  const status = options.status ?? 'active';
  const created = await t.db.query<{ id: number; version: number }>(
    `INSERT INTO mailboxes (agency_id, user_id, address, display_name, quota_mb, status, suspended_reason)
     VALUES ($1, $2, $3, 'Cán bộ thử nghiệm', 100, $4, $5)
     ON CONFLICT (user_id) WHERE status <> 'removed' AND user_id IS NOT NULL DO UPDATE SET display_name = EXCLUDED.display_name RETURNING id, version`,
    [agencyId, userId, `canbo${++sequence}.${userId}@${domain}`, status, status === 'suspended' ? 'admin' : null]);
  return created.rows[0]!;
}

export async function buildAlias(t: TestApp, agencyId: number) {
  const domain = await buildMailDomain(t, agencyId);
  const created = await t.db.query<{ id: number; version: number }>(
    `INSERT INTO mail_aliases (agency_id, address, description) VALUES ($1, $2, 'Nhóm thử nghiệm') RETURNING id, version`, [agencyId, `nhom${++sequence}@${domain}`]);
  return created.rows[0]!;
}

/** An action on a fresh mailbox of A. */
const onMailbox = (path: string, body: (m: { version: number }) => unknown, status?: 'suspended'): AccessCase => ({
  expect: ADMIN_OF_A,
  request: async (f) => {
    const m = await buildMailbox(f.t, f.agencyA, { status });
    return { path: `/api/admin/mail/mailboxes/${m.id}${path}`, body: body(m) };
  },
});

/** The official's own mailbox: A's specialist has one; everyone else is told there is none. */
const OWN_MAILBOX = rule('hidden', { allowed: ['specialistA'] });

export const mailAccess: Record<string, AccessCase | AccessCase[]> = {
  'GET /api/admin/mail/agencies/{agencyId}': { expect: ADMIN_OF_A, request: (f) => ({ path: `/api/admin/mail/agencies/${f.agencyA}` }) },
  'PUT /api/admin/mail/agencies/{agencyId}': {
    expect: ADMIN_OF_A,
    request: (f) => ({ path: `/api/admin/mail/agencies/${f.agencyA}`, body: { domain: `coquan${f.agencyA}.langson.gov.vn`, defaultQuotaMb: 200 } }),
  },
  'GET /api/admin/mail/agencies/{agencyId}/candidates': { expect: ADMIN_OF_A, request: (f) => ({ path: `/api/admin/mail/agencies/${f.agencyA}/candidates` }) },
  'GET /api/admin/mail/mailboxes': { expect: ADMIN_OF_A, request: (f) => ({ path: `/api/admin/mail/mailboxes?agencyId=${f.agencyA}` }) },
  'POST /api/admin/mail/mailboxes': {
    expect: ADMIN_OF_A,
    request: async (f) => {
      await buildMailDomain(f.t, f.agencyA);
      return { path: '/api/admin/mail/mailboxes', body: { agencyId: f.agencyA, userId: (await insertOfficial(f.t, f.agencyA, 'specialist')).id } };
    },
  },
  'GET /api/admin/mail/mailboxes/{id}': {
    expect: ADMIN_OF_A, request: async (f) => ({ path: `/api/admin/mail/mailboxes/${(await buildMailbox(f.t, f.agencyA)).id}` }),
  },
  'POST /api/admin/mail/mailboxes/{id}/rename': onMailbox('/rename', (m) => ({ localPart: `doiten${++sequence}`, version: m.version })),
  'PUT /api/admin/mail/mailboxes/{id}/quota': onMailbox('/quota', (m) => ({ quotaMb: 300, version: m.version })),
  'POST /api/admin/mail/mailboxes/{id}/password': onMailbox('/password', (m) => ({ password: 'HopThu2026', version: m.version })),
  'POST /api/admin/mail/mailboxes/{id}/suspend': onMailbox('/suspend', (m) => ({ version: m.version })),
  'POST /api/admin/mail/mailboxes/{id}/resume': onMailbox('/resume', (m) => ({ version: m.version }), 'suspended'),
  'DELETE /api/admin/mail/mailboxes/{id}': {
    expect: ADMIN_OF_A,
    request: async (f) => {
      const m = await buildMailbox(f.t, f.agencyA);
      return { path: `/api/admin/mail/mailboxes/${m.id}?version=${m.version}` };
    },
  },
  'GET /api/admin/mail/aliases': { expect: ADMIN_OF_A, request: (f) => ({ path: `/api/admin/mail/aliases?agencyId=${f.agencyA}` }) },
  'POST /api/admin/mail/aliases': {
    expect: ADMIN_OF_A,
    request: async (f) => {
      const m = await buildMailbox(f.t, f.agencyA);
      return { path: '/api/admin/mail/aliases', body: { agencyId: f.agencyA, localPart: `nhom${++sequence}`, description: 'Văn thư', memberIds: [m.id] } };
    },
  },
  'PUT /api/admin/mail/aliases/{id}': {
    expect: ADMIN_OF_A,
    request: async (f) => {
      const a = await buildAlias(f.t, f.agencyA);
      return { path: `/api/admin/mail/aliases/${a.id}`, body: { description: 'Lãnh đạo', version: a.version } };
    },
  },
  'DELETE /api/admin/mail/aliases/{id}': {
    expect: ADMIN_OF_A,
    request: async (f) => {
      const a = await buildAlias(f.t, f.agencyA);
      return { path: `/api/admin/mail/aliases/${a.id}?version=${a.version}` };
    },
  },
  'GET /api/mail/me': {
    expect: OWN_MAILBOX,
    request: async (f) => {
      await buildMailbox(f.t, f.agencyA, { userId: f.officialsA.specialist });
      return { path: '/api/mail/me' };
    },
  },
  'POST /api/mail/me/password': {
    expect: OWN_MAILBOX,
    request: async (f) => {
      await buildMailbox(f.t, f.agencyA, { userId: f.officialsA.specialist });
      return { path: '/api/mail/me/password', body: { password: 'HopThu2026' } };
    },
  },
};
