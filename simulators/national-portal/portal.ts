/**
 * The national public-service portal (Cổng Dịch vụ công quốc gia), simulated: the part a province's one-stop
 * system talks to. Fields follow the portal's dossier sync (../shared/STANDARDS.md): MaHoSo, MaTTHC,
 * TrangThaiHoSo, NgayTiepNhan, NgayHenTra, ... dates `yyyyMMddHHmmss`.
 *
 * Province side (`Authorization: Bearer <token>`, errors `{ error: { code, message } }`):
 *   POST /api/dossier-sync           one status change of a dossier (JSON), `Idempotency-Key` required
 *                                    → 200 { receipt, duplicate }; a key seen before is answered with its first
 *                                    receipt and not recorded again
 *   GET  /api/catalog/procedures?updatedSince=<ISO>
 *                                    → { procedures: [{ code, name, fieldCode, fieldName, level, processingDays,
 *                                    onlineLevel, legalBasis, result, updatedAt }] }, ordered by code
 *   GET  /api/submitted-dossiers?province=H37&after=<seq>&limit=50
 *                                    → { dossiers: [{ seq, nationalCode, procedureCode, agencyCode, applicant, formData,
 *                                    submittedAt }] } submitted on the national portal for the province, oldest first
 * Control (what an operator or a test does):
 *   POST /__switches   { failNext, hangNext, slowMs, loseAckNext, duplicates } → the switches; GET /__switches
 *                      failNext: the next n calls answer 503 without doing anything; hangNext: the next n calls are
 *                      done (a change is recorded) but never answered; loseAckNext: done, then answered 503;
 *                      slowMs: every call waits first; duplicates: lists repeat each entry and the one before `after`
 *   GET  /__received   { changes: [...], attempts: { key: n } } each change recorded once, in arrival order
 *   POST /__submitted  { procedureCode, agencyCode?, applicant, formData? } adds a dossier submitted nationally → { seq, nationalCode }
 *   POST /__catalog    { procedures: [...] } adds or replaces national procedures (updatedAt now unless given)
 *   POST /__reset      forgets the received changes, submitted dossiers and switches (the catalog stays)
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

export type NationalProcedure = {
  code: string; name: string; fieldCode: string; fieldName: string; level: 'province' | 'district' | 'commune';
  processingDays: number; onlineLevel: 'full' | 'partial'; legalBasis: string; result: string; updatedAt: string;
};
export type SubmittedDossier = {
  seq: number; nationalCode: string; provinceCode: string; procedureCode: string; agencyCode: string | null;
  applicant: { fullName: string; identityNumber?: string; address?: string; phone?: string; email?: string; kind?: 'citizen' | 'business' };
  formData: Record<string, string>; submittedAt: string;
};
type Received = { key: string; receipt: string; receivedAt: string; change: Record<string, unknown> };
type Switches = { failNext: number; hangNext: number; loseAckNext: number; slowMs: number; duplicates: boolean };

/** The national catalog the simulator starts with: a few procedures the demo province has, and one it has not. */
export const INITIAL_CATALOG: Omit<NationalProcedure, 'updatedAt'>[] = [
  // As the demo province has them: a sync finds them unchanged until a test or an operator edits them here.
  { code: '1.001193', name: 'Đăng ký khai sinh', fieldCode: 'HT', fieldName: 'Hộ tịch', level: 'commune', processingDays: 1, onlineLevel: 'full', legalBasis: 'Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP; Thông tư 04/2020/TT-BTP', result: 'Giấy khai sinh (bản chính)' },
  { code: '2.000488', name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', fieldCode: 'LLTP', fieldName: 'Lý lịch tư pháp', level: 'province', processingDays: 10, onlineLevel: 'full', legalBasis: 'Luật Lý lịch tư pháp 2009; Thông tư 244/2016/TT-BTC', result: 'Phiếu lý lịch tư pháp' },
  // Not in the demo province yet: a sync adds it unpublished.
  { code: '1.003348', name: 'Đăng ký giám hộ', fieldCode: 'HT', fieldName: 'Hộ tịch', level: 'commune', processingDays: 3, onlineLevel: 'partial', legalBasis: 'Luật Hộ tịch 2014', result: 'Trích lục đăng ký giám hộ' },
];

class PortalError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

const MAX_BODY = 1024 * 1024;

export async function startNationalPortal(options: { port?: number; host?: string; token: string }) {
  const host = options.host ?? '127.0.0.1';
  const stamp = () => new Date().toISOString();
  const catalog = new Map<string, NationalProcedure>(INITIAL_CATALOG.map((p) => [p.code, { ...p, updatedAt: '2026-01-01T00:00:00.000Z' }]));
  let received: Received[] = [];
  let attempts = new Map<string, number>();
  let submitted: SubmittedDossier[] = [];
  let seq = 0;
  const fresh = (): Switches => ({ failNext: 0, hangNext: 0, loseAckNext: 0, slowMs: 0, duplicates: false });
  let switches = fresh();
  const hanging = new Set<http.ServerResponse>();

  const json = (response: http.ServerResponse, status: number, body: unknown) =>
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));

  type Ctx = { body: Record<string, unknown>; query: URLSearchParams; request: http.IncomingMessage; match: RegExpMatchArray };
  const api: Record<string, (ctx: Ctx) => unknown> = {
    'POST /api/dossier-sync': ({ body, request }) => {
      const key = request.headers['idempotency-key'];
      if (typeof key !== 'string' || !key.trim()) throw new PortalError(400, 'IDEMPOTENCY_KEY_REQUIRED', 'the Idempotency-Key header is required');
      attempts.set(key, (attempts.get(key) ?? 0) + 1);
      const previous = received.find((r) => r.key === key);
      if (previous) return { receipt: previous.receipt, duplicate: true };
      for (const field of ['MaHoSo', 'MaTTHC', 'TrangThaiHoSo']) {
        if (body[field] === undefined || body[field] === null || body[field] === '') throw new PortalError(422, 'FIELD_REQUIRED', `${field} is required`);
      }
      const receipt = randomUUID();
      received.push({ key, receipt, receivedAt: stamp(), change: body });
      return { receipt, duplicate: false };
    },
    'GET /api/catalog/procedures': ({ query }) => {
      const since = query.get('updatedSince');
      const all = [...catalog.values()].sort((a, b) => a.code.localeCompare(b.code));
      return { procedures: since ? all.filter((p) => p.updatedAt > since) : all };
    },
    'GET /api/submitted-dossiers': ({ query }) => {
      const province = query.get('province');
      if (!province) throw new PortalError(400, 'PROVINCE_REQUIRED', 'province is required');
      const after = Number(query.get('after') ?? 0) || 0;
      const limit = Math.min(Math.max(Number(query.get('limit') ?? 50) || 50, 1), 200);
      const mine = submitted.filter((d) => d.provinceCode === province);
      const page = mine.filter((d) => d.seq > after).slice(0, limit);
      if (!switches.duplicates) return { dossiers: page };
      // Duplicates as real feeds send them: every entry twice, and the last one already taken once more.
      const before = mine.filter((d) => d.seq <= after).slice(-1);
      return { dossiers: [...before, ...page.flatMap((d) => [d, d])] };
    },
  };

  const control: Record<string, (ctx: Ctx) => unknown> = {
    'GET /__switches': () => switches,
    'POST /__switches': ({ body }) => {
      for (const name of ['failNext', 'hangNext', 'loseAckNext', 'slowMs'] as const) if (body[name] !== undefined) switches[name] = Math.max(0, Math.floor(Number(body[name]) || 0));
      if (body.duplicates !== undefined) switches.duplicates = body.duplicates === true;
      return switches;
    },
    'GET /__received': () => ({ changes: received, attempts: Object.fromEntries(attempts) }),
    'POST /__submitted': ({ body }) => {
      const applicant = body.applicant as SubmittedDossier['applicant'] | undefined;
      if (typeof body.procedureCode !== 'string' || !applicant?.fullName) throw new PortalError(400, 'BAD_REQUEST', 'procedureCode and applicant.fullName expected');
      seq += 1;
      const provinceCode = typeof body.provinceCode === 'string' ? body.provinceCode : 'H37';
      const day = stamp().slice(2, 10).replaceAll('-', '');
      const dossier: SubmittedDossier = {
        seq, nationalCode: typeof body.nationalCode === 'string' ? body.nationalCode : `G22.${provinceCode}-${day}-${String(seq).padStart(6, '0')}`,
        provinceCode, procedureCode: body.procedureCode, agencyCode: typeof body.agencyCode === 'string' ? body.agencyCode : null,
        applicant, formData: (body.formData as Record<string, string> | undefined) ?? {}, submittedAt: stamp(),
      };
      submitted.push(dossier);
      return dossier;
    },
    'POST /__catalog': ({ body }) => {
      const procedures = (body.procedures as Partial<NationalProcedure>[] | undefined) ?? [];
      for (const p of procedures) {
        if (!p.code) throw new PortalError(400, 'BAD_REQUEST', 'each procedure needs a code');
        const before = catalog.get(p.code);
        catalog.set(p.code, { ...(before ?? INITIAL_CATALOG[0]!), ...p, updatedAt: p.updatedAt ?? stamp() } as NationalProcedure);
      }
      return { procedures: [...catalog.values()] };
    },
    'POST /__reset': () => {
      received = [];
      attempts = new Map();
      submitted = [];
      switches = fresh();
      return { ok: true };
    },
  };

  const find = (table: Record<string, (ctx: Ctx) => unknown>, method: string, path: string) => {
    for (const [key, handle] of Object.entries(table)) {
      const [m, pattern] = key.split(' ');
      const match = path.match(new RegExp(`^${pattern}$`));
      if (m === method && match) return { handle, match };
    }
    return undefined;
  };

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://portal');
      const method = request.method ?? 'GET';
      const isApi = url.pathname.startsWith('/api/');
      const route = find(isApi ? api : control, method, url.pathname);
      if (!route) return json(response, 404, { error: { code: 'NOT_FOUND', message: `${method} ${url.pathname}` } });
      void (async () => {
        try {
          let after: 'answer' | 'hang' | 'lose' = 'answer';
          if (isApi) {
            if (switches.slowMs > 0) await new Promise((resolve) => setTimeout(resolve, switches.slowMs));
            if (switches.failNext > 0) {
              switches.failNext--;
              throw new PortalError(503, 'UNAVAILABLE', 'the portal is unavailable (simulated)');
            }
            if (request.headers.authorization !== `Bearer ${options.token}`) throw new PortalError(401, 'UNAUTHORIZED', 'a valid bearer token is required');
            if (switches.hangNext > 0) {
              switches.hangNext--;
              after = 'hang';
            } else if (switches.loseAckNext > 0) {
              switches.loseAckNext--;
              after = 'lose';
            }
          }
          if (size > MAX_BODY) throw new PortalError(413, 'PAYLOAD_TOO_LARGE', 'body too large');
          const raw = Buffer.concat(chunks).toString('utf8');
          let body: Record<string, unknown> = {};
          if (method === 'POST') {
            try {
              body = raw.trim() ? JSON.parse(raw) : {};
            } catch {
              throw new PortalError(400, 'BAD_JSON', 'a JSON object expected');
            }
            if (!body || typeof body !== 'object' || Array.isArray(body)) throw new PortalError(400, 'BAD_JSON', 'a JSON object expected');
          }
          const answer = await route.handle({ body, query: url.searchParams, request, match: route.match });
          // Done but never answered: the caller times out and must not make it happen twice.
          if (after === 'hang') return void hanging.add(response);
          if (after === 'lose') throw new PortalError(503, 'UNAVAILABLE', 'the portal failed after recording (simulated)');
          json(response, 200, answer);
        } catch (error) {
          if (error instanceof PortalError) return json(response, error.status, { error: { code: error.code, message: error.message } });
          json(response, 500, { error: { code: 'INTERNAL', message: String((error as Error)?.message ?? error) } });
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const url = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: async () => {
      hanging.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
