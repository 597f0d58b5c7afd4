import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { S3Config } from '../config.js';
import { AppError } from './errors.js';

/** Seconds a client is asked to wait: a store that is away often comes back by itself, a full one needs an operator. */
const RETRY_AFTER = { unavailable: 30, full: 300 };

export const storageErrors = {
  full: (cause?: unknown) => withRetry(new AppError('FILE_STORE_FULL', 507,
    'Kho lưu trữ tệp đã đầy nên chưa lưu được tệp; không có dữ liệu nào bị ghi dở. Vui lòng thử lại sau hoặc báo quản trị viên.'), RETRY_AFTER.full, cause),
  unavailable: (cause?: unknown) => withRetry(new AppError('FILE_STORE_UNAVAILABLE', 503,
    'Kho lưu trữ tệp tạm thời không truy cập được; không có dữ liệu nào bị ghi dở. Vui lòng thử lại sau ít phút.'), RETRY_AFTER.unavailable, cause),
};

function withRetry(error: AppError, seconds: number, cause: unknown): AppError {
  error.retryAfterSeconds = seconds;
  if (cause !== undefined) error.cause = cause;
  return error;
}

/**
 * Where the bytes of files live, by key (`ab/<sha256>`). A put stores all of the data or nothing that a
 * reader could see; a failure that is the store's (full, away, read-only) comes out as a storageErrors one.
 */
export interface FileBackend {
  readonly kind: 'local' | 's3';
  has(key: string): Promise<boolean>;
  /**
   * Like `has`, and marks the bytes found as just used, so that a sweep of unreferenced files (which
   * spares recent ones) leaves them to the row about to reference them.
   */
  keep(key: string): Promise<boolean>;
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer>;
  /** Removes unreferenced files unused since `before` (see LocalFolder.sweep); a store without it is not swept. */
  sweep?(before: Date, referenced: (sha256s: string[]) => Promise<Set<string>>): Promise<{ files: number; bytes: number }>;
}

const FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);
/** A disk that cannot be written for now (read-only remount after errors, a network mount gone away, too many open files). */
const AWAY_CODES = new Set(['EROFS', 'EIO', 'EACCES', 'EPERM', 'ENOTCONN', 'ESTALE', 'EMFILE', 'ENFILE', 'ETIMEDOUT', 'EHOSTDOWN']);

function localFault(error: unknown, writing = false): unknown {
  const code = (error as NodeJS.ErrnoException)?.code ?? '';
  if (FULL_CODES.has(code)) return storageErrors.full(error);
  // While writing, a folder that cannot be found is the store's (unmounted; and Node's recursive mkdir
  // reports a read-only file system as ENOENT).
  if (AWAY_CODES.has(code) || (writing && code === 'ENOENT')) return storageErrors.unavailable(error);
  return error;
}

/** A folder on this machine (or a mount shared by the nodes). */
export class LocalFolder implements FileBackend {
  readonly kind = 'local';
  constructor(readonly dir: string) {}

  private pathOf(key: string) {
    return path.join(this.dir, key);
  }

  async has(key: string) {
    try {
      await fs.access(this.pathOf(key));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw localFault(error);
    }
  }

  async keep(key: string) {
    const now = new Date();
    try {
      await fs.utimes(this.pathOf(key), now, now);
      return true;
    } catch (error) {
      // Missing, or another user's (a restore made by root): written again, as this process's and fresh.
      if (['ENOENT', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '')) return false;
      throw localFault(error);
    }
  }

  async put(key: string, data: Buffer) {
    const target = this.pathOf(key);
    // Written aside, flushed, then renamed: a reader never sees half a file, two writers of the same bytes
    // agree, and a full disk (which delayed allocation may only report at the flush) leaves nothing behind.
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    let handle: fs.FileHandle | undefined;
    try {
      await fs.mkdir(path.dirname(target), { recursive: true });
      handle = await fs.open(temporary, 'wx');
      await handle.writeFile(data);
      await handle.sync();
      await handle.close();
      handle = undefined;
      await fs.rename(temporary, target);
    } catch (error) {
      await handle?.close().catch(() => undefined);
      await fs.rm(temporary, { force: true }).catch(() => undefined);
      throw localFault(error, true);
    }
  }

  async get(key: string) {
    try {
      return await fs.readFile(this.pathOf(key));
    } catch (error) {
      throw localFault(error);
    }
  }

  /**
   * Removes the files last used before `before` that `referenced` does not claim, and writes left half done
   * by a crash. A file is first moved aside, then removed only if nobody used it meanwhile (`keep` or `put`
   * of the same bytes): otherwise it is put back.
   */
  async sweep(before: Date, referenced: (sha256s: string[]) => Promise<Set<string>>): Promise<{ files: number; bytes: number }> {
    const removed = { files: 0, bytes: 0 };
    const lastUsed = (file: string) => fs.stat(file).catch(() => null);
    const remove = async (file: string, size: number) => {
      await fs.rm(file, { force: true });
      removed.files += 1;
      removed.bytes += size;
    };
    for (const folder of await fs.readdir(this.dir).catch(() => [] as string[])) {
      if (!/^[0-9a-f]{2}$/.test(folder)) continue;
      const candidates: string[] = [];
      for (const name of await fs.readdir(path.join(this.dir, folder))) {
        const file = path.join(this.dir, folder, name);
        const stat = await lastUsed(file);
        if (!stat) continue;
        if (/^[0-9a-f]{64}$/.test(name)) {
          if (stat.mtime < before) candidates.push(name);
        } else if (name.endsWith('.sweep') && stat.mtime >= before) {
          // Used while a sweep that then stopped (a crash) had it aside: back where it was. (Renames here
          // may lose a race with another node's sweep of a shared folder, which then does the same.)
          await fs.rename(file, file.slice(0, -'.sweep'.length)).catch(() => undefined);
        } else if (/\.(tmp|sweep)$/.test(name) && stat.mtime < before) {
          await remove(file, stat.size);
        }
      }
      if (candidates.length === 0) continue;
      const used = await referenced(candidates);
      for (const name of candidates.filter((c) => !used.has(c))) {
        const file = path.join(this.dir, folder, name);
        const aside = `${file}.sweep`;
        if (!(await fs.rename(file, aside).then(() => true, () => false))) continue;
        const stat = await lastUsed(aside);
        if (!stat) continue;
        if (stat.mtime < before) await remove(aside, stat.size);
        // Used since it was listed: back where it was (the same bytes if a put wrote them again meanwhile).
        else await fs.rename(aside, file).catch(() => undefined);
      }
    }
    return removed;
  }
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'ECONNABORTED']);
/** What S3-compatible servers answer when out of room or over quota (MinIO, Ceph RGW). */
const FULL_ANSWERS = new Set(['XMinioStorageFull', 'InsufficientStorage', 'QuotaExceeded', 'XMinioAdminBucketQuotaExceeded']);

function s3Fault(error: unknown): unknown {
  if (error instanceof S3ServiceException) {
    if (FULL_ANSWERS.has(error.name) || error.$metadata.httpStatusCode === 507) return storageErrors.full(error);
    // Any other answer (throttled, down, a bucket missing or refused) is the store's, not the request's.
    return storageErrors.unavailable(error);
  }
  const e = error as { code?: string; name?: string };
  if (NETWORK_CODES.has(e?.code ?? '') || e?.name === 'TimeoutError' || e?.name === 'RequestTimeout') return storageErrors.unavailable(error);
  return error;
}

/** An S3-compatible bucket (AWS S3, MinIO, Ceph, Garage…) shared by every node. */
export class S3Bucket implements FileBackend {
  readonly kind = 's3';
  private readonly client: S3Client;
  readonly bucket: string;

  constructor(config: S3Config) {
    this.bucket = config.bucket;
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: config.credentials,
      // Checksums only where S3 requires them: servers of one's own do not all read the SDK's default
      // streaming (aws-chunked) trailers. The body is checked by Content-MD5 instead, which all of them do.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
      // A store that does not answer fails the request within seconds, rather than holding it open.
      requestHandler: { connectionTimeout: 3_000, requestTimeout: 30_000 },
    });
  }

  async has(key: string) {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (error instanceof S3ServiceException && (error.name === 'NotFound' || error.name === 'NoSuchKey')) return false;
      throw s3Fault(error);
    }
  }

  /** A bucket is not swept, so there is nothing to mark. */
  keep(key: string) {
    return this.has(key);
  }

  async put(key: string, data: Buffer, contentType: string) {
    try {
      // One PUT: S3 makes an object visible only once all of it arrived, and refuses a body whose digest differs.
      await this.client.send(new PutObjectCommand({
        Bucket: this.bucket, Key: key, Body: data, ContentLength: data.length, ContentType: contentType,
        ContentMD5: createHash('md5').update(data).digest('base64'),
      }));
    } catch (error) {
      throw s3Fault(error);
    }
  }

  async get(key: string) {
    try {
      const found = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return Buffer.from(await found.Body!.transformToByteArray());
    } catch (error) {
      if (error instanceof S3ServiceException && error.name === 'NoSuchKey') throw Object.assign(new Error(`file ${key} is not in bucket ${this.bucket}`), { code: 'ENOENT' });
      throw s3Fault(error);
    }
  }

  close() {
    this.client.destroy();
  }
}
