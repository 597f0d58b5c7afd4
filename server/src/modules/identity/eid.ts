import { createHash, randomBytes } from 'node:crypto';
import * as client from 'openid-client';
import type { ModuleDeps } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { systemPrincipal } from '../../platform/principal.js';
import { hashPassword } from './service.js';
import { lookupHash, seal } from '../../platform/personal-data.js';

/**
 * Citizens sign in with the national e-ID as a relying party (openid-client, code + PKCE + nonce): the
 * account is the one linked to the e-ID subject, or a new citizen account, verified; an existing
 * password account with the same identification number is linked only once the citizen proves it too.
 */

export type EidSettings = { issuer: string; clientId: string; clientSecret: string; redirectUri: string };

export const eidErrors = {
  unavailable: () => new AppError('EID_UNAVAILABLE', 409, 'Chưa kết nối định danh điện tử quốc gia: vui lòng đăng nhập bằng tài khoản của cổng.'),
  signInExpired: () => new AppError('EID_SIGNIN_EXPIRED', 400, 'Phiên đăng nhập bằng định danh điện tử đã hết hạn hoặc không hợp lệ: vui lòng thử lại.'),
  linkExpired: () => new AppError('EID_LINK_EXPIRED', 400, 'Yêu cầu liên kết đã hết hạn: vui lòng đăng nhập lại bằng định danh điện tử.'),
  wrongPassword: () => new AppError('EID_LINK_PASSWORD', 401, 'Mật khẩu của tài khoản có cùng số định danh không đúng.'),
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const discovered = new Map<string, Promise<client.Configuration>>();

function configurationOf(settings: EidSettings): Promise<client.Configuration> {
  let found = discovered.get(settings.issuer);
  if (!found) {
    const url = new URL(settings.issuer);
    found = client.discovery(url, settings.clientId, settings.clientSecret, client.ClientSecretBasic(settings.clientSecret),
      url.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined);
    found.catch(() => discovered.delete(settings.issuer));
    discovered.set(settings.issuer, found);
  }
  return found;
}

/** Where to send the browser: the e-ID provider's sign-in, with this request remembered for its return. */
export async function startEidLogin(db: Db, settings: EidSettings | null, returnTo: string | null): Promise<string> {
  if (!settings) throw eidErrors.unavailable();
  const config = await configurationOf(settings);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  await db.query(`INSERT INTO eid_requests (state, verifier, nonce, return_to, expires_at) VALUES ($1, $2, $3, $4, now() + interval '10 minutes')`, [state, verifier, nonce, returnTo]);
  await db.query(`DELETE FROM eid_requests WHERE expires_at < now()`);
  return client.buildAuthorizationUrl(config, {
    redirect_uri: settings.redirectUri, scope: 'openid profile identity', state, nonce,
    code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
  }).href;
}

export type EidOutcome = { userId: number; returnTo: string | null } | { linkToken: string; returnTo: string | null };

/** The provider's answer: the code exchanged, the ID token checked, the account found, made or to be linked. */
export async function finishEidLogin(deps: ModuleDeps, settings: EidSettings | null, current: URL): Promise<EidOutcome> {
  if (!settings) throw eidErrors.unavailable();
  const state = current.searchParams.get('state') ?? '';
  const request = (await deps.db.query<{ verifier: string; nonce: string; returnTo: string | null }>(
    `DELETE FROM eid_requests WHERE state = $1 AND expires_at > now() RETURNING verifier, nonce, return_to AS "returnTo"`, [state])).rows[0];
  if (!request) throw eidErrors.signInExpired();
  const tokens = await client.authorizationCodeGrant(await configurationOf(settings), current,
    { pkceCodeVerifier: request.verifier, expectedState: state, expectedNonce: request.nonce, idTokenExpected: true });
  const claims = tokens.claims()!;
  // The e-ID's subject is the citizen's ID number: kept only as a keyed hash (platform/personal-data.ts).
  const subject = lookupHash('eid-subject', String(claims.sub))!;
  const identityNumber = String(claims.identity_number ?? subject);
  const fullName = String(claims.name ?? 'Công dân');
  const { db } = deps;
  const linked = (await db.query<{ id: number }>('SELECT id FROM users WHERE eid_subject = $1 AND active', [subject])).rows[0];
  if (linked) {
    await db.query('UPDATE users SET eid_verified_at = now() WHERE id = $1', [linked.id]);
    return { userId: linked.id, returnTo: request.returnTo };
  }
  const existing = (await db.query<{ id: number }>(`SELECT id FROM users WHERE identity_number_hash = $1 AND kind IN ('citizen', 'business') AND active AND eid_subject IS NULL`, [lookupHash('identity', identityNumber)])).rows[0];
  if (existing) {
    const token = randomBytes(32).toString('base64url');
    await db.query(`INSERT INTO eid_links (token_hash, user_id, subject, expires_at) VALUES ($1, $2, $3, now() + interval '10 minutes')`, [sha256(token), existing.id, subject]);
    return { linkToken: token, returnTo: request.returnTo };
  }
  // A citizen new to the portal: an account of their own, verified by the e-ID, no password of ours.
  const userId = await deps.uow(systemPrincipal('Định danh điện tử'), async ({ tx, audit }) => {
    // The user name names no ID number: the first characters of its keyed hash.
    const created = await tx.query<{ id: number }>(`INSERT INTO users (username, password_hash, kind, full_name, identity_number, identity_number_hash, eid_subject, eid_verified_at)
        VALUES ($1, $2, 'citizen', $3, $4, $5, $6, now()) RETURNING id`,
    [`vneid.${subject.slice(0, 16)}`, await hashPassword(randomBytes(32).toString('base64url')), fullName, seal(identityNumber), lookupHash('identity', identityNumber), subject]);
    const id = created.rows[0]!.id;
    await tx.query(`INSERT INTO user_roles (user_id, role) VALUES ($1, 'citizen')`, [id]);
    audit({ action: 'user.register.eid', entity: 'user', entityId: id, data: { subject } });
    return id;
  });
  return { userId, returnTo: request.returnTo };
}

/** The citizen proves the password account with the same number: it is linked to the e-ID and verified. */
export async function linkEid(deps: ModuleDeps, token: string, verifyPassword: (userId: number) => Promise<boolean>): Promise<number> {
  const link = (await deps.db.query<{ userId: number; subject: string }>(
    `SELECT user_id AS "userId", subject FROM eid_links WHERE token_hash = $1 AND expires_at > now()`, [sha256(token)])).rows[0];
  if (!link) throw eidErrors.linkExpired();
  if (!(await verifyPassword(link.userId))) throw eidErrors.wrongPassword();
  await deps.uow({ type: 'user', id: link.userId, fullName: '' }, async ({ tx, audit }) => {
    await tx.query('UPDATE users SET eid_subject = $2, eid_verified_at = now() WHERE id = $1', [link.userId, link.subject]);
    await tx.query('DELETE FROM eid_links WHERE token_hash = $1', [sha256(token)]);
    audit({ action: 'user.link.eid', entity: 'user', entityId: link.userId, data: { subject: link.subject } });
  });
  return link.userId;
}
