import type { FastifySchemaValidationError } from 'fastify';
import { Ajv } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

// ajv-formats is published as CommonJS with a default export.
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv) => Ajv;

/**
 * Bodies are validated strictly (a number is never taken for a string); query strings and path
 * parameters arrive as text and are coerced to the declared types.
 */
export function createValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const options = { strict: false, allErrors: false, useDefaults: true, removeAdditional: false } as const;
  const strict = addFormats(new Ajv({ ...options, coerceTypes: false }));
  const coercing = addFormats(new Ajv({ ...options, coerceTypes: 'array' }));
  return ({ schema, httpPart }) => (httpPart === 'body' ? strict : coercing).compile(schema as object);
}

const ruleMessages: Record<string, (params: Record<string, unknown>) => string> = {
  required: (p) => `thiếu trường bắt buộc "${String(p.missingProperty)}"`,
  type: (p) => `phải có kiểu ${String(p.type)}`,
  minLength: (p) => `phải có ít nhất ${String(p.limit)} ký tự`,
  maxLength: (p) => `không được dài quá ${String(p.limit)} ký tự`,
  minimum: (p) => `phải lớn hơn hoặc bằng ${String(p.limit)}`,
  maximum: (p) => `phải nhỏ hơn hoặc bằng ${String(p.limit)}`,
  minItems: (p) => `phải có ít nhất ${String(p.limit)} phần tử`,
  maxItems: (p) => `không được quá ${String(p.limit)} phần tử`,
  pattern: () => 'không đúng định dạng',
  format: (p) => `không đúng định dạng ${String(p.format)}`,
  enum: (p) => `phải là một trong các giá trị: ${(p.allowedValues as unknown[]).join(', ')}`,
  const: (p) => `phải bằng ${String(p.allowedValue)}`,
  additionalProperties: (p) => `không chấp nhận trường "${String(p.additionalProperty)}"`,
};

/** Turns ajv's findings into Vietnamese, naming the field. */
export function describeValidation(errors: FastifySchemaValidationError[], context: string): { field: string; message: string }[] {
  return errors.map((e) => {
    const field = (e.instancePath || '').replace(/^\//, '').replace(/\//g, '.') || context;
    const describe = ruleMessages[e.keyword];
    return { field, message: describe ? describe(e.params as Record<string, unknown>) : 'không hợp lệ' };
  });
}
