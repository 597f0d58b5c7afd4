import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every setting of the server, read once from the environment (see `.env.example`). */
export type Config = {
  port: number;
  host: string;
  /** Where the public reaches the portal: receipts carry a QR code to its lookup page. */
  publicUrl: string;
  /** The mail server (smtp://…); in demo mode without it, an SMTP sink is started. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /**
   * The national payment platform: its address, our partner code (MaDoiTac) and shared secret. Without
   * an address, fees are paid at the counter only; in demo mode the simulator is started instead.
   */
  payment: { url: string | undefined; partnerCode: string; secret: string | undefined };
  /** The national document axis: its address and our endpoint's token. Without an address, documents go to agencies on the platform only. */
  documentAxis: { url: string | undefined; token: string | undefined };
  /** The national e-ID (OpenID provider): its issuer and our client; without an issuer citizens sign in with passwords only. */
  eid: { issuer: string | undefined; clientId: string; clientSecret: string | undefined };
  /**
   * The national public-service portal: its address, our bearer token and the province's level-1 code
   * (H37) by which it lists dossiers submitted there. Without an address nothing is synced; in demo mode
   * its simulator is started instead. `timeoutMs`: one call's limit; `pullSeconds`: how often submitted
   * dossiers are pulled; `retryBaseMs`: the first retry's wait (doubled each time, up to 10 minutes); `catalogHours`: how often the catalog is synced.
   */
  nationalPortal: { url: string | undefined; token: string | undefined; provinceCode: string; timeoutMs: number; retryBaseMs: number; pullSeconds: number; catalogHours: number };
  /**
   * The national base registries (population, businesses), the upstream of the integration platform's
   * published lookup services; without an address the lookups are not offered. Demo mode starts the simulator.
   */
  baseRegistries: { url: string | undefined; timeoutMs: number };
  /**
   * The Jitsi Meet server online meetings are held on (the platform builds no video server): its address,
   * and the application id and shared secret of its token authentication (JWT, HS256). Without a secret,
   * demo mode generates one under `dataDir`; outside demo mode no room token is issued.
   */
  jitsi: { baseUrl: string; appId: string; appSecret: string | undefined };
  /** Heartbeats and check-ins of endpoints' room pages allowed per client address and minute. */
  meetingRoomRateLimitPerMinute: number;
  /**
   * The directory of the province's mail server (OpenLDAP read by Postfix and Dovecot) where official
   * mailboxes are provisioned; null: mailboxes are recorded and wait, marked "not synced", until it is set.
   */
  mailDirectory: { url: string; bindDn: string; password: string; baseDn: string } | null;
  /** Postage for a result sent by post (public postal service), added to what the dossier owes. */
  postageVnd: number;
  /** A PostgreSQL server to use; when absent, an embedded server is started under `dataDir`. */
  databaseUrl: string | undefined;
  /**
   * A streaming replica for the read-heavy public pages (lookup, catalog, portal, dashboards); unset: they
   * read from the primary. A replica more than `maxLagSeconds` behind, or unreachable, is left aside.
   */
  databaseRead: { url: string | undefined; maxLagSeconds: number };
  /** How long a query waits for a database connection before the request gets a 503 (database away). */
  databaseConnectTimeoutMs: number;
  dataDir: string;
  /** Where files are stored: an S3-compatible bucket when S3_BUCKET is set, else the folder `dataDir/files`. */
  s3: S3Config | null;
  embeddedPgPort: number;
  /** Seed the demo province and its demo accounts (never in production). */
  demo: boolean;
  cookieSecure: boolean;
  sessionTtlHours: number;
  loginRateLimit: { max: number; windowMinutes: number };
  bodyLimitBytes: number;
  /** Public dossier lookups allowed per client address and minute (against code guessing). */
  lookupRateLimitPerMinute: number;
  /** Largest uploaded attachment (PDF, JPEG, PNG). */
  uploadLimitBytes: number;
  /** Agency signing keys (<agency code>.p12); the demo CA is generated here in demo mode. */
  pkiDir: string;
  pkiPassphrase: string | undefined;
  /** Run the background jobs (deadline warnings, notifications) in this process. */
  jobs: boolean;
  logLevel: string;
  /** Trust X-Forwarded-For (only behind a reverse proxy that sets it), so rate limits see real clients. */
  trustProxy: boolean;
  webDist: string | undefined;
  /**
   * Encryption at rest of ID numbers, phones and addresses (platform/personal-data.ts): the key-encryption
   * keys (`id:base64` of 32 bytes, comma-separated, the first current) and the lookup hash key (base64, ≥ 32
   * bytes). Unset in demo mode: generated under `dataDir`; unset outside demo mode: the server refuses to start.
   */
  dataEncryption: { keys: string | undefined; hashKey: string | undefined };
};

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new ConfigError(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

export type S3Config = {
  bucket: string; region: string; endpoint: string | undefined; forcePathStyle: boolean;
  /** Absent: the SDK's own chain (instance role, AWS_* variables, shared files). */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
};

function s3Config(env: NodeJS.ProcessEnv): Config['s3'] {
  const bucket = env.S3_BUCKET || undefined;
  if (!bucket) return null;
  const endpoint = env.S3_ENDPOINT?.replace(/\/+$/, '') || undefined;
  if (endpoint && !/^https?:\/\/[^\s/]+/.test(endpoint)) throw new ConfigError(`S3_ENDPOINT must be an http(s) address, got "${endpoint}"`);
  const accessKeyId = env.S3_ACCESS_KEY_ID || '';
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY || '';
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) throw new ConfigError('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together');
  return {
    bucket, endpoint, region: env.S3_REGION || 'us-east-1',
    // Servers of one's own (MinIO, Ceph, Garage) are mostly reached by path, not by a bucket subdomain.
    forcePathStyle: boolean(env, 'S3_FORCE_PATH_STYLE', Boolean(endpoint)),
    credentials: accessKeyId ? { accessKeyId, secretAccessKey } : undefined,
  };
}

function paymentConfig(env: NodeJS.ProcessEnv): Config['payment'] {
  const url = env.PAYMENT_PLATFORM_URL?.replace(/\/+$/, '') || undefined;
  if (url && !/^https?:\/\/[^\s/]+/.test(url)) throw new ConfigError(`PAYMENT_PLATFORM_URL must be an http(s) address, got "${url}"`);
  const secret = env.PAYMENT_SECRET || undefined;
  if (url && !secret) throw new ConfigError('PAYMENT_SECRET is required with PAYMENT_PLATFORM_URL');
  return { url, partnerCode: env.PAYMENT_PARTNER_CODE || 'TINHSO', secret };
}

function documentAxisConfig(env: NodeJS.ProcessEnv): Config['documentAxis'] {
  const url = env.DOCUMENT_AXIS_URL?.replace(/\/+$/, '') || undefined;
  if (url && !/^https?:\/\/[^\s/]+/.test(url)) throw new ConfigError(`DOCUMENT_AXIS_URL must be an http(s) address, got "${url}"`);
  const token = env.DOCUMENT_AXIS_TOKEN || undefined;
  if (url && !token) throw new ConfigError('DOCUMENT_AXIS_TOKEN is required with DOCUMENT_AXIS_URL');
  return { url, token };
}

function nationalPortalConfig(env: NodeJS.ProcessEnv): Config['nationalPortal'] {
  const url = env.NATIONAL_PORTAL_URL?.replace(/\/+$/, '') || undefined;
  if (url && !/^https?:\/\/[^\s/]+/.test(url)) throw new ConfigError(`NATIONAL_PORTAL_URL must be an http(s) address, got "${url}"`);
  const token = env.NATIONAL_PORTAL_TOKEN || undefined;
  if (url && !token) throw new ConfigError('NATIONAL_PORTAL_TOKEN is required with NATIONAL_PORTAL_URL');
  const provinceCode = env.NATIONAL_PORTAL_PROVINCE || 'H37';
  if (!/^H[0-9]{2}$/.test(provinceCode)) throw new ConfigError(`NATIONAL_PORTAL_PROVINCE must be a province's level-1 code such as H37, got "${provinceCode}"`);
  return {
    url, token, provinceCode,
    timeoutMs: integer(env, 'NATIONAL_PORTAL_TIMEOUT_MS', 10_000, 100),
    retryBaseMs: integer(env, 'NATIONAL_PORTAL_RETRY_MS', 5_000, 10),
    pullSeconds: integer(env, 'NATIONAL_PORTAL_PULL_SECONDS', 60, 1),
    catalogHours: integer(env, 'NATIONAL_PORTAL_CATALOG_HOURS', 24, 1),
  };
}

function jitsiConfig(env: NodeJS.ProcessEnv): Config['jitsi'] {
  const baseUrl = (env.JITSI_BASE_URL || 'https://meet.jit.si').replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(baseUrl)) throw new ConfigError(`JITSI_BASE_URL must be an http(s) address, got "${baseUrl}"`);
  const appId = env.JITSI_APP_ID || 'tinhso';
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(appId)) throw new ConfigError(`JITSI_APP_ID must be 1–64 letters, digits, dots, dashes or underscores, got "${appId}"`);
  const appSecret = env.JITSI_APP_SECRET || undefined;
  if (appSecret && appSecret.length < 32) throw new ConfigError('JITSI_APP_SECRET must be at least 32 characters');
  return { baseUrl, appId, appSecret };
}

function baseRegistriesConfig(env: NodeJS.ProcessEnv): Config['baseRegistries'] {
  const url = env.BASE_REGISTRIES_URL?.replace(/\/+$/, '') || undefined;
  if (url && !/^https?:\/\/[^\s/]+/.test(url)) throw new ConfigError(`BASE_REGISTRIES_URL must be an http(s) address, got "${url}"`);
  return { url, timeoutMs: integer(env, 'BASE_REGISTRIES_TIMEOUT_MS', 5_000, 100) };
}

function mailDirectoryConfig(env: NodeJS.ProcessEnv): Config['mailDirectory'] {
  const url = env.MAIL_LDAP_URL || undefined;
  if (!url) return null;
  if (!/^ldaps?:\/\/[^\s/]+/.test(url)) throw new ConfigError(`MAIL_LDAP_URL must be an ldap:// or ldaps:// address, got "${url}"`);
  const bindDn = env.MAIL_LDAP_BIND_DN || '';
  const baseDn = env.MAIL_LDAP_BASE_DN || '';
  const password = env.MAIL_LDAP_PASSWORD || '';
  if (!bindDn || !baseDn || !password) throw new ConfigError('MAIL_LDAP_BIND_DN, MAIL_LDAP_PASSWORD and MAIL_LDAP_BASE_DN are required with MAIL_LDAP_URL');
  return { url: url.replace(/\/+$/, ''), bindDn, password, baseDn };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const databaseReadUrl = env.DATABASE_READ_URL || undefined;
  if (databaseReadUrl && !/^postgres(ql)?:\/\//.test(databaseReadUrl)) {
    throw new ConfigError('DATABASE_READ_URL must start with postgres:// or postgresql://');
  }
  const webDist = env.WEB_DIST ?? path.join(repoRoot, 'web/dist');
  const port = integer(env, 'PORT', 3000, 0);
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(publicUrl)) throw new ConfigError(`PUBLIC_URL must be an http(s) address, got "${publicUrl}"`);
  return {
    port,
    publicUrl,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Cổng dịch vụ công <khong-tra-loi@localhost>',
    payment: paymentConfig(env),
    documentAxis: documentAxisConfig(env),
    eid: { issuer: env.EID_ISSUER?.replace(/\/+$/, '') || undefined, clientId: env.EID_CLIENT_ID || 'tinh-so', clientSecret: env.EID_CLIENT_SECRET || undefined },
    nationalPortal: nationalPortalConfig(env),
    baseRegistries: baseRegistriesConfig(env),
    jitsi: jitsiConfig(env),
    meetingRoomRateLimitPerMinute: integer(env, 'MEETING_ROOM_RATE_LIMIT_PER_MINUTE', 600, 1),
    mailDirectory: mailDirectoryConfig(env),
    postageVnd: integer(env, 'POSTAGE_VND', 30_000, 0),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    databaseRead: { url: databaseReadUrl, maxLagSeconds: integer(env, 'DATABASE_READ_MAX_LAG_SECONDS', 30, 0) },
    databaseConnectTimeoutMs: integer(env, 'DATABASE_CONNECT_TIMEOUT_MS', 5_000, 100),
    dataDir: path.resolve(repoRoot, env.DATA_DIR || '.data'),
    s3: s3Config(env),
    embeddedPgPort: integer(env, 'EMBEDDED_PG_PORT', 54329, 1),
    demo: boolean(env, 'DEMO', env.NODE_ENV !== 'production'),
    cookieSecure: boolean(env, 'COOKIE_SECURE', env.NODE_ENV === 'production'),
    sessionTtlHours: integer(env, 'SESSION_TTL_HOURS', 12, 1),
    loginRateLimit: {
      max: integer(env, 'LOGIN_RATE_LIMIT_MAX', 10, 1),
      windowMinutes: integer(env, 'LOGIN_RATE_LIMIT_WINDOW_MINUTES', 15, 1),
    },
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024),
    lookupRateLimitPerMinute: integer(env, 'LOOKUP_RATE_LIMIT_PER_MINUTE', 60, 1),
    uploadLimitBytes: integer(env, 'UPLOAD_LIMIT_BYTES', 10 * 1024 * 1024, 1024),
    pkiDir: path.resolve(repoRoot, env.PKI_DIR || path.join(env.DATA_DIR || '.data', 'pki')),
    pkiPassphrase: env.PKI_PASSPHRASE || undefined,
    jobs: boolean(env, 'JOBS', true),
    logLevel: env.LOG_LEVEL || 'info',
    trustProxy: boolean(env, 'TRUST_PROXY', false),
    webDist: webDist === '' ? undefined : webDist,
    dataEncryption: { keys: env.DATA_ENCRYPTION_KEY || undefined, hashKey: env.DATA_HASH_KEY || undefined },
  };
}
