/**
 * The national base registries, simulated: the national population database (Cơ sở dữ liệu quốc gia về dân
 * cư) looked up by personal identification number, and the national business registry (Cơ sở dữ liệu quốc
 * gia về đăng ký doanh nghiệp) by tax code. Reached by the province through its integration platform.
 *
 * Registry side (`Authorization: Bearer <token>` when BASE_REGISTRIES_TOKEN is set; errors `{ error: { code, message } }`):
 *   GET /api/population/citizens/{idNumber}   → 200 { idNumber, fullName, dateOfBirth (yyyy-MM-dd), sex (male | female),
 *                                               address, permanentResidence } | 404 NOT_FOUND | 400 INVALID_ID_NUMBER
 *   GET /api/business/enterprises/{taxCode}   → 200 { taxCode, name, address, legalRepresentative, status } | 404 | 400
 * Control:
 *   POST /__switches { failNext, hangNext, slowMs }; GET /__switches
 *   GET  /__calls    every lookup asked, in order ({ registry, key, at })
 *   POST /__people   { people: [...] } adds or replaces citizens; POST /__businesses likewise
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Citizen = { idNumber: string; fullName: string; dateOfBirth: string; sex: 'male' | 'female'; address: string; permanentResidence: string };
export type Business = { taxCode: string; name: string; address: string; legalRepresentative: string; status: 'active' | 'suspended' | 'dissolved' };

/** The demo citizen (Nguyễn Văn An, with a password and an e-ID account on the platform) and a few others. */
export const PEOPLE: Citizen[] = [
  { idNumber: '020095001234', fullName: 'Nguyễn Văn An', dateOfBirth: '1995-03-12', sex: 'male', address: 'Số 12 đường Lê Lợi, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn', permanentResidence: 'Số 12 đường Lê Lợi, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn' },
  { idNumber: '020196004321', fullName: 'Hoàng Thị Mai', dateOfBirth: '1996-07-30', sex: 'female', address: 'Thôn Nà Chuông, xã Mai Pha, thành phố Lạng Sơn, tỉnh Lạng Sơn', permanentResidence: 'Thôn Nà Chuông, xã Mai Pha, thành phố Lạng Sơn, tỉnh Lạng Sơn' },
  { idNumber: '020088007777', fullName: 'Lương Văn Tú', dateOfBirth: '1988-01-05', sex: 'male', address: 'Khối 3, thị trấn Cao Lộc, huyện Cao Lộc, tỉnh Lạng Sơn', permanentResidence: 'Khối 3, thị trấn Cao Lộc, huyện Cao Lộc, tỉnh Lạng Sơn' },
  { idNumber: '020301009876', fullName: 'Vi Thị Hồng Nhung', dateOfBirth: '2001-11-20', sex: 'female', address: 'Số 5 ngõ 2 đường Bà Triệu, phường Hoàng Văn Thụ, thành phố Lạng Sơn, tỉnh Lạng Sơn', permanentResidence: 'Thôn Hợp Thành, xã Hợp Thành, huyện Cao Lộc, tỉnh Lạng Sơn' },
];

export const BUSINESSES: Business[] = [
  { taxCode: '4900123456', name: 'Công ty TNHH Thương mại Hoa Long', address: 'Số 88 đường Trần Đăng Ninh, phường Hoàng Văn Thụ, thành phố Lạng Sơn, tỉnh Lạng Sơn', legalRepresentative: 'Trần Thị Bích', status: 'active' },
  { taxCode: '4900654321', name: 'Công ty Cổ phần Xây dựng Mẫu Sơn', address: 'Khối 6, thị trấn Cao Lộc, huyện Cao Lộc, tỉnh Lạng Sơn', legalRepresentative: 'Hoàng Văn Đức', status: 'active' },
  { taxCode: '4900111222', name: 'Hợp tác xã Nông nghiệp Hữu Lũng', address: 'Thị trấn Hữu Lũng, huyện Hữu Lũng, tỉnh Lạng Sơn', legalRepresentative: 'Nông Văn Khoa', status: 'suspended' },
];

class RegistryError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export async function startBaseRegistries(options: { port?: number; host?: string; token?: string }) {
  const host = options.host ?? '127.0.0.1';
  const people = new Map(PEOPLE.map((p) => [p.idNumber, p]));
  const businesses = new Map(BUSINESSES.map((b) => [b.taxCode, b]));
  let calls: { registry: 'population' | 'business'; key: string; at: string }[] = [];
  const switches = { failNext: 0, hangNext: 0, slowMs: 0 };

  const routes: [string, RegExp, (m: RegExpMatchArray, body: Record<string, unknown>) => unknown][] = [
    ['GET', /^\/api\/population\/citizens\/([^/]+)$/, (m) => {
      const id = decodeURIComponent(m[1]!);
      calls.push({ registry: 'population', key: id, at: new Date().toISOString() });
      if (!/^[0-9]{12}$/.test(id)) throw new RegistryError(400, 'INVALID_ID_NUMBER', 'a personal identification number has 12 digits');
      const person = people.get(id);
      if (!person) throw new RegistryError(404, 'NOT_FOUND', 'no citizen with this identification number');
      return person;
    }],
    ['GET', /^\/api\/business\/enterprises\/([^/]+)$/, (m) => {
      const code = decodeURIComponent(m[1]!);
      calls.push({ registry: 'business', key: code, at: new Date().toISOString() });
      if (!/^[0-9]{10}(-[0-9]{3})?$/.test(code)) throw new RegistryError(400, 'INVALID_TAX_CODE', 'a tax code has 10 digits (13 with a branch suffix)');
      const business = businesses.get(code);
      if (!business) throw new RegistryError(404, 'NOT_FOUND', 'no enterprise with this tax code');
      return business;
    }],
    ['GET', /^\/__switches$/, () => switches],
    ['POST', /^\/__switches$/, (_m, body) => {
      for (const name of ['failNext', 'hangNext', 'slowMs'] as const) if (body[name] !== undefined) switches[name] = Math.max(0, Math.floor(Number(body[name]) || 0));
      return switches;
    }],
    ['GET', /^\/__calls$/, () => ({ calls })],
    ['POST', /^\/__reset$/, () => {
      calls = [];
      Object.assign(switches, { failNext: 0, hangNext: 0, slowMs: 0 });
      return { ok: true };
    }],
    ['POST', /^\/__people$/, (_m, body) => {
      for (const p of (body.people as Citizen[] | undefined) ?? []) people.set(p.idNumber, p);
      return { people: [...people.values()] };
    }],
    ['POST', /^\/__businesses$/, (_m, body) => {
      for (const b of (body.businesses as Business[] | undefined) ?? []) businesses.set(b.taxCode, b);
      return { businesses: [...businesses.values()] };
    }],
  ];

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const json = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
      const url = new URL(request.url ?? '/', 'http://registries');
      const isApi = url.pathname.startsWith('/api/');
      void (async () => {
        try {
          const route = routes.map(([method, pattern, handle]) => ({ method, match: url.pathname.match(pattern), handle })).find((r) => r.method === request.method && r.match);
          if (!route) throw new RegistryError(404, 'ROUTE_NOT_FOUND', `${request.method} ${url.pathname}`);
          if (isApi) {
            if (switches.slowMs > 0) await new Promise((resolve) => setTimeout(resolve, switches.slowMs));
            if (switches.hangNext > 0) {
              switches.hangNext--;
              return; // never answers
            }
            if (switches.failNext > 0) {
              switches.failNext--;
              throw new RegistryError(503, 'UNAVAILABLE', 'the registry is unavailable (simulated)');
            }
            if (options.token && request.headers.authorization !== `Bearer ${options.token}`) throw new RegistryError(401, 'UNAUTHORIZED', 'a valid bearer token is required');
          }
          let body: Record<string, unknown> = {};
          const raw = Buffer.concat(chunks).toString('utf8');
          if (request.method === 'POST' && raw.trim()) {
            try {
              body = JSON.parse(raw);
            } catch {
              throw new RegistryError(400, 'BAD_JSON', 'a JSON object expected');
            }
          }
          json(200, route.handle(route.match!, body));
        } catch (error) {
          if (error instanceof RegistryError) return json(error.status, { error: { code: error.code, message: error.message } });
          json(500, { error: { code: 'INTERNAL', message: String((error as Error)?.message ?? error) } });
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const url = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
