/**
 * Official mail's public face (thư điện tử công vụ): officials' mailboxes, agencies' shared addresses
 * (aliases) and mail domains, provisioned on the province's mail server (Postfix + Dovecot reading an
 * OpenLDAP directory) through the `MailDirectory` provider. Owns mail_domains, mailboxes, mail_aliases;
 * reads identity's agency_directory and user_directory views.
 *
 * A mailbox: active → suspended (login and delivery refused, mail kept) → active, or removed (addresses
 * freed). A rename keeps the old address as a former address that still delivers. Each change is recorded
 * first and provisioned by the `mail.provision` job after commit (retried, dead letters). A mailbox follows
 * its official's account (identity's OFFICIAL_ACCOUNT_CHANGED): created, suspended when the account is
 * deactivated, resumed when it is reactivated.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { ModuleDeps } from '../../platform/context.js';
import type { Subscription } from '../../platform/jobs.js';
import { mailSubscriptions as subscriptions, startMailJobs as start } from './provisioning.js';

export { mailRoutes } from './routes.js';
export { MAIL_PROVISION } from './service.js';
/** The naming rule of addresses (given name, dot, family name, without diacritics). */
export { localPartOf } from './rules.js';
export { ldapDirectory, type MailDirectory, type DirectoryMailbox, type DirectoryAlias } from './directory.js';

export const OWNED_TABLES = ['mail_domains', 'mailboxes', 'mail_aliases'] as const;

/** The module's background deliveries: provisioning, and mailboxes following accounts. */
export const mailSubscriptions = (deps: ModuleDeps): Subscription[] => subscriptions(deps);

/** At start with a directory: provisions what waited for it; returns its stop. */
export function startMailJobs(deps: ModuleDeps, log: FastifyBaseLogger): () => Promise<void> {
  return start(deps, log);
}
