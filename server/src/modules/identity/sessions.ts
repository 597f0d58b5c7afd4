import { randomBytes } from 'node:crypto';
import { hashSessionToken } from '../../platform/auth.js';
import type { ChangeListener } from '../../platform/change-listener.js';
import type { Queryable } from '../../platform/db.js';
import type { RoleGrant, UserKind, UserPrincipal } from '../../platform/principal.js';

export async function createSession(
  db: Queryable,
  userId: number,
  ttlHours: number,
  client: { ip: string; userAgent: string | undefined },
  restricted = false,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
  // Expired sessions are useless; clearing the user's own at each login keeps the table small.
  await db.query('DELETE FROM sessions WHERE user_id = $1 AND expires_at <= now()', [userId]);
  await db.query(
    'INSERT INTO sessions (token_hash, user_id, expires_at, ip, user_agent, restricted) VALUES ($1, $2, $3, $4, $5, $6)',
    [hashSessionToken(token), userId, expiresAt, client.ip, client.userAgent?.slice(0, 300) ?? null, restricted],
  );
  return { token, expiresAt };
}

export type SessionInfo = { id: string; createdAt: Date; expiresAt: Date; ip: string | null; userAgent: string | null; current: boolean };

/** A user's live sessions, each named by the start of its token's hash (which reveals nothing of the token). */
export async function sessionsOf(db: Queryable, userId: number, currentToken: string | undefined): Promise<SessionInfo[]> {
  const current = currentToken ? hashSessionToken(currentToken) : '';
  return (await db.query<SessionInfo>(`SELECT left(token_hash, 16) AS id, created_at AS "createdAt", expires_at AS "expiresAt", ip, user_agent AS "userAgent",
      token_hash = $2 AS current FROM sessions WHERE user_id = $1 AND expires_at > now() ORDER BY created_at DESC`, [userId, current])).rows;
}

/** Signs a session of the user out from elsewhere (a lost phone, a shared computer): false when there is none. */
export async function revokeSession(db: Queryable, userId: number, sessionId: string): Promise<boolean> {
  return ((await db.query("DELETE FROM sessions WHERE user_id = $1 AND left(token_hash, 16) = $2", [userId, sessionId])).rowCount ?? 0) > 0;
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [hashSessionToken(token)]);
}

type LiveSession = { principal: UserPrincipal; expiresAt: Date };

/** The user a live session belongs to, with their roles: the principal of every request. */
async function liveSession(db: Queryable, tokenHash: string): Promise<LiveSession | null> {
  const found = await db.query<{ id: number; username: string; full_name: string; kind: UserKind; roles: RoleGrant[]; expires_at: Date; restricted: boolean }>({ name: 'session-user', text: `SELECT u.id, u.username, u.full_name, u.kind, s.expires_at, s.restricted,
            coalesce(json_agg(json_build_object('id', r.id, 'role', r.role, 'agencyId', r.agency_id) ORDER BY r.id)
                     FILTER (WHERE r.id IS NOT NULL), '[]') AS roles
       FROM sessions s
       JOIN users u ON u.id = s.user_id AND u.active
       LEFT JOIN user_roles r ON r.user_id = u.id
      WHERE s.token_hash = $1 AND s.expires_at > now()
      GROUP BY u.id, s.expires_at, s.restricted`, values: [tokenHash] });
  const row = found.rows[0];
  return row ? {
    principal: { type: 'user', id: row.id, username: row.username, fullName: row.full_name, kind: row.kind, roles: row.roles, ...(row.restricted ? { restricted: true } : {}) },
    expiresAt: row.expires_at,
  } : null;
}

/** Told by triggers (migration 20261128-0003) when a session, a user or a role changes. */
export const IDENTITY_CHANNEL = 'tinhso_identity';
const KEEP_MS = 30_000;
const MAX_KEPT = 10_000;

/**
 * The principal of a session token, kept on this node for a few seconds, since every request asks it. Kept only
 * while the node hears of every change to sessions, users and roles (a logout or a revoked role on
 * another node is forgotten here at its commit); unknown tokens are never kept.
 */
export function sessionResolver(db: Queryable, listener: ChangeListener): (token: string) => Promise<UserPrincipal | null> {
  const kept = new Map<string, LiveSession & { until: number }>();
  let changes = 0;
  listener.on(IDENTITY_CHANNEL, (payload) => {
    changes++;
    if (payload === null) kept.clear();
    else if (payload.startsWith('session:')) kept.delete(payload.slice('session:'.length));
    else if (payload.startsWith('user:')) {
      const userId = Number(payload.slice('user:'.length));
      for (const [hash, session] of kept) if (session.principal.id === userId) kept.delete(hash);
    }
  });
  return async (token) => {
    const hash = hashSessionToken(token);
    const now = Date.now();
    const hit = kept.get(hash);
    if (hit && listener.live && hit.until > now && hit.expiresAt.getTime() > now) return hit.principal;
    const changesBefore = changes;
    const listening = listener.live;
    const session = await liveSession(db, hash);
    if (!session) {
      kept.delete(hash);
      return null;
    }
    // A change heard while reading may be one the read missed: not kept then.
    if (listening && listener.live && changes === changesBefore) {
      if (kept.size >= MAX_KEPT) kept.clear();
      kept.set(hash, { ...session, until: now + KEEP_MS });
    }
    return session.principal;
  };
}
