/**
 * The national electronic identification (VNeID), simulated: an OpenID Connect provider of its own
 * (oidc-provider) where a citizen signs in with their personal identification number (số định danh cá
 * nhân, 12 digits) and the simulator's password, and which releases the identity the state vouches for.
 *
 * Provider side (as the real one): discovery at /.well-known/openid-configuration, authorization code with
 * PKCE, claims sub (= the identification number), name, birthdate, gender, identity_number, eid_level.
 * Control: GET /__people lists the simulated people; the password of each is VNeID@2026.
 * Relying parties come from EID_CLIENTS (JSON: [{ client_id, client_secret, redirect_uris }]).
 */
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { URLSearchParams } from 'node:url';
import Provider, { type Configuration } from 'oidc-provider';

export const EID_PASSWORD = 'VNeID@2026';

/** People the simulated register knows; the first is the demo province's citizen with a password account too. */
export const PEOPLE = [
  { id: '020095001234', name: 'Nguyễn Văn An', birthdate: '1995-03-12', gender: 'male' },
  { id: '020196004321', name: 'Hoàng Thị Mai', birthdate: '1996-07-30', gender: 'female' },
  { id: '020088007777', name: 'Lương Văn Tú', birthdate: '1988-01-05', gender: 'male' },
];

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (body: string) => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Định danh điện tử (mô phỏng)</title><style>body{font-family:system-ui,sans-serif;margin:0;padding:24px 16px;background:#b71c1c0d}main{max-width:380px;margin:0 auto;background:#fff;padding:24px;border-radius:8px}
label{display:block;margin:12px 0 4px}input{width:100%;box-sizing:border-box;min-height:44px;font-size:1rem;padding:8px}button{margin-top:16px;width:100%;min-height:44px;font-size:1rem;background:#b71c1c;color:#fff;border:0;border-radius:6px}
.error{color:#b71c1c}</style></head><body><main><h1>Đăng nhập bằng tài khoản định danh điện tử</h1>${body}</main></body></html>`;

export async function startEid(options: { port?: number; host?: string; clients: { client_id: string; client_secret: string; redirect_uris: string[] }[] }) {
  const host = options.host ?? '127.0.0.1';
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const url = `http://${host}:${(server.address() as AddressInfo).port}`;
  // A key of its own each start (the simulator keeps nothing), instead of oidc-provider's development keys.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const configuration: Configuration = {
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'eid-sim', use: 'sig', alg: 'RS256' }] } as Configuration['jwks'],
    clients: options.clients.map((c) => ({ ...c, grant_types: ['authorization_code'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_basic' })),
    pkce: { required: () => true },
    claims: { openid: ['sub'], profile: ['name', 'birthdate', 'gender'], identity: ['identity_number', 'eid_level'] },
    scopes: ['openid', 'profile', 'identity'],
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx, sub) => {
      const person = PEOPLE.find((p) => p.id === sub);
      return person ? { accountId: sub, claims: async () => ({ sub, name: person.name, birthdate: person.birthdate, gender: person.gender, identity_number: person.id, eid_level: '2' }) } : undefined;
    },
  };
  const provider = new Provider(url, configuration);
  const handle = provider.callback();

  const form = (uid: string, error?: string) => page(`${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
    <form method="post" action="/interaction/${uid}"><label for="id">Số định danh cá nhân</label><input id="id" name="id" inputmode="numeric" autocomplete="username" required>
    <label for="password">Mật khẩu</label><input id="password" name="password" type="password" autocomplete="current-password" required>
    <button type="submit">Đăng nhập</button></form>`);

  server.on('request', (req, res) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '');
    if (req.url === '/__people') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ people: PEOPLE, password: EID_PASSWORD }));
    if (!match) return void handle(req, res);
    const uid = match[1]!;
    void (async () => {
      try {
        const details = await provider.interactionDetails(req, res);
        if (details.uid !== uid) throw new Error('another interaction');
        if (req.method === 'GET') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(form(uid));
        let body = '';
        for await (const chunk of req) body += chunk;
        const fields = new URLSearchParams(body);
        const person = PEOPLE.find((p) => p.id === fields.get('id')?.trim());
        if (!person || fields.get('password') !== EID_PASSWORD) {
          return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(form(uid, 'Số định danh hoặc mật khẩu không đúng.'));
        }
        // The state vouches for the identity: what the relying party asked is granted with the sign-in.
        const grant = new provider.Grant({ accountId: person.id, clientId: String(details.params.client_id) });
        grant.addOIDCScope(String(details.params.scope ?? 'openid'));
        await provider.interactionFinished(req, res, { login: { accountId: person.id }, consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: false });
      } catch {
        res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' }).end(page('<p class="error">Phiên đăng nhập đã hết hạn: vui lòng quay lại dịch vụ và thử lại.</p>'));
      }
    })();
  });
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
