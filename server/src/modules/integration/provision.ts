import { randomBytes } from 'node:crypto';
import type { Queryable } from '../../platform/db.js';
import { integrationErrors as ie } from './errors.js';
import { tokenHash } from './registry.js';
import { operationsOf, parseIdentifier } from './rules.js';

/** A member to make sure of; `clientSecret` given: the demo's known secret, otherwise a random one nobody sees. */
export type MemberSpec = { identifier: string; name: string; agencyId: number; clientId?: string; clientSecret?: string };
export type ServiceSpec = {
  code: string; name: string; agencyId: number; upstreamUrl: string; openapi?: unknown; retention?: 'full' | 'metadata'; timeoutMs?: number;
  /** The identifier of the member that provides it. */
  provider?: string;
};
export type GrantSpec = { member: string; service: string; operation?: string | null };

export const newClientSecret = () => randomBytes(32).toString('base64url');
export const secretHash = (secret: string) => tokenHash(secret);
export const clientIdOf = (identifier: string) => identifier.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-+|-+$/g, '');

/**
 * Makes sure members, services and grants exist (by identifier, code, and member+service+operation), in
 * the caller's transaction: for demo seeds and for modules that publish services of their own. Existing
 * records are left as they are (a province's changes to them stand). Returns the ids.
 */
export async function provisionIntegration(tx: Queryable, spec: { members?: MemberSpec[]; services?: ServiceSpec[]; grants?: GrantSpec[] }) {
  const members = new Map<string, number>();
  const services = new Map<string, number>();
  for (const m of spec.members ?? []) {
    const id = parseIdentifier(m.identifier);
    if (!id) throw ie.badIdentifier();
    const row = await tx.query<{ id: string }>(
      `INSERT INTO lgsp_members (identifier, instance, member_class, member_code, subsystem, name, agency_id, client_id, secret_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (identifier) DO UPDATE SET identifier = EXCLUDED.identifier WHERE false RETURNING id`,
      [m.identifier, id.instance, id.memberClass, id.memberCode, id.subsystem, m.name, m.agencyId, m.clientId ?? clientIdOf(m.identifier), secretHash(m.clientSecret ?? newClientSecret())]);
    members.set(m.identifier, Number(row.rows[0]?.id ?? (await tx.query<{ id: string }>('SELECT id FROM lgsp_members WHERE identifier = $1', [m.identifier])).rows[0]!.id));
  }
  const memberId = async (identifier: string) => members.get(identifier)
    ?? Number((await tx.query<{ id: string }>('SELECT id FROM lgsp_members WHERE identifier = $1', [identifier])).rows[0]?.id ?? NaN);
  for (const s of spec.services ?? []) {
    const operations = s.openapi === undefined ? [] : operationsOf(s.openapi);
    const provider = s.provider ? await memberId(s.provider) : null;
    if (Number.isNaN(provider)) throw ie.badProvider();
    const row = await tx.query<{ id: string }>(
      `INSERT INTO lgsp_services (code, name, agency_id, provider_member_id, upstream_url, openapi, operations, retention, timeout_ms)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (code) DO NOTHING RETURNING id`,
      [s.code, s.name, s.agencyId, provider, s.upstreamUrl, s.openapi === undefined ? null : JSON.stringify(s.openapi), JSON.stringify(operations), s.retention ?? 'metadata', s.timeoutMs ?? 10_000]);
    services.set(s.code, Number(row.rows[0]?.id ?? (await tx.query<{ id: string }>('SELECT id FROM lgsp_services WHERE code = $1', [s.code])).rows[0]!.id));
  }
  for (const g of spec.grants ?? []) {
    const member = await memberId(g.member);
    const service = services.get(g.service) ?? Number((await tx.query<{ id: string }>('SELECT id FROM lgsp_services WHERE code = $1', [g.service])).rows[0]?.id ?? NaN);
    if (Number.isNaN(member)) throw ie.memberNotFound();
    if (Number.isNaN(service)) throw ie.serviceNotFound();
    await tx.query(
      `INSERT INTO lgsp_grants (member_id, service_id, operation) SELECT $1, $2, $3
        WHERE NOT EXISTS (SELECT 1 FROM lgsp_grants WHERE member_id = $1 AND service_id = $2 AND coalesce(operation, '') = coalesce($3, '') AND revoked_at IS NULL)`,
      [member, service, g.operation ?? null]);
  }
  return { members, services };
}
