import type { FastifyLoggerOptions, FastifyRequest, FastifyServerOptions } from 'fastify';

export type LogStream = NonNullable<FastifyLoggerOptions['stream']>;
type LoggerConfig = Exclude<NonNullable<FastifyServerOptions['logger']>, boolean>;

/**
 * ID numbers (CCCD 12 digits, old CMND 9), tax codes (10 or 13) and phone numbers (0 or +84 and 9–10
 * digits, perhaps grouped by spaces or dots) as they appear in a URL, a message or a field: a run of
 * digits no letter or digit touches, so that hashes, UUIDs and dossier codes (…-250314-0007: dashes do not join) are left alone.
 */
const NUMBER = /(?<![\p{L}\p{N}_])(?:\+84[ .]?)?\d(?:[ .]?\d){8,12}(?![\p{L}\p{N}_])/gu;

/** Keeps the first four and last two digits: `012345678901` → `0123******01`, enough to tell two apart in a log. */
export function maskNumber(value: string): string {
  const digits = value.replace(/\D/g, '');
  return `${digits.slice(0, 4)}${'*'.repeat(Math.max(digits.length - 6, 3))}${digits.slice(-2)}`;
}

export function maskPersonalData(text: string): string {
  return text.replace(NUMBER, maskNumber);
}

/** Fields that hold personal data whatever their shape: an address is dropped, a number masked. */
const PERSONAL_FIELDS = new Set(['identityNumber', 'identity_number', 'phone', 'reporterPhone', 'reporter_phone', 'contactPhone', 'contact_phone', 'address', 'deliveryAddress', 'delivery_address']);

function maskValue(value: unknown, key: string | undefined, depth: number): unknown {
  if (key && PERSONAL_FIELDS.has(key) && value != null) return /address/i.test(key) ? '[đã ẩn]' : maskNumber(String(value));
  if (typeof value === 'string') return maskPersonalData(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => maskValue(v, undefined, depth + 1));
  // Plain data only: requests, responses and errors have their own serializers below.
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = maskValue(v, k, depth + 1);
  return out;
}

type SerializedError = { type?: string; message?: string; stack?: string; [key: string]: unknown };

function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return maskValue(error, undefined, 0);
  const out: SerializedError = { type: error.constructor?.name ?? 'Error', message: maskPersonalData(error.message) };
  if (error.stack) out.stack = maskPersonalData(error.stack);
  for (const [k, v] of Object.entries(error)) if (!(k in out)) out[k] = maskValue(v, k, 1);
  if (error.cause) out.cause = serializeError(error.cause);
  return out;
}

/**
 * The server's pino options: what Fastify logs of a request (its URL with the query string) and of an error,
 * and every field and message the code logs, pass through the masking above, so that no log line carries an
 * ID number, a phone number or an address in clear.
 */
export function loggerOptions(level: string, stream?: LogStream): LoggerConfig {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: maskPersonalData(request.url),
        host: request.host,
        remoteAddress: request.ip,
        remotePort: request.socket?.remotePort,
      }),
      err: serializeError as (error: Error) => { type: string; message: string; stack: string },
      error: serializeError,
    },
    formatters: { log: (object: Record<string, unknown>) => maskValue(object, undefined, 0) as Record<string, unknown> },
    hooks: {
      logMethod(args: unknown[], method: (...a: unknown[]) => void) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? maskPersonalData(a) : a)));
      },
    },
  };
}
