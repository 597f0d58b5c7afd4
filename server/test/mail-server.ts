import { spawn, execFile, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * A private mail server for tests: OpenLDAP slapd (the directory the platform writes), Postfix (SMTP, its
 * mailboxes and aliases looked up in that directory) and Dovecot (IMAP and LMTP, users, passwords and
 * quotas from the same directory), the Debian packages `slapd dovecot-imapd dovecot-lmtpd dovecot-ldap
 * postfix postfix-ldap`, each started with a configuration of its own in a temporary folder, on free ports
 * of 127.0.0.1. The system's own instances (ports 25, 143, 389), if any, are never used. Needs root:
 * Postfix's master and Dovecot start as root and drop to their users.
 */
export type MailServer = {
  ldap: { url: string; bindDn: string; password: string; baseDn: string };
  smtp: { host: string; port: number };
  imap: { host: string; port: number };
  /** Postfix's log (rejections, deliveries) and Dovecot's, for assertions and failure messages. */
  logs: () => Promise<string>;
  stop: () => Promise<void>;
};

const run = promisify(execFile);
const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/modules/mail/ldap/postfix-book.schema');
export const MAIL_BASE_DN = 'dc=tinhso,dc=test';

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, what: string, process: ChildProcess | null, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (process && process.exitCode !== null) throw new Error(`${what} exited with code ${process.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.destroy(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > until) throw new Error(`${what} did not listen on ${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function started(command: string, args: string[], log: string): ChildProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const append = (chunk: Buffer) => void fs.appendFile(log, chunk).catch(() => undefined);
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  return child;
}

async function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Whether the Debian packages are installed (for a clear message when they are not). */
export async function mailServerMissing(): Promise<string | null> {
  for (const binary of ['/usr/sbin/slapd', '/usr/sbin/dovecot', '/usr/sbin/postfix', '/usr/lib/dovecot/modules/auth/libauthdb_ldap.so']) {
    if (!(await fs.stat(binary).catch(() => null))) return `${binary} is missing: apt-get install slapd dovecot-imapd dovecot-lmtpd dovecot-ldap postfix postfix-ldap`;
  }
  if (!(await run('/usr/sbin/postconf', ['-m']).then((r) => r.stdout.includes('ldap'), () => false))) return 'Postfix has no ldap table: apt-get install postfix-ldap';
  if (process.getuid?.() !== 0) return 'the private Postfix and Dovecot must be started as root';
  return null;
}

export async function startMailServer(): Promise<MailServer> {
  const missing = await mailServerMissing();
  if (missing) throw new Error(missing);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinhso-mail-'));
  // Dovecot's mail processes (user `mail`) and Postfix's (user `postfix`) walk into the folder.
  await fs.chmod(dir, 0o755);
  const [ldapPort, smtpPort, imapPort, lmtpPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const children: ChildProcess[] = [];
  const ldap = { url: `ldap://127.0.0.1:${ldapPort}`, bindDn: `cn=admin,${MAIL_BASE_DN}`, password: 'mat-khau-thu-nghiem', baseDn: MAIL_BASE_DN };
  const postfixDir = path.join(dir, 'postfix');
  const stop = async () => {
    await run('/usr/sbin/postfix', ['-c', postfixDir, 'stop']).catch(() => undefined);
    for (const child of children.reverse()) await stopped(child);
    await fs.rm(dir, { recursive: true, force: true });
  };
  try {
    // ---- OpenLDAP: its own configuration and database ----
    await fs.mkdir(path.join(dir, 'ldap-data'));
    await fs.writeFile(path.join(dir, 'slapd.conf'), `
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/nis.schema
include /etc/ldap/schema/misc.schema
include ${schemaFile}
pidfile ${dir}/slapd.pid
modulepath /usr/lib/ldap
moduleload back_mdb
# Mailbox passwords arrive hashed as {ARGON2} (the platform's argon2id): slapd verifies them for Dovecot's binds.
moduleload argon2
database mdb
maxsize 67108864
suffix "${MAIL_BASE_DN}"
rootdn "${ldap.bindDn}"
rootpw ${ldap.password}
directory ${dir}/ldap-data
index mail,mailAlias,uid,cn,associatedDomain eq
access to attrs=userPassword by anonymous auth by * none
access to * by * read
`);
    const slapd = started('/usr/sbin/slapd', ['-f', path.join(dir, 'slapd.conf'), '-h', `${ldap.url}/`, '-d', '0'], path.join(dir, 'slapd.log'));
    children.push(slapd);
    await waitForPort(ldapPort, 'slapd', slapd);
    await fs.writeFile(path.join(dir, 'base.ldif'), `dn: ${MAIL_BASE_DN}\nobjectClass: dcObject\nobjectClass: organization\ndc: tinhso\no: Tinh So\n`);
    await run('/usr/bin/ldapadd', ['-x', '-H', ldap.url, '-D', ldap.bindDn, '-w', ldap.password, '-f', path.join(dir, 'base.ldif')]);

    // ---- Dovecot: IMAP and LMTP; users, passwords (a bind as the user) and quotas from the directory ----
    const dovecotDir = path.join(dir, 'dovecot');
    const mailDir = path.join(dir, 'mail');
    await fs.mkdir(dovecotDir);
    await fs.mkdir(mailDir);
    await run('/bin/chown', ['mail:mail', mailDir]);
    await fs.writeFile(path.join(dovecotDir, 'ldap.conf.ext'), `
uris = ${ldap.url}
auth_bind = yes
base = ou=mailboxes,${MAIL_BASE_DN}
scope = onelevel
pass_filter = (&(objectClass=PostfixBookMailAccount)(mail=%u)(mailEnabled=TRUE))
user_filter = (&(objectClass=PostfixBookMailAccount)(mail=%u)(mailEnabled=TRUE))
pass_attrs = mail=user
user_attrs = mail=user, =home=${mailDir}/%{ldap:uid}, mailQuota=quota_rule=*:storage=%{ldap:mailQuota}
`);
    await fs.writeFile(path.join(dovecotDir, 'dovecot.conf'), `
base_dir = ${dovecotDir}/run
state_dir = ${dovecotDir}/state
log_path = ${dovecotDir}/dovecot.log
protocols = imap lmtp
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
# A refused login answers at once (the default waits 2 s against guessing; tests refuse on purpose).
auth_failure_delay = 0
auth_mechanisms = plain login
mail_location = maildir:~/Maildir
mail_uid = mail
mail_gid = mail
first_valid_uid = 8
first_valid_gid = 8
mail_plugins = quota
lmtp_rcpt_check_quota = yes
postmaster_address = postmaster@tinhso.test
protocol imap {
  mail_plugins = $mail_plugins imap_quota
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${imapPort}
  }
  inet_listener imaps {
    port = 0
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = ${lmtpPort}
  }
}
passdb {
  driver = ldap
  args = ${dovecotDir}/ldap.conf.ext
}
userdb {
  driver = ldap
  args = ${dovecotDir}/ldap.conf.ext
}
plugin {
  quota = maildir:User quota
}
`);
    const dovecot = started('/usr/sbin/dovecot', ['-c', path.join(dovecotDir, 'dovecot.conf'), '-F'], path.join(dovecotDir, 'dovecot.out'));
    children.push(dovecot);
    await waitForPort(imapPort, 'dovecot (IMAP)', dovecot);
    await waitForPort(lmtpPort, 'dovecot (LMTP)', dovecot);

    // ---- Postfix: SMTP; domains, mailboxes, aliases and former addresses looked up in the directory ----
    await fs.mkdir(path.join(postfixDir, 'queue'), { recursive: true });
    await fs.mkdir(path.join(postfixDir, 'data'));
    await run('/bin/chown', ['postfix:postfix', path.join(postfixDir, 'data')]);
    const table = (name: string, lines: string) =>
      fs.writeFile(path.join(postfixDir, `${name}.cf`), `server_host = ${ldap.url}\nversion = 3\nsearch_base = ${lines}\n`);
    await table('domains', `ou=domains,${MAIL_BASE_DN}\nscope = one\nquery_filter = (associatedDomain=%s)\nresult_attribute = associatedDomain`);
    await table('mailboxes', `ou=mailboxes,${MAIL_BASE_DN}\nscope = one\nquery_filter = (&(objectClass=PostfixBookMailAccount)(mail=%s)(mailEnabled=TRUE))\nresult_attribute = mail`);
    // A former address (kept as mailAlias after a rename) delivers to the mailbox's current one.
    await table('former', `ou=mailboxes,${MAIL_BASE_DN}\nscope = one\nquery_filter = (&(objectClass=PostfixBookMailAccount)(mailAlias=%s)(mailEnabled=TRUE))\nresult_attribute = mail`);
    await table('aliases', `ou=aliases,${MAIL_BASE_DN}\nscope = one\nquery_filter = (&(objectClass=nisMailAlias)(cn=%s))\nresult_attribute = rfc822MailMember`);
    await fs.writeFile(path.join(postfixDir, 'main.cf'), `
compatibility_level = 3.6
queue_directory = ${postfixDir}/queue
data_directory = ${postfixDir}/data
mail_owner = postfix
setgid_group = postdrop
myhostname = mail.tinhso.test
mydomain = tinhso.test
myorigin = tinhso.test
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
smtputf8_enable = no
biff = no
maillog_file = ${postfixDir}/maillog
maillog_file_prefixes = ${postfixDir}
virtual_mailbox_domains = ldap:${postfixDir}/domains.cf
virtual_mailbox_maps = ldap:${postfixDir}/mailboxes.cf
virtual_alias_maps = ldap:${postfixDir}/aliases.cf, ldap:${postfixDir}/former.cf
virtual_transport = lmtp:inet:127.0.0.1:${lmtpPort}
smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination
smtpd_reject_unlisted_recipient = yes
unverified_recipient_reject_code = 550
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 2s
`);
    await fs.writeFile(path.join(postfixDir, 'master.cf'), `
127.0.0.1:${smtpPort} inet n - n - - smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
`);
    const postfix = started('/usr/sbin/postfix', ['-c', postfixDir, 'start-fg'], path.join(postfixDir, 'postfix.out'));
    children.push(postfix);
    await waitForPort(smtpPort, 'postfix', postfix);
  } catch (error) {
    const logs = await readLogs(dir);
    await stop();
    throw new Error(`${(error as Error).message}\n${logs}`);
  }
  return { ldap, smtp: { host: '127.0.0.1', port: smtpPort }, imap: { host: '127.0.0.1', port: imapPort }, logs: () => readLogs(dir), stop };
}

async function readLogs(dir: string): Promise<string> {
  const files = ['slapd.log', 'dovecot/dovecot.log', 'dovecot/dovecot.out', 'postfix/maillog', 'postfix/postfix.out'];
  const texts = await Promise.all(files.map(async (f) => `--- ${f}\n${await fs.readFile(path.join(dir, f), 'utf8').catch(() => '')}`));
  return texts.join('\n');
}
