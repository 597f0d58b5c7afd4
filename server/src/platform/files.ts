import { createHash } from 'node:crypto';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FastifyBaseLogger } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import type { Config } from '../config.js';
import type { Queryable } from './db.js';
import { AppError } from './errors.js';
import { type FileBackend, LocalFolder, S3Bucket } from './file-storage.js';
import { repeat } from './repeat.js';

export { storageErrors, type FileBackend, LocalFolder, S3Bucket } from './file-storage.js';

/** What citizens may attach: checked by the bytes, never by the file name. */
export const ALLOWED_UPLOAD_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export const fileErrors = {
  typeNotAllowed: () => new AppError('FILE_TYPE_NOT_ALLOWED', 415, 'Chỉ chấp nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp).'),
  tooLarge: (limit: number) => new AppError('FILE_TOO_LARGE', 413, `Tệp vượt quá dung lượng cho phép (${Math.floor(limit / 1024 / 1024)} MB).`),
  missing: () => new AppError('FILE_MISSING', 400, 'Vui lòng chọn tệp để tải lên.'),
  empty: () => new AppError('FILE_EMPTY', 400, 'Tệp tải lên không có nội dung.'),
  unreadable: () => new AppError('FILE_UNREADABLE', 415, 'Không mở được tệp: tệp bị hỏng, không đầy đủ hoặc không đúng định dạng PDF, JPEG, PNG. Vui lòng kiểm tra và gửi lại.'),
  // Refused rather than accepted unread: officials must open attachments without a password, the
  // archive must stay readable, and results are signed by rewriting the PDF, which encryption prevents.
  encrypted: () => new AppError('FILE_ENCRYPTED', 415, 'Tệp PDF được đặt mật khẩu hoặc mã hóa: vui lòng gửi bản không đặt mật khẩu để cơ quan mở, lưu trữ và ký số được.'),
  imageTooLarge: () => new AppError('IMAGE_TOO_LARGE', 415, `Ảnh có kích thước quá lớn (tối đa ${MAX_IMAGE_MEGAPIXELS} megapixel), vui lòng thu nhỏ rồi gửi lại.`),
};

/** An image is decoded whole to prove it readable: its pixel count bounds the memory that takes. */
const MAX_IMAGE_MEGAPIXELS = 50;
/** What one file's check may cost before it is refused; a hostile file costs a worker, never the server. */
const CHECK_LIMITS = { timeoutMs: 20_000, heapMb: 256, decodedPdfStreamBytes: 128 * 1024 * 1024 };

type Verdict = 'ok' | 'unreadable' | 'encrypted' | 'imageTooLarge';

/*
 * Runs in a worker thread (plain CommonJS, evaluated from this string so that it needs no build
 * step): opens the file with a real parser or decoder. pdf-lib inflates object and cross-reference
 * streams while parsing with no limit of its own, so a small compressed stream could expand to
 * gigabytes: this worker's copy of its buffer growth is capped (the patch lives and dies with the
 * worker). The JavaScript heap is capped by the worker's resource limits, the time by the caller.
 */
const CHECK_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const load = require('node:module').createRequire(workerData.base);
const { type, bytes, limits } = workerData;

async function inspect() {
  if (type === 'application/pdf') {
    const DecodeStream = load('pdf-lib/cjs/core/streams/DecodeStream').default;
    const ensureBuffer = DecodeStream.prototype.ensureBuffer;
    let decoded = 0;
    DecodeStream.prototype.ensureBuffer = function (requested) {
      const before = this.buffer ? this.buffer.byteLength : 0;
      // Checked before allocating; pdf-lib swallows the error and moves on, so the refusal is sticky.
      if (decoded + Math.max(0, requested - before) > limits.decodedPdfStreamBytes) {
        decoded = Infinity;
        throw new Error('decoded streams too large');
      }
      const buffer = ensureBuffer.call(this, requested);
      decoded += buffer.byteLength - before;
      return buffer;
    };
    const { PDFDocument } = load('pdf-lib');
    // Encryption is read from the trailer, so the structure is parsed even when the content is not readable.
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    if (pdf.isEncrypted) return 'encrypted';
    return decoded <= limits.decodedPdfStreamBytes && pdf.getPageCount() > 0 ? 'ok' : 'unreadable';
  }
  if (type === 'image/png') {
    // IHDR comes first: refuse huge canvases before inflating them.
    if (bytes.length < 24) return 'unreadable';
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.readUInt32BE(16) * view.readUInt32BE(20) > limits.maxImagePixels) return 'imageTooLarge';
    const { PNG } = load('pngjs');
    PNG.sync.read(view, { checkCRC: true });
    return 'ok';
  }
  if (type === 'image/jpeg') {
    const jpeg = load('jpeg-js');
    try {
      jpeg.decode(bytes, { useTArray: true, tolerantDecoding: false, maxResolutionInMP: limits.maxImagePixels / 1e6, maxMemoryUsageInMB: limits.heapMb });
    } catch (error) {
      return /maxResolutionInMP|maxMemoryUsageInMB/.test(String(error && error.message)) ? 'imageTooLarge' : 'unreadable';
    }
    return 'ok';
  }
  return 'unreadable';
}

inspect().then((verdict) => parentPort.postMessage(verdict), () => parentPort.postMessage('unreadable'));
`;

/** Opens `data` as `type` in a worker with bounded memory and time; anything but a clean open refuses it. */
function inspectFile(type: string, data: Buffer): Promise<Verdict> {
  return new Promise((resolve) => {
    const worker = new Worker(CHECK_SOURCE, {
      eval: true,
      workerData: {
        base: import.meta.url, type, bytes: new Uint8Array(data),
        limits: { ...CHECK_LIMITS, maxImagePixels: MAX_IMAGE_MEGAPIXELS * 1_000_000 },
      },
      resourceLimits: { maxOldGenerationSizeMb: CHECK_LIMITS.heapMb, maxYoungGenerationSizeMb: 32 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (verdict: Verdict) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(verdict);
    };
    const timer = setTimeout(() => settle('unreadable'), CHECK_LIMITS.timeoutMs);
    worker.on('message', (verdict: Verdict) => settle(verdict));
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY), a decoder's crash, an exit without a verdict: not readable.
    worker.on('error', () => settle('unreadable'));
    worker.on('exit', () => settle('unreadable'));
  });
}

export type StoredFile = { sha256: string; size: number; contentType: string };

/**
 * Content-addressed files (`ab/<sha256>`) in a backend (a local folder, or an S3-compatible bucket), indexed in
 * the `files` table. The bytes are stored before their row is written: a row committed always points to a file
 * stored whole; a transaction rolled back after storing leaves at most an unreferenced file, never a dangling row.
 */
export class FileStore {
  constructor(readonly backend: FileBackend) {}

  private keyOf(sha256: string) {
    return `${sha256.slice(0, 2)}/${sha256}`;
  }

  /**
   * Checks an upload's real type and opens it (first bytes alone do not make a PDF); returns its content
   * type. Done before any transaction: nothing is locked while a file is parsed.
   */
  async checkUpload(data: Buffer): Promise<string> {
    if (data.length === 0) throw fileErrors.empty();
    const detected = await fileTypeFromBuffer(data);
    if (!detected || !(ALLOWED_UPLOAD_TYPES as readonly string[]).includes(detected.mime)) throw fileErrors.typeNotAllowed();
    const verdict = await inspectFile(detected.mime, data);
    if (verdict !== 'ok') throw fileErrors[verdict]();
    return detected.mime;
  }

  /**
   * Stores a file (an upload already checked, or one the platform produced: slips, signed results) and indexes
   * it. A full or unreachable store throws FILE_STORE_FULL (507) or FILE_STORE_UNAVAILABLE (503) before any row
   * is written.
   */
  async save(db: Queryable, data: Buffer, contentType: string): Promise<StoredFile> {
    const stored = await this.put(data, contentType);
    await this.index(db, stored);
    return stored;
  }

  /**
   * Stores the bytes only, for uploads: called before the transaction that will `index` them, so that no
   * row stays locked while a remote store answers (or times out).
   */
  async put(data: Buffer, contentType: string): Promise<StoredFile> {
    const sha256 = createHash('sha256').update(data).digest('hex');
    const key = this.keyOf(sha256);
    if (!(await this.backend.keep(key))) await this.backend.put(key, data, contentType);
    return { sha256, size: data.length, contentType };
  }

  /** Records a file stored by `put` in the `files` table, in the caller's transaction. */
  async index(db: Queryable, stored: StoredFile): Promise<void> {
    await db.query('INSERT INTO files (sha256, size, content_type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [stored.sha256, stored.size, stored.contentType]);
  }

  read(sha256: string): Promise<Buffer> {
    return this.backend.get(this.keyOf(sha256));
  }

  /**
   * Removes stored bytes no `files` row references and nobody stored or reused since `before`: what an
   * upload whose transaction rolled back (or a crash between storing and committing) left behind. Only a
   * local folder is swept; a bucket is listed by its own tools.
   */
  async sweepUnreferenced(db: Queryable, before: Date): Promise<{ files: number; bytes: number }> {
    if (!this.backend.sweep) return { files: 0, bytes: 0 };
    return this.backend.sweep(before, async (sha256s) => {
      const found = await db.query<{ sha256: string }>('SELECT sha256 FROM files WHERE sha256 = ANY($1::text[])', [sha256s]);
      return new Set(found.rows.map((r) => r.sha256));
    });
  }
}

/** Unreferenced bytes are removed once a day old: far longer than any transaction between storing and committing. */
const SWEEP_AFTER_MS = 24 * 3_600_000;

/** Sweeps the store every six hours, the first time ten minutes after start. */
export function startFileSweeper(store: FileStore, db: Queryable, log: FastifyBaseLogger) {
  const sweeper = repeat(async () => {
    const removed = await store.sweepUnreferenced(db, new Date(Date.now() - SWEEP_AFTER_MS));
    if (removed.files > 0) log.info(removed, 'unreferenced stored files removed');
  }, { intervalMs: 6 * 3_600_000, firstDelayMs: 10 * 60_000, onError: (error) => log.error({ err: error }, 'sweep of stored files failed') });
  return () => sweeper.stop();
}

/** The store the configuration asks for: the bucket when S3 is configured, else `dataDir/files`. */
export function createFileStore(config: Pick<Config, 's3' | 'dataDir'>): FileStore {
  return new FileStore(config.s3 ? new S3Bucket(config.s3) : new LocalFolder(path.join(config.dataDir, 'files')));
}
