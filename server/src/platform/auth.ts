import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Db, Queryable } from './db.js';
import { errors } from './errors.js';

export type Role = 'citizen' | 'reception' | 'specialist' | 'leader' | 'clerk' | 'admin';
export type UserKind = 'citizen' | 'business' | 'official';
export type RoleGrant = { id: number; role: Role; agencyId: number | null };

/** The signed-in user as every handler sees it. */
export type CurrentUser = {
  id: number;
  username: string;
  fullName: string;
  kind: UserKind;
  roles: RoleGrant[];
};

declare module 'fastify' {
  interface FastifyRequest {
    user: CurrentUser | null;
  }
}

export const SESSION_COOKIE = 'tinhso_sid';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

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
    [hashToken(token), userId, expiresAt, client.ip, client.userAgent?.slice(0, 300) ?? null],
  );
  return { token, expiresAt };
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)]);
}

async function loadSessionUser(db: Queryable, token: string): Promise<CurrentUser | null> {
  const found = await db.query<{ id: number; username: string; full_name: string; kind: UserKind; roles: RoleGrant[] }>({ name: 'session-user', text: `SELECT u.id, u.username, u.full_name, u.kind,
            coalesce(json_agg(json_build_object('id', r.id, 'role', r.role, 'agencyId', r.agency_id) ORDER BY r.id)
                     FILTER (WHERE r.id IS NOT NULL), '[]') AS roles
       FROM sessions s
       JOIN users u ON u.id = s.user_id AND u.active
       LEFT JOIN user_roles r ON r.user_id = u.id
      WHERE s.token_hash = $1 AND s.expires_at > now()
      GROUP BY u.id`, values: [hashToken(token)] });
  const row = found.rows[0];
  return row ? { id: row.id, username: row.username, fullName: row.full_name, kind: row.kind, roles: row.roles } : null;
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires: expiresAt });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Resolves `request.user` from the session cookie on every request. */
export const sessionPlugin = fp(async (app: FastifyInstance, options: { db: Db }) => {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.user = token ? await loadSessionUser(options.db, token) : null;
  });
});

export function requireUser(request: FastifyRequest): CurrentUser {
  if (!request.user) throw errors.unauthenticated();
  return request.user;
}

/** The agencies where the user holds `role` (official roles are always bound to one agency). */
export function agenciesWithRole(user: CurrentUser, ...roles: Role[]): number[] {
  return user.roles.filter((r) => roles.includes(r.role) && r.agencyId !== null).map((r) => r.agencyId as number);
}
