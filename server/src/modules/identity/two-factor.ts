import { createHash, randomBytes, randomInt } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { ModuleDeps } from '../../platform/context.js';
import type { Queryable } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import type { Role, UserPrincipal } from '../../platform/principal.js';

/**
 * Two-factor sign-in for officials (TOTP, RFC 6238, with otplib): enrolment by QR code, ten recovery
 * codes shown once, a code accepted once (its time step is remembered), and roles the province admin
 * requires it for.
 */

export const twoFactorErrors = {
  badCode: () => new AppError('TOTP_CODE_INVALID', 400, 'Mã xác thực không đúng hoặc đã hết hạn: nhập mã 6 chữ số đang hiện trong ứng dụng xác thực.'),
  challengeExpired: () => new AppError('TOTP_CHALLENGE_EXPIRED', 401, 'Phiên đăng nhập đã hết hạn hoặc nhập sai quá nhiều lần: vui lòng đăng nhập lại.'),
  notStarted: () => new AppError('TOTP_NOT_STARTED', 409, 'Chưa bắt đầu cài đặt xác thực hai lớp: vui lòng tạo mã QR trước.'),
  officialsOnly: () => new AppError('TOTP_OFFICIALS_ONLY', 403, 'Xác thực hai lớp bằng ứng dụng dành cho tài khoản cán bộ.'),
  required: () => new AppError('TOTP_REQUIRED_BY_ROLE', 409, 'Vai trò của bạn bắt buộc xác thực hai lớp: không tắt được.'),
};

const ISSUER = 'Tỉnh Số';
const CHALLENGE_MINUTES = 5;
const MAX_TRIES = 5;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const normalizeRecovery = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();

/** The time step a code belongs to when valid (a step either side is accepted for clock drift), else null. */
async function stepOf(secret: string, code: string): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({ secret, token: code, epochTolerance: 30 }) as { valid: boolean; timeStep?: number };
  return result.valid && result.timeStep !== undefined ? result.timeStep : null;
}

/** Starts (or restarts) enrolment: a new secret, not active until a code from it is confirmed. */
export async function startEnrolment(deps: ModuleDeps, user: UserPrincipal) {
  if (user.kind !== 'official') throw twoFactorErrors.officialsOnly();
  const secret = generateSecret();
  await deps.db.query('UPDATE users SET totp_pending_secret = $2 WHERE id = $1', [user.id, secret]);
  const uri = generateURI({ issuer: ISSUER, label: user.username, secret });
  return { secret, uri, qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1 }) };
}

/** Confirms enrolment with a code; returns the recovery codes, shown this once. */
export async function confirmEnrolment(deps: ModuleDeps, user: UserPrincipal, code: string): Promise<string[]> {
  const pending = (await deps.db.query<{ secret: string | null }>('SELECT totp_pending_secret AS secret FROM users WHERE id = $1', [user.id])).rows[0]?.secret;
  if (!pending) throw twoFactorErrors.notStarted();
  const step = await stepOf(pending, code);
  if (step === null) throw twoFactorErrors.badCode();
  const codes = Array.from({ length: 10 }, () => Array.from({ length: 10 }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[randomInt(32)]).join(''));
  await deps.uow(user, async ({ tx, audit }) => {
    await tx.query(`UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_enabled_at = now(), totp_last_step = $2 WHERE id = $1`, [user.id, step]);
    await tx.query('DELETE FROM user_recovery_codes WHERE user_id = $1', [user.id]);
    await tx.query('INSERT INTO user_recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])', [user.id, codes.map(sha256)]);
    // Sessions kept waiting for the enrolment are full sessions now.
    await tx.query('UPDATE sessions SET restricted = false WHERE user_id = $1 AND restricted', [user.id]);
    audit({ action: 'auth.totp.enable', entity: 'user', entityId: user.id });
  });
  return codes.map((c) => `${c.slice(0, 5)}-${c.slice(5)}`);
}

/** Turns the second factor off, with a current code, unless a role of the official requires it. */
export async function disableTotp(deps: ModuleDeps, user: UserPrincipal, code: string) {
  if (await requiredFor(deps.db, user.id)) throw twoFactorErrors.required();
  const secret = (await deps.db.query<{ secret: string | null }>('SELECT totp_secret AS secret FROM users WHERE id = $1', [user.id])).rows[0]?.secret;
  if (!secret || (await stepOf(secret, code)) === null) throw twoFactorErrors.badCode();
  await deps.uow(user, async ({ tx, audit }) => {
    await tx.query('UPDATE users SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL WHERE id = $1', [user.id]);
    await tx.query('DELETE FROM user_recovery_codes WHERE user_id = $1', [user.id]);
    audit({ action: 'auth.totp.disable', entity: 'user', entityId: user.id });
  });
}

/** Whether one of the user's roles requires the second factor. */
export async function requiredFor(db: Queryable, userId: number): Promise<boolean> {
  return (await db.query(`SELECT 1 FROM user_roles r JOIN role_security s ON s.role = r.role AND s.totp_required WHERE r.user_id = $1 LIMIT 1`, [userId])).rowCount! > 0;
}

export async function totpStatus(db: Queryable, userId: number) {
  const row = (await db.query<{ enabledAt: Date | null; recoveryLeft: number }>(`SELECT totp_enabled_at AS "enabledAt",
      (SELECT count(*)::int FROM user_recovery_codes WHERE user_id = u.id AND used_at IS NULL) AS "recoveryLeft" FROM users u WHERE id = $1`, [userId])).rows[0]!;
  return { enabled: row.enabledAt !== null, enabledAt: row.enabledAt, recoveryCodesLeft: row.recoveryLeft, required: await requiredFor(db, userId) };
}

/** After the password: a challenge when the account has a second factor, else nothing. */
export async function challengeAfterPassword(db: Queryable, userId: number): Promise<string | null> {
  const enabled = (await db.query('SELECT 1 FROM users WHERE id = $1 AND totp_enabled_at IS NOT NULL', [userId])).rowCount! > 0;
  if (!enabled) return null;
  const token = randomBytes(32).toString('base64url');
  await db.query(`INSERT INTO login_challenges (token_hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3))`,
    [sha256(token), userId, CHALLENGE_MINUTES]);
  return token;
}

/**
 * The second step: a current code (each time step once) or an unused recovery code. Returns the user;
 * a wrong code counts against the challenge, which dies after a few.
 */
export async function answerChallenge(db: Queryable, challenge: string, code: string): Promise<number> {
  const found = (await db.query<{ userId: number; secret: string; lastStep: number | null }>(`UPDATE login_challenges c SET attempts = attempts + 1
      FROM users u WHERE c.token_hash = $1 AND c.expires_at > now() AND c.attempts < $2 AND u.id = c.user_id AND u.active
      RETURNING c.user_id AS "userId", u.totp_secret AS secret, u.totp_last_step AS "lastStep"`, [sha256(challenge), MAX_TRIES])).rows[0];
  if (!found) throw twoFactorErrors.challengeExpired();
  const step = await stepOf(found.secret, code);
  const accepted = step !== null
    ? (await db.query('UPDATE users SET totp_last_step = $2 WHERE id = $1 AND coalesce(totp_last_step, -1) < $2', [found.userId, step])).rowCount === 1
    : (await db.query('UPDATE user_recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL',
      [found.userId, sha256(normalizeRecovery(code))])).rowCount === 1;
  if (!accepted) throw twoFactorErrors.badCode();
  await db.query('DELETE FROM login_challenges WHERE token_hash = $1 OR expires_at < now()', [sha256(challenge)]);
  return found.userId;
}

/** The roles the province admin requires the second factor for. */
export async function rolePolicies(db: Queryable): Promise<{ role: Role; totpRequired: boolean }[]> {
  const set = new Map((await db.query<{ role: Role; totp_required: boolean }>('SELECT role, totp_required FROM role_security')).rows.map((r) => [r.role, r.totp_required]));
  return (['reception', 'specialist', 'leader', 'clerk', 'finance', 'admin', 'editor'] as Role[]).map((role) => ({ role, totpRequired: set.get(role) ?? false }));
}

export async function setRolePolicy(deps: ModuleDeps, user: UserPrincipal, role: Role, totpRequired: boolean) {
  await deps.uow(user, async ({ tx, audit }) => {
    await tx.query(`INSERT INTO role_security (role, totp_required, updated_by) VALUES ($1, $2, $3)
        ON CONFLICT (role) DO UPDATE SET totp_required = EXCLUDED.totp_required, updated_by = EXCLUDED.updated_by, updated_at = now()`, [role, totpRequired, user.id]);
    audit({ action: 'auth.totp.policy', entity: 'role', entityId: role, data: { totpRequired } });
  });
}
