import formbody from '@fastify/formbody';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { create } from 'xmlbuilder2';
import type { ModuleDeps } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { systemPrincipal } from '../../platform/principal.js';
import { unsafeText } from '../../platform/validation.js';
import { hashKey } from './admin.js';
import { photoUrl } from './photos.js';
import { createReport } from './public.js';
import { feedbackRepository as repo, type ReportRow } from './repository.js';
import { OPEN_STATUSES, open311Status, PUBLIC_STATUSES, type FeedbackStatus } from './rules.js';
import { newToken } from './service.js';
import { feedbackSettings } from './settings.js';

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2): every resource in `.json` and `.xml`,
 * with the specification's element names and nesting; errors as a list of {code, description} with the
 * HTTP status. service_request_id is the report's tracking code. A report is listed once staff accepted
 * it (as on the portal); names and contacts never appear, whoever the reporter.
 */

type Format = 'json' | 'xml';
/** An Open311 error: its HTTP status is also its code. */
class Open311Error extends Error {
  constructor(readonly status: number, description: string) {
    super(description);
  }
}

const SPEC = 'http://wiki.open311.org/GeoReport_v2';
const CHANGESET = '2026-12-07T00:00:00+07:00';
const DAY = 86_400_000;

/** W3C-profile ISO 8601 with the offset of Việt Nam (the specification asks for the time zone). */
export function w3cDate(d: Date): string {
  const local = new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 19);
  return `${local}+07:00`;
}

function formatOf(name: string): { base: string; format: Format } | null {
  // Codes, ids and tokens are all of these characters: anything else (a NUL byte PostgreSQL refuses) names nothing.
  const match = /^([A-Za-z0-9_.-]{1,100})\.(json|xml)$/.exec(name);
  return match ? { base: match[1]!, format: match[2] as Format } : null;
}

type Value = string | number | boolean | null | undefined | Value[] | { [key: string]: Value };

/** Writes a value as XML under `name`: arrays as repeated `item` children, null as an empty element. */
function addXml(parent: ReturnType<typeof create>, name: string, value: Value, item?: Record<string, string>) {
  const node = parent.ele(name);
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (const v of value) addXml(node, item?.[name] ?? 'item', v, item);
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) addXml(node, k, v, item);
  } else node.txt(String(value));
}

/** The list under its root element, each entry under its item element (requests: <service_requests><request>). */
function send(reply: FastifyReply, format: Format, root: string, value: Value, items: Record<string, string>, status = 200) {
  reply.code(status);
  if (format === 'json') return reply.type('application/json; charset=utf-8').send(JSON.stringify(value));
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  if (Array.isArray(value)) {
    const node = doc.ele(root);
    for (const v of value) {
      const entry = node.ele(items[root]!);
      if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) addXml(entry, k, x, items);
    }
  } else {
    const node = doc.ele(root);
    for (const [k, x] of Object.entries(value as Record<string, Value>)) addXml(node, k, x, items);
  }
  return reply.type('text/xml; charset=utf-8').send(doc.end({ prettyPrint: false }));
}

const ITEMS = {
  services: 'service', service_requests: 'request', errors: 'error', endpoints: 'endpoint', formats: 'format', attributes: 'attribute', values: 'value',
};

function sendError(reply: FastifyReply, format: Format, status: number, description: string) {
  return send(reply, format, 'errors', [{ code: status, description }], ITEMS, status);
}

const absolute = (deps: ModuleDeps, path: string) => `${deps.config.publicUrl}${path}`;

/** A report as an Open311 service request: no reporter's name, email or phone, ever. */
async function serviceRequest(deps: ModuleDeps, r: ReportRow) {
  const photos = (await repo.photos(deps.db, r.id)).filter((p) => !p.hidden);
  const answer = r.answeredAt ? (await repo.answers(deps.db, r.id)).find((a) => a.status === 'approved')?.text ?? null : null;
  const notes: Record<FeedbackStatus, string | null> = {
    submitted: null, in_progress: 'Đang xử lý', awaiting_approval: 'Đang xử lý', answered: answer, closed: answer ?? 'Đã đóng',
    rejected: 'Không được tiếp nhận', merged: r.mergedIntoCode ? `Trùng với ${r.mergedIntoCode}` : 'Trùng với phản ánh khác',
  };
  return {
    service_request_id: r.code,
    status: open311Status(r.status),
    status_notes: notes[r.status],
    service_name: r.categoryName,
    service_code: r.categoryCode,
    description: r.publicDescription,
    agency_responsible: r.agencyName,
    service_notice: null,
    requested_datetime: w3cDate(r.createdAt),
    updated_datetime: w3cDate(r.updatedAt),
    expected_datetime: OPEN_STATUSES.includes(r.status) ? w3cDate(r.dueAt) : null,
    address: r.address,
    address_id: null,
    zipcode: null,
    lat: r.lat,
    long: r.lng,
    media_url: photos[0] ? absolute(deps, photoUrl(photos[0].id)) : null,
  };
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v.trim() : undefined) || undefined;

function parseDate(value: string | undefined, name: string): Date | undefined {
  if (value === undefined) return undefined;
  // W3C profile of ISO 8601: a date, or a date and time with its offset.
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value)) throw new Open311Error(400, `${name} must be a W3C date/time (e.g. 2026-12-01T08:00:00+07:00)`);
  const at = new Date(value.length === 10 ? `${value}T00:00:00+07:00` : value);
  if (Number.isNaN(at.getTime())) throw new Open311Error(400, `${name} is not a valid date`);
  return at;
}

export const open311Routes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async (app, { deps }) => {
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  const settings = feedbackSettings();
  const formatFromUrl = (request: FastifyRequest): Format => (/\.xml($|\?)/.test(request.url) ? 'xml' : 'json');

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const format = formatFromUrl(request);
    if (error instanceof Open311Error) return sendError(reply, format, error.status, error.message);
    if (error instanceof AppError) return sendError(reply, format, error.statusCode, error.message);
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'open311 request failed');
    const description = status === 429 ? 'Too many requests: try again in a minute' : status === 413 ? 'Request body too large'
      : status === 415 ? 'Send application/x-www-form-urlencoded' : status === 500 ? 'Internal error' : 'Bad request';
    return sendError(reply, format, status, description);
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, formatFromUrl(request), 404, 'No such resource'));

  /** Query and form fields are single-line UTF-8 text: anything a database cannot store is refused. */
  const fields = (data: unknown): Record<string, unknown> => {
    const record = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
    if (unsafeText(record, 'body')) throw new Open311Error(400, 'A field holds characters that are not allowed');
    return record;
  };

  const discovery = (format: Format) => ({
    changeset: CHANGESET,
    contact: 'Trung tâm điều hành tỉnh — phản ánh kiến nghị',
    key_service: absolute(deps, '/quan-tri/phan-anh/open311'),
    endpoints: [{
      specification: SPEC, url: absolute(deps, '/open311/v2'), changeset: CHANGESET, type: 'production',
      formats: format === 'json' ? ['application/json', 'text/xml'] : ['text/xml', 'application/json'],
    }],
  });

  for (const format of ['json', 'xml'] as const) {
    app.get(`/discovery.${format}`, { schema: { hide: true } }, async (_request, reply) => send(reply, format, 'discovery', discovery(format), ITEMS));

    app.get(`/services.${format}`, { schema: { hide: true } }, async (request, reply) => {
      fields(request.query);
      const categories = await repo.categories(deps.db, true);
      return send(reply, format, 'services', categories.map((c) => ({
        service_code: c.code, service_name: c.name, description: c.description ?? c.name, metadata: false, type: 'realtime',
        keywords: c.code.replace(/-/g, ','), group: c.level === 'agency' ? c.agencyName : c.level === 'district' ? 'Cấp huyện' : 'Cấp xã',
      })), ITEMS);
    });

    app.get(`/requests.${format}`, { schema: { hide: true } }, async (request, reply) => {
      const q = fields(request.query);
      const ids = text(q.service_request_id)?.split(',').map((s) => s.trim()).filter(Boolean);
      const codes = text(q.service_code)?.split(',').map((s) => s.trim()).filter(Boolean);
      const statusFilter = text(q.status)?.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
      if (statusFilter?.some((s) => s !== 'open' && s !== 'closed')) throw new Open311Error(400, 'status must be open or closed');
      const end = parseDate(text(q.end_date), 'end_date') ?? new Date();
      const start = parseDate(text(q.start_date), 'start_date') ?? new Date(end.getTime() - 90 * DAY);
      if (start > end) throw new Open311Error(400, 'start_date must not be after end_date');
      if (ids && ids.length > 1000) throw new Open311Error(400, 'At most 1000 service_request_id values');
      const statuses = PUBLIC_STATUSES.filter((s) => !statusFilter || statusFilter.includes(open311Status(s)));
      const rows = await repo.open311List(deps.db, { codes: ids, categoryCodes: codes, statuses: [...statuses], from: start, to: end, limit: 1000 });
      const list = [];
      for (const r of rows) list.push(await serviceRequest(deps, r));
      return send(reply, format, 'service_requests', list, ITEMS);
    });

    app.post(`/requests.${format}`, {
      schema: { hide: true },
      config: {
        rateLimit: {
          max: settings.open311PostsPerMinute, timeWindow: 60_000, hook: 'preHandler',
          keyGenerator: (request: FastifyRequest) => `open311:${hashKey(String((request.body as Record<string, unknown> | undefined)?.api_key ?? request.ip))}`,
        },
      },
    }, async (request, reply) => {
      const b = fields(request.body);
      const apiKey = text(b.api_key);
      const key = apiKey ? await repo.activeKeyByHash(deps.db, hashKey(apiKey)) : undefined;
      if (!key) throw new Open311Error(403, 'Invalid api_key received -- can\'t proceed with create_request.');
      const serviceCode = text(b.service_code);
      if (!serviceCode) throw new Open311Error(400, 'service_code is required');
      const category = await repo.categoryByCode(deps.db, serviceCode);
      if (!category || !category.active) throw new Open311Error(404, `service_code ${serviceCode} not found`);
      const lat = text(b.lat);
      const long = text(b.long);
      const addressString = text(b.address_string);
      const addressId = text(b.address_id);
      let location: { lat: number; lng: number } | null = null;
      if (lat !== undefined || long !== undefined) {
        const [y, x] = [Number(lat), Number(long)];
        if (!/^-?\d+(\.\d+)?$/.test(lat ?? '') || !/^-?\d+(\.\d+)?$/.test(long ?? '') || !(y >= -90 && y <= 90) || !(x >= -180 && x <= 180)) {
          throw new Open311Error(400, 'lat and long must be WGS 84 decimal degrees, within range');
        }
        location = { lat: y, lng: x };
      }
      const address = addressString ?? (addressId ? `address_id ${addressId}` : undefined);
      if (!location && !address) throw new Open311Error(400, 'A location is required: lat & long, address_string or address_id');
      const description = text(b.description);
      if (!description || description.length < 10) throw new Open311Error(400, 'description is required (10 characters at least)');
      const email = text(b.email);
      if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Open311Error(400, 'email is not an email address');
      const phone = text(b.phone);
      if (phone && !/^\+?[0-9 .-]{9,20}$/.test(phone)) throw new Open311Error(400, 'phone is not a phone number');
      const name = [text(b.first_name), text(b.last_name)].filter(Boolean).join(' ') || null;
      const mediaUrl = text(b.media_url);
      if (mediaUrl && !/^https?:\/\/\S+$/.test(mediaUrl)) throw new Open311Error(400, 'media_url must be an http(s) URL');
      const limits: [string, string | undefined | null, number][] = [['description', description, 5000], ['address_string', address, 500], ['name', name, 200], ['email', email, 254], ['media_url', mediaUrl, 2000]];
      for (const [field, value, max] of limits) if (value && value.length > max) throw new Open311Error(400, `${field} is longer than ${max} characters`);
      const title = description.length > 80 ? `${description.slice(0, 77)}...` : description;
      const token = newToken();
      const created = await createReport(deps, systemPrincipal(`Open311: ${key.name}`), {
        category, title: title.length >= 5 ? title : category.name, description: mediaUrl ? `${description}\n\nẢnh (media_url): ${mediaUrl}` : description,
        location, address: address ?? null,
        // Open311 clients collect no consent to publish a name: reports through them are anonymous to the public.
        anonymousToPublic: true, reporterUserId: null, reporterName: name, reporterEmail: email ?? null, reporterPhone: phone?.replace(/[ .-]/g, '') ?? null,
        channels: email ? ['email'] : [], source: 'open311', open311KeyId: key.id, open311Token: token,
      }, []);
      await repo.touchKey(deps.db, key.id);
      return send(reply, format, 'service_requests', [{
        service_request_id: created.code, token, service_notice: `Cơ quan xử lý: ${created.agencyName}; hạn trả lời ${w3cDate(created.dueAt)}`, account_id: null,
      }], ITEMS, 201);
    });
  }

  app.get('/services/:file', { schema: { hide: true } }, async (request, reply) => {
    const file = formatOf((request.params as { file: string }).file);
    if (!file) throw new Open311Error(404, 'Use services/{service_code}.json or .xml');
    const category = await repo.categoryByCode(deps.db, file.base);
    if (!category || !category.active) throw new Open311Error(404, `service_code ${file.base} not found`);
    return send(reply, file.format, 'service_definition', { service_code: category.code, attributes: [] }, ITEMS);
  });

  app.get('/requests/:file', { schema: { hide: true } }, async (request, reply) => {
    const file = formatOf((request.params as { file: string }).file);
    if (!file) throw new Open311Error(404, 'Use requests/{service_request_id}.json or .xml');
    const [r] = await repo.reportsByCodes(deps.db, [file.base.toUpperCase()]);
    // By its id, as on the portal by its tracking code: also before staff accepted it (its text is the public text).
    if (!r) throw new Open311Error(404, `service_request_id ${file.base} not found`);
    return send(reply, file.format, 'service_requests', [await serviceRequest(deps, r)], ITEMS);
  });

  app.get('/tokens/:file', { schema: { hide: true } }, async (request, reply) => {
    const file = formatOf((request.params as { file: string }).file);
    if (!file) throw new Open311Error(404, 'Use tokens/{token}.json or .xml');
    const r = /^[A-Za-z0-9_-]{20,100}$/.test(file.base) ? await repo.reportByToken(deps.db, file.base) : undefined;
    if (!r) throw new Open311Error(404, `token ${file.base} not found`);
    return send(reply, file.format, 'service_requests', [{ service_request_id: r.code, token: file.base }], ITEMS);
  });
};

