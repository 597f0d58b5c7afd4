import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { errors } from './errors.js';
import { fileErrors } from './files.js';
import { assertSafeText } from './validation.js';

/**
 * The one file of a multipart upload, read whole, with the text fields sent before it. Multipart
 * fields do not pass the schema validator: the same text rules are applied here.
 */
export async function readUpload(request: FastifyRequest, limitBytes: number): Promise<{ data: Buffer; fileName: string; field: (name: string) => string }> {
  if (!request.isMultipart()) throw errors.unsupportedMediaType();
  const part = await request.file();
  if (!part) throw fileErrors.missing();
  let data: Buffer;
  try {
    data = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw fileErrors.tooLarge(limitBytes);
    throw error;
  }
  if (part.file.truncated) throw fileErrors.tooLarge(limitBytes);
  const field = (name: string) => {
    const value = part.fields[name];
    return value && !Array.isArray(value) && value.type === 'field' ? String(value.value).trim() : '';
  };
  const fileName = (part.filename || 'tep').slice(0, 255);
  assertSafeText({ fileName, ...Object.fromEntries(Object.keys(part.fields).map((name) => [name, field(name)])) });
  return { data, fileName, field };
}
