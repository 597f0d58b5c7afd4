import { createHash } from 'node:crypto';
import type { Db } from '../../platform/db.js';
import type { ModuleDeps } from '../../platform/context.js';
import type { Operation } from './rules.js';

/*
 * Each node's copy of the members, services and grants, so that a gateway call costs no query for them.
 * Every change of those tables bumps lgsp_registry_state.generation (statement triggers); a node that made
 * the change reloads at once, the others when they next look (at most once a second), so that a revocation
 * or a suspension takes effect on every node within about a second. Tokens are looked up once per node and
 * kept until they expire; a member's state is read from the copy at each call.
 */

export type Member = {
  id: number; identifier: string; name: string; agencyId: number; state: 'active' | 'suspended';
  clientId: string; secretHash: string; secretRotatedAt: Date; certificateFingerprint: string | null;
};
export type Service = {
  id: number; code: string; name: string; agencyId: number; providerMemberId: number | null; upstreamUrl: string;
  operations: Operation[]; retention: 'full' | 'metadata'; timeoutMs: number; state: 'active' | 'disabled';
};
type Snapshot = {
  generation: string;
  members: Map<number, Member>;
  byIdentifier: Map<string, Member>;
  byClientId: Map<string, Member>;
  services: Map<string, Service>;
  servicesById: Map<number, Service>;
  /** memberId:serviceId → the granted operations, or '*' for the whole service. */
  grants: Map<string, Set<string>>;
};

type CachedToken = { memberId: number; expiresAt: number; issuedAt: number };

const RECHECK_MS = 1000;

export class Registry {
  private snapshot: Snapshot | null = null;
  private loading: Promise<Snapshot> | null = null;
  private checkedAt = 0;
  private readonly tokens = new Map<string, CachedToken | null>();

  constructor(private readonly db: Db) {}

  /** The current copy: reloaded when another node changed the tables (checked at most once a second). */
  async current(): Promise<Snapshot> {
    if (this.snapshot && Date.now() - this.checkedAt < RECHECK_MS) return this.snapshot;
    if (this.loading) return this.loading;
    this.loading = (async () => {
      try {
        const generation = (await this.db.query<{ generation: string }>({ name: 'lgsp-generation', text: 'SELECT generation::text AS generation FROM lgsp_registry_state' })).rows[0]!.generation;
        if (!this.snapshot || this.snapshot.generation !== generation) this.snapshot = await load(this.db, generation);
        this.checkedAt = Date.now();
        return this.snapshot;
      } finally {
        this.loading = null;
      }
    })();
    return this.loading;
  }

  /** After a change on this node: the next look reloads. */
  invalidate(): void {
    this.checkedAt = 0;
    this.tokens.clear();
  }

  /** The member a bearer token was issued to, with its expiry; null when it is unknown (never issued or revoked). */
  async token(token: string): Promise<CachedToken | null> {
    const hash = tokenHash(token);
    const cached = this.tokens.get(hash);
    if (cached !== undefined) return cached;
    const row = (await this.db.query<{ member_id: number; expires_at: Date; issued_at: Date }>({
      name: 'lgsp-token', text: 'SELECT member_id, expires_at, issued_at FROM lgsp_tokens WHERE token_hash = $1', values: [hash],
    })).rows[0];
    const found = row ? { memberId: Number(row.member_id), expiresAt: row.expires_at.getTime(), issuedAt: row.issued_at.getTime() } : null;
    // Unknown tokens are not kept: a flood of random tokens must not grow the map.
    if (found) {
      if (this.tokens.size > 50_000) this.tokens.clear();
      this.tokens.set(hash, found);
    }
    return found;
  }
}

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

async function load(db: Db, generation: string): Promise<Snapshot> {
  const [members, services, grants] = await Promise.all([
    db.query<{ id: string; identifier: string; name: string; agency_id: string; state: Member['state']; client_id: string; secret_hash: string; secret_rotated_at: Date; certificate_fingerprint: string | null }>(
      'SELECT id, identifier, name, agency_id, state, client_id, secret_hash, secret_rotated_at, certificate_fingerprint FROM lgsp_members'),
    db.query<{ id: string; code: string; name: string; agency_id: string; provider_member_id: string | null; upstream_url: string; operations: Operation[]; retention: Service['retention']; timeout_ms: number; state: Service['state'] }>(
      'SELECT id, code, name, agency_id, provider_member_id, upstream_url, operations, retention, timeout_ms, state FROM lgsp_services'),
    db.query<{ member_id: string; service_id: string; operation: string | null }>('SELECT member_id, service_id, operation FROM lgsp_grants WHERE revoked_at IS NULL'),
  ]);
  const snapshot: Snapshot = {
    generation, members: new Map(), byIdentifier: new Map(), byClientId: new Map(), services: new Map(), servicesById: new Map(), grants: new Map(),
  };
  for (const r of members.rows) {
    const m: Member = {
      id: Number(r.id), identifier: r.identifier, name: r.name, agencyId: Number(r.agency_id), state: r.state, clientId: r.client_id,
      secretHash: r.secret_hash, secretRotatedAt: r.secret_rotated_at, certificateFingerprint: r.certificate_fingerprint,
    };
    snapshot.members.set(m.id, m);
    snapshot.byIdentifier.set(m.identifier, m);
    snapshot.byClientId.set(m.clientId, m);
  }
  for (const r of services.rows) {
    const s: Service = {
      id: Number(r.id), code: r.code, name: r.name, agencyId: Number(r.agency_id), providerMemberId: r.provider_member_id === null ? null : Number(r.provider_member_id),
      upstreamUrl: r.upstream_url.replace(/\/+$/, ''), operations: r.operations, retention: r.retention, timeoutMs: r.timeout_ms, state: r.state,
    };
    snapshot.services.set(s.code, s);
    snapshot.servicesById.set(s.id, s);
  }
  for (const g of grants.rows) {
    const key = `${g.member_id}:${g.service_id}`;
    const set = snapshot.grants.get(key) ?? new Set<string>();
    set.add(g.operation ?? '*');
    snapshot.grants.set(key, set);
  }
  return snapshot;
}

const registries = new WeakMap<Db, Registry>();

/** The node's registry for this database (one per app, shared by the HTTP gateway and in-platform callers). */
export function registryOf(deps: Pick<ModuleDeps, 'db'>): Registry {
  let registry = registries.get(deps.db);
  if (!registry) registries.set(deps.db, (registry = new Registry(deps.db)));
  return registry;
}
