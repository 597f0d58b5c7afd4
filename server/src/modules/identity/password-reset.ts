import { createHash, randomBytes } from 'node:crypto';
import type { ModuleDeps } from '../../platform/context.js';
import type { Queryable } from '../../platform/db.js';
import { systemPrincipal } from '../../platform/principal.js';
import { identityErrors } from './errors.js';
import { passwordIsStrong } from './policies.js';
import { identityRepository as repo } from './repository.js';
import { hashPassword } from './service.js';

export const PASSWORD_RESET_REQUESTED = 'identity.password_reset_requested';
const VALID_MINUTES = 30;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Someone asks to reset the password of an account, by user name or email. The answer is the same
 * whether or not such an account exists (nothing to learn about who has an account); an active account
 * with an email address gets a delivery that mails the link (see `issuePasswordReset`).
 */
export async function requestPasswordReset(deps: ModuleDeps, account: string): Promise<void> {
  await deps.uow(systemPrincipal('Đặt lại mật khẩu'), async ({ tx, emit, audit }) => {
    const user = await repo.resettableUser(tx, account.trim());
    if (!user) return;
    emit(PASSWORD_RESET_REQUESTED, { userId: user.id });
    audit({ action: 'identity.password_reset_requested', entity: 'user', entityId: user.id });
  });
}

/**
 * The link for one delivery of a request: a new random token, stored hashed, valid 30 minutes. A retried
 * delivery replaces its own token, so the newest mail is the one that works. Null when the account can
 * no longer be reset (deactivated, or without email).
 */
export async function issuePasswordReset(db: Queryable, userId: number, requestKey: string) {
  const user = await repo.resettableUserById(db, userId);
  if (!user) return null;
  const token = randomBytes(32).toString('base64url');
  await repo.storePasswordReset(db, { userId, requestKey, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + VALID_MINUTES * 60_000) });
  return { token, email: user.email, fullName: user.fullName, validMinutes: VALID_MINUTES };
}

/** Sets a new password with a token from the mail; once only, within its time; every session of the account ends. */
export async function resetPassword(deps: ModuleDeps, token: string, password: string): Promise<void> {
  if (!passwordIsStrong(password)) throw identityErrors.weakPassword();
  const passwordHash = await hashPassword(password);
  await deps.uow(systemPrincipal('Đặt lại mật khẩu'), async ({ tx, audit }) => {
    const userId = await repo.consumePasswordReset(tx, hashToken(token));
    if (!userId) throw identityErrors.resetTokenInvalid();
    await repo.updateUser(tx, userId, { passwordHash });
    await repo.deleteSessionsOf(tx, userId);
    audit({ action: 'identity.password_reset', entity: 'user', entityId: userId });
  });
}
