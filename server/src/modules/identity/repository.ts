import type { OidcAccount } from './oidc.js';
import type { Queryable, Tx } from '../../platform/db.js';
import { lookupHash, seal } from '../../platform/personal-data.js';
import type { Role, UserKind } from '../../platform/principal.js';
import type { Agency, AgencyInput, AgencyPatch, UserPatch, UserSummary } from './schemas.js';
import type { WorkingHours } from './working-hours.js';

export type AgencyProfile = { id: number; code: string; name: string; parentName: string | null; workingHours: WorkingHours | null };

const agencyColumns = `id, parent_id AS "parentId", code, name, kind, address, phone, email,
  to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo", working_hours AS "workingHours"`;

export const identityRepository = {
  async listAgencies(db: Queryable, includeExpired: boolean): Promise<Agency[]> {
    const where = includeExpired ? '' : 'WHERE valid_to IS NULL OR valid_to >= CURRENT_DATE';
    return (await db.query<Agency>(`SELECT ${agencyColumns} FROM agencies ${where} ORDER BY parent_id NULLS FIRST, code`)).rows;
  },

  async getAgency(db: Queryable, id: number): Promise<Agency | undefined> {
    return (await db.query<Agency>(`SELECT ${agencyColumns} FROM agencies WHERE id = $1`, [id])).rows[0];
  },

  /** The given agencies and everything below them, at any depth. */
  async agencySubtree(db: Queryable, rootIds: number[]): Promise<number[]> {
    if (rootIds.length === 0) return [];
    const found = await db.query<{ id: number }>(
      `WITH RECURSIVE tree AS (
         SELECT id FROM agencies WHERE id = ANY($1::bigint[])
         UNION
         SELECT a.id FROM agencies a JOIN tree t ON a.parent_id = t.id)
       SELECT id FROM tree`,
      [rootIds],
    );
    return found.rows.map((r) => r.id);
  },

  /**
   * The level of government each agency belongs to: the province's own agencies (its committee and
   * departments), a district's, a commune's; a unit takes the level of the nearest agency above it that has one.
   */
  async agencyLevels(db: Queryable, ids: number[]): Promise<Map<number, 'province' | 'district' | 'commune'>> {
    const rows = (await db.query<{ id: number; level: 'province' | 'district' | 'commune' | null }>(
      `WITH RECURSIVE up AS (
         SELECT id AS start, id, parent_id, kind, 0 AS depth FROM agencies WHERE id = ANY($1::bigint[])
         UNION ALL
         SELECT up.start, a.id, a.parent_id, a.kind, up.depth + 1 FROM agencies a JOIN up ON a.id = up.parent_id WHERE up.kind = 'unit')
       SELECT DISTINCT ON (start) start::int AS id,
              CASE kind WHEN 'province' THEN 'province' WHEN 'department' THEN 'province' WHEN 'district' THEN 'district' WHEN 'commune' THEN 'commune' END AS level
         FROM up WHERE kind <> 'unit' ORDER BY start, depth`, [ids])).rows;
    return new Map(rows.flatMap((r) => (r.level ? [[r.id, r.level] as const] : [])));
  },

  async includesRoot(db: Queryable, ids: number[]): Promise<boolean> {
    return ((await db.query('SELECT 1 FROM agencies WHERE id = ANY($1::bigint[]) AND parent_id IS NULL', [ids])).rowCount ?? 0) > 0;
  },

  /** Locks the agency until the transaction ends, so two admins' edits apply one after the other. */
  async lockAgency(tx: Tx, id: number): Promise<void> {
    await tx.query('SELECT 1 FROM agencies WHERE id = $1 FOR UPDATE', [id]);
  },

  /** What forms and calendars need of an agency: names for the heading, opening hours. */
  async agencyProfile(db: Queryable, id: number): Promise<AgencyProfile | undefined> {
    return (await db.query<AgencyProfile>({ name: 'identity-agency-profile', text: `SELECT a.id, a.code, a.name, p.name AS "parentName", a.working_hours AS "workingHours"
         FROM agencies a LEFT JOIN agencies p ON p.id = a.parent_id WHERE a.id = $1`, values: [id] })).rows[0];
  },

  /** The place written on forms: the province of the agency (its tree's root), e.g. "Lạng Sơn". */
  async placeOf(db: Queryable, agencyId: number): Promise<string> {
    const root = await db.query<{ name: string }>({ name: 'identity-place', text:
      `WITH RECURSIVE up AS (SELECT id, parent_id, name FROM agencies WHERE id = $1
         UNION ALL SELECT a.id, a.parent_id, a.name FROM agencies a JOIN up ON a.id = up.parent_id)
       SELECT name FROM up WHERE parent_id IS NULL`, values: [agencyId] });
    const name = root.rows[0]?.name ?? '';
    return name.replace(/^(UBND|Ủy ban nhân dân)\s+(tỉnh|thành phố)\s+/i, '') || name;
  },

  async applicantProfile(db: Queryable, userId: number) {
    return (await db.query<{ fullName: string; identityNumber: string | null; phone: string | null; email: string | null; kind: UserKind; organization: string | null }>(
      `SELECT full_name AS "fullName", identity_number AS "identityNumber", phone, email, kind, organization FROM users WHERE id = $1`, [userId])).rows[0];
  },

  /** Active officials who work dossiers (desk, processing), as principals with their email: the daily digest's readers (or one of them). */
  async dossierOfficials(db: Queryable, userId?: number) {
    return (await db.query<{ id: number; username: string; fullName: string; email: string | null; roles: { id: number; role: Role; agencyId: number | null }[] }>(
      `SELECT u.id, u.username, u.full_name AS "fullName", u.email,
              json_agg(json_build_object('id', r.id, 'role', r.role, 'agencyId', r.agency_id)) AS roles
         FROM users u JOIN user_roles r ON r.user_id = u.id
        WHERE u.active AND u.kind = 'official' AND ($1::bigint IS NULL OR u.id = $1)
        GROUP BY u.id HAVING bool_or(r.role IN ('reception', 'specialist', 'leader'))
        ORDER BY u.id`, [userId ?? null])).rows;
  },

  /** Active users holding one of `roles` at the agency. */
  /** An active account as the OpenID provider releases it: profile and roles with their agencies' codes. */
  async oidcAccount(db: Queryable, id: number): Promise<OidcAccount | null> {
    return (await db.query<OidcAccount>(`SELECT u.id, u.username, u.full_name AS "fullName", u.email, u.phone, u.kind, u.eid_verified_at IS NOT NULL AS "identityVerified",
        coalesce((SELECT json_agg(json_build_object('role', r.role, 'agencyCode', a.code, 'agencyName', a.name) ORDER BY r.id)
                    FROM user_roles r LEFT JOIN agencies a ON a.id = r.agency_id WHERE r.user_id = u.id), '[]') AS roles
       FROM users u WHERE u.id = $1 AND u.active`, [id])).rows[0] ?? null;
  },

  async oidcClients(db: Queryable): Promise<OidcClientRow[]> {
    return (await db.query<OidcClientRow>(`SELECT client_id AS "clientId", name, metadata, active, created_at AS "createdAt", secret_rotated_at AS "secretRotatedAt"
        FROM oidc_clients ORDER BY created_at`)).rows;
  },

  async insertOidcClient(tx: Queryable, c: { clientId: string; name: string; metadata: object; secret: string; createdBy: number }): Promise<void> {
    await tx.query('INSERT INTO oidc_clients (client_id, name, metadata, client_secret, created_by) VALUES ($1, $2, $3, $4, $5)',
      [c.clientId, c.name, c.metadata, c.secret, c.createdBy]);
  },

  async updateOidcClient(tx: Queryable, clientId: string, change: { name?: string; metadata?: object; secret?: string; active?: boolean }): Promise<boolean> {
    return (await tx.query(`UPDATE oidc_clients SET name = coalesce($2, name), metadata = coalesce($3, metadata), active = coalesce($5, active),
        client_secret = coalesce($4, client_secret), secret_rotated_at = CASE WHEN $4::text IS NULL THEN secret_rotated_at ELSE now() END
      WHERE client_id = $1`, [clientId, change.name ?? null, change.metadata ?? null, change.secret ?? null, change.active ?? null])).rowCount === 1;
  },

  /** The active officials of some agencies, with their roles there (a directory for assigning work). */
  async officialsIn(db: Queryable, agencyIds: number[]): Promise<{ id: number; fullName: string; agencyId: number; roles: Role[] }[]> {
    return (await db.query<{ id: number; fullName: string; agencyId: number; roles: Role[] }>(
      `SELECT u.id, u.full_name AS "fullName", r.agency_id AS "agencyId", array_agg(r.role ORDER BY r.role) AS roles
         FROM user_roles r JOIN users u ON u.id = r.user_id AND u.active
        WHERE r.agency_id = ANY($1::bigint[]) GROUP BY u.id, u.full_name, r.agency_id ORDER BY r.agency_id, u.full_name`, [agencyIds])).rows;
  },

  async usersWithRoles(db: Queryable, agencyId: number, roles: Role[]): Promise<number[]> {
    return (await db.query<{ user_id: number }>(
      `SELECT DISTINCT r.user_id FROM user_roles r JOIN users u ON u.id = r.user_id AND u.active
        WHERE r.agency_id = $1 AND r.role = ANY($2::text[])`, [agencyId, roles])).rows.map((r) => r.user_id);
  },

  async insertAgency(tx: Tx, input: AgencyInput): Promise<Agency> {
    const created = await tx.query<Agency>(
      `INSERT INTO agencies (parent_id, code, name, kind, address, phone, email, valid_from, valid_to, working_hours)
       VALUES ($1, $2, $3, $4, $5, $6, $7, coalesce($8::date, CURRENT_DATE), $9, $10)
       RETURNING ${agencyColumns}`,
      [input.parentId, input.code, input.name, input.kind, input.address ?? null, input.phone ?? null,
        input.email ?? null, input.validFrom ?? null, input.validTo ?? null, input.workingHours ? JSON.stringify(input.workingHours) : null],
    );
    return created.rows[0]!;
  },

  async updateAgency(tx: Tx, id: number, patch: AgencyPatch): Promise<Agency> {
    const columns: Record<keyof AgencyPatch, string> = {
      parentId: 'parent_id', code: 'code', name: 'name', kind: 'kind', address: 'address', phone: 'phone',
      email: 'email', validFrom: 'valid_from', validTo: 'valid_to', workingHours: 'working_hours',
    };
    const entries = (Object.entries(patch).filter(([, v]) => v !== undefined) as [keyof AgencyPatch, unknown][])
      .map(([k, v]): [keyof AgencyPatch, unknown] => [k, k === 'workingHours' && v !== null ? JSON.stringify(v) : v]);
    const sets = entries.map(([key], i) => `${columns[key]} = $${i + 2}`);
    const updated = await tx.query<Agency>(
      `UPDATE agencies SET ${sets.join(', ')}, updated_at = now() WHERE id = $1 RETURNING ${agencyColumns}`,
      [id, ...entries.map(([, v]) => v)],
    );
    return updated.rows[0]!;
  },

  /** Failed sign-ins for the key in the current window (a window older than `windowMinutes` counts as none). */
  async loginFailures(db: Queryable, key: string, windowMinutes: number): Promise<number> {
    const found = await db.query<{ failures: number }>(
      `SELECT failures FROM login_failures WHERE key = $1 AND window_start > now() - make_interval(mins => $2)`, [key, windowMinutes]);
    return found.rows[0]?.failures ?? 0;
  },

  async recordLoginFailure(db: Queryable, key: string, windowMinutes: number): Promise<void> {
    await db.query(
      `INSERT INTO login_failures (key, failures, window_start) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_failures.window_start > now() - make_interval(mins => $2) THEN login_failures.failures + 1 ELSE 1 END,
         window_start = CASE WHEN login_failures.window_start > now() - make_interval(mins => $2) THEN login_failures.window_start ELSE now() END`,
      [key, windowMinutes]);
  },

  async clearLoginFailures(db: Queryable, key: string): Promise<void> {
    await db.query('DELETE FROM login_failures WHERE key = $1', [key]);
  },

  async findLoginUser(db: Queryable, username: string) {
    const found = await db.query<{ id: number; password_hash: string; active: boolean }>(
      'SELECT id, password_hash, active FROM users WHERE username = $1',
      [username],
    );
    return found.rows[0];
  },

  async getProfile(db: Queryable, userId: number) {
    const found = await db.query<{ id: number; username: string; fullName: string; kind: UserKind; eidVerified: boolean }>(
      'SELECT id, username, full_name AS "fullName", kind, eid_verified_at IS NOT NULL AS "eidVerified" FROM users WHERE id = $1',
      [userId],
    );
    return found.rows[0];
  },

  async insertUser(
    tx: Tx,
    user: { username: string; passwordHash: string; kind: UserKind; fullName: string; email?: string | null;
      phone?: string | null; identityNumber?: string | null; organization?: string | null },
  ): Promise<number> {
    const created = await tx.query<{ id: number }>(
      `INSERT INTO users (username, password_hash, kind, full_name, email, phone, identity_number, organization, identity_number_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [user.username, user.passwordHash, user.kind, user.fullName, user.email ?? null, seal(user.phone ?? null),
        seal(user.identityNumber ?? null), user.organization ?? null, lookupHash('identity', user.identityNumber)],
    );
    return created.rows[0]!.id;
  },

  async insertRole(tx: Tx, userId: number, role: Role, agencyId: number | null): Promise<number> {
    const created = await tx.query<{ id: number }>(
      'INSERT INTO user_roles (user_id, role, agency_id) VALUES ($1, $2, $3) RETURNING id',
      [userId, role, agencyId],
    );
    return created.rows[0]!.id;
  },

  async deleteRole(tx: Tx, userId: number, roleId: number): Promise<{ role: Role; agencyId: number | null } | undefined> {
    const deleted = await tx.query<{ role: Role; agency_id: number | null }>(
      'DELETE FROM user_roles WHERE id = $1 AND user_id = $2 RETURNING role, agency_id',
      [roleId, userId],
    );
    const row = deleted.rows[0];
    return row && { role: row.role, agencyId: row.agency_id };
  },

  /**
   * Users holding at least one role in the given agencies (the caller's scope), with all their roles.
   * A user is never visible through an agency outside the scope.
   */
  async listUsers(
    db: Queryable,
    scope: number[],
    filter: { agencyId?: number; q?: string; userId?: number; limit: number; offset: number },
  ): Promise<{ items: UserSummary[]; total: number }> {
    const found = await db.query<UserSummary & { total: number }>(
      `WITH visible AS (
         SELECT DISTINCT u.id FROM users u JOIN user_roles r ON r.user_id = u.id
          WHERE r.agency_id = ANY($1::bigint[])
            AND ($2::bigint IS NULL OR r.agency_id = $2)
            AND ($3::bigint IS NULL OR u.id = $3)
            AND ($4::text IS NULL OR vn_fold(u.full_name || ' ' || u.username) LIKE '%' || vn_fold($4) || '%'))
       SELECT u.id, u.username, u.full_name AS "fullName", u.kind, u.email, u.phone, u.active,
              count(*) OVER () AS total,
              (SELECT coalesce(json_agg(json_build_object('id', r.id, 'role', r.role, 'agencyId', r.agency_id,
                        'agencyName', a.name, 'agencyCode', a.code) ORDER BY r.id), '[]')
                 FROM user_roles r LEFT JOIN agencies a ON a.id = r.agency_id WHERE r.user_id = u.id) AS roles
         FROM users u JOIN visible v ON v.id = u.id
        ORDER BY u.full_name, u.id
        LIMIT $5 OFFSET $6`,
      [scope, filter.agencyId ?? null, filter.userId ?? null, filter.q ?? null, filter.limit, filter.offset],
    );
    const total = found.rows[0]?.total ?? 0;
    return { items: found.rows.map(({ total: _total, ...user }) => user), total };
  },

  async rolesOf(db: Queryable, userId: number): Promise<UserSummary['roles']> {
    const found = await db.query<UserSummary['roles'][number]>(
      `SELECT r.id, r.role, r.agency_id AS "agencyId", a.name AS "agencyName", a.code AS "agencyCode"
         FROM user_roles r LEFT JOIN agencies a ON a.id = r.agency_id WHERE r.user_id = $1 ORDER BY r.id`,
      [userId],
    );
    return found.rows;
  },

  async updateUser(tx: Tx, id: number, patch: Omit<UserPatch, 'password'> & { passwordHash?: string }): Promise<void> {
    const columns = { fullName: 'full_name', email: 'email', phone: 'phone', active: 'active', passwordHash: 'password_hash' };
    const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as [keyof typeof columns, unknown][];
    if (entries.length === 0) return;
    await tx.query(
      `UPDATE users SET ${entries.map(([k], i) => `${columns[k]} = $${i + 2}`).join(', ')}, updated_at = now() WHERE id = $1`,
      [id, ...entries.map(([k, v]) => (k === 'phone' ? seal(v as string | null) : v))],
    );
  },

  /** An active account with an email address, by user name or email (any case). */
  async resettableUser(db: Queryable, account: string) {
    return (await db.query<{ id: number }>(
      `SELECT id FROM users WHERE active AND email IS NOT NULL AND email <> '' AND (lower(username) = lower($1) OR lower(email) = lower($1))
        ORDER BY id LIMIT 1`, [account])).rows[0];
  },

  async resettableUserById(db: Queryable, id: number) {
    return (await db.query<{ email: string; fullName: string }>(
      `SELECT email, full_name AS "fullName" FROM users WHERE id = $1 AND active AND email IS NOT NULL AND email <> ''`, [id])).rows[0];
  },

  async storePasswordReset(db: Queryable, r: { userId: number; requestKey: string; tokenHash: string; expiresAt: Date }): Promise<void> {
    await db.query(
      `INSERT INTO password_resets (user_id, request_key, token_hash, expires_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (request_key) DO UPDATE SET token_hash = EXCLUDED.token_hash, expires_at = EXCLUDED.expires_at, created_at = now()`,
      [r.userId, r.requestKey, r.tokenHash, r.expiresAt]);
  },

  /** Marks a valid token used and names its account; a used, expired or unknown token names nobody. */
  async consumePasswordReset(tx: Tx, tokenHash: string): Promise<number | undefined> {
    const used = await tx.query<{ user_id: number }>(
      `UPDATE password_resets SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`, [tokenHash]);
    const userId = used.rows[0]?.user_id;
    // One reset ends the others the account was sent.
    if (userId) await tx.query('UPDATE password_resets SET used_at = now() WHERE user_id = $1 AND used_at IS NULL', [userId]);
    return userId;
  },

  async deleteSessionsOf(tx: Tx, userId: number): Promise<void> {
    await tx.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
  },
};

export type OidcClientRow = {
  clientId: string; name: string; active: boolean; createdAt: Date; secretRotatedAt: Date;
  metadata: { redirect_uris: string[]; post_logout_redirect_uris?: string[]; backchannel_logout_uri?: string; scope?: string; application_type?: 'web' | 'native' };
};
