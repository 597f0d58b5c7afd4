import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import type { ModuleDeps } from '../../platform/context.js';
import { errors } from '../../platform/errors.js';
import { createValidatorCompiler, describeValidation } from '../../platform/validation.js';
import { feedbackErrors as e } from './errors.js';
import { SubmissionBody, type SubmissionInput } from './schemas.js';

export const MAX_PHOTOS = 5;
/** Longest side of a stored photo: enough to see a pothole, small enough for a phone on 3G. */
export const MAX_PHOTO_SIDE = 1600;
/** Pixels decoded at most: a small file that claims a huge image is refused before it costs memory. */
const MAX_INPUT_PIXELS = 40_000_000;
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

export const photoUrl = (id: number) => `/api/feedback/photos/${id}`;

export type ProcessedPhoto = { data: Buffer; width: number; height: number };
export type Submission = { input: SubmissionInput; photos: ProcessedPhoto[] };

const validate = createValidatorCompiler()({ schema: SubmissionBody, method: 'POST', url: '/api/feedback/reports', httpPart: 'body' }) as
  (data: unknown) => boolean | { error: Parameters<typeof describeValidation>[0] };

/** The JSON of the `report` field, validated as a JSON body would be. */
export function parseSubmission(text: string): SubmissionInput {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw errors.badJson();
  }
  const verdict = validate(data);
  if (verdict !== true) {
    const details = describeValidation(typeof verdict === 'object' ? verdict.error : [], 'report');
    throw e.submissionInvalid(details, details[0] ? `Dữ liệu không hợp lệ: "${details[0].field}" ${details[0].message}.` : undefined);
  }
  return data as SubmissionInput;
}

/**
 * A photo checked by its bytes (JPEG, PNG or WebP; anything else, an SVG or a PDF named .jpg, is
 * refused), turned upright by its EXIF orientation, scaled down, and encoded again as JPEG: nothing of
 * the original file's metadata (EXIF, GPS position, camera, XMP, ICC comments) is kept.
 */
export async function processPhoto(data: Buffer): Promise<ProcessedPhoto> {
  if (data.length === 0) throw e.photoUnreadable();
  const type = await fileTypeFromBuffer(data);
  if (!type || !PHOTO_TYPES.includes(type.mime)) throw e.photoType();
  try {
    const { data: out, info } = await sharp(data, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width: MAX_PHOTO_SIDE, height: MAX_PHOTO_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { data: out, width: info.width, height: info.height };
  } catch {
    throw e.photoUnreadable();
  }
}

/**
 * The submission's multipart body: the `report` field (JSON) and up to five `photos` files. Photos are
 * processed as they arrive, before any transaction; a sixth is refused and nothing is written.
 */
export async function readSubmission(deps: ModuleDeps, request: FastifyRequest): Promise<Submission> {
  if (!request.isMultipart()) throw errors.unsupportedMediaType();
  const limit = deps.config.uploadLimitBytes;
  let input: SubmissionInput | undefined;
  const photos: ProcessedPhoto[] = [];
  let files = 0;
  for await (const part of request.parts({ limits: { files: MAX_PHOTOS + 1, fields: 4, fieldSize: 64 * 1024, fileSize: limit } })) {
    if (part.type === 'field') {
      if (part.fieldname === 'report') input = parseSubmission(String(part.value));
      continue;
    }
    files += 1;
    let data: Buffer;
    try {
      data = await part.toBuffer();
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw e.photoTooLarge(Math.floor(limit / 1024 / 1024));
      throw error;
    }
    if (part.file.truncated) throw e.photoTooLarge(Math.floor(limit / 1024 / 1024));
    if (files > MAX_PHOTOS) throw e.tooManyPhotos();
    photos.push(await processPhoto(data));
  }
  if (!input) throw e.submissionMissing();
  return { input, photos };
}
