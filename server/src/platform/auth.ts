import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { errors } from './errors.js';
import type { UserPrincipal } from './principal.js';

/** The signed-in user as every handler sees it. */
export type CurrentUser = UserPrincipal;

declare module 'fastify' {
  interface FastifyRequest {
    user: CurrentUser | null;
  }
}

export const SESSION_COOKIE = 'tinhso_sid';

/** Sessions are stored by the SHA-256 of their cookie's token: a leaked table yields no usable session. */
export const hashSessionToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires: expiresAt });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Resolves `request.user` from the session cookie on every request, with the identity module's resolver. */
export const sessionPlugin = fp(async (app: FastifyInstance, options: { resolve: (token: string) => Promise<CurrentUser | null> }) => {
  app.decorateRequest('user', null);
  // A callback, not an async hook: most public requests carry no session, and need no promise.
  app.addHook('onRequest', (request, _reply, done) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return done();
    options.resolve(token).then((user) => {
      request.user = user;
      done();
    }, done);
  });
});

/**
 * The signed-in user. A restricted session (its role requires a second factor the user has not enrolled)
 * reaches only the routes that say `whileEnrolling`: enrolment, the user's sessions.
 */
export function requireUser(request: FastifyRequest, options: { whileEnrolling?: boolean } = {}): CurrentUser {
  if (!request.user) throw errors.unauthenticated();
  if (request.user.restricted && !options.whileEnrolling) throw errors.enrolmentRequired();
  return request.user;
}

// ---- CSRF: the synchronizer token is bound to the session, and its secret changes with the session ----

export const CSRF_COOKIE = 'tinhso_csrf';
export const csrfCookieOptions = (secure: boolean) => ({ path: '/', httpOnly: true, sameSite: 'strict' as const, secure });
/**
 * The token's HMAC key only has to be the same on every node and across restarts: what an attacker
 * lacks is the secret in the HttpOnly cookie, not this key.
 */
export const CSRF_HMAC_KEY = 'tinhso-csrf-v1';

/** What a CSRF token is bound to: the session cookie (hashed), or the visitor without one. */
export function csrfUserInfo(request: FastifyRequest): string {
  const token = request.cookies[SESSION_COOKIE];
  return token ? `session:${hashSessionToken(token)}` : 'anonymous';
}

/** A token for the client to send back in `x-csrf-token`, valid with this session only. */
export function issueCsrfToken(request: FastifyRequest, reply: FastifyReply): string {
  return reply.generateCsrf({ userInfo: csrfUserInfo(request) });
}

/**
 * A new CSRF secret at sign-in, registration and sign-out, so that no token obtained before (by
 * the visitor, or by the previous session on a shared computer) works after it.
 */
export function rotateCsrfSecret(reply: FastifyReply, secure: boolean): void {
  reply.setCookie(CSRF_COOKIE, randomBytes(18).toString('base64url'), csrfCookieOptions(secure));
}
