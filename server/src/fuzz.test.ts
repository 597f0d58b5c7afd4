/**
 * Hostile input against every route of the OpenAPI document, anonymous and signed in: whatever is
 * sent, the answer is never a 5xx, a 4xx always has the catalog's `{ error: { code, message } }`
 * in Vietnamese, and a 4xx never leaves a write behind.
 *
 * Deterministic for a given database state: FUZZ_SEED (printed with every failure) and FUZZ_RUNS
 * (inputs per route and identity) can be set to replay or to search longer.
 */
import net from 'node:net';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './demo/province.js';
import { samplePdf, samplePng } from '../test/samples.js';
import { startTestApp, type ApiClient, type ApiResponse } from '../test/test-app.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_128);
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);

// ---- the application, its routes, and a fingerprint of its database ----

// The fuzzing sends in a minute what a person sends in a month: the public lookup's rate limit would answer most of it.
const t = await startTestApp({ lookupRateLimitPerMinute: 1_000_000 });
// The fingerprint is taken twice a request: on a connection of its own, planned once, without parallel workers
// (starting them costs more than reading these small tables).
const fingerprintClient = await t.db.connect();
await fingerprintClient.query('SET max_parallel_workers_per_gather = 0');
afterAll(async () => {
  fingerprintClient.release();
  await t.close();
});

type Schema = Record<string, any>;
type Operation = { method: string; path: string; parameters: { in: string; name: string; schema?: Schema }[]; body?: { type: string; schema?: Schema } };
const openapi = (await t.client().get('/api/openapi.json')).body as { paths: Record<string, Record<string, any>>; components?: { schemas?: Record<string, Schema> } };
const operations: Operation[] = Object.entries(openapi.paths).flatMap(([path, item]) =>
  Object.entries(item).filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method)).map(([method, op]) => {
    const [type, content] = Object.entries<{ schema?: Schema }>(op.requestBody?.content ?? {})[0] ?? [];
    return { method: method.toUpperCase(), path, parameters: op.parameters ?? [], body: type ? { type, schema: content?.schema } : undefined };
  }));

// Login failures and sessions are written by design on refused logins and on every sign-in; each node's
// heartbeat (ops_nodes) every 10 s, whatever the requests; rate limits count every request, answered or refused (rate_limit_hits).
const tables = (await t.db.query<{ name: string }>(
  `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('login_failures', 'sessions', 'ops_nodes', 'rate_limit_hits') ORDER BY 1`)).rows.map((r) => r.name);
// Row counts and the sum of the rows' creating transactions: an insert, update or delete that committed changes it.
const fingerprintSql = tables.map((name) => `SELECT '${name}' AS t, count(*)::text AS n, coalesce(sum(xmin::text::bigint), 0)::text AS x FROM "${name}"`).join(' UNION ALL ');
// UNION ALL promises no order (a parallel plan interleaves): sorted, two equal databases print alike.
const fingerprintSorted = `SELECT * FROM (${fingerprintSql}) f ORDER BY t`;
const fingerprint = async () => (await fingerprintClient.query<{ t: string; n: string; x: string }>({ name: 'fuzz-fingerprint', text: fingerprintSorted })).rows.map((r) => `${r.t}:${r.n}:${r.x}`).join(' ');

// ---- who sends the requests ----

type Identity = 'anonymous' | 'citizen' | 'admin' | 'vanthu.stp' | 'chuyenvien.stp';
const IDENTITIES: Identity[] = ['anonymous', 'citizen', 'admin'];
/** Document routes refuse citizens and admins early: a clerk and a specialist reach their bodies too. */
const identitiesOf = (op: Operation): Identity[] => (op.path.startsWith('/api/documents') ? [...IDENTITIES, 'vanthu.stp', 'chuyenvien.stp'] : IDENTITIES);
const accounts = (await t.db.query<{ username: string; password_hash: string }>(
  `SELECT username, password_hash FROM users WHERE username IN ('citizen', 'admin', 'vanthu.stp', 'chuyenvien.stp')`)).rows;
const clients: Record<Identity, ApiClient> = {
  anonymous: t.client(), citizen: await t.login('citizen'), admin: await t.login('admin'),
  'vanthu.stp': await t.login('vanthu.stp'), 'chuyenvien.stp': await t.login('chuyenvien.stp'),
};

/** A fuzzed request that succeeded may have signed the client in or out, or changed the account: start over. */
async function resetIdentity(identity: Identity) {
  if (identity === 'anonymous') {
    clients.anonymous = t.client();
    return;
  }
  const account = accounts.find((a) => a.username === identity)!;
  await t.db.query('UPDATE users SET password_hash = $2, active = true WHERE username = $1', [identity, account.password_hash]);
  await t.db.query('DELETE FROM login_failures');
  clients[identity] = await t.login(identity, DEMO_PASSWORD);
}

// ---- hostile values ----

const HOSTILE_TEXT = [
  '', ' ', 'a\u0000b', '\u0000', 'x\u0001y', '\u0008', '\u000b', '\u001f', '\u007f', 'line\nbreak\ttab\r',
  '\ud800', 'x\udfffy', '\udc00\ud800', '😀', '\u200b\u202e', 'Nguyễn Văn An',
  '0000-01-01', '2026-13-45', '2026-02-30', '0000-01-01T00:00:00Z', '2026-13-45T25:61:61Z', '9999-12-31', '10000-01-01',
  '99999999999', '99999999999999999999', '-1', '0', '1.5', '1e400', 'NaN', 'Infinity', '-0', '0x10', 'true', 'null',
  "'; DROP TABLE users; --", "1' OR '1'='1", '%\' OR \'%\'=\'', '\\', '$1', '${7*7}', '<script>alert(1)</script>',
  '%zz', '%00', '%', '%%%', '%E0%A4%A', '../../etc/passwd', '__proto__', 'constructor',
  'a'.repeat(2_001), 'ẩ'.repeat(10_000),
];
const HOSTILE_NUMBERS = [
  0, -1, 1.5, -0.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, -(2 ** 63), 1e308, -1e308, 99_999_999_999, Number.MAX_SAFE_INTEGER,
];

const hostileText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);
// Text for URLs: the very long texts are left to bodies (a URL beyond Node's header limit gets a 431 before routing).
const urlText = hostileText.filter((x) => x.length < 3_000);
const hostileNumber = fc.oneof(fc.constantFrom(...HOSTILE_NUMBERS), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
const wrongType = fc.oneof(hostileNumber, hostileText, fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}), fc.constant([1, 'a']), fc.constant({ a: { b: [null] } }));
const hostileValue = fc.oneof({ weight: 3, arbitrary: hostileText }, { weight: 2, arbitrary: hostileNumber }, { weight: 1, arbitrary: wrongType });

const deref = (schema: Schema | undefined): Schema => {
  const ref = schema?.$ref as string | undefined;
  return ref ? deref(openapi.components?.schemas?.[ref.replace('#/components/schemas/', '')]) : schema ?? {};
};

/** Text that passes the schema yet is hard on what lies behind it: quotes, wildcards, emoji, the longest allowed. */
const EDGY_TEXT = ["'; DROP TABLE users; --", "O'Brien", '%_\\', 'Nguyễn Văn An', '😀👨‍👩‍👧', '\u200b\u202e', 'ﬁ Å Å', '$1 ${x} {{x}}', '<b>x</b>', 'null', '   x   '];

const fit = (text: string, schema: Schema) => {
  const chars = Array.from(text);
  const min = Number(schema.minLength ?? 0);
  const max = Number(schema.maxLength ?? 300);
  while (chars.length < min) chars.push('x');
  return chars.slice(0, Math.max(min, Math.min(max, chars.length))).join('');
};

/** A value the schema accepts, chosen near its edges: what reaches the services and the database. */
function plausible(raw: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const schema = deref(raw);
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (alternatives) return fc.oneof(...alternatives.map((s) => plausible(s, depth + 1)));
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const type = Array.isArray(schema.type) ? schema.type.find((x: string) => x !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      if (depth > 4) return fc.constant({});
      const properties = Object.fromEntries(Object.entries<Schema>(schema.properties ?? {}).map(([k, s]) => [k, plausible(s, depth + 1)]));
      const required = (schema.required ?? []) as string[];
      return fc.record(properties, { requiredKeys: required.filter((k) => k in properties) as never[] });
    }
    case 'array':
      return fc.array(plausible(schema.items, depth + 1), { minLength: Number(schema.minItems ?? 0), maxLength: Math.min(Number(schema.maxItems ?? 3), 3) });
    case 'string': {
      if (schema.format === 'date') return fc.constantFrom('2026-01-15', '0001-01-01', '9999-12-31', '2024-02-29');
      if (schema.format === 'date-time') return fc.constantFrom('2026-01-15T08:00:00Z', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59+07:00');
      if (schema.format === 'email') return fc.constantFrom('an.nguyen@example.vn', "o'brien+x@example.vn");
      if (typeof schema.pattern === 'string') {
        try {
          return fc.stringMatching(new RegExp(schema.pattern)).filter((x) => x.length <= 200);
        } catch {
          // a pattern fast-check cannot generate from
        }
      }
      return fc.oneof(fc.constantFrom(...EDGY_TEXT), fc.string({ maxLength: 30 })).map((x) => fit(x, schema));
    }
    case 'integer':
    case 'number': {
      const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -2_147_483_648);
      const high = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 2_147_483_647);
      return fc.oneof(fc.integer({ min: Math.ceil(low), max: Math.floor(Math.min(high, Math.max(low, 1) + 5)) }), fc.constantFrom(Math.ceil(low), Math.floor(high)));
    }
    case 'boolean':
      return fc.boolean();
    default:
      return fc.constant(null);
  }
}

/** Invalid text for a string schema that a careless check would let through. */
const nearMiss = (schema: Schema): fc.Arbitrary<string> =>
  schema.format === 'date' ? fc.constantFrom('2026-13-45', '2026-02-30', '0000-01-01', '2025-02-29')
    : schema.format === 'date-time' ? fc.constantFrom('0000-01-01T00:00:00Z', '2026-02-30T00:00:00Z', '2026-01-01T25:00:00Z')
      : hostileText;

/** Values shaped like `schema`, with hostile values mixed in at every level. */
function hostile(raw: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  const schema = deref(raw);
  if (depth > 4) return hostileValue;
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (alternatives) return fc.oneof(...alternatives.map((s) => hostile(s, depth + 1)), hostileValue);
  if (Array.isArray(schema.enum)) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...schema.enum) }, { weight: 1, arbitrary: hostileValue });
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  const shaped: fc.Arbitrary<unknown> = (() => {
    switch (type) {
      case 'object': {
        const properties = Object.fromEntries(Object.entries<Schema>(schema.properties ?? {}).map(([k, s]) => [k, hostile(s, depth + 1)]));
        const extra = fc.dictionary(fc.oneof(hostileText, fc.constantFrom('__proto__', 'constructor', 'x')), hostileValue, { maxKeys: 3 });
        return fc.oneof(fc.record(properties), fc.tuple(fc.record(properties, { requiredKeys: [] }), extra).map(([a, b]) => ({ ...b, ...a })));
      }
      case 'array':
        return fc.array(hostile(schema.items, depth + 1), { maxLength: 4 });
      case 'string':
        return fc.oneof(plausible(schema), nearMiss(schema), hostileText);
      case 'integer':
      case 'number':
        return fc.oneof(plausible(schema), hostileNumber);
      default:
        return hostileValue;
    }
  })();
  return fc.oneof({ weight: 5, arbitrary: shaped }, { weight: 1, arbitrary: wrongType });
}

/** A valid value with exactly one field (at any depth) replaced by a hostile one: gets furthest with one fault. */
function oneFieldOff(raw: Schema | undefined): fc.Arbitrary<unknown> {
  const schema = deref(raw);
  const properties = Object.entries<Schema>(schema.properties ?? {});
  if (schema.type !== 'object' || properties.length === 0) return hostile(schema);
  return fc.tuple(plausible(schema), fc.constantFrom(...properties)).chain(([valid, [name, property]]) =>
    oneFieldOff(property).map((value) => ({ ...(valid as object), [name]: value })));
}

/** Request data for `schema`: valid at the edges, off by one field, or hostile throughout. */
const fromSchema = (schema: Schema | undefined): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 2, arbitrary: plausible(schema) }, { weight: 2, arbitrary: oneFieldOff(schema) }, { weight: 2, arbitrary: hostile(schema) });

/** Percent-encodes text, writing a lone surrogate as the (invalid) UTF-8 of its code unit. */
const percentEncode = (text: string) => Array.from(text).map((ch) => {
  const unit = ch.charCodeAt(0);
  if (ch.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
    return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
  }
  return encodeURIComponent(ch);
}).join('');

const RAW_SEGMENTS = ['%zz', '%', '%E0%A4%A', '%00', '%ED%A0%80', '%2F', '%2e%2e', '1%00', '1;drop', '1%20OR%201=1', 'a'.repeat(500)];
const pathSegment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('1', '2', '3', '4', '10') },
  { weight: 2, arbitrary: fc.constantFrom('0', '-1', '2147483648', '9007199254740993', '99999999999999999999', '1.5', '1e3', '0x10', 'NaN', '-0') },
  { weight: 2, arbitrary: urlText.filter((s) => s !== '' && !s.includes('/')).map(percentEncode) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS) },
);

const queryString = (op: Operation) => {
  const known = op.parameters.filter((p) => p.in === 'query');
  const value = (p?: Operation['parameters'][number]) => fc.oneof(p ? fromSchema(p.schema).map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '')) : urlText, urlText);
  const pairs = fc.array(
    fc.oneof(
      ...known.map((p) => fc.tuple(fc.constant(p.name), value(p))),
      fc.tuple(urlText, value()),
    ),
    { maxLength: 5 },
  );
  return fc.tuple(pairs, fc.constantFrom('', '', '', '&%zz=1', '&page=%ED%A0%80', '&a[b][c]=1', '&=&&', '&q=%00')).map(([list, junk]) => {
    const text = list.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&') + junk;
    return text ? `?${text}` : '';
  });
};

type Body = { raw: string; contentType: string };
const RAW_JSON = ['{', '{"a":', '{"a":1}x', "{'a':1}", 'null', '"text"', '[]', '{"a":1e400}', '{"page":1e400,"procedureId":1e400}', '\u0000', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}'];
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const deepObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

function body(op: Operation): fc.Arbitrary<Body | undefined> {
  if (op.method === 'GET') return fc.constant(undefined);
  if (op.method === 'POST' && op.path.endsWith('/files')) return multipartBody;
  const json = (value: unknown) => ({ raw: JSON.stringify(value) ?? 'null', contentType: 'application/json' });
  return fc.oneof(
    { weight: 8, arbitrary: fromSchema(op.body?.schema).map(json) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map(json) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_JSON).map((raw) => ({ raw, contentType: 'application/json' })) },
    { weight: 1, arbitrary: fc.constantFrom(40, 1_000, 100_000).chain((d) => fc.constantFrom(nested(d), deepObject(d))).map((raw) => ({ raw, contentType: 'application/json' })) },
    { weight: 1, arbitrary: fc.tuple(hostileText, fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'application/json; charset=utf-16', 'multipart/form-data', 'multipart/form-data; boundary=')).map(([raw, contentType]) => ({ raw, contentType })) },
  );
}

const BOUNDARY = 'fuzzboundary42';
const multipartBody: fc.Arbitrary<Body> = fc.record({
  kind: fc.oneof(fc.constantFrom('submission', 'supplement', 'result'), hostileText),
  label: fc.oneof(fc.constantFrom('Tờ khai', 'Giấy khai sinh'), hostileText),
  fileName: fc.oneof(fc.constant('scan.pdf'), hostileText),
  content: fc.oneof(fc.constantFrom('%PDF-1.4\n%junk', '\u0089PNG\r\n\u001a\njunk', '\u00ff\u00d8\u00ff\u00e0junk', ''), fc.string({ maxLength: 200 })),
  cut: fc.option(fc.nat({ max: 400 })),
  boundary: fc.constantFrom(BOUNDARY, BOUNDARY, 'other', ''),
}).map(({ kind, label, fileName, content, cut, boundary }) => {
  const part = (name: string, value: string, file?: string) =>
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"${file === undefined ? '' : `; filename="${file}"`}\r\n${file === undefined ? '' : 'Content-Type: application/pdf\r\n'}\r\n${value}\r\n`;
  const whole = part('kind', kind) + part('label', label) + part('file', content, fileName) + `--${BOUNDARY}--\r\n`;
  return { raw: cut === null ? whole : whole.slice(0, cut), contentType: `multipart/form-data${boundary ? `; boundary=${boundary}` : ''}` };
});

// ---- the property ----

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/** The platform's error body, in Vietnamese. */
function expectCatalogError(response: ApiResponse, label: string) {
  expect(response.headers.get('content-type') ?? '', `${label}: content-type`).toMatch(/^application\/json/);
  expect(response.body, label).toMatchObject({ error: { code: expect.stringMatching(/^[A-Z][A-Z0-9_]+$/), message: expect.any(String) } });
  expect(response.body.error.message, `${label}: message in Vietnamese`).toMatch(VIETNAMESE);
}

async function send(identity: Identity, method: string, url: string, payload: Body | undefined): Promise<ApiResponse> {
  return clients[identity].request(method, url, undefined, payload ? { rawBody: payload.raw, contentType: payload.contentType } : {});
}

/** Sends one request and checks everything a client fault must respect. */
async function probe(identity: Identity, method: string, url: string, payload: Body | undefined): Promise<ApiResponse> {
  const label = `${identity} ${method} ${url} ${payload ? `[${payload.contentType}] ${payload.raw.slice(0, 300)}` : ''} (FUZZ_SEED=${SEED})`;
  const before = await fingerprint();
  const response = await send(identity, method, url, payload);
  expect(response.status, `${label}: ${JSON.stringify(response.body)?.slice(0, 500)}`).toBeLessThan(500);
  if (response.status >= 400) {
    expectCatalogError(response, label);
    expect(await fingerprint(), `${label}: a ${response.status} left a write behind`).toBe(before);
  } else if (method !== 'GET') {
    await resetIdentity(identity);
  }
  return response;
}

describe.each(operations.map((op) => [`${op.method} ${op.path}`, op] as const))('%s', (_name, op) => {
  const request = fc.record({
    path: fc.tuple(...op.path.split(/(\{[^}]+\})/).map((piece) => (/^\{.+\}$/.test(piece) ? pathSegment : fc.constant(piece)))).map((pieces) => pieces.join('')),
    query: queryString(op),
    body: body(op),
  });

  it.each(identitiesOf(op))('never answers 5xx, always the catalog body, never a partial write (%s)', async (identity) => {
    const seed = SEED + operations.indexOf(op) * 7 + identitiesOf(op).indexOf(identity);
    await fc.assert(
      fc.asyncProperty(request, async ({ path, query, body: payload }) => {
        await probe(identity, op.method, path + query, payload);
      }),
      { seed, numRuns: RUNS, endOnFailure: true },
    );
  });
});

// ---- regressions found by the fuzzing and by independent testing ----

describe('regressions', () => {
  it('answers 400 naming the field for control characters in a JSON body field, and writes nothing', async () => {
    const response = await probe('anonymous', 'POST', '/api/auth/register', {
      contentType: 'application/json',
      raw: JSON.stringify({ kind: 'citizen', username: 'kiemthu01', password: 'Mat-khau-2026!', fullName: 'Nguyễn\u0000 Văn B' }),
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'fullName' }] });
  });

  it('refuses a value shaped like stored ciphertext, which reading it back would decrypt (a decryption oracle)', async () => {
    const response = await probe('anonymous', 'POST', '/api/auth/register', {
      contentType: 'application/json',
      raw: JSON.stringify({ kind: 'citizen', username: 'kiemthu02', password: 'Mat-khau-2026!', fullName: 'enc:v1:1:AAAA' }),
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'fullName' }] });
    expect((await probe('anonymous', 'GET', '/api/procedures?q=enc%3Av1%3Ax', undefined)).status).toBe(400);
  });

  it('answers 400 for control characters in a query string and in a path parameter', async () => {
    expect((await probe('anonymous', 'GET', '/api/procedures?q=a%01b', undefined)).status).toBe(400);
    expect((await probe('anonymous', 'GET', '/api/public/dossiers/ABC%00DEF12', undefined)).body.error.code).toBe('VALIDATION_FAILED');
  });

  it('answers 400 for an unpaired surrogate in a query', async () => {
    for (const url of ['/api/procedures?q=%ED%A0%80', '/api/procedures?q=a%ED%B0%80b', `/api/procedures?q=${encodeURIComponent('x')}%ED%A0%80`]) {
      const response = await probe('anonymous', 'GET', url, undefined);
      expect(response.status, url).toBe(400);
    }
    const json = await probe('admin', 'POST', '/api/admin/calendar/days', { contentType: 'application/json', raw: '{"date":"2026-12-01","kind":"day_off","note":"\\ud800"}' });
    expect(json.status).toBe(400);
  });

  it('answers 400 for integers beyond what PostgreSQL stores, where the schema sets no bound of its own', async () => {
    expect((await probe('admin', 'GET', '/api/admin/users?page=99999999999', undefined)).status).toBe(400);
    expect((await probe('anonymous', 'GET', '/api/procedures?page=99999999999', undefined)).status).toBe(400);
    expect((await probe('anonymous', 'GET', '/api/procedures?agencyId=1e400', undefined)).status).toBe(400);
    expect((await probe('admin', 'POST', '/api/admin/users/1/roles', { contentType: 'application/json', raw: '{"role":"admin","agencyId":99999999999999999999}' })).status).toBe(400);
    expect((await probe('citizen', 'POST', '/api/dossiers', { contentType: 'application/json', raw: '{"procedureId":1e400}' })).status).toBe(400);
  });

  it('answers 400 for dates PostgreSQL refuses or that are not on the calendar', async () => {
    const agency = { code: 'KT-0001', name: 'Cơ quan kiểm thử', kind: 'unit', parentId: 1 };
    for (const validFrom of ['0000-01-01', '2026-13-45', '2026-02-30']) {
      const response = await probe('admin', 'POST', '/api/admin/agencies', { contentType: 'application/json', raw: JSON.stringify({ ...agency, validFrom }) });
      expect(response.status, validFrom).toBe(400);
      expect(response.body.error.details[0].field).toBe('validFrom');
    }
    expect((await probe('admin', 'GET', `/api/reports/counters?agencyId=1&from=0000-01-01&to=2026-12-31`, undefined)).status).toBe(400);
  });

  it('answers 400 for a multipart body cut in the middle, and for one without a boundary', async () => {
    const whole = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nsubmission\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="label"\r\n\r\nTờ khai\r\n`
      + `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 abcdefghijklmnopqrstuvwxyz\r\n--${BOUNDARY}--\r\n`;
    const dossier = await ownDraft();
    for (const cut of [whole.length - 10, whole.indexOf('%PDF') + 10, whole.indexOf('filename') + 3, 30]) {
      const response = await probe('citizen', 'POST', `/api/dossiers/${dossier}/files`, { raw: whole.slice(0, cut), contentType: `multipart/form-data; boundary=${BOUNDARY}` });
      expect(response.status, `cut at ${cut}`).toBe(400);
    }
    const noBoundary = await probe('citizen', 'POST', `/api/dossiers/${dossier}/files`, { raw: whole, contentType: 'multipart/form-data' });
    expect(noBoundary.status).toBe(400);
  });

  it("answers a malformed URL with the platform's body, not Fastify's", async () => {
    for (const url of ['/api/%zz', '/api/dossiers/%E0%A4%A', '/api/procedures/%']) {
      const response = await probe('anonymous', 'GET', url, undefined);
      expect(response.status, url).toBe(400);
      expect(response.body.error.code).toBe('INVALID_URL');
    }
  });

  it("answers HTTP that Node cannot parse with the catalog's body, in Vietnamese", async () => {
    for (const raw of ['GET /api/procedures HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n', 'GET /api/procedures HTTP/1.1\r\nHost: x\r\nx: ' + 'a'.repeat(20_000) + '\r\n\r\n', 'NONSENSE\r\n\r\n']) {
      const answer = await rawHttp(raw);
      const [head, body] = answer.split('\r\n\r\n');
      expect(head, raw.slice(0, 40)).toMatch(/^HTTP\/1\.1 4\d\d /);
      expect(JSON.parse(body!).error.message).toMatch(VIETNAMESE);
    }
  });

  it('refuses with 415 an upload that starts like a PDF or an image but does not open', async () => {
    const dossier = await ownDraft();
    const label = await firstDocument(dossier);
    const cases = [
      { name: 'gia.pdf', type: 'application/pdf', data: Buffer.from('%PDF-1.4\n' + 'rác '.repeat(200)), code: 'FILE_UNREADABLE' },
      { name: 'cut.pdf', type: 'application/pdf', data: Buffer.from(await samplePdf('Giay to')).subarray(0, 300), code: 'FILE_UNREADABLE' },
      { name: 'gia.png', type: 'image/png', data: Buffer.concat([Buffer.from(samplePng).subarray(0, 33), Buffer.alloc(50, 1)]), code: 'FILE_UNREADABLE' },
      { name: 'gia.jpg', type: 'image/jpeg', data: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]), Buffer.alloc(100, 7)]), code: 'FILE_UNREADABLE' },
    ];
    for (const file of cases) {
      const before = await fingerprint();
      const response = await clients.citizen.upload(`/api/dossiers/${dossier}/files`, { kind: 'submission', label }, file);
      expect(response.status, file.name).toBe(415);
      expect(response.body.error.code, file.name).toBe(file.code);
      expect(response.body.error.message).toMatch(VIETNAMESE);
      expect(await fingerprint(), file.name).toBe(before);
    }
    const real = await clients.citizen.upload(`/api/dossiers/${dossier}/files`, { kind: 'submission', label }, { name: 'that.pdf', type: 'application/pdf', data: await samplePdf('Giay to') });
    expect(real.status).toBe(201);
  });
});

/** Sends bytes as they are, below any HTTP client that would correct them. */
function rawHttp(request: string): Promise<string> {
  const { port } = new URL(t.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

/** A draft dossier of the demo citizen, on the first procedure that takes online applications. */
async function ownDraft(): Promise<number> {
  const procedures = (await clients.citizen.get('/api/procedures?pageSize=50')).body.items as { id: number }[];
  for (const procedure of procedures) {
    const created = await clients.citizen.post('/api/dossiers', { procedureId: procedure.id });
    if (created.status === 201) return created.body.id as number;
  }
  throw new Error('no procedure takes a draft');
}

async function firstDocument(dossier: number): Promise<string> {
  const detail = await clients.citizen.get(`/api/dossiers/${dossier}`);
  return (detail.body.procedureDocuments as { name: string }[])[0]!.name;
}
