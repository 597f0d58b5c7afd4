/**
 * National document axis (Trục liên thông văn bản quốc gia), simulated: a hub that carries edXML packages
 * (QCVN 102:2016) and edXML status messages between endpoints (software systems), each serving one or
 * more organs (OrganId such as `000.00.12.H33`). Transport only: it reads the header to route a message
 * and never checks a signature (recipients do). XML with a DOCTYPE or an ENTITY is refused.
 *
 * Endpoint side (as the real axis; `Authorization: Bearer <token>`, errors `{ error: { code, message } }`):
 *   POST /api/packages               raw edXML (application/xml | text/xml, ≤ 20 MB), `Idempotency-Key` required
 *                                    → 202 { packageId, documentId, recipients }; one delivery per To organ
 *   POST /api/status                 raw status XML, same rules → 202 { packageId }, to ResponseFor/OrganId's endpoint
 *   GET  /api/packages/pending?limit=50
 *                                    → { packages: [{ packageId, kind: edxml | status, from, to, documentId, xml, sentAt }] }
 *                                    what is addressed to the endpoint's organs and not acknowledged, oldest first
 *   POST /api/packages/:id/ack       { to? } → { acknowledged: n } (idempotent; 404 when not addressed to the endpoint)
 * Control (what an operator or a test does, not an endpoint):
 *   POST /__endpoints                { endpointId, token, organIds } registers or replaces an endpoint
 *   POST /__external                 { organs: [{ organId, organName }] } organs served by the simulator itself:
 *                                    a package sent to one lands in its inbox and is answered with statuses
 *                                    01 (arrived) at once and 03 (accepted) ~100 ms later
 *   GET  /__inbox/:organId           { packages: [{ packageId, kind, from, documentId, xml, receivedAt }] } of an external organ
 *   POST /__inject                   { from, to, kind, xml } queues a raw message (not validated) for the endpoint serving `to`
 *   POST /__switches                 { failNext, slowMs, hangNext, duplicateDeliveries } → the switches; GET /__switches
 *                                    (failNext: the next n endpoint calls answer 503; hangNext: they never answer;
 *                                    slowMs: every endpoint call waits first; duplicateDeliveries: pending lists each twice)
 *   GET  /__sent                     every package and status endpoints sent, in order
 *   POST /__reset                    forgets everything
 *
 * An organ is served by one party: registering an endpoint or declaring an external organ takes the organ
 * from whoever served it before.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DOMParser, onErrorStopParsing, type Element } from '@xmldom/xmldom';

export const EDXML_NS = 'http://www.mic.gov.vn/TBT/QCVN_102_2016';
const MAX_BODY = 20 * 1024 * 1024;

type Kind = 'edxml' | 'status';
type Endpoint = { endpointId: string; token: string; organIds: string[] };
type Delivery = { packageId: string; kind: Kind; from: string; to: string; documentId: string | null; xml: string; sentAt: string; acked: boolean };
type Received = { packageId: string; kind: Kind; from: string; documentId: string | null; xml: string; receivedAt: string };
type External = { organId: string; organName: string; inbox: Received[] };
type Sent = { packageId: string; kind: Kind; from: string; to: string[]; documentId: string | null; idempotencyKey: string; xml: string; at: string };
type Switches = { failNext: number; slowMs: number; hangNext: number; duplicateDeliveries: boolean };
type Parsed =
  | { kind: 'edxml'; from: string; to: string[]; documentId: string | null; code: string; promulgationDate: string }
  | { kind: 'status'; from: string; to: string[]; documentId: string | null };

class AxisError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly extra: Record<string, unknown> = {}) {
    super(message);
  }
}

/** yyyy/MM/dd HH:mm:ss in Vietnam's time (UTC+7, no daylight saving), as edXML writes timestamps. */
export function edxmlTimestamp(date = new Date()): string {
  const iso = new Date(date.getTime() + 7 * 3_600_000).toISOString();
  return `${iso.slice(0, 10).replaceAll('-', '/')} ${iso.slice(11, 19)}`;
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const hasDtd = (xml: string) => /<!DOCTYPE|<!ENTITY/i.test(xml);

// Elements are matched by local name, whatever their prefix (edXML: or the default namespace).
const kids = (parent: Element | undefined, name: string): Element[] =>
  parent ? [...parent.childNodes].filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name) : [];
const kid = (parent: Element | undefined, name: string) => kids(parent, name)[0];
const text = (element: Element | undefined) => element?.textContent?.trim() || null;

/** Reads what routing needs from a package or a status; throws AxisError 400 on anything else. */
function parseMessage(xml: string): Parsed {
  if (hasDtd(xml)) throw new AxisError(400, 'DTD_REFUSED', 'DOCTYPE and ENTITY declarations are refused');
  let header: Element | undefined;
  try {
    const doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, 'text/xml');
    header = doc.getElementsByTagNameNS('*', 'edXMLHeader')[0] ?? undefined;
  } catch (error) {
    throw new AxisError(400, 'INVALID_XML', `not well-formed XML: ${String((error as Error).message ?? error).split('\n')[0]}`);
  }
  const message = kid(header, 'MessageHeader');
  const status = kid(header, 'Status');
  if (message) {
    const from = text(kid(kid(message, 'From'), 'OrganId'));
    const to = [...new Set(kids(message, 'To').map((t) => text(kid(t, 'OrganId'))).filter((id): id is string => !!id))];
    if (!from || to.length === 0) throw new AxisError(400, 'INVALID_PACKAGE', 'MessageHeader needs From/OrganId and at least one To/OrganId');
    const code = kid(message, 'Code');
    return {
      kind: 'edxml', from, to, documentId: text(kid(message, 'DocumentId')),
      code: [text(kid(code, 'CodeNumber')), text(kid(code, 'CodeNotation'))].filter(Boolean).join('/'),
      promulgationDate: text(kid(kid(message, 'PromulgationInfo'), 'PromulgationDate')) ?? '',
    };
  }
  if (status) {
    const from = text(kid(kid(status, 'From'), 'OrganId'));
    const responseFor = kid(status, 'ResponseFor');
    const to = text(kid(responseFor, 'OrganId'));
    if (!from || !to) throw new AxisError(400, 'INVALID_STATUS', 'Status needs From/OrganId and ResponseFor/OrganId');
    return { kind: 'status', from, to: [to], documentId: text(kid(responseFor, 'DocumentId')) };
  }
  throw new AxisError(400, 'INVALID_PACKAGE', 'edXMLHeader with a MessageHeader or a Status expected');
}

/** The status an external organ's software sends back. The simulator's statuses are unsigned. */
function statusXml(s: { to: string; code: string; documentId: string | null; promulgationDate: string; from: External; statusCode: string; description: string }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<edXML xmlns="${EDXML_NS}">
  <edXML:edXMLEnvelope xmlns:edXML="${EDXML_NS}">
    <edXML:edXMLHeader>
      <edXML:Status>
        <edXML:ResponseFor>
          <edXML:OrganId>${escapeXml(s.to)}</edXML:OrganId>
          <edXML:Code>${escapeXml(s.code)}</edXML:Code>
          <edXML:PromulgationDate>${escapeXml(s.promulgationDate)}</edXML:PromulgationDate>
          <edXML:DocumentId>${escapeXml(s.documentId ?? '')}</edXML:DocumentId>
        </edXML:ResponseFor>
        <edXML:From>
          <edXML:OrganId>${escapeXml(s.from.organId)}</edXML:OrganId>
          <edXML:OrganName>${escapeXml(s.from.organName)}</edXML:OrganName>
        </edXML:From>
        <edXML:StatusCode>${s.statusCode}</edXML:StatusCode>
        <edXML:Description>${escapeXml(s.description)}</edXML:Description>
        <edXML:Timestamp>${edxmlTimestamp()}</edXML:Timestamp>
      </edXML:Status>
    </edXML:edXMLHeader>
  </edXML:edXMLEnvelope>
</edXML>
`;
}

export type DocumentAxis = { url: string; close: () => Promise<void> };

type Context = { raw: string; body: Record<string, unknown>; match: RegExpMatchArray; request: http.IncomingMessage; endpoint: Endpoint; query: URLSearchParams };
type Handler = (ctx: Context) => [number, unknown] | Promise<[number, unknown]>;

export async function startDocumentAxis(options: { port?: number; host?: string } = {}): Promise<DocumentAxis> {
  const host = options.host ?? '127.0.0.1';
  const endpoints = new Map<string, Endpoint>();
  const externals = new Map<string, External>();
  let deliveries: Delivery[] = [];
  let sent: Sent[] = [];
  let answers = new Map<string, [number, unknown]>(); // endpointId + route + Idempotency-Key → the first answer
  const fresh = (): Switches => ({ failNext: 0, slowMs: 0, hangNext: 0, duplicateDeliveries: false });
  let switches = fresh();
  const timers = new Set<NodeJS.Timeout>();

  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };
  const now = () => new Date().toISOString();
  const servedBy = (organId: string) => [...endpoints.values()].find((e) => e.organIds.includes(organId));
  const isKnown = (organId: string) => externals.has(organId) || !!servedBy(organId);
  /** Takes organs from whoever served them, so that each organ has one party serving it. */
  const release = (organIds: string[]) => {
    for (const e of endpoints.values()) e.organIds = e.organIds.filter((id) => !organIds.includes(id));
    for (const id of organIds) externals.delete(id);
  };
  const queue = (d: Omit<Delivery, 'acked' | 'sentAt'>) => deliveries.push({ ...d, sentAt: now(), acked: false });

  /** An external organ receives a package: into its inbox, then 01 (arrived) and 03 (accepted) back to the sender. */
  const receiveExternally = (organ: External, packageId: string, xml: string, p: Extract<Parsed, { kind: 'edxml' }>) => {
    organ.inbox.push({ packageId, kind: 'edxml', from: p.from, documentId: p.documentId, xml, receivedAt: now() });
    const answer = (statusCode: string, description: string) =>
      queue({
        packageId: randomUUID(), kind: 'status', from: organ.organId, to: p.from, documentId: p.documentId,
        xml: statusXml({ to: p.from, code: p.code, documentId: p.documentId, promulgationDate: p.promulgationDate, from: organ, statusCode, description }),
      });
    answer('01', 'Đã đến');
    later(100, () => answer('03', 'Đã tiếp nhận, vào sổ'));
  };

  /** POST /api/packages and /api/status: checks, idempotency, routing. */
  const send = (expected: Kind): Handler => ({ raw, request, endpoint, match }) => {
    const type = String(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/xml' && type !== 'text/xml') throw new AxisError(415, 'UNSUPPORTED_MEDIA_TYPE', 'application/xml or text/xml expected');
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || !key.trim()) throw new AxisError(400, 'IDEMPOTENCY_KEY_REQUIRED', 'the Idempotency-Key header is required');
    const answerKey = `${endpoint.endpointId}\n${match[0]}\n${key}`;
    const previous = answers.get(answerKey);
    if (previous) return previous;

    const parsed = parseMessage(raw);
    if (parsed.kind !== expected) throw new AxisError(400, 'WRONG_KIND', expected === 'edxml' ? 'a status goes to /api/status' : 'a package goes to /api/packages');
    if (!endpoint.organIds.includes(parsed.from)) throw new AxisError(403, 'ORGAN_NOT_YOURS', `organ ${parsed.from} is not served by endpoint ${endpoint.endpointId}`);
    const unknown = parsed.to.filter((id) => !isKnown(id));
    if (unknown.length) throw new AxisError(422, 'UNKNOWN_ORGAN', `unknown organ(s): ${unknown.join(', ')}`, { organIds: unknown });

    const packageId = randomUUID();
    sent.push({ packageId, kind: parsed.kind, from: parsed.from, to: parsed.to, documentId: parsed.documentId, idempotencyKey: key, xml: raw, at: now() });
    for (const to of parsed.to) {
      const external = externals.get(to);
      if (!external) queue({ packageId, kind: parsed.kind, from: parsed.from, to, documentId: parsed.documentId, xml: raw });
      else if (parsed.kind === 'edxml') receiveExternally(external, packageId, raw, parsed);
      else external.inbox.push({ packageId, kind: 'status', from: parsed.from, documentId: parsed.documentId, xml: raw, receivedAt: now() });
    }
    const answer: [number, unknown] = [202, parsed.kind === 'edxml' ? { packageId, documentId: parsed.documentId, recipients: parsed.to } : { packageId }];
    answers.set(answerKey, answer);
    return answer;
  };

  const api: Record<string, Handler> = {
    'POST /api/packages': send('edxml'),
    'POST /api/status': send('status'),
    'GET /api/packages/pending': ({ endpoint, query }) => {
      const limit = Math.min(Math.max(Number(query.get('limit') ?? 50) || 50, 1), 500);
      const pending = deliveries.filter((d) => !d.acked && endpoint.organIds.includes(d.to)).slice(0, limit);
      const packages = pending.map(({ acked: _, ...d }) => d);
      return [200, { packages: switches.duplicateDeliveries ? packages.flatMap((d) => [d, d]) : packages }];
    },
    'POST /api/packages/([^/]+)/ack': ({ endpoint, body, match }) => {
      const packageId = decodeURIComponent(match[1]!);
      const to = body.to === undefined ? undefined : String(body.to);
      const mine = deliveries.filter((d) => d.packageId === packageId && endpoint.organIds.includes(d.to) && (to === undefined || d.to === to));
      if (!mine.length) throw new AxisError(404, 'NOT_FOUND', `package ${packageId} is not addressed to ${to ?? 'this endpoint'}`);
      const open = mine.filter((d) => !d.acked);
      for (const d of open) d.acked = true;
      return [200, { acknowledged: open.length }];
    },
  };

  const control: Record<string, Handler> = {
    'POST /__endpoints': ({ body }) => {
      const { endpointId, token, organIds } = body as Partial<Endpoint>;
      if (!endpointId || !token || !Array.isArray(organIds)) throw new AxisError(400, 'BAD_REQUEST', 'endpointId, token and organIds expected');
      endpoints.delete(endpointId);
      release(organIds.map(String));
      endpoints.set(endpointId, { endpointId, token, organIds: organIds.map(String) });
      return [200, { endpointId, organIds }];
    },
    'POST /__external': ({ body }) => {
      const organs = (body.organs as { organId: string; organName?: string }[] | undefined) ?? [];
      release(organs.map((o) => String(o.organId)));
      for (const o of organs) externals.set(String(o.organId), { organId: String(o.organId), organName: String(o.organName ?? o.organId), inbox: [] });
      return [200, { organs: [...externals.values()].map(({ organId, organName }) => ({ organId, organName })) }];
    },
    'GET /__inbox/([^/]+)': ({ match }) => {
      const organ = externals.get(decodeURIComponent(match[1]!));
      if (!organ) throw new AxisError(404, 'NOT_FOUND', 'no such external organ');
      return [200, { packages: organ.inbox }];
    },
    'POST /__inject': ({ body }) => {
      const { from, to, kind, xml } = body as { from?: string; to?: string; kind?: Kind; xml?: string };
      if (!from || !to || (kind !== 'edxml' && kind !== 'status') || typeof xml !== 'string') throw new AxisError(400, 'BAD_REQUEST', 'from, to, kind (edxml | status) and xml expected');
      if (!servedBy(to)) throw new AxisError(422, 'UNKNOWN_ORGAN', `no endpoint serves ${to}`, { organIds: [to] });
      let documentId: string | null = null;
      try {
        documentId = parseMessage(xml).documentId; // best effort: the message is queued even when it does not parse
      } catch {
        /* malformed on purpose */
      }
      const packageId = randomUUID();
      queue({ packageId, kind, from, to, documentId, xml });
      return [200, { packageId }];
    },
    'GET /__switches': () => [200, switches],
    'POST /__switches': ({ body }) => {
      for (const name of ['failNext', 'slowMs', 'hangNext'] as const) if (body[name] !== undefined) switches[name] = Math.max(0, Math.floor(Number(body[name]) || 0));
      if (body.duplicateDeliveries !== undefined) switches.duplicateDeliveries = body.duplicateDeliveries === true;
      return [200, switches];
    },
    'GET /__sent': () => [200, { packages: sent }],
    'POST /__reset': () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      endpoints.clear();
      externals.clear();
      deliveries = [];
      sent = [];
      answers = new Map();
      switches = fresh();
      return [200, { ok: true }];
    },
  };

  const find = (table: Record<string, Handler>, method: string, path: string) => {
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
      const url = new URL(request.url ?? '/', 'http://axis');
      const method = request.method ?? 'GET';
      const json = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
      const fail = (error: unknown) => {
        if (error instanceof AxisError) return json(error.status, { error: { code: error.code, message: error.message, ...error.extra } });
        json(500, { error: { code: 'INTERNAL', message: String((error as Error)?.message ?? error) } });
      };
      const isApi = url.pathname.startsWith('/api/');
      const route = find(isApi ? api : control, method, url.pathname);
      if (!route) return json(404, { error: { code: 'NOT_FOUND', message: `${method} ${url.pathname}` } });

      const run = async (): Promise<[number, unknown]> => {
        let endpoint = undefined as unknown as Endpoint;
        if (isApi) {
          if (switches.hangNext > 0) {
            switches.hangNext--;
            return new Promise<never>(() => {}); // never answers: the client gives up (close() drops the socket)
          }
          if (switches.slowMs > 0) await new Promise<void>((resolve) => later(switches.slowMs, resolve));
          if (switches.failNext > 0) {
            switches.failNext--;
            throw new AxisError(503, 'UNAVAILABLE', 'the axis is unavailable (simulated)');
          }
          const token = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1]?.trim();
          const found = token ? [...endpoints.values()].find((e) => e.token === token) : undefined;
          if (!found) throw new AxisError(401, 'UNAUTHORIZED', 'a registered endpoint token is required');
          endpoint = found;
        }
        if (size > MAX_BODY) throw new AxisError(413, 'PAYLOAD_TOO_LARGE', `the body exceeds ${MAX_BODY} bytes`);
        const raw = Buffer.concat(chunks).toString('utf8');
        const ctx = {
          raw, match: route.match, request, endpoint, query: url.searchParams,
          get body(): Record<string, unknown> { // JSON, read only by the routes that take JSON
            let value: unknown = {};
            try {
              if (raw.trim()) value = JSON.parse(raw);
            } catch {
              /* reported below */
            }
            if (!value || typeof value !== 'object' || Array.isArray(value)) throw new AxisError(400, 'BAD_JSON', 'a JSON object expected');
            return value as Record<string, unknown>;
          },
        };
        return route.handle(ctx);
      };
      run().then(([status, answer]) => json(status, answer), fail);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const url = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
