import { searchTerms } from '../../platform/search-text.js';

/**
 * Official mail's pure rules: the naming rule of addresses, what a valid address and domain are, and
 * quotas as the directory spells them.
 */

export const MAILBOX_STATUSES = ['active', 'suspended', 'removed'] as const;
export type MailboxStatus = (typeof MAILBOX_STATUSES)[number];
export const SYNC_STATES = ['pending', 'synced', 'failed'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

/** The local part of an address: lowercase ASCII letters and digits, dots, hyphens, underscores inside. */
export const LOCAL_PART_PATTERN = '^[a-z0-9]([a-z0-9._-]{0,62}[a-z0-9])?$';
/** A domain name of at least two labels, lowercase (langson.gov.vn, stp.langson.gov.vn). */
export const DOMAIN_PATTERN = '^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$';

export const isLocalPart = (value: string) => new RegExp(LOCAL_PART_PATTERN).test(value) && !value.includes('..');
export const isDomain = (value: string) => value.length <= 253 && new RegExp(DOMAIN_PATTERN).test(value);

/**
 * The naming rule: given name, a dot, family name, without diacritics ("Nguyễn Văn An" → an.nguyen; a
 * one-word name is itself). Middle names are left out; a taken address gets a number (an.nguyen2).
 */
export function localPartOf(fullName: string): string {
  const words = searchTerms(fullName, 20);
  if (words.length === 0) return 'canbo';
  if (words.length === 1) return words[0]!.slice(0, 64);
  return `${words[words.length - 1]}.${words[0]}`.slice(0, 64);
}

/** The addresses to try for a name, in order: an.nguyen@d, an.nguyen2@d, an.nguyen3@d, … */
export function* candidateAddresses(fullName: string, domain: string): Generator<string> {
  const local = localPartOf(fullName);
  yield `${local}@${domain}`;
  for (let n = 2; ; n++) yield `${local}${n}@${domain}`;
}

export const domainOf = (address: string) => address.slice(address.indexOf('@') + 1);
export const localOf = (address: string) => address.slice(0, address.indexOf('@'));

/** Quotas are kept in megabytes; the directory's mailQuota is in kilobytes (Dovecot's storage unit). */
export const quotaKb = (megabytes: number) => String(megabytes * 1024);

/** A mailbox password: at least 8 characters with a letter and a digit (as the platform's own accounts). */
export const passwordIsStrong = (password: string) => password.length >= 8 && /\p{L}/u.test(password) && /\d/.test(password);
