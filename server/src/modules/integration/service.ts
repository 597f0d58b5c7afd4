import fs from 'node:fs/promises';
import path from 'node:path';
import type { CurrentUser } from '../../platform/auth.js';
import type { ModuleDeps } from '../../platform/context.js';
import { isUniqueViolation, type Queryable } from '../../platform/db.js';
import { errors } from '../../platform/errors.js';
import { integrationErrors as ie } from './errors.js';
import { RESERVED_CODES } from './gateway-routes.js';
import { lastCheckpoint, verifyMessageLog } from './message-log.js';
import { clientIdOf, newClientSecret, secretHash } from './provision.js';
import { registryOf } from './registry.js';
import { operationsOf, parseIdentifier, type Operation } from './rules.js';
import { certificateFingerprint, issueDemoClientCertificate } from './tls.js';

/** The integration platform is the province's: its admin (admin at the root agency) manages it. */
export async function requireProvinceAdmin(db: Queryable, user: CurrentUser): Promise<void> {
  const adminOf = user.roles.filter((r) => r.role === 'admin' && r.agencyId !== null).map((r) => r.agencyId as number);
  if (adminOf.length > 0) {
    const root = await db.query<{ id: string }>('SELECT id FROM agency_directory WHERE parent_id IS NULL AND id = ANY($1::bigint[]) LIMIT 1', [adminOf]);
    if (root.rows[0]) return;
  }
  throw ie.provinceAdminOnly();
}

const changed = (deps: ModuleDeps) => registryOf(deps).invalidate();

async function agencyExists(db: Queryable, id: number) {
  return (await db.query('SELECT 1 FROM agency_directory WHERE id = $1', [id])).rowCount === 1;
}

async function caOf(deps: ModuleDeps): Promise<string | null> {
  const file = process.env.LGSP_TLS_CLIENT_CA || path.join(deps.config.pkiDir, 'demo-ca.cert.pem');
  return fs.readFile(file, 'utf8').catch(() => null);
}

async function fingerprintOf(deps: ModuleDeps, pem: string | undefined | null): Promise<string | null> {
  if (!pem) return null;
  const fingerprint = certificateFingerprint(pem, await caOf(deps));
  if (!fingerprint) throw ie.badCertificate();
  return fingerprint;
}

const tokenUrl = (deps: ModuleDeps) => `${deps.config.publicUrl}/lgsp/oauth/token`;

// ---- members ----

export async function listMembers(deps: ModuleDeps) {
  const rows = await deps.db.query(
    `SELECT m.id::int, m.identifier, m.name, m.agency_id::int AS "agencyId", a.name AS "agencyName", m.state, m.client_id AS "clientId",
            m.secret_rotated_at AS "secretRotatedAt", m.certificate_fingerprint AS "certificateFingerprint", m.created_at AS "createdAt", m.version
       FROM lgsp_members m JOIN agency_directory a ON a.id = m.agency_id ORDER BY m.identifier`);
  return rows.rows;
}

export async function registerMember(deps: ModuleDeps, user: CurrentUser, body: { identifier: string; name: string; agencyId: number; certificate?: string }) {
  await requireProvinceAdmin(deps.db, user);
  const id = parseIdentifier(body.identifier.trim());
  if (!id) throw ie.badIdentifier();
  if (!(await agencyExists(deps.db, body.agencyId))) throw ie.badAgency();
  const fingerprint = await fingerprintOf(deps, body.certificate);
  const identifier = body.identifier.trim();
  const secret = newClientSecret();
  const clientId = clientIdOf(identifier);
  try {
    const created = await deps.uow(user, async ({ tx, audit }) => {
      const row = await tx.query<{ id: string }>(
        `INSERT INTO lgsp_members (identifier, instance, member_class, member_code, subsystem, name, agency_id, client_id, secret_hash, certificate, certificate_fingerprint)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [identifier, id.instance, id.memberClass, id.memberCode, id.subsystem, body.name.trim(), body.agencyId, clientId, secretHash(secret), body.certificate ?? null, fingerprint]);
      const memberId = Number(row.rows[0]!.id);
      audit({ action: 'lgsp.member.registered', entity: 'lgsp_member', entityId: memberId, agencyId: body.agencyId, data: { identifier, name: body.name, certificateFingerprint: fingerprint } });
      return memberId;
    });
    changed(deps);
    return { id: created, clientId, clientSecret: secret, tokenUrl: tokenUrl(deps) };
  } catch (error) {
    if (isUniqueViolation(error)) throw ie.memberExists();
    throw error;
  }
}

async function memberRow(db: Queryable, id: number) {
  const row = (await db.query<{ id: string; identifier: string; agency_id: string; client_id: string; version: number; state: string }>(
    'SELECT id, identifier, agency_id, client_id, version, state FROM lgsp_members WHERE id = $1', [id])).rows[0];
  if (!row) throw ie.memberNotFound();
  return row;
}

/** A new secret (shown once); the old one and every token issued with it stop working at once. */
export async function rotateSecret(deps: ModuleDeps, user: CurrentUser, id: number) {
  await requireProvinceAdmin(deps.db, user);
  const member = await memberRow(deps.db, id);
  const secret = newClientSecret();
  await deps.uow(user, async ({ tx, audit }) => {
    await tx.query('UPDATE lgsp_members SET secret_hash = $2, secret_rotated_at = now(), version = version + 1 WHERE id = $1', [id, secretHash(secret)]);
    await tx.query('DELETE FROM lgsp_tokens WHERE member_id = $1', [id]);
    audit({ action: 'lgsp.member.secret_rotated', entity: 'lgsp_member', entityId: id, agencyId: Number(member.agency_id), data: { identifier: member.identifier } });
  });
  changed(deps);
  return { id, clientId: member.client_id, clientSecret: secret, tokenUrl: tokenUrl(deps) };
}

export async function setMemberState(deps: ModuleDeps, user: CurrentUser, id: number, body: { state: 'active' | 'suspended'; version: number }) {
  await requireProvinceAdmin(deps.db, user);
  const member = await memberRow(deps.db, id);
  await deps.uow(user, async ({ tx, audit }) => {
    const updated = await tx.query('UPDATE lgsp_members SET state = $2, version = version + 1 WHERE id = $1 AND version = $3', [id, body.state, body.version]);
    if (updated.rowCount !== 1) throw errors.conflict();
    if (body.state === 'suspended') await tx.query('DELETE FROM lgsp_tokens WHERE member_id = $1', [id]);
    audit({ action: body.state === 'suspended' ? 'lgsp.member.suspended' : 'lgsp.member.activated', entity: 'lgsp_member', entityId: id, agencyId: Number(member.agency_id), data: { identifier: member.identifier } });
  });
  changed(deps);
}

export async function setCertificate(deps: ModuleDeps, user: CurrentUser, id: number, pem: string | null) {
  await requireProvinceAdmin(deps.db, user);
  const member = await memberRow(deps.db, id);
  const fingerprint = await fingerprintOf(deps, pem);
  await deps.uow(user, async ({ tx, audit }) => {
    await tx.query('UPDATE lgsp_members SET certificate = $2, certificate_fingerprint = $3, version = version + 1 WHERE id = $1', [id, pem, fingerprint]);
    audit({ action: 'lgsp.member.certificate', entity: 'lgsp_member', entityId: id, agencyId: Number(member.agency_id), data: { identifier: member.identifier, certificateFingerprint: fingerprint } });
  });
  changed(deps);
  return fingerprint;
}

/** Demo mode: the demo CA issues the member a TLS client certificate, pinned at once; its key is shown once and not kept. */
export async function issueDemoCertificate(deps: ModuleDeps, user: CurrentUser, id: number) {
  await requireProvinceAdmin(deps.db, user);
  if (!deps.config.demo) throw ie.demoOnly();
  const member = (await deps.db.query<{ name: string }>('SELECT name FROM lgsp_members WHERE id = $1', [id])).rows[0];
  if (!member) throw ie.memberNotFound();
  const issued = await issueDemoClientCertificate(deps.config.pkiDir, member.name.slice(0, 60));
  const fingerprint = (await setCertificate(deps, user, id, issued.certificate))!;
  return { ...issued, fingerprint };
}

// ---- services ----

const SERVICE_COLUMNS = `s.id::int, s.code, s.name, s.agency_id::int AS "agencyId", a.name AS "agencyName", s.provider_member_id::int AS "providerMemberId",
  s.upstream_url AS "upstreamUrl", s.operations, s.openapi IS NOT NULL AS "hasOpenApi", s.retention, s.timeout_ms AS "timeoutMs", s.state,
  s.created_at AS "createdAt", s.version`;

export async function listServices(deps: ModuleDeps) {
  const rows = await deps.db.query<{ code: string }>(`SELECT ${SERVICE_COLUMNS} FROM lgsp_services s JOIN agency_directory a ON a.id = s.agency_id ORDER BY s.code`);
  return rows.rows.map((s) => ({ ...s, gatewayUrl: `${deps.config.publicUrl}/lgsp/${s.code}` }));
}

function parseOpenApi(text: string | null | undefined): { document: unknown; operations: Operation[] } | null {
  if (text === undefined || text === null || text.trim() === '') return null;
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw ie.badOpenApi('tệp không phải JSON');
  }
  try {
    return { document, operations: operationsOf(document) };
  } catch (error) {
    throw ie.badOpenApi((error as Error).message);
  }
}

function checkUpstream(url: string) {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw ie.badUpstream();
  }
  if (!['http:', 'https:'].includes(parsed.protocol) || parsed.username || parsed.password || parsed.hash) throw ie.badUpstream();
  return url.replace(/\/+$/, '');
}

export async function publishService(deps: ModuleDeps, user: CurrentUser, body: {
  code: string; name: string; agencyId: number; providerMemberId?: number | null; upstreamUrl: string; openapi?: string | null; retention?: 'full' | 'metadata'; timeoutMs?: number;
}) {
  await requireProvinceAdmin(deps.db, user);
  if (RESERVED_CODES.includes(body.code)) throw ie.serviceExists();
  const upstream = checkUpstream(body.upstreamUrl);
  if (!(await agencyExists(deps.db, body.agencyId))) throw ie.badAgency();
  if (body.providerMemberId) await memberRow(deps.db, body.providerMemberId).catch(() => { throw ie.badProvider(); });
  const openapi = parseOpenApi(body.openapi);
  try {
    const id = await deps.uow(user, async ({ tx, audit }) => {
      const row = await tx.query<{ id: string }>(
        `INSERT INTO lgsp_services (code, name, agency_id, provider_member_id, upstream_url, openapi, operations, retention, timeout_ms)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [body.code, body.name.trim(), body.agencyId, body.providerMemberId ?? null, upstream, openapi ? JSON.stringify(openapi.document) : null,
          JSON.stringify(openapi?.operations ?? []), body.retention ?? 'metadata', body.timeoutMs ?? 10_000]);
      const serviceId = Number(row.rows[0]!.id);
      audit({ action: 'lgsp.service.published', entity: 'lgsp_service', entityId: serviceId, agencyId: body.agencyId,
        data: { code: body.code, upstreamUrl: upstream, operations: openapi?.operations.map((o) => o.id) ?? [], retention: body.retention ?? 'metadata' } });
      return serviceId;
    });
    changed(deps);
    return id;
  } catch (error) {
    if (isUniqueViolation(error)) throw ie.serviceExists();
    throw error;
  }
}

export async function updateService(deps: ModuleDeps, user: CurrentUser, id: number, body: {
  version: number; name?: string; upstreamUrl?: string; openapi?: string | null; retention?: 'full' | 'metadata'; timeoutMs?: number; state?: 'active' | 'disabled';
}) {
  await requireProvinceAdmin(deps.db, user);
  const current = (await deps.db.query<{ agency_id: string; code: string }>('SELECT agency_id, code FROM lgsp_services WHERE id = $1', [id])).rows[0];
  if (!current) throw ie.serviceNotFound();
  const upstream = body.upstreamUrl === undefined ? undefined : checkUpstream(body.upstreamUrl);
  const openapi = body.openapi === undefined ? undefined : parseOpenApi(body.openapi);
  await deps.uow(user, async ({ tx, audit }) => {
    const updated = await tx.query(
      `UPDATE lgsp_services SET name = coalesce($3, name), upstream_url = coalesce($4, upstream_url),
              openapi = CASE WHEN $5::boolean THEN $6::jsonb ELSE openapi END, operations = CASE WHEN $5::boolean THEN $7::jsonb ELSE operations END,
              retention = coalesce($8, retention), timeout_ms = coalesce($9, timeout_ms), state = coalesce($10, state), version = version + 1
        WHERE id = $1 AND version = $2`,
      [id, body.version, body.name?.trim() ?? null, upstream ?? null, openapi !== undefined, openapi ? JSON.stringify(openapi.document) : null,
        JSON.stringify(openapi?.operations ?? []), body.retention ?? null, body.timeoutMs ?? null, body.state ?? null]);
    if (updated.rowCount !== 1) throw errors.conflict();
    audit({ action: 'lgsp.service.updated', entity: 'lgsp_service', entityId: id, agencyId: Number(current.agency_id),
      data: { code: current.code, ...body, openapi: openapi === undefined ? undefined : openapi?.operations.map((o) => o.id) ?? null } });
  });
  changed(deps);
}

// ---- grants ----

export async function listGrants(deps: ModuleDeps, query: { serviceId?: number; memberId?: number }) {
  const rows = await deps.db.query(
    `SELECT g.id::int, g.member_id::int AS "memberId", m.identifier AS "memberIdentifier", m.name AS "memberName", g.service_id::int AS "serviceId",
            s.code AS "serviceCode", g.operation, g.granted_at AS "grantedAt"
       FROM lgsp_grants g JOIN lgsp_members m ON m.id = g.member_id JOIN lgsp_services s ON s.id = g.service_id
      WHERE g.revoked_at IS NULL AND ($1::bigint IS NULL OR g.service_id = $1) AND ($2::bigint IS NULL OR g.member_id = $2)
      ORDER BY s.code, m.identifier, g.operation NULLS FIRST`, [query.serviceId ?? null, query.memberId ?? null]);
  return rows.rows;
}

export async function grant(deps: ModuleDeps, user: CurrentUser, body: { memberId: number; serviceId: number; operations?: string[] }) {
  await requireProvinceAdmin(deps.db, user);
  const member = await memberRow(deps.db, body.memberId);
  const service = (await deps.db.query<{ code: string; agency_id: string; operations: Operation[] }>('SELECT code, agency_id, operations FROM lgsp_services WHERE id = $1', [body.serviceId])).rows[0];
  if (!service) throw ie.serviceNotFound();
  const operations = [...new Set(body.operations ?? [])];
  if (operations.some((op) => !service.operations.some((o) => o.id === op))) throw ie.badOperation();
  const targets: (string | null)[] = operations.length === 0 ? [null] : operations;
  try {
    const ids = await deps.uow(user, async ({ tx, audit }) => {
      const created: number[] = [];
      for (const operation of targets) {
        const row = await tx.query<{ id: string }>('INSERT INTO lgsp_grants (member_id, service_id, operation, granted_by) VALUES ($1, $2, $3, $4) RETURNING id',
          [body.memberId, body.serviceId, operation, user.id]);
        created.push(Number(row.rows[0]!.id));
      }
      audit({ action: 'lgsp.grant.created', entity: 'lgsp_service', entityId: body.serviceId, agencyId: Number(service.agency_id),
        data: { member: member.identifier, service: service.code, operations: operations.length === 0 ? '*' : operations, grantIds: created } });
      return created;
    });
    changed(deps);
    return ids;
  } catch (error) {
    if (isUniqueViolation(error)) throw ie.grantExists();
    throw error;
  }
}

export async function revoke(deps: ModuleDeps, user: CurrentUser, id: number) {
  await requireProvinceAdmin(deps.db, user);
  await deps.uow(user, async ({ tx, audit }) => {
    const row = (await tx.query<{ member: string; service: string; operation: string | null; agency_id: string; service_id: string }>(
      `UPDATE lgsp_grants g SET revoked_at = now(), revoked_by = $2 FROM lgsp_members m, lgsp_services s
        WHERE g.id = $1 AND g.revoked_at IS NULL AND m.id = g.member_id AND s.id = g.service_id
       RETURNING m.identifier AS member, s.code AS service, g.operation, s.agency_id, s.id AS service_id`, [id, user.id])).rows[0];
    if (!row) throw ie.grantNotFound();
    audit({ action: 'lgsp.grant.revoked', entity: 'lgsp_service', entityId: Number(row.service_id), agencyId: Number(row.agency_id),
      data: { grantId: id, member: row.member, service: row.service, operation: row.operation ?? '*' } });
  });
  changed(deps);
}

// ---- traffic and the log ----

export async function traffic(deps: ModuleDeps, hours: number) {
  const bucket = hours <= 3 ? 'minute' : hours <= 72 ? 'hour' : 'day';
  const rows = await deps.db.query<{ service: string; at: Date; calls: number; errors: number; p50: number | null; p99: number | null }>(
    `SELECT service_code AS service, date_trunc($2, started_at) AS at, count(*)::int AS calls,
            count(*) FILTER (WHERE status >= 500 OR error_code IS NOT NULL)::int AS errors,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms) AS p50, percentile_cont(0.99) WITHIN GROUP (ORDER BY latency_ms) AS p99
       FROM lgsp_messages WHERE started_at > now() - $1 * interval '1 hour' GROUP BY 1, 2 ORDER BY 1, 2`, [hours, bucket]);
  const totals = await deps.db.query<{ service: string; calls: number; errors: number; p50: number | null; p99: number | null }>(
    `SELECT service_code AS service, count(*)::int AS calls, count(*) FILTER (WHERE status >= 500 OR error_code IS NOT NULL)::int AS errors,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms) AS p50, percentile_cont(0.99) WITHIN GROUP (ORDER BY latency_ms) AS p99
       FROM lgsp_messages WHERE started_at > now() - $1 * interval '1 hour' GROUP BY 1 ORDER BY 1`, [hours]);
  const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
  return {
    bucket: bucket as 'minute' | 'hour' | 'day',
    services: totals.rows.map((t) => ({
      service: t.service, calls: t.calls, errors: t.errors, p50: round(t.p50), p99: round(t.p99),
      series: rows.rows.filter((r) => r.service === t.service).map((r) => ({ at: r.at, calls: r.calls, errors: r.errors, p50: round(r.p50), p99: round(r.p99) })),
    })),
  };
}

export async function recentMessages(deps: ModuleDeps, query: { service?: string; limit?: number }) {
  const rows = await deps.db.query(
    `SELECT message_id AS "messageId", consumer, service_code AS service, operation, method, path, status, error_code AS "errorCode", started_at AS "startedAt",
            latency_ms AS "latencyMs", request_hash AS "requestHash", response_hash AS "responseHash", request_size::int AS "requestSize",
            response_size::int AS "responseSize", seq::int, archived_at IS NOT NULL AS archived
       FROM lgsp_messages WHERE ($1::text IS NULL OR service_code = $1) ORDER BY id DESC LIMIT $2`, [query.service ?? null, query.limit ?? 50]);
  return rows.rows;
}

export async function chainStatus(deps: ModuleDeps) {
  const head = (await deps.db.query<{ seq: string; hash: string; sealed_at: Date | null }>('SELECT seq, hash, sealed_at FROM lgsp_chain_head')).rows[0]!;
  const counts = (await deps.db.query<{ entries: number; unsealed: number }>(
    'SELECT count(*)::int AS entries, count(*) FILTER (WHERE hash IS NULL)::int AS unsealed FROM lgsp_messages')).rows[0]!;
  const last = await lastCheckpoint(deps.db);
  return {
    seq: Number(head.seq), head: head.hash, sealedAt: head.sealed_at, unsealed: counts.unsealed, entries: counts.entries,
    lastCheckpoint: last ? { seq: last.seq, at: last.at.toISOString(), timestampNote: last.timestampNote } : null,
  };
}

export async function verifyNow(deps: ModuleDeps) {
  const trust = await fs.readFile(path.join(deps.config.pkiDir, 'platform.cert.pem'), 'utf8').catch(() => undefined);
  return verifyMessageLog(deps.db, { trust });
}
