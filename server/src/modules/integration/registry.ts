import { createHash } from 'node:crypto';
import { ChangeListener } from '../../platform/change-listener.js';
import type { Db } from '../../platform/db.js';
import type { ModuleDeps } from '../../platform/context.js';
import type { Operation } from './rules.js';

/*
 * Each node's copy of the members, services and grants, and of the tokens it has seen, so that a gateway
 * call costs no query for them. Every change of those tables (and every change or removal of a token) is
 * told to every node at its commit (LISTEN lgsp_registry, migration 20261207-0028): the node drops its copy
 * as soon as it hears (milliseconds after the commit), and refuses a revoked grant, a suspended member, a
 * withdrawn token from the next call on. While a node hears nothing (its listening connection is down, or
 * nobody attached one: a script), it compares lgsp_registry_state.generation, which the same triggers
 * move, at every look instead.
 */

export type Member = {
  id: number; identifier: string; name: string; agencyId: number; state: 'active' | 'suspended';
  clientId: string; secretHash: string; secretRotatedAt: Date; certificateFingerprint: string | null;
};
export type Service = {
  id: number; code: string; name: string; agencyId: number; providerMemberId: number | null; upstreamUrl: string;
  /** The upstream URL read once: where calls go, and the path every call's path is put under. */
  upstream: Upstream;
  operations: Operation[]; retention: 'full' | 'metadata'; timeoutMs: number; state: 'active' | 'disabled';
};
export type Upstream = { secure: boolean; hostname: string; port: number; basePath: string; auth: string | undefined };

function upstreamOf(url: string): Upstream {
  const u = new URL(url);
  const secure = u.protocol === 'https:';
  return {
    secure, hostname: u.hostname.replace(/^\[(.*)\]$/, '$1'), port: Number(u.port) || (secure ? 443 : 80), basePath: u.pathname.replace(/\/+$/, ''),
    auth: u.username ? `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}` : undefined,
  };
}
export type Snapshot = {
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

/** The channel the triggers tell changes on: payload 'registry' (members, services, grants) or 'tokens'. */
export const REGISTRY_CHANNEL = 'lgsp_registry';
const MAX_TOKENS = 50_000;

export class Registry {
  private snapshot: Snapshot | null = null;
  /** Changes heard so far; a copy is good while none was heard since its reading began. */
  private heard = 0;
  private snapshotHeard = -1;
  private loading: { heard: number; promise: Promise<Snapshot> } | null = null;
  /** Tokens seen, by the token itself (they expire within minutes; the map is bounded). */
  private readonly tokens = new Map<string, CachedToken>();
  private listener: ChangeListener | null = null;
  private attached = 0;

  constructor(private readonly db: Db) {}

  private get live(): boolean {
    return this.listener?.live === true;
  }

  /**
   * Listens for changes (one connection per node, shared by every app on this pool); returns the detach.
   * Until it listens, and whenever its connection is down, each look compares the generation.
   */
  async attach(log: { warn(object: object, message: string): void }): Promise<() => Promise<void>> {
    this.attached++;
    if (!this.listener) {
      const listener = new ChangeListener(this.db, log);
      listener.on(REGISTRY_CHANNEL, (payload) => this.hear(payload));
      this.listener = listener;
      await listener.start();
    }
    let detached = false;
    return async () => {
      if (detached) return;
      detached = true;
      if (--this.attached > 0 || !this.listener) return;
      const listener = this.listener;
      this.listener = null;
      await listener.stop();
    };
  }

  /** A change told by PostgreSQL (null: the connection dropped, anything may have changed). */
  private hear(payload: string | null) {
    this.heard++;
    this.tokens.clear();
    if (payload !== 'tokens') this.snapshot = null;
  }

  /** The current copy when it is known good without asking the database (listening, nothing heard since), else null. */
  cached(): Snapshot | null {
    return this.snapshot && this.snapshotHeard === this.heard && this.live ? this.snapshot : null;
  }

  /** The current copy: read again when a change was heard since, or (not listening) when the generation moved. */
  async current(): Promise<Snapshot> {
    if (this.live) return this.snapshot && this.snapshotHeard === this.heard ? this.snapshot : this.read(false);
    const generation = BigInt(await this.generation());
    if (this.snapshot && BigInt(this.snapshot.generation) >= generation) return this.snapshot;
    const snapshot = await this.read(false);
    // A reading begun before this look may have missed the change it saw.
    return BigInt(snapshot.generation) >= generation ? snapshot : this.read(true);
  }

  /** Reads the tables; concurrent lookers share one reading unless a change was heard since it began (or `fresh`). */
  private read(fresh: boolean): Promise<Snapshot> {
    if (!fresh && this.loading && this.loading.heard === this.heard) return this.loading.promise;
    const heard = this.heard;
    const reading: Promise<Snapshot> = load(this.db).then((snapshot) => {
      // Kept unless a change was heard while reading (the reading may have missed it).
      if (heard === this.heard && (!this.snapshot || BigInt(this.snapshot.generation) <= BigInt(snapshot.generation))) {
        this.snapshot = snapshot;
        this.snapshotHeard = heard;
      }
      return snapshot;
    }).finally(() => {
      if (this.loading?.promise === reading) this.loading = null;
    });
    this.loading = { heard, promise: reading };
    return reading;
  }

  private async generation(): Promise<string> {
    return (await this.db.query<{ generation: string }>({ name: 'lgsp-generation', text: 'SELECT generation::text AS generation FROM lgsp_registry_state' })).rows[0]!.generation;
  }

  /** After a change on this node: the next look reads again, even before PostgreSQL tells of it. */
  invalidate(): void {
    this.hear(null);
  }

  /** A token already seen by this node while listening (undefined: ask `token`). */
  cachedToken(token: string): CachedToken | undefined {
    return this.live ? this.tokens.get(token) : undefined;
  }

  /** The member a bearer token was issued to, with its expiry; null when it is unknown (never issued or withdrawn). */
  async token(token: string): Promise<CachedToken | null> {
    const cached = this.cachedToken(token);
    if (cached !== undefined) return cached;
    const heard = this.heard;
    const row = (await this.db.query<{ member_id: number; expires_at: Date; issued_at: Date }>({
      name: 'lgsp-token', text: 'SELECT member_id, expires_at, issued_at FROM lgsp_tokens WHERE token_hash = $1', values: [tokenHash(token)],
    })).rows[0];
    const found = row ? { memberId: Number(row.member_id), expiresAt: row.expires_at.getTime(), issuedAt: row.issued_at.getTime() } : null;
    // Kept only while listening, and unless a change was heard while reading; unknown tokens never (a flood of random ones must not grow the map).
    if (found && heard === this.heard && this.live) {
      if (this.tokens.size >= MAX_TOKENS) this.tokens.clear();
      this.tokens.set(token, found);
    }
    return found;
  }
}

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

async function load(db: Db): Promise<Snapshot> {
  const [state, members, services, grants] = await Promise.all([
    db.query<{ generation: string }>('SELECT generation::text AS generation FROM lgsp_registry_state'),
    db.query<{ id: string; identifier: string; name: string; agency_id: string; state: Member['state']; client_id: string; secret_hash: string; secret_rotated_at: Date; certificate_fingerprint: string | null }>(
      'SELECT id, identifier, name, agency_id, state, client_id, secret_hash, secret_rotated_at, certificate_fingerprint FROM lgsp_members'),
    db.query<{ id: string; code: string; name: string; agency_id: string; provider_member_id: string | null; upstream_url: string; operations: Operation[]; retention: Service['retention']; timeout_ms: number; state: Service['state'] }>(
      'SELECT id, code, name, agency_id, provider_member_id, upstream_url, operations, retention, timeout_ms, state FROM lgsp_services'),
    db.query<{ member_id: string; service_id: string; operation: string | null }>('SELECT member_id, service_id, operation FROM lgsp_grants WHERE revoked_at IS NULL'),
  ]);
  const snapshot: Snapshot = {
    generation: state.rows[0]!.generation, members: new Map(), byIdentifier: new Map(), byClientId: new Map(), services: new Map(), servicesById: new Map(), grants: new Map(),
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
      upstreamUrl: r.upstream_url.replace(/\/+$/, ''), upstream: upstreamOf(r.upstream_url), operations: r.operations, retention: r.retention, timeoutMs: r.timeout_ms, state: r.state,
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
