import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createDatabaseFromTemplate, databaseUrl, dropDatabase } from '../../test/database.js';
import { startS3Server, type S3TestServer } from '../../test/s3-server.js';
import { loadConfig } from '../config.js';
import { createPool, type Db } from './db.js';
import { AppError } from './errors.js';
import { createFileStore, FileStore, LocalFolder, S3Bucket, type FileBackend } from './files.js';

const run = promisify(execFile);

let db: Db;
let dbName: string;
beforeAll(async () => {
  dbName = await createDatabaseFromTemplate(inject('serverUrl'), inject('templateDb'));
  db = createPool(databaseUrl(inject('serverUrl'), dbName), 4);
});
afterAll(async () => {
  await db?.end();
  if (dbName) await dropDatabase(inject('serverUrl'), dbName);
});

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const rowOf = async (data: Buffer) => (await db.query('SELECT size, content_type AS "contentType" FROM files WHERE sha256 = $1', [sha(data)])).rows[0];

/** Everything under `dir`, as relative paths. */
async function listed(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

/** How each backend is set up, broken (its store away) and mended, for the same suite. */
type Fixture = {
  store: FileStore;
  /** The objects as the storage itself holds them (the folder, or s3rver's folder of objects). */
  objects: () => Promise<string[]>;
  /** Takes the store away; undefined when this machine cannot (mounting needs root). */
  breakStore?: () => Promise<void>;
  mendStore?: () => Promise<void>;
  close: () => Promise<void>;
};

async function localFixture(): Promise<Fixture> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinhso-files-'));
  const mounted = await run('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir]).then(() => true, () => false);
  if (!mounted) console.warn('files.test: cannot mount a tmpfs here (needs root): the local folder\'s "store away" case is skipped');
  return {
    store: new FileStore(new LocalFolder(dir)),
    objects: () => listed(dir),
    // A disk remounted read-only, as the kernel does after I/O errors.
    breakStore: mounted ? async () => void (await run('mount', ['-o', 'remount,ro', dir])) : undefined,
    mendStore: mounted ? async () => void (await run('mount', ['-o', 'remount,rw', dir])) : undefined,
    async close() {
      if (mounted) await run('umount', [dir]);
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

async function s3Fixture(): Promise<Fixture> {
  const server: S3TestServer = await startS3Server();
  const backend = new S3Bucket(server.config);
  return {
    store: new FileStore(backend),
    objects: async () => (await listed(path.join(server.dir, server.config.bucket))).filter((f) => f.endsWith('._S3rver_object')),
    breakStore: server.stop,
    mendStore: server.start,
    async close() {
      backend.close();
      await server.close();
    },
  };
}

describe.each([
  { name: 'the local folder', setup: localFixture },
  { name: 'an S3-compatible bucket (s3rver)', setup: s3Fixture },
])('FileStore on $name', ({ setup }) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await setup();
  });
  afterAll(() => f?.close());

  it('stores a file whole, indexes it, and reads the same bytes back', async () => {
    const data = randomBytes(300_000);
    const stored = await f.store.save(db, data, 'application/pdf');
    expect(stored).toEqual({ sha256: sha(data), size: data.length, contentType: 'application/pdf' });
    expect(await rowOf(data)).toEqual({ size: data.length, contentType: 'application/pdf' });
    expect((await f.store.read(stored.sha256)).equals(data)).toBe(true);
    expect((await f.objects()).filter((o) => o.includes(stored.sha256))).toHaveLength(1);
  });

  it('keeps one copy and one row when the same bytes are saved at once by many writers', async () => {
    const data = randomBytes(50_000);
    const saved = await Promise.all(Array.from({ length: 8 }, () => f.store.save(db, data, 'image/png')));
    expect(new Set(saved.map((s) => s.sha256)).size).toBe(1);
    expect((await db.query('SELECT count(*)::int AS n FROM files WHERE sha256 = $1', [sha(data)])).rows[0].n).toBe(1);
    expect((await f.objects()).filter((o) => o.includes(sha(data)))).toHaveLength(1);
    expect((await f.store.read(sha(data))).equals(data)).toBe(true);
    // Nothing left aside by the writers that lost the race.
    expect((await f.objects()).filter((o) => o.endsWith('.tmp'))).toEqual([]);
  });

  it('reports a file that is not there as missing (ENOENT)', async () => {
    await expect(f.store.read('0'.repeat(64))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('answers FILE_STORE_UNAVAILABLE (503, Retry-After) while the store is away, writes no row, and works again once it is back', async (context) => {
    if (!f.breakStore) return context.skip();
    const data = randomBytes(10_000);
    const before = await f.objects();
    await f.breakStore();
    try {
      // Inside a transaction as the routes do: the error rolls it back, so no row of the caller's either.
      const client = await db.connect();
      let failure: unknown;
      try {
        await client.query('BEGIN');
        await f.store.save(client, data, 'application/pdf').catch((error) => {
          failure = error;
        });
        await client.query('ROLLBACK');
      } finally {
        client.release();
      }
      expect(failure).toBeInstanceOf(AppError);
      expect(failure).toMatchObject({ code: 'FILE_STORE_UNAVAILABLE', statusCode: 503, retryAfterSeconds: 30 });
      await expect(f.store.save(db, data, 'application/pdf')).rejects.toMatchObject({ code: 'FILE_STORE_UNAVAILABLE' });
      expect(await rowOf(data)).toBeUndefined();
    } finally {
      await f.mendStore!();
    }
    expect(await f.objects()).toEqual(before);
    await f.store.save(db, data, 'application/pdf');
    expect((await f.store.read(sha(data))).equals(data)).toBe(true);
    expect(await rowOf(data)).toEqual({ size: data.length, contentType: 'application/pdf' });
  });
});

describe('sweeping unreferenced files (local folder)', () => {
  it('removes bytes left by a rolled-back upload once old, and spares referenced, recent and reused ones', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinhso-sweep-'));
    try {
      const store = new FileStore(new LocalFolder(dir));
      const fileOf = (data: Buffer) => path.join(dir, sha(data).slice(0, 2), sha(data));
      const age = (file: string, hours: number) => fs.utimes(file, new Date(Date.now() - hours * 3_600_000), new Date(Date.now() - hours * 3_600_000));
      const [referenced, orphan, recent, reused] = [0, 1, 2, 3].map(() => randomBytes(64));
      await store.save(db, referenced!, 'application/pdf');
      // Stored, then the transaction that would have indexed it rolled back.
      const client = await db.connect();
      try {
        await client.query('BEGIN');
        await store.save(client, orphan!, 'application/pdf');
        await client.query('ROLLBACK');
      } finally {
        client.release();
      }
      for (const data of [recent!, reused!]) await store.put(data, 'application/pdf');
      for (const data of [referenced!, orphan!, reused!]) await age(fileOf(data), 48);
      await age(fileOf(recent!), 1);
      // The same bytes uploaded again: stored once already, marked as used for the row to come.
      await store.put(reused!, 'application/pdf');
      const halfWritten = `${fileOf(orphan!)}.0a1b2c.tmp`;
      await fs.writeFile(halfWritten, 'x');
      await age(halfWritten, 48);

      const removed = await store.sweepUnreferenced(db, new Date(Date.now() - 24 * 3_600_000));
      expect(removed).toEqual({ files: 2, bytes: 65 });
      const exists = (file: string) => fs.access(file).then(() => true, () => false);
      expect(await Promise.all([referenced, orphan, recent, reused].map((d) => exists(fileOf(d!))))).toEqual([true, false, true, true]);
      expect(await exists(halfWritten)).toBe(false);
      expect(await store.read(sha(referenced!))).toEqual(referenced);
      expect(await store.sweepUnreferenced(db, new Date(Date.now() - 24 * 3_600_000))).toEqual({ files: 0, bytes: 0 });

      // Uploaded again while the sweep decides (after its listing, before its removal): put back, not removed.
      const raced = randomBytes(32);
      await store.put(raced, 'application/pdf');
      await age(fileOf(raced), 48);
      const folder = store.backend as LocalFolder;
      expect(await folder.sweep(new Date(Date.now() - 24 * 3_600_000), async (names) => {
        if (names.includes(sha(raced))) await store.put(raced, 'application/pdf');
        return new Set(names.filter((name) => name === sha(referenced!)));
      })).toEqual({ files: 0, bytes: 0 });
      expect(await store.read(sha(raced))).toEqual(raced);

      // A sweep that stopped (a crash) with a file aside that was used meanwhile: the next one puts it back.
      await fs.rename(fileOf(raced), `${fileOf(raced)}.sweep`);
      await store.sweepUnreferenced(db, new Date(Date.now() - 24 * 3_600_000));
      expect(await store.read(sha(raced))).toEqual(raced);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('createFileStore', () => {
  it('uses the bucket when S3 is configured, the folder DATA_DIR/files otherwise', () => {
    const local = createFileStore({ dataDir: '/srv/tinhso', s3: null });
    expect(local.backend).toBeInstanceOf(LocalFolder);
    expect((local.backend as LocalFolder).dir).toBe('/srv/tinhso/files');
    const s3 = createFileStore({ dataDir: '/srv/tinhso', s3: { bucket: 'b', region: 'us-east-1', endpoint: 'http://127.0.0.1:1', forcePathStyle: true, credentials: undefined } });
    expect(s3.backend).toBeInstanceOf(S3Bucket);
    (s3.backend as S3Bucket).close();
  });

  it('answers FILE_STORE_UNAVAILABLE when nothing listens at the S3 address', async () => {
    const backend: FileBackend = new S3Bucket({ bucket: 'tinhso-files', region: 'us-east-1', endpoint: 'http://127.0.0.1:9', forcePathStyle: true, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    await expect(new FileStore(backend).save(db, randomBytes(10), 'application/pdf')).rejects.toMatchObject({ code: 'FILE_STORE_UNAVAILABLE', statusCode: 503 });
    await expect(backend.get('ab/cd')).rejects.toMatchObject({ code: 'FILE_STORE_UNAVAILABLE' });
  });
});

describe('the S3_* settings', () => {
  it('leave files in the local folder unless S3_BUCKET is set', () => {
    expect(loadConfig({}).s3).toBeNull();
    expect(loadConfig({ S3_ENDPOINT: 'http://127.0.0.1:9000' }).s3).toBeNull();
  });

  it('read a bucket on a server of one\'s own, by path unless told otherwise', () => {
    expect(loadConfig({ S3_BUCKET: 'tinhso', S3_ENDPOINT: 'http://minio:9000/', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' }).s3).toEqual({
      bucket: 'tinhso', endpoint: 'http://minio:9000', region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'k', secretAccessKey: 's' },
    });
    expect(loadConfig({ S3_BUCKET: 'tinhso', S3_ENDPOINT: 'https://s3.example.vn', S3_FORCE_PATH_STYLE: 'false' }).s3?.forcePathStyle).toBe(false);
    expect(loadConfig({ S3_BUCKET: 'tinhso', S3_REGION: 'ap-southeast-1' }).s3).toMatchObject({ endpoint: undefined, region: 'ap-southeast-1', forcePathStyle: false, credentials: undefined });
  });

  it('refuse an endpoint that is not an http(s) address, and a key without its secret', () => {
    expect(() => loadConfig({ S3_BUCKET: 'tinhso', S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT/);
    expect(() => loadConfig({ S3_BUCKET: 'tinhso', S3_ACCESS_KEY_ID: 'k' })).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(() => loadConfig({ S3_BUCKET: 'tinhso', S3_FORCE_PATH_STYLE: 'maybe' })).toThrow(/S3_FORCE_PATH_STYLE/);
  });
});
