import { Type, type TSchema } from 'typebox';

/** The error body every endpoint answers with on failure. */
export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Mã lỗi ổn định, ví dụ VALIDATION_FAILED' }),
      message: Type.String({ description: 'Thông báo tiếng Việt cho người dùng' }),
      details: Type.Optional(Type.Unknown()),
    }),
  },
  { $id: 'ErrorBody' },
);

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 9_007_199_254_740_991 }) });
/** An instant; handlers return Date objects, the serializer writes ISO 8601. */
export const DateTime = Type.Unsafe<Date>({ type: 'string', format: 'date-time' });

/** A file in the response body (PDF, image), sent as is. */
export const Binary = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' });

export const DateString = Type.String({ format: 'date', description: 'yyyy-MM-dd' });
export const Nullable = <T extends TSchema>(schema: T, options?: { description?: string }) => Type.Union([schema, Type.Null()], options);

/** Standard error responses for the OpenAPI document. */
export const errorResponses = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [code, ErrorBody])) as Record<number, typeof ErrorBody>;

export const Ok = Type.Object({ ok: Type.Literal(true) });
