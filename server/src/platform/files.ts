import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import type { Queryable } from './db.js';
import { AppError } from './errors.js';

/** What citizens may attach: checked by the bytes, never by the file name. */
export const ALLOWED_UPLOAD_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export const fileErrors = {
  typeNotAllowed: () => new AppError('FILE_TYPE_NOT_ALLOWED', 415, 'Chỉ chấp nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp).'),
  tooLarge: (limit: number) => new AppError('FILE_TOO_LARGE', 413, `Tệp vượt quá dung lượng cho phép (${Math.floor(limit / 1024 / 1024)} MB).`),
  missing: () => new AppError('FILE_MISSING', 400, 'Vui lòng chọn tệp để tải lên.'),
  empty: () => new AppError('FILE_EMPTY', 400, 'Tệp tải lên không có nội dung.'),
};

export type StoredFile = { sha256: string; size: number; contentType: string };

/** Content-addressed files on disk (`<dir>/ab/<sha256>`), indexed in the `files` table. */
export class FileStore {
  constructor(private readonly dir: string) {}

  private pathOf(sha256: string) {
    return path.join(this.dir, sha256.slice(0, 2), sha256);
  }

  /** Stores an upload after checking its real type. */
  async saveUpload(db: Queryable, data: Buffer): Promise<StoredFile> {
    if (data.length === 0) throw fileErrors.empty();
    const detected = await fileTypeFromBuffer(data);
    if (!detected || !(ALLOWED_UPLOAD_TYPES as readonly string[]).includes(detected.mime)) throw fileErrors.typeNotAllowed();
    return this.save(db, data, detected.mime);
  }

  /** Stores a file the platform produced itself (slips, signed results). */
  async save(db: Queryable, data: Buffer, contentType: string): Promise<StoredFile> {
    const sha256 = createHash('sha256').update(data).digest('hex');
    const target = this.pathOf(sha256);
    await fs.mkdir(path.dirname(target), { recursive: true });
    try {
      await fs.access(target);
    } catch {
      // Write then rename: a reader never sees half a file, and two writers of the same bytes agree.
      const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      await fs.writeFile(temporary, data);
      await fs.rename(temporary, target);
    }
    await db.query('INSERT INTO files (sha256, size, content_type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [sha256, data.length, contentType]);
    return { sha256, size: data.length, contentType };
  }

  read(sha256: string): Promise<Buffer> {
    return fs.readFile(this.pathOf(sha256));
  }
}
