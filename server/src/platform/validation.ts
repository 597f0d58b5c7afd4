import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { errors } from './errors.js';
import { isSealed } from './personal-data.js';

// ajv-formats is published as CommonJS with a default export.
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv) => Ajv;

/** PostgreSQL `integer` (int4): the bound of every integer whose schema does not state its own. */
export const INT4_MIN = -2_147_483_648;
export const INT4_MAX = 2_147_483_647;
/** No integer beyond this reaches the database intact: JavaScript numbers lose precision past it. */
const SAFE_MAX = Number.MAX_SAFE_INTEGER;
/** Deeper request data is never legitimate here, and walking it costs stack in every later step. */
const MAX_DEPTH = 32;

/** Control characters PostgreSQL refuses (NUL) or that no form field ever holds; tab, LF and CR stay allowed in bodies. */
const CONTROL_IN_BODY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Query strings and path parameters are single-line: no control character at all. */
const CONTROL_IN_URL = /[\u0000-\u001F\u007F]/;

// String.prototype.isWellFormed is in Node 20 but not in the ES2022 library the project compiles against.
const isWellFormed = (text: string) => (text as unknown as { isWellFormed(): boolean }).isWellFormed();

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A real calendar date `yyyy-MM-dd` in years 0001–9999: PostgreSQL refuses year 0, and ajv-formats'
 * own `date` lets it through.
 */
export function isCalendarDate(text: string): boolean {
  const match = YMD.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

type FormatDefinition = { validate: (text: string) => boolean; compare?: (a: string, b: string) => number | undefined };

/** Replaces ajv-formats' `date` and `date-time` with versions that also refuse year 0000. */
function addCalendarFormats(ajv: Ajv): Ajv {
  const original = ajv.formats['date-time'] as unknown as FormatDefinition | ((text: string) => boolean);
  const validateDateTime = typeof original === 'function' ? original : original.validate;
  const compareDateTime = typeof original === 'function' ? undefined : original.compare;
  ajv.addFormat('date', { type: 'string', validate: isCalendarDate, compare: (a, b) => (a === b ? 0 : a < b ? -1 : 1) });
  ajv.addFormat('date-time', {
    type: 'string',
    validate: (text: string) => isCalendarDate(text.slice(0, 10)) && validateDateTime(text),
    ...(compareDateTime ? { compare: compareDateTime } : {}),
  });
  return ajv;
}

/** Keys of a JSON schema whose values are data, not schemas: never rewritten. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples', 'example']);

const typesOf = (schema: Record<string, unknown>): unknown[] => (Array.isArray(schema.type) ? schema.type : [schema.type]);

/**
 * A copy of `schema` where every integer and number is bounded to what PostgreSQL stores: an
 * integer without its own bound gets int4's, an explicit bound is kept (within the safe integers),
 * and a number must be finite (a query string `1e400` would otherwise become Infinity).
 */
export function withDatabaseBounds(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withDatabaseBounds);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = DATA_KEYWORDS.has(key) ? value : withDatabaseBounds(value);
  const types = typesOf(copy);
  if (types.includes('integer')) {
    if (copy.minimum === undefined && copy.exclusiveMinimum === undefined) copy.minimum = INT4_MIN;
    if (copy.maximum === undefined && copy.exclusiveMaximum === undefined) copy.maximum = INT4_MAX;
    if (typeof copy.minimum === 'number' && copy.minimum < -SAFE_MAX) copy.minimum = -SAFE_MAX;
    if (typeof copy.maximum === 'number' && copy.maximum > SAFE_MAX) copy.maximum = SAFE_MAX;
  } else if (types.includes('number')) {
    if (copy.minimum === undefined && copy.exclusiveMinimum === undefined) copy.minimum = -Number.MAX_VALUE;
    if (copy.maximum === undefined && copy.exclusiveMaximum === undefined) copy.maximum = Number.MAX_VALUE;
  }
  return copy;
}

type HttpPart = 'body' | 'querystring' | 'params' | 'headers' | string;

const pointer = (path: string, key: string | number) => `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
/** A name fit for an error message even when the name itself is the problem. */
const printable = (text: string) => text.replace(/[\u0000-\u001F\u007F]|\p{Cs}/gu, '\uFFFD');

const finding = (keyword: string, instancePath: string, params: Record<string, unknown> = {}): FastifySchemaValidationError =>
  ({ keyword, instancePath, schemaPath: '#', params, message: keyword });

/**
 * Walks every string (and object key) of request data, whatever its schema says: text with a
 * control character or an unpaired surrogate is refused before it can reach PostgreSQL, which
 * refuses NUL and lone surrogates with an error that would otherwise surface as a 500.
 */
export function unsafeText(data: unknown, httpPart: HttpPart): FastifySchemaValidationError | null {
  const control = httpPart === 'body' ? CONTROL_IN_BODY : CONTROL_IN_URL;
  const checkText = (text: string, path: string) => {
    if (control.test(text)) return finding('controlCharacter', path);
    if (!isWellFormed(text)) return finding('wellFormed', path);
    // Stored personal data is decrypted as rows are read (platform/personal-data.ts): a sealed value sent in and stored
    // elsewhere would come back decrypted, so none is taken. The platform never shows one.
    if (isSealed(text)) return finding('sealedValue', path);
    return null;
  };
  // An explicit stack: a body of a hundred thousand nested arrays must not overflow ours.
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: data, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = checkText(value, path);
      if (problem) return problem;
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) return finding('finite', path);
    } else if (value !== null && typeof value === 'object') {
      if (depth >= MAX_DEPTH) return finding('maxDepth', path, { limit: MAX_DEPTH });
      if (Array.isArray(value)) {
        value.forEach((item, index) => stack.push({ value: item, path: pointer(path, index), depth: depth + 1 }));
      } else {
        for (const [key, item] of Object.entries(value)) {
          const problem = checkText(key, pointer(path, printable(key)));
          if (problem) return problem;
          stack.push({ value: item, path: pointer(path, key), depth: depth + 1 });
        }
      }
    }
  }
  return null;
}

/**
 * The same refusal for text that arrives outside a schema (multipart fields, an upload's file name):
 * throws VALIDATION_FAILED naming the field.
 */
export function assertSafeText(fields: Record<string, unknown>): void {
  const problem = unsafeText(fields, 'body');
  if (!problem) return;
  const details = describeValidation([problem], 'body');
  throw errors.validation(details, `Dữ liệu không hợp lệ: "${details[0]!.field}" ${details[0]!.message}.`);
}

/** Marks a parsed query string that held a malformed percent-encoding, with the field it was in. */
const MALFORMED_QUERY = Symbol('malformedQuery');

const decodeComponent = (text: string): string | null => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
};

/**
 * The query string parser (Fastify's `querystringParser`). The default one keeps an undecodable
 * sequence (`%zz`, or `%ED%A0%80`, an encoded lone surrogate) as literal text and moves on, so a
 * malformed URL would be read as a search for "%zz". Here the field is marked instead, and the
 * validator refuses it with a 400 naming that field. Repeated keys become arrays, as before.
 */
export function parseQueryString(text: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = Object.create(null);
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
    const key = decodeComponent(rawKey);
    const value = decodeComponent(rawValue);
    if (key === null || value === null) {
      (query as Record<symbol, string>)[MALFORMED_QUERY] ??= key ?? rawKey;
    }
    const name = key ?? rawKey;
    const existing = query[name];
    const decoded = value ?? rawValue;
    query[name] = existing === undefined ? decoded : Array.isArray(existing) ? [...existing, decoded] : [existing, decoded];
  }
  return query;
}

type Validator = ((data: unknown, context?: unknown) => boolean | { error: FastifySchemaValidationError[] }) & { schemaEnv?: unknown };

/**
 * Bodies are validated strictly (a number is never taken for a string); query strings and path
 * parameters arrive as text and are coerced to the declared types. Before the schema, every string
 * is checked for text PostgreSQL cannot store; every integer and number is bounded to what it can.
 */
export function createValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const options = { strict: false, allErrors: false, useDefaults: true, removeAdditional: false } as const;
  const strict = addCalendarFormats(addFormats(new Ajv({ ...options, coerceTypes: false })));
  const coercing = addCalendarFormats(addFormats(new Ajv({ ...options, coerceTypes: 'array' })));
  // One compiled function per schema object and ajv: ajv refuses a second schema with the same $id.
  const strictCache = new WeakMap<object, ValidateFunction>();
  const coercingCache = new WeakMap<object, ValidateFunction>();
  return ({ schema, httpPart }) => {
    const ajv = httpPart === 'body' ? strict : coercing;
    const cache = httpPart === 'body' ? strictCache : coercingCache;
    let validate = cache.get(schema as object);
    if (!validate) {
      validate = ajv.compile(withDatabaseBounds(schema) as object);
      cache.set(schema as object, validate);
    }
    const ajvValidate = validate;
    const validator: Validator = (data, context) => {
      const malformed = httpPart === 'querystring' && data ? (data as Record<symbol, string>)[MALFORMED_QUERY] : undefined;
      if (malformed !== undefined) return { error: [finding('percentEncoding', pointer('', printable(malformed)))] };
      const problem = httpPart === 'headers' ? null : unsafeText(data, httpPart ?? 'body');
      if (problem) return { error: [problem] };
      const valid = context === undefined ? ajvValidate(data) : ajvValidate(data, context as never);
      return valid ? true : { error: (ajvValidate.errors ?? []) as FastifySchemaValidationError[] };
    };
    // Fastify hands ajv's own functions the parent object so coercion can replace a root value.
    validator.schemaEnv = ajvValidate.schemaEnv;
    return validator;
  };
}

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự', integer: 'số nguyên', number: 'số', boolean: 'đúng/sai (true/false)', object: 'đối tượng', array: 'danh sách', null: 'rỗng (null)',
};
const typeName = (type: unknown) => String(type).split(',').map((t) => TYPE_NAMES[t] ?? t).join(' hoặc ');

const FORMAT_NAMES: Record<string, string> = {
  date: 'ngày (yyyy-MM-dd, năm 0001–9999)', 'date-time': 'thời điểm (ISO 8601)', email: 'thư điện tử', uri: 'địa chỉ URL', uuid: 'UUID',
};

const ruleMessages: Record<string, (params: Record<string, unknown>) => string> = {
  required: (p) => `thiếu trường bắt buộc "${String(p.missingProperty)}"`,
  type: (p) => `phải có kiểu ${typeName(p.type)}`,
  minLength: (p) => `phải có ít nhất ${String(p.limit)} ký tự`,
  maxLength: (p) => `không được dài quá ${String(p.limit)} ký tự`,
  // ±Number.MAX_VALUE are the bounds withDatabaseBounds gives numbers: only Infinity crosses them.
  minimum: (p) => (p.limit === -Number.MAX_VALUE ? 'phải là một số hữu hạn' : `phải lớn hơn hoặc bằng ${String(p.limit)}`),
  maximum: (p) => (p.limit === Number.MAX_VALUE ? 'phải là một số hữu hạn' : `phải nhỏ hơn hoặc bằng ${String(p.limit)}`),
  exclusiveMinimum: (p) => `phải lớn hơn ${String(p.limit)}`,
  exclusiveMaximum: (p) => `phải nhỏ hơn ${String(p.limit)}`,
  multipleOf: (p) => `phải là bội số của ${String(p.multipleOf)}`,
  minItems: (p) => `phải có ít nhất ${String(p.limit)} phần tử`,
  maxItems: (p) => `không được quá ${String(p.limit)} phần tử`,
  minProperties: (p) => `phải có ít nhất ${String(p.limit)} trường`,
  maxProperties: (p) => `không được quá ${String(p.limit)} trường`,
  uniqueItems: () => 'không được có phần tử trùng nhau',
  pattern: () => 'không đúng định dạng',
  format: (p) => `không đúng định dạng ${FORMAT_NAMES[String(p.format)] ?? String(p.format)}`,
  enum: (p) => `phải là một trong các giá trị: ${(p.allowedValues as unknown[]).join(', ')}`,
  const: (p) => `phải bằng ${String(p.allowedValue)}`,
  anyOf: () => 'không khớp với dạng dữ liệu nào được chấp nhận',
  oneOf: () => 'không khớp với dạng dữ liệu nào được chấp nhận',
  additionalProperties: (p) => `không chấp nhận trường "${printable(String(p.additionalProperty))}"`,
  propertyNames: () => 'có tên trường không hợp lệ',
  controlCharacter: () => 'chứa ký tự điều khiển không được phép',
  sealedValue: () => 'có dạng dữ liệu đã mã hóa của hệ thống, không được chấp nhận',
  wellFormed: () => 'chứa ký tự Unicode không hợp lệ (nửa cặp thay thế)',
  percentEncoding: () => 'có mã hóa phần trăm (%) không hợp lệ',
  finite: () => 'phải là một số hữu hạn',
  maxDepth: (p) => `lồng nhau quá sâu (tối đa ${String(p.limit)} cấp)`,
};

/** Turns ajv's findings into Vietnamese, naming the field. */
export function describeValidation(errors: FastifySchemaValidationError[], context: string): { field: string; message: string }[] {
  return errors.map((e) => {
    const field = (e.instancePath || '').replace(/^\//, '').replace(/\//g, '.').replace(/~1/g, '/').replace(/~0/g, '~') || context;
    const describe = ruleMessages[e.keyword];
    return { field: printable(field), message: describe ? describe(e.params as Record<string, unknown>) : 'không hợp lệ' };
  });
}
