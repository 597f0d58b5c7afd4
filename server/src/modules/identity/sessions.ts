import { randomBytes } from 'node:crypto';
import { hashSessionToken } from '../../platform/auth.js';
import type { Queryable } from '../../platform/db.js';
import type { RoleGrant, UserKind, UserPrincipal } from '../../platform/principal.js';

export async function createSession(
  db: Queryable,
  userId: number,
  ttlHours: number,
  client: { ip: string; userAgent: string | undefined },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
  // Expired sessions are useless; clearing the user's own at each login keeps the table small.
  await db.query('DELETE FROM sessions WHERE user_id = $1 AND expires_at <= now()', [userId]);
  await db.query(
    'INSERT INTO sessions (token_hash, user_id, expires_at, ip, user_agent) VALUES ($1, $2, $3, $4, $5)',
    [hashSessionToken(token), userId, expiresAt, client.ip, client.userAgent?.slice(0, 300) ?? null],
  );
  return { token, expiresAt };
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [hashSessionToken(token)]);
}

/** The user a live session belongs to, with their roles: the principal of every request. */
export async function principalOfSession(db: Queryable, token: string): Promise<UserPrincipal | null> {
  const found = await db.query<{ id: number; username: string; full_name: string; kind: UserKind; roles: RoleGrant[] }>({ name: 'session-user', text: `SELECT u.id, u.username, u.full_name, u.kind,
            coalesce(json_agg(json_build_object('id', r.id, 'role', r.role, 'agencyId', r.agency_id) ORDER BY r.id)
                     FILTER (WHERE r.id IS NOT NULL), '[]') AS roles
       FROM sessions s
       JOIN users u ON u.id = s.user_id AND u.active
       LEFT JOIN user_roles r ON r.user_id = u.id
      WHERE s.token_hash = $1 AND s.expires_at > now()
      GROUP BY u.id`, values: [hashSessionToken(token)] });
  const row = found.rows[0];
  return row ? { type: 'user', id: row.id, username: row.username, fullName: row.full_name, kind: row.kind, roles: row.roles } : null;
}
