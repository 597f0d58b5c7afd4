import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import type { ModuleDeps } from '../../platform/context.js';
import { fileErrors } from '../../platform/files.js';
import type { UserPrincipal } from '../../platform/principal.js';
import { agenciesAs } from './access.js';
import { contentErrors as e } from './errors.js';
import { contentRepository as repo } from './repository.js';
import { imagePath } from './sanitize.js';

/** Wide enough for a full-width picture on a desktop; more only weighs on a phone's data. */
const MAX_WIDTH = 1600;

/**
 * Decodes an uploaded photo and encodes it again: JPEG stays JPEG (a photo), PNG stays PNG (a drawing, a
 * screenshot). Turned upright by its EXIF orientation first; sharp writes no metadata unless asked, so
 * EXIF (the camera's place and time), XMP and ICC are gone from the stored file.
 */
export async function reencodeImage(data: Buffer, type: 'image/jpeg' | 'image/png'): Promise<{ data: Buffer; width: number; height: number }> {
  try {
    const pipeline = sharp(data, { limitInputPixels: 50_000_000, failOn: 'error' }).rotate().resize({ width: MAX_WIDTH, withoutEnlargement: true });
    const { data: out, info } = await (type === 'image/png' ? pipeline.png({ compressionLevel: 9 }) : pipeline.jpeg({ quality: 82, mozjpeg: true }))
      .toBuffer({ resolveWithObject: true });
    return { data: out, width: info.width, height: info.height };
  } catch {
    throw fileErrors.unreadable();
  }
}

/** An editor uploads an image for their agency's articles: checked by its bytes, re-encoded, served under a random key. */
export async function uploadImage(deps: ModuleDeps, user: UserPrincipal, data: Buffer, agencyField: string) {
  const editorOf = agenciesAs(user, 'editor');
  const agencyId = agencyField ? Number(agencyField) : editorOf[0];
  if (agencyId === undefined || !Number.isSafeInteger(agencyId) || !editorOf.includes(agencyId)) throw e.editorOnly();
  const type = await deps.files.checkUpload(data);
  if (type !== 'image/jpeg' && type !== 'image/png') throw e.imageOnly();
  const image = await reencodeImage(data, type);
  const key = randomBytes(16).toString('hex');
  // Stored before the transaction: no lock is held while the file store answers.
  const stored = await deps.files.put(image.data, type);
  await deps.uow(user, async ({ tx, audit }) => {
    await deps.files.index(tx, stored);
    const id = await repo.insertImage(tx, { key, agencyId, sha256: stored.sha256, contentType: type, width: image.width, height: image.height, createdBy: user.id });
    audit({ action: 'article.image.upload', entity: 'article_image', entityId: id, agencyId, data: { size: stored.size } });
  });
  return { key, url: imagePath(key), width: image.width, height: image.height };
}

export async function imageFile(deps: ModuleDeps, key: string) {
  const image = await repo.imageByKey(deps.db, key);
  if (!image) throw e.imageNotFound();
  return { contentType: image.contentType, data: await deps.files.read(image.sha256) };
}
