import type { FastifyBaseLogger } from 'fastify';
import type { ModuleDeps } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { Subscription } from '../../platform/jobs.js';
import { systemPrincipal } from '../../platform/principal.js';
import { OFFICIAL_ACCOUNT_CHANGED } from '../identity/index.js';
import { ldapDirectory, type MailDirectory } from './directory.js';
import { mailRepository as repo, type ProvisionKind } from './repository.js';
import { domainOf } from './rules.js';
import { createMailbox, MAIL_PROVISION, resumeMailbox, suspendMailbox } from './service.js';

const directories = new WeakMap<ModuleDeps, MailDirectory | null>();

/** The configured directory of this app (null when MAIL_LDAP_URL is not set). */
export function directoryOf(deps: ModuleDeps): MailDirectory | null {
  if (!directories.has(deps)) directories.set(deps, deps.config.mailDirectory ? ldapDirectory(deps.config.mailDirectory) : null);
  return directories.get(deps)!;
}

/** The directory's entry of the mailbox: its uid never changes, so the mail store follows renames. */
export const directoryUid = (mailboxId: number) => `tinhso-${mailboxId}`;

/**
 * Makes the directory hold the record as it is now (not as it was when the change was made): replaying a
 * job, or running an older one after a newer one, leaves the latest state. Marks the record synced at the
 * version it wrote; a change made meanwhile stays pending for its own job.
 */
export async function provision(deps: ModuleDeps, directory: MailDirectory, kind: ProvisionKind, id: number): Promise<void> {
  try {
    await repo.provisioning(deps.db, kind, id, async (tx) => {
      if (kind === 'domain') {
        const d = await repo.domainForSync(tx, id);
        if (!d) return;
        await directory.putDomain(d.domain);
        await repo.markSynced(tx, kind, id, d.version);
      } else if (kind === 'mailbox') {
        const m = await repo.mailboxForSync(tx, id);
        if (!m) return;
        if (m.status === 'removed') await directory.removeMailbox(directoryUid(m.id));
        else {
          await directory.putDomain(domainOf(m.address));
          await directory.putMailbox({
            uid: directoryUid(m.id), address: m.address, formerAddresses: m.formerAddresses, displayName: m.displayName, quotaMb: m.quotaMb,
            enabled: m.status === 'active', passwordHash: m.passwordHash,
          });
        }
        await repo.markSynced(tx, kind, id, m.version);
      } else {
        const a = await repo.aliasForSync(tx, id);
        if (!a) return;
        if (a.status === 'removed') await directory.removeAlias(a.address);
        else {
          await directory.putDomain(domainOf(a.address));
          await directory.putAlias({ address: a.address, members: await repo.activeAddresses(tx, a.memberIds) });
        }
        await repo.markSynced(tx, kind, id, a.version);
      }
    });
  } catch (error) {
    await repo.markFailed(deps.db, kind, id, (error as Error).message || String(error)).catch(() => undefined);
    throw error;
  }
}

const follower = systemPrincipal('Thư công vụ theo tài khoản');

export function mailSubscriptions(deps: ModuleDeps): Subscription[] {
  return [
    {
      // Without a directory the record stays pending ("chưa đồng bộ") and is provisioned at the next start with one.
      name: 'mail.provision',
      topics: [MAIL_PROVISION],
      maxAttempts: 10,
      retryDelayMs: 10_000,
      timeoutMs: 60_000,
      async handle({ payload }) {
        const directory = directoryOf(deps);
        if (directory) await provision(deps, directory, payload.kind as ProvisionKind, Number(payload.id));
      },
    },
    {
      // The mailbox follows the account: made when an official is created at an agency with a mail
      // domain, suspended when the account is deactivated, resumed when it is reactivated.
      name: 'mail.follow-accounts',
      topics: [OFFICIAL_ACCOUNT_CHANGED],
      maxAttempts: 8,
      retryDelayMs: 10_000,
      async handle({ payload }) {
        const userId = Number(payload.userId);
        const current = await repo.mailboxOfUser(deps.db, userId);
        if (payload.change === 'created') {
          if (current || typeof payload.agencyId !== 'number' || !(await repo.domainFor(deps.db, payload.agencyId))) return;
          await createMailbox(deps, follower, { agencyId: payload.agencyId, userId }).catch(ignoreRefusal);
        } else if (payload.change === 'deactivated' && current?.status === 'active') {
          await suspendMailbox(deps, follower, current, current.version, 'account');
        } else if (payload.change === 'reactivated' && current?.status === 'suspended' && current.suspendedReason === 'account') {
          await resumeMailbox(deps, follower, current, current.version);
        }
      },
    },
  ];
}

/** A business refusal (already has one, the official left the agency meanwhile) ends the job; anything else is retried. */
const ignoreRefusal = (error: unknown) => {
  if (!(error instanceof AppError) || error.statusCode >= 500) throw error;
};

/**
 * At start, with a directory configured: everything recorded while there was none (or whose jobs died)
 * is provisioned, in the background.
 */
export function startMailJobs(deps: ModuleDeps, log: FastifyBaseLogger): () => Promise<void> {
  const directory = directoryOf(deps);
  if (!directory) return async () => {};
  let stopping = false;
  const done = (async () => {
    for (const { kind, id } of await repo.unsynced(deps.db, 1_000)) {
      if (stopping) return;
      await provision(deps, directory, kind, id).catch((error) => log.warn({ err: error, kind, id }, 'mail provisioning at start failed; its job retries'));
    }
  })().catch((error) => log.error({ err: error }, 'mail provisioning at start failed'));
  return async () => {
    stopping = true;
    await done;
  };
}
