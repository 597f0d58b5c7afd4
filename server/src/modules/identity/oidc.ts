import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import Provider, { type Adapter, type AdapterPayload, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import type { Db, Queryable } from '../../platform/db.js';
import { readOrCreateSecret } from '../../platform/secrets.js';

/**
 * The province's OpenID Connect provider, built on oidc-provider (a certified implementation): the
 * province's other systems are its relying parties; officials and citizens sign in once, on the portal.
 * Authorization code with PKCE only; refresh tokens; RP-initiated and back-channel logout. Claims carry
 * the official's agency codes and roles. Its artifacts live in PostgreSQL, its keys beside the PKI, so
 * every node serves the same provider.
 */

export const OIDC_PATH = '/oidc';
/** Where oidc-provider sends the browser to sign in and consent; the portal's own session answers it. */
export const INTERACTION_PATH = '/api/oidc/interactions';

export type OidcAccount = {
  id: number; username: string; fullName: string; email: string | null; phone: string | null; kind: string;
  identityVerified: boolean; roles: { role: string; agencyCode: string | null; agencyName: string | null }[];
};

/** Scopes and the claims they release (shown in Vietnamese at consent). */
export const SCOPES: Record<string, { label: string; claims: string[] }> = {
  openid: { label: 'Mã định danh tài khoản', claims: ['sub'] },
  profile: { label: 'Họ tên, tên đăng nhập', claims: ['name', 'preferred_username'] },
  email: { label: 'Địa chỉ thư điện tử', claims: ['email'] },
  phone: { label: 'Số điện thoại', claims: ['phone_number'] },
  agency: { label: 'Cơ quan công tác và vai trò', claims: ['agency_codes', 'roles'] },
  offline_access: { label: 'Duy trì đăng nhập khi bạn không dùng ứng dụng (làm mới phiên)', claims: [] },
};

/** oidc-provider's artifacts, one row per kind and id (the memory adapter's contract, on PostgreSQL). */
class PgAdapter implements Adapter {
  constructor(private readonly db: Db, private readonly kind: string) {}

  async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    await this.db.query(`INSERT INTO oidc_payloads (kind, id, payload, grant_id, uid, user_code, expires_at)
        VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7::int IS NULL THEN NULL ELSE now() + make_interval(secs => $7::int) END)
        ON CONFLICT (kind, id) DO UPDATE SET payload = EXCLUDED.payload, grant_id = EXCLUDED.grant_id, uid = EXCLUDED.uid,
          user_code = EXCLUDED.user_code, expires_at = EXCLUDED.expires_at`,
    [this.kind, id, payload, payload.grantId ?? null, payload.uid ?? null, payload.userCode ?? null, expiresIn ?? null]);
  }

  private async one(where: string, value: string): Promise<AdapterPayload | undefined> {
    const row = (await this.db.query<{ payload: AdapterPayload; consumed: number | null }>(
      `SELECT payload, extract(epoch FROM consumed_at)::int AS consumed FROM oidc_payloads
        WHERE kind = $1 AND ${where} = $2 AND (expires_at IS NULL OR expires_at > now())`, [this.kind, value])).rows[0];
    return row ? { ...row.payload, ...(row.consumed ? { consumed: row.consumed } : {}) } : undefined;
  }

  find(id: string) {
    return this.one('id', id);
  }

  findByUid(uid: string) {
    return this.one('uid', uid);
  }

  findByUserCode(userCode: string) {
    return this.one('user_code', userCode);
  }

  async consume(id: string): Promise<void> {
    await this.db.query('UPDATE oidc_payloads SET consumed_at = now() WHERE kind = $1 AND id = $2', [this.kind, id]);
  }

  async destroy(id: string): Promise<void> {
    await this.db.query('DELETE FROM oidc_payloads WHERE kind = $1 AND id = $2', [this.kind, id]);
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    await this.db.query('DELETE FROM oidc_payloads WHERE grant_id = $1', [grantId]);
  }
}

/** Relying parties are registered by the province IT admin (oidc_clients); oidc-provider asks for them by id. */
class ClientAdapter extends PgAdapter {
  constructor(private readonly clients: Db) {
    super(clients, 'Client');
  }

  override async find(id: string): Promise<AdapterPayload | undefined> {
    const row = (await this.clients.query<{ metadata: AdapterPayload; client_secret: string; name: string }>(
      'SELECT metadata, client_secret, name FROM oidc_clients WHERE client_id = $1 AND active', [id])).rows[0];
    return row ? { ...row.metadata, client_id: id, client_secret: row.client_secret, client_name: row.name } : undefined;
  }
}

/** The provider's signing key (RS256), made once and kept beside the PKI so that every node signs alike. */
async function signingKeys(pkiDir: string): Promise<{ keys: object[] }> {
  const file = path.join(pkiDir, 'oidc-jwks.json');
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as { keys: object[] };
  } catch {
    await fs.mkdir(pkiDir, { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwks = { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: randomBytes(8).toString('hex'), use: 'sig', alg: 'RS256' }] };
    // Nodes starting together: the first file written wins and every node reads that one.
    await fs.writeFile(file, JSON.stringify(jwks), { mode: 0o600, flag: 'wx' }).catch(() => undefined);
    return JSON.parse(await fs.readFile(file, 'utf8')) as { keys: object[] };
  }
}

const page = (title: string, body: string) => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;margin:0;padding:24px 16px;background:#f5f7fa;color:#1f2933}main{max-width:420px;margin:0 auto;background:#fff;padding:24px;border-radius:8px}
h1{font-size:1.3rem}button{display:block;width:100%;min-height:44px;margin:8px 0;font-size:1rem;border-radius:6px;border:1px solid #0b5cad;cursor:pointer}
.primary{background:#0b5cad;color:#fff}.secondary{background:#fff;color:#0b5cad}</style></head><body><main>${body}</main></body></html>`;
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function createOidcProvider(options: {
  db: Db; issuer: string; pkiDir: string; dataDir: string; secureCookies: boolean;
  findAccount: (db: Queryable, id: number) => Promise<OidcAccount | null>;
}): Promise<Provider> {
  const { db } = options;
  const cookieKey = await readOrCreateSecret(path.join(options.dataDir, 'oidc-cookie-key'), 32);
  const configuration: Configuration = {
    adapter: (kind: string) => (kind === 'Client' ? new ClientAdapter(db) : new PgAdapter(db, kind)),
    jwks: await signingKeys(options.pkiDir) as Configuration['jwks'],
    cookies: { keys: [cookieKey], long: { signed: true, httpOnly: true, sameSite: 'lax', secure: options.secureCookies }, short: { signed: true, httpOnly: true, sameSite: 'lax', secure: options.secureCookies } },
    pkce: { required: () => true },
    scopes: Object.keys(SCOPES),
    claims: Object.fromEntries(Object.entries(SCOPES).map(([scope, { claims }]) => [scope, claims])),
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
          ctx.body = page('Đăng xuất', `<h1>Đăng xuất khỏi hệ thống dùng chung của tỉnh?</h1>${form}
            <button class="primary" autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Đăng xuất</button>
            <button class="secondary" type="submit" form="op.logoutForm">Giữ đăng nhập</button>`);
        },
        postLogoutSuccessSource: async (ctx: KoaContextWithOIDC) => {
          ctx.body = page('Đã đăng xuất', '<h1>Bạn đã đăng xuất.</h1><p>Các ứng dụng dùng chung tài khoản của tỉnh cũng đã được báo đăng xuất.</p>');
        },
      },
      backchannelLogout: { enabled: true },
      revocation: { enabled: true },
      introspection: { enabled: true },
      userinfo: { enabled: true },
    },
    clientDefaults: { grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_basic', id_token_signed_response_alg: 'RS256' },
    responseTypes: ['code'],
    // The ID token carries the scopes' claims too (agency, roles), not only userinfo.
    conformIdTokenClaims: false,
    // Refresh tokens for clients that ask offline_access, and for any client allowed refresh_token.
    issueRefreshToken: async (_ctx, client, code) => client.grantTypeAllowed('refresh_token') && (code.scopes.has('offline_access') || code.scopes.has('openid')),
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, RefreshToken: 8 * 3600, Interaction: 600, Session: 12 * 3600, Grant: 8 * 3600 },
    interactions: { url: (_ctx, interaction) => `${INTERACTION_PATH}/${interaction.uid}` },
    findAccount: async (_ctx, sub) => {
      const account = await options.findAccount(db, Number(sub));
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          name: account.fullName,
          preferred_username: account.username,
          email: account.email ?? undefined,
          phone_number: account.phone ?? undefined,
          agency_codes: [...new Set(account.roles.flatMap((r) => (r.agencyCode ? [r.agencyCode] : [])))],
          roles: account.roles.map((r) => (r.agencyCode ? `${r.role}@${r.agencyCode}` : r.role)),
        }),
      };
    },
    // oidc-provider refuses to call private addresses (SSRF). Here only the province IT admin registers
    // clients (no dynamic registration), and the province's systems live on its private network: their
    // back-channel logout endpoints are called where they are.
    fetch: (url, init) => globalThis.fetch(url, { ...init, dispatcher: undefined } as RequestInit),
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = page('Lỗi đăng nhập', `<h1>Không đăng nhập được</h1><p>${escapeHtml(String(out.error_description ?? out.error))}</p>`);
    },
  };
  const provider = new Provider(options.issuer, configuration);
  // Behind the load balancer, X-Forwarded-Proto says whether the browser used HTTPS.
  provider.proxy = true;
  return provider;
}

/**
 * Signing out of the portal signs out of the province's shared login too (single logout): the
 * provider's session of this browser ends, every relying party it served hears it on its back channel,
 * and the tokens they hold are revoked, as RP-initiated logout does. Returns the provider's cookie
 * names, for the caller to clear.
 */
export async function endProviderSession(provider: Provider, req: IncomingMessage, res: ServerResponse, log: { warn: (obj: unknown, msg: string) => void }): Promise<string[]> {
  const name = provider.cookieName('session');
  // Session.get reads the signed session cookie of the request, as the provider's own endpoints do.
  const session = await (provider.Session as unknown as { get: (ctx: unknown) => Promise<InstanceType<Provider['Session']>> }).get({ req, res });
  if (session.accountId) {
    await Promise.all(Object.entries(session.authorizations ?? {}).map(async ([clientId, { grantId }]) => {
      const client = await provider.Client.find(clientId);
      if (client?.backchannelLogoutUri) {
        // Client#backchannelLogout is the method the provider's end_session action calls; its typings omit it.
        await (client as unknown as { backchannelLogout: (sub: string, sid: string) => Promise<void> }).backchannelLogout(session.accountId!, session.sidFor(clientId)!)
          .catch((error: unknown) => log.warn({ err: error, clientId }, 'back-channel logout failed'));
      }
      if (grantId) {
        await Promise.all([provider.AccessToken, provider.RefreshToken, provider.AuthorizationCode].map((model) => model.revokeByGrantId(grantId)));
        await provider.Grant.adapter.destroy(grantId);
      }
    }));
    await session.destroy();
  }
  return [name, `${name}.sig`];
}
