import { AlreadyExistsError, Attribute, Change, Client, NoSuchObjectError } from 'ldapts';
import { quotaKb } from './rules.js';

/**
 * The mail server's directory, where the platform provisions what the mail server reads: domains, mailboxes
 * (login, password, quota, enabled, former addresses) and aliases. Every operation is idempotent (a put
 * makes the entry what is asked whether it existed or not; a removal of a missing entry succeeds), so a
 * provisioning job can be retried and replayed safely.
 */
export type DirectoryMailbox = {
  /** Stable across renames: the mail store is named by it. */
  uid: string;
  address: string;
  formerAddresses: string[];
  displayName: string;
  quotaMb: number;
  /** false: login and delivery refused, the mail kept. */
  enabled: boolean;
  /** The argon2id hash (PHC string); null: no password, nobody can log in. */
  passwordHash: string | null;
};
export type DirectoryAlias = { address: string; members: string[] };

export type MailDirectory = {
  putDomain(domain: string): Promise<void>;
  putMailbox(mailbox: DirectoryMailbox): Promise<void>;
  removeMailbox(uid: string): Promise<void>;
  putAlias(alias: DirectoryAlias): Promise<void>;
  removeAlias(address: string): Promise<void>;
};

export type LdapSettings = { url: string; bindDn: string; password: string; baseDn: string; timeoutMs?: number };

/**
 * The directory as OpenLDAP (or any LDAP server with the Postfix Book and misc schemas) holds it, read
 * by Postfix's ldap tables and Dovecot's LDAP passdb/userdb (see README, "Official mail"):
 *   ou=domains:   ou=<domain>, objectClass domainRelatedObject, associatedDomain
 *   ou=mailboxes: uid=<uid>, inetOrgPerson + PostfixBookMailAccount: mail, mailAlias (former addresses),
 *                 mailEnabled, mailQuota (kB), userPassword {ARGON2}
 *   ou=aliases:   cn=<address>, nisMailAlias: rfc822MailMember
 */
export function ldapDirectory(settings: LdapSettings): MailDirectory {
  const { baseDn } = settings;
  let tree: Promise<void> | undefined;

  async function session<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ url: settings.url, timeout: settings.timeoutMs ?? 10_000, connectTimeout: settings.timeoutMs ?? 10_000 });
    try {
      await client.bind(settings.bindDn, settings.password);
      // The three branches are made once per process (and again after a failure).
      tree ??= ensureBranches(client).catch((error) => {
        tree = undefined;
        throw error;
      });
      await tree;
      return await work(client);
    } finally {
      await client.unbind().catch(() => undefined);
    }
  }

  async function ensureBranches(client: Client) {
    for (const ou of ['domains', 'mailboxes', 'aliases']) {
      await client.add(`ou=${ou},${baseDn}`, { objectClass: ['organizationalUnit'], ou }).catch(ignore(AlreadyExistsError));
    }
  }

  /** Adds the entry, or makes an existing one hold exactly these values (an empty list removes the attribute). */
  async function put(client: Client, dn: string, objectClass: string[], attributes: Record<string, string[]>) {
    const present = Object.fromEntries(Object.entries(attributes).filter(([, values]) => values.length > 0));
    try {
      await client.add(dn, { objectClass, ...present });
    } catch (error) {
      if (!(error instanceof AlreadyExistsError)) throw error;
      await client.modify(dn, Object.entries(attributes).map(([type, values]) => new Change({ operation: 'replace', modification: new Attribute({ type, values }) })));
    }
  }

  const remove = (dn: string) => session((client) => client.del(dn).catch(ignore(NoSuchObjectError)));

  return {
    putDomain: (domain) => session((client) =>
      put(client, `ou=${domain},ou=domains,${baseDn}`, ['organizationalUnit', 'domainRelatedObject'], { ou: [domain], associatedDomain: [domain] })),
    putMailbox: (m) => session((client) =>
      put(client, `uid=${m.uid},ou=mailboxes,${baseDn}`, ['inetOrgPerson', 'PostfixBookMailAccount'], {
        uid: [m.uid], cn: [m.displayName], sn: [m.displayName.split(/\s+/)[0] || m.displayName], displayName: [m.displayName],
        mail: [m.address], mailAlias: m.formerAddresses, mailEnabled: [m.enabled ? 'TRUE' : 'FALSE'], mailQuota: [quotaKb(m.quotaMb)],
        userPassword: m.passwordHash ? [`{ARGON2}${m.passwordHash}`] : [],
      })),
    removeMailbox: (uid) => remove(`uid=${uid},ou=mailboxes,${baseDn}`),
    putAlias: (a) => session((client) =>
      put(client, `cn=${a.address},ou=aliases,${baseDn}`, ['nisMailAlias'], { cn: [a.address], rfc822MailMember: a.members })),
    removeAlias: (address) => remove(`cn=${address},ou=aliases,${baseDn}`),
  };
}

const ignore = (kind: new (...args: never[]) => Error) => (error: unknown) => {
  if (!(error instanceof kind)) throw error;
};
