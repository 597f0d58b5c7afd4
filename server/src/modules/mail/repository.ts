import type { Db, Queryable, Tx } from '../../platform/db.js';
import { inTransaction } from '../../platform/db.js';
import type { MailboxStatus, SyncState } from './rules.js';

/**
 * All SQL of official mail: mail_domains, mailboxes, mail_aliases. Agencies and people are read through
 * identity's published views (agency_directory, user_directory).
 */

export type DomainRow = { agencyId: number; agencyName: string; domain: string; defaultQuotaMb: number; syncState: SyncState; syncError: string | null; version: number };

export type MailboxRow = {
  id: number; agencyId: number; agencyName: string; userId: number | null; userName: string | null; address: string; formerAddresses: string[];
  displayName: string; quotaMb: number; status: MailboxStatus; suspendedReason: 'account' | 'admin' | null; hasPassword: boolean;
  syncState: SyncState; syncError: string | null; syncedAt: Date | null; createdAt: Date; updatedAt: Date; version: number;
};

export type AliasRow = {
  id: number; agencyId: number; agencyName: string; address: string; description: string; memberIds: number[]; status: 'active' | 'removed';
  syncState: SyncState; syncError: string | null; syncedAt: Date | null; version: number;
};

/** What a provisioning job needs of a record. */
export type ProvisionKind = 'domain' | 'mailbox' | 'alias';

const domainColumns = `d.agency_id AS "agencyId", ag.name AS "agencyName", d.domain, d.default_quota_mb AS "defaultQuotaMb", d.sync_state AS "syncState",
  d.sync_error AS "syncError", d.version`;
const mailboxColumns = `m.id, m.agency_id AS "agencyId", ag.name AS "agencyName", m.user_id AS "userId", u.full_name AS "userName", m.address,
  m.former_addresses AS "formerAddresses", m.display_name AS "displayName", m.quota_mb AS "quotaMb", m.status, m.suspended_reason AS "suspendedReason",
  m.password_hash IS NOT NULL AS "hasPassword", m.sync_state AS "syncState", m.sync_error AS "syncError", m.synced_at AS "syncedAt",
  m.created_at AS "createdAt", m.updated_at AS "updatedAt", m.version`;
const mailboxJoins = 'JOIN agency_directory ag ON ag.id = m.agency_id LEFT JOIN user_directory u ON u.id = m.user_id';
const aliasColumns = `a.id, a.agency_id AS "agencyId", ag.name AS "agencyName", a.address, a.description, to_jsonb(a.member_ids) AS "memberIds", a.status,
  a.sync_state AS "syncState", a.sync_error AS "syncError", a.synced_at AS "syncedAt", a.version`;

const TABLES: Record<ProvisionKind, { table: string; key: string }> = {
  domain: { table: 'mail_domains', key: 'agency_id' },
  mailbox: { table: 'mailboxes', key: 'id' },
  alias: { table: 'mail_aliases', key: 'id' },
};
// Advisory lock namespaces of the provisioning of one record (two jobs for it never overlap).
const LOCK_SPACE: Record<ProvisionKind, number> = { domain: 27_001, mailbox: 27_002, alias: 27_003 };

export const mailRepository = {
  // ---- domains ----

  /** The agency's own domain, or its nearest ancestor's. */
  async domainFor(db: Queryable, agencyId: number): Promise<DomainRow | undefined> {
    return (await db.query<DomainRow>(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id, 0 AS depth FROM agency_directory WHERE id = $1
         UNION ALL
         SELECT a.id, a.parent_id, up.depth + 1 FROM agency_directory a JOIN up ON a.id = up.parent_id WHERE up.depth < 32)
       SELECT ${domainColumns} FROM up JOIN mail_domains d ON d.agency_id = up.id JOIN agency_directory ag ON ag.id = d.agency_id
        ORDER BY up.depth LIMIT 1`, [agencyId])).rows[0];
  },

  async ownDomain(db: Queryable, agencyId: number): Promise<DomainRow | undefined> {
    return (await db.query<DomainRow>(`SELECT ${domainColumns} FROM mail_domains d JOIN agency_directory ag ON ag.id = d.agency_id WHERE d.agency_id = $1`, [agencyId])).rows[0];
  },

  async domainTakenElsewhere(db: Queryable, domain: string, agencyId: number): Promise<boolean> {
    return (await db.query(`SELECT 1 FROM mail_domains WHERE domain = $1 AND agency_id <> $2`, [domain, agencyId])).rowCount! > 0;
  },

  async liveMailboxesAt(db: Queryable, domain: string): Promise<number> {
    return (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM mailboxes WHERE status <> 'removed' AND address LIKE '%@' || $1`, [domain])).rows[0]!.n;
  },

  async upsertDomain(tx: Tx, agencyId: number, domain: string, defaultQuotaMb: number): Promise<void> {
    await tx.query(
      `INSERT INTO mail_domains (agency_id, domain, default_quota_mb) VALUES ($1, $2, $3)
       ON CONFLICT (agency_id) DO UPDATE SET domain = EXCLUDED.domain, default_quota_mb = EXCLUDED.default_quota_mb,
              sync_state = 'pending', version = mail_domains.version + 1, updated_at = now()`, [agencyId, domain, defaultQuotaMb]);
  },

  // ---- addresses ----

  /** One writer at a time per domain decides which addresses are free there. */
  async lockDomain(tx: Tx, domain: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(27000, hashtext($1))`, [domain]);
  },

  /** Whether an address is some live mailbox's (current or former, other than `exceptMailboxId`) or a live alias's. */
  async addressTaken(db: Queryable, address: string, exceptMailboxId: number | null = null): Promise<boolean> {
    return (await db.query<{ taken: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM mailboxes WHERE status <> 'removed' AND (address = $1 OR $1 = ANY (former_addresses)) AND id IS DISTINCT FROM $2)
           OR EXISTS (SELECT 1 FROM mail_aliases WHERE status = 'active' AND address = $1) AS taken`, [address, exceptMailboxId])).rows[0]!.taken;
  },

  // ---- mailboxes ----

  async insertMailbox(tx: Tx, m: { agencyId: number; userId: number | null; address: string; displayName: string; quotaMb: number; passwordHash: string | null }): Promise<number> {
    return (await tx.query<{ id: number }>(
      `INSERT INTO mailboxes (agency_id, user_id, address, display_name, quota_mb, password_hash) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [m.agencyId, m.userId, m.address, m.displayName, m.quotaMb, m.passwordHash])).rows[0]!.id;
  },

  async mailbox(db: Queryable, id: number): Promise<MailboxRow | undefined> {
    return (await db.query<MailboxRow>(`SELECT ${mailboxColumns} FROM mailboxes m ${mailboxJoins} WHERE m.id = $1`, [id])).rows[0];
  },

  /** The live mailbox of an account. */
  async mailboxOfUser(db: Queryable, userId: number): Promise<MailboxRow | undefined> {
    return (await db.query<MailboxRow>(`SELECT ${mailboxColumns} FROM mailboxes m ${mailboxJoins} WHERE m.user_id = $1 AND m.status <> 'removed'`, [userId])).rows[0];
  },

  async usersWithMailbox(db: Queryable, userIds: number[]): Promise<Set<number>> {
    const found = await db.query<{ userId: number }>(`SELECT user_id AS "userId" FROM mailboxes WHERE user_id = ANY ($1::bigint[]) AND status <> 'removed'`, [userIds]);
    return new Set(found.rows.map((r) => Number(r.userId)));
  },

  async mailboxes(db: Queryable, f: { agencyIds: number[]; status?: MailboxStatus; q?: string; limit: number; offset: number }) {
    const found = await db.query<MailboxRow & { total: number }>(
      `SELECT ${mailboxColumns}, count(*) OVER ()::int AS total FROM mailboxes m ${mailboxJoins}
        WHERE m.agency_id = ANY ($1::bigint[]) AND ($2::text IS NULL AND m.status <> 'removed' OR m.status = $2)
          AND ($3::text IS NULL OR m.address LIKE '%' || $3 || '%' OR vn_fold(m.display_name) LIKE '%' || vn_fold($3) || '%')
        ORDER BY m.address LIMIT $4 OFFSET $5`,
      [f.agencyIds, f.status ?? null, f.q ?? null, f.limit, f.offset]);
    return { items: found.rows.map(({ total: _t, ...row }) => row), total: found.rows[0]?.total ?? 0 };
  },

  /** Applies `set` when the mailbox is still at `version`; the change waits for the directory (pending). */
  async updateMailbox(tx: Tx, id: number, version: number, set: Partial<{ address: string; former_addresses: string[]; quota_mb: number; status: MailboxStatus; suspended_reason: string | null; password_hash: string }>): Promise<boolean> {
    const entries = Object.entries(set);
    const updated = await tx.query(
      `UPDATE mailboxes SET ${entries.map(([column], i) => `${column} = $${i + 3}`).join(', ')}${entries.length ? ', ' : ''}
              sync_state = 'pending', sync_error = NULL, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2`, [id, version, ...entries.map(([, value]) => value)]);
    return updated.rowCount === 1;
  },

  // ---- aliases ----

  async insertAlias(tx: Tx, a: { agencyId: number; address: string; description: string; memberIds: number[] }): Promise<number> {
    return (await tx.query<{ id: number }>(
      `INSERT INTO mail_aliases (agency_id, address, description, member_ids) VALUES ($1, $2, $3, $4) RETURNING id`,
      [a.agencyId, a.address, a.description, a.memberIds])).rows[0]!.id;
  },

  async alias(db: Queryable, id: number): Promise<AliasRow | undefined> {
    return (await db.query<AliasRow>(`SELECT ${aliasColumns} FROM mail_aliases a JOIN agency_directory ag ON ag.id = a.agency_id WHERE a.id = $1`, [id])).rows[0];
  },

  async aliases(db: Queryable, agencyIds: number[]): Promise<AliasRow[]> {
    return (await db.query<AliasRow>(
      `SELECT ${aliasColumns} FROM mail_aliases a JOIN agency_directory ag ON ag.id = a.agency_id
        WHERE a.agency_id = ANY ($1::bigint[]) AND a.status = 'active' ORDER BY a.address LIMIT 500`, [agencyIds])).rows;
  },

  async updateAlias(tx: Tx, id: number, version: number, set: Partial<{ description: string; member_ids: number[]; status: 'removed' }>): Promise<boolean> {
    const entries = Object.entries(set);
    const updated = await tx.query(
      `UPDATE mail_aliases SET ${entries.map(([column], i) => `${column} = $${i + 3}`).join(', ')}${entries.length ? ', ' : ''}
              sync_state = 'pending', sync_error = NULL, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 AND status = 'active'`, [id, version, ...entries.map(([, value]) => value)]);
    return updated.rowCount === 1;
  },

  /** The live aliases a mailbox belongs to, marked for provisioning again (their members' addresses changed). */
  async touchAliasesOf(tx: Tx, mailboxId: number): Promise<number[]> {
    return (await tx.query<{ id: number }>(
      `UPDATE mail_aliases SET sync_state = 'pending', version = version + 1, updated_at = now()
        WHERE status = 'active' AND $1 = ANY (member_ids) RETURNING id`, [mailboxId])).rows.map((r) => Number(r.id));
  },

  /** Of these mailboxes, those of `agencyIds` that are not removed. */
  async liveMailboxIds(db: Queryable, ids: number[], agencyIds: number[]): Promise<number[]> {
    return (await db.query<{ id: number }>(
      `SELECT id FROM mailboxes WHERE id = ANY ($1::bigint[]) AND agency_id = ANY ($2::bigint[]) AND status <> 'removed'`, [ids, agencyIds])).rows.map((r) => Number(r.id));
  },

  /** Where an alias delivers: its members' mailboxes that are active. */
  async activeAddresses(db: Queryable, ids: number[]): Promise<string[]> {
    return (await db.query<{ address: string }>(`SELECT address FROM mailboxes WHERE id = ANY ($1::bigint[]) AND status = 'active' ORDER BY address`, [ids])).rows.map((r) => r.address);
  },

  // ---- provisioning ----

  /**
   * Runs `work` holding the record's provisioning lock in a transaction: two jobs for one record run one
   * after the other, each reading the record as it is once it holds the lock, so the directory ends with
   * the latest state whatever order the jobs ran in.
   */
  async provisioning<T>(db: Db, kind: ProvisionKind, id: number, work: (tx: Tx) => Promise<T>): Promise<T> {
    return inTransaction(db, async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_SPACE[kind], id]);
      return work(tx);
    });
  },

  async domainForSync(db: Queryable, agencyId: number) {
    return (await db.query<{ domain: string; version: number }>(`SELECT domain, version FROM mail_domains WHERE agency_id = $1`, [agencyId])).rows[0];
  },

  async mailboxForSync(db: Queryable, id: number) {
    return (await db.query<{ id: number; address: string; formerAddresses: string[]; displayName: string; quotaMb: number; status: MailboxStatus; passwordHash: string | null; version: number }>(
      `SELECT id, address, former_addresses AS "formerAddresses", display_name AS "displayName", quota_mb AS "quotaMb", status,
              password_hash AS "passwordHash", version FROM mailboxes WHERE id = $1`, [id])).rows[0];
  },

  async aliasForSync(db: Queryable, id: number) {
    return (await db.query<{ address: string; memberIds: number[]; status: 'active' | 'removed'; version: number }>(
      `SELECT address, to_jsonb(member_ids) AS "memberIds", status, version FROM mail_aliases WHERE id = $1`, [id])).rows[0];
  },

  /** The record is in the directory as it is at `version` (a later change stays pending). */
  async markSynced(db: Queryable, kind: ProvisionKind, id: number, version: number): Promise<void> {
    const { table, key } = TABLES[kind];
    await db.query(`UPDATE ${table} SET sync_state = 'synced', sync_error = NULL, synced_at = now() WHERE ${key} = $1 AND version = $2`, [id, version]);
  },

  async markFailed(db: Queryable, kind: ProvisionKind, id: number, error: string): Promise<void> {
    const { table, key } = TABLES[kind];
    await db.query(`UPDATE ${table} SET sync_state = 'failed', sync_error = $2 WHERE ${key} = $1 AND sync_state <> 'synced'`, [id, error.slice(0, 500)]);
  },

  /** Records still waiting for the directory (made while it was not configured, or whose jobs died). */
  async unsynced(db: Queryable, limit: number): Promise<{ kind: ProvisionKind; id: number }[]> {
    return (await db.query<{ kind: ProvisionKind; id: number }>(
      `(SELECT 'domain' AS kind, agency_id AS id FROM mail_domains WHERE sync_state <> 'synced' LIMIT $1)
       UNION ALL (SELECT 'mailbox', id FROM mailboxes WHERE sync_state <> 'synced' LIMIT $1)
       UNION ALL (SELECT 'alias', id FROM mail_aliases WHERE sync_state <> 'synced' LIMIT $1)`, [limit])).rows.map((r) => ({ kind: r.kind, id: Number(r.id) }));
  },
};
