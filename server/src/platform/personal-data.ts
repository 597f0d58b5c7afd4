import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import type { Db, Queryable } from './db.js';
import { readOrCreateSecret } from './secrets.js';

/**
 * Encryption at rest of personal data: ID numbers (CCCD), phone numbers and addresses.
 *
 * Envelope encryption. The key-encryption keys (KEK) come from the environment (DATA_ENCRYPTION_KEY,
 * `id:base64` entries, the first one current; demo mode generates one under DATA_DIR) and never reach the
 * database. Each KEK generation has one data key (DEK, 256 bits, random), stored in `data_keys` wrapped
 * (AES-256-GCM) by a KEK; nodes unwrap every data key once at start-up. Values are sealed with AES-256-GCM
 * under the current generation's data key, as text `enc:v1:<data key id>:<base64url(iv | ciphertext | tag)>`
 * (bytea bodies: the bytes `TSE1`, the key id, iv, tag, ciphertext).
 *
 * Rotation: put a new KEK first in DATA_ENCRYPTION_KEY and keep the old one after it; at start-up a new data
 * key is made for the new generation (new values use it) and the older data keys are re-wrapped under the
 * new KEK, after which the old KEK may be removed. Old values stay readable; `sealExistingRows` seals
 * anything still in clear.
 *
 * Reading is transparent: pg type parsers (text, varchar, json, jsonb, bytea) open sealed values as rows
 * arrive, so the code that presents data to an authorized user is unchanged. Writing is explicit: the
 * repositories seal what they store (`seal`, `sealFields`), and the lookups that search by an ID number or a
 * phone use a keyed hash (HMAC-SHA256 under DATA_HASH_KEY, a key of its own) stored beside the sealed value.
 */

const TEXT_PREFIX = 'enc:v1:';
const BYTES_MAGIC = Buffer.from('TSE1');
const KEY_ID_BYTES = 8;

export type KeyEncryptionKey = { id: string; key: Buffer };
export type PersonalDataKeys = { keks: KeyEncryptionKey[]; hashKey: Buffer };

type State = { current: { id: string; key: Buffer }; keys: Map<string, Buffer>; hashKey: Buffer };
let state: State | undefined;

export class DataKeyError extends Error {}

/** Parses DATA_ENCRYPTION_KEY: `id:base64` entries separated by commas, 32-byte keys, the first current. */
export function parseKeyEncryptionKeys(raw: string): KeyEncryptionKey[] {
  const keys = raw.split(',').map((entry) => entry.trim()).filter(Boolean).map((entry) => {
    const match = /^([A-Za-z0-9_-]{1,32}):([A-Za-z0-9+/_=-]+)$/.exec(entry);
    if (!match) throw new DataKeyError('DATA_ENCRYPTION_KEY must be id:base64 entries (32-byte keys) separated by commas');
    const key = Buffer.from(match[2]!, 'base64');
    if (key.length !== 32) throw new DataKeyError(`DATA_ENCRYPTION_KEY: key "${match[1]}" must be 32 bytes (base64 of 32 random bytes)`);
    return { id: match[1]!, key };
  });
  if (!keys.length) throw new DataKeyError('DATA_ENCRYPTION_KEY is empty');
  if (new Set(keys.map((k) => k.id)).size !== keys.length) throw new DataKeyError('DATA_ENCRYPTION_KEY names a key id twice');
  return keys;
}

export function parseHashKey(raw: string): Buffer {
  const key = Buffer.from(raw.trim(), 'base64');
  if (key.length < 32) throw new DataKeyError('DATA_HASH_KEY must be base64 of at least 32 random bytes');
  return key;
}

/**
 * The keys from the settings; when unset, demo mode keeps generated ones under DATA_DIR (like its other
 * secrets), and production refuses to start.
 */
export async function resolvePersonalDataKeys(settings: { encryptionKey: string | undefined; hashKey: string | undefined; demo: boolean; dataDir: string }): Promise<PersonalDataKeys> {
  if ((!settings.encryptionKey || !settings.hashKey) && !settings.demo) {
    throw new DataKeyError('DATA_ENCRYPTION_KEY and DATA_HASH_KEY are required outside demo mode (personal data is encrypted at rest)');
  }
  const encryptionKey = settings.encryptionKey
    ?? `demo:${Buffer.from(await readOrCreateSecret(path.join(settings.dataDir, 'data-encryption-key'), 32), 'base64url').toString('base64')}`;
  const hashKey = settings.hashKey
    ?? Buffer.from(await readOrCreateSecret(path.join(settings.dataDir, 'data-hash-key'), 32), 'base64url').toString('base64');
  return { keks: parseKeyEncryptionKeys(encryptionKey), hashKey: parseHashKey(hashKey) };
}

/** The demo keys kept under `dataDir`, as the environment of another process of the platform on the same database. */
export async function demoKeyEnvironment(dataDir: string): Promise<{ DATA_ENCRYPTION_KEY: string; DATA_HASH_KEY: string }> {
  const keys = await resolvePersonalDataKeys({ encryptionKey: undefined, hashKey: undefined, demo: true, dataDir });
  return { DATA_ENCRYPTION_KEY: keys.keks.map((k) => `${k.id}:${k.key.toString('base64')}`).join(','), DATA_HASH_KEY: keys.hashKey.toString('base64') };
}

function gcmSeal(key: Buffer, plain: Buffer, aad?: Buffer) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  if (aad) cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { iv, body, tag: cipher.getAuthTag() };
}

function gcmOpen(key: Buffer, iv: Buffer, body: Buffer, tag: Buffer, aad?: Buffer) {
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  if (aad) decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}

const wrapKey = (kek: KeyEncryptionKey, dataKeyId: string, dataKey: Buffer) => {
  const { iv, body, tag } = gcmSeal(kek.key, dataKey, Buffer.from(dataKeyId));
  return Buffer.concat([iv, tag, body]);
};
const unwrapKey = (kek: KeyEncryptionKey, dataKeyId: string, wrapped: Buffer) =>
  gcmOpen(kek.key, wrapped.subarray(0, 12), wrapped.subarray(28), wrapped.subarray(12, 28), Buffer.from(dataKeyId));

/**
 * Loads (and on the first start of a KEK generation, makes) the data keys, re-wraps older ones under the
 * current KEK, and installs the type parsers that open sealed values. Several nodes may start at once: the
 * data key of a generation is made under an advisory lock, once.
 */
export async function initPersonalData(db: Db, keys: PersonalDataKeys): Promise<void> {
  const current = keys.keks[0]!;
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtext('tinhso:data_keys'))");
    let rows = (await client.query<{ id: string; kek_id: string; wrapped: Buffer; generation: string }>('SELECT id, kek_id, wrapped, generation FROM data_keys')).rows;
    if (!rows.some((r) => r.generation === current.id)) {
      const id = randomBytes(KEY_ID_BYTES).toString('hex');
      await client.query('INSERT INTO data_keys (id, generation, kek_id, wrapped) VALUES ($1, $2, $3, $4)', [id, current.id, current.id, wrapKey(current, id, randomBytes(32))]);
      rows = (await client.query<{ id: string; kek_id: string; wrapped: Buffer; generation: string }>('SELECT id, kek_id, wrapped, generation FROM data_keys')).rows;
    }
    const unwrapped = new Map<string, Buffer>();
    for (const row of rows) {
      const kek = keys.keks.find((k) => k.id === row.kek_id);
      if (!kek) throw new DataKeyError(`data key ${row.id} is wrapped by key "${row.kek_id}", missing from DATA_ENCRYPTION_KEY`);
      let key: Buffer;
      try {
        key = unwrapKey(kek, row.id, row.wrapped);
      } catch {
        throw new DataKeyError(`data key ${row.id} cannot be unwrapped by key "${row.kek_id}" of DATA_ENCRYPTION_KEY (a different key under the same id?)`);
      }
      unwrapped.set(row.id, key);
      if (row.kek_id !== current.id) {
        await client.query('UPDATE data_keys SET kek_id = $2, wrapped = $3, rewrapped_at = now() WHERE id = $1', [row.id, current.id, wrapKey(current, row.id, key)]);
      }
    }
    await client.query('COMMIT');
    const currentRow = rows.find((r) => r.generation === current.id)!;
    // Keys of other databases opened in this process (tests) stay known: ids are random.
    const known = new Map([...(state?.keys ?? []), ...unwrapped]);
    state = { current: { id: currentRow.id, key: unwrapped.get(currentRow.id)! }, keys: known, hashKey: keys.hashKey };
    installTypeParsers();
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function need(): State {
  if (!state) throw new DataKeyError('personal data keys not loaded (initPersonalData)');
  return state;
}

export const isSealed = (value: unknown): value is string => typeof value === 'string' && value.startsWith(TEXT_PREFIX);

/** Seals a value for storage; null and empty stay as they are, a sealed value is not sealed twice. */
export function seal<T extends string | null | undefined>(value: T): T {
  if (value === null || value === undefined || value === '' || isSealed(value)) return value;
  const { current } = need();
  const { iv, body, tag } = gcmSeal(current.key, Buffer.from(value, 'utf8'));
  return `${TEXT_PREFIX}${current.id}:${Buffer.concat([iv, body, tag]).toString('base64url')}` as T;
}

/** Opens a sealed value; anything else (clear text of before the migration, a sealed value of an unknown key) is returned as it is. */
export function open(value: string): string {
  if (!isSealed(value) || !state) return value;
  const rest = value.slice(TEXT_PREFIX.length);
  const colon = rest.indexOf(':');
  const key = state.keys.get(rest.slice(0, colon));
  if (!key) return value;
  try {
    const raw = Buffer.from(rest.slice(colon + 1), 'base64url');
    return gcmOpen(key, raw.subarray(0, 12), raw.subarray(12, raw.length - 16), raw.subarray(raw.length - 16)).toString('utf8');
  } catch {
    return value;
  }
}

export function sealBytes(plain: Buffer): Buffer {
  if (plain.length === 0) return plain;
  const { current } = need();
  const { iv, body, tag } = gcmSeal(current.key, plain, BYTES_MAGIC);
  return Buffer.concat([BYTES_MAGIC, Buffer.from(current.id, 'hex'), iv, tag, body]);
}

export function openBytes(stored: Buffer): Buffer {
  if (stored.length < 40 || !stored.subarray(0, 4).equals(BYTES_MAGIC) || !state) return stored;
  const key = state.keys.get(stored.subarray(4, 12).toString('hex'));
  if (!key) return stored;
  try {
    return gcmOpen(key, stored.subarray(12, 24), stored.subarray(40), stored.subarray(24, 40), BYTES_MAGIC);
  } catch {
    return stored;
  }
}

/** Field names whose values are personal data wherever they appear in a stored JSON document. */
export const PERSONAL_FIELDS = new Set(['identityNumber', 'identity_number', 'phone', 'address', 'deliveryAddress', 'reporterPhone', 'contactPhone', 'soDinhDanh', 'SoDinhDanh', 'SoGiayToChuHoSo', 'soCccd', 'cccd', 'SoDienThoai', 'soDienThoai', 'DiaChi', 'diaChi']);

/** A copy of a JSON document with the values of personal fields (at any depth) sealed. */
export function sealFields<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => sealFields(v)) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date || Buffer.isBuffer(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = PERSONAL_FIELDS.has(k) && typeof v === 'string' ? seal(v) : sealFields(v);
  return out as T;
}

/** An answer shaped like an ID number, a tax code or a phone: 9–13 digits, perhaps with +, spaces or dots. */
const NUMBERED_ANSWER = /^\+?\d(?:[ .]?\d){8,12}$/;
/** An e-form address answer: JSON naming its province, district and commune (catalog/eform.ts). */
const isAddressAnswer = (v: string) => v.startsWith('{') && v.includes('"province"') && v.includes('"commune"');
/** A field named as an address (dia_chi_thuong_tru, dia_chi_thua_dat, address…), whatever its type. */
const ADDRESS_FIELD = /^(dia_?chi|address)/i;

/**
 * An e-form's answers (field name → value): ID numbers, tax codes, phones and addresses are sealed. The form's
 * field types (id_number, phone, address) are the catalog's, not known where the answers are stored: the
 * answer's shape, or the field's name, is what they share.
 */
export function sealFormAnswers<T extends Record<string, unknown>>(answers: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(answers)) {
    const personal = typeof v === 'string' && (NUMBERED_ANSWER.test(v.trim()) || isAddressAnswer(v) || PERSONAL_FIELDS.has(k) || ADDRESS_FIELD.test(k));
    out[k] = personal ? seal(v) : v;
  }
  return out as T;
}

/** Seals a text that carries a run of 9 or more digits (an ID number or a phone in a URL path or query), leaves others readable. */
export const sealIfNumbered = <T extends string | null | undefined>(text: T): T => (typeof text === 'string' && /\d{9,}/.test(text) ? seal(text) : text);

/** Digits of a phone number as the lookups compare them: 84xxxxxxxxx becomes 0xxxxxxxxx. */
export const phoneDigits = (phone: string) => phone.replace(/\D/g, '').replace(/^84(?=\d{9}$)/, '0');

/** The keyed hash a lookup searches by: HMAC-SHA256 over the kind and the normalized value; null for no value. */
export function lookupHash(kind: 'identity' | 'phone' | 'eid-subject', value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const normalized = kind === 'phone' ? phoneDigits(value) : value.trim().toUpperCase();
  if (!normalized) return null;
  return createHmac('sha256', need().hashKey).update(`${kind}:${normalized}`).digest('hex');
}

// The parsers as pg has them before ours: for reading what is stored, sealed values as they are.
const STORED_PARSERS: Record<number, (value: string) => unknown> = {
  [pg.types.builtins.TEXT]: (v) => v,
  [pg.types.builtins.VARCHAR]: (v) => v,
  [pg.types.builtins.JSON]: (v) => JSON.parse(v),
  [pg.types.builtins.JSONB]: (v) => JSON.parse(v),
  [pg.types.builtins.BYTEA]: pg.types.getTypeParser(pg.types.builtins.BYTEA) as (v: string) => Buffer,
};

/**
 * The `types` of a query that reads values as stored, sealed ones left sealed: the audit sealer and its
 * verifier hash what the table holds, so the chain verifies without the keys, and a key rotation (which
 * re-wraps data keys, never re-seals values) leaves it intact.
 */
export const STORED_TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => STORED_PARSERS[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

let parsersInstalled = false;
function installTypeParsers() {
  if (parsersInstalled) return;
  parsersInstalled = true;
  const { builtins } = pg.types;
  const openText = (v: string) => (v.startsWith(TEXT_PREFIX) ? open(v) : v);
  pg.types.setTypeParser(builtins.TEXT, openText);
  pg.types.setTypeParser(builtins.VARCHAR, openText);
  const openJson = (v: string) => {
    if (!v.includes(TEXT_PREFIX)) return JSON.parse(v);
    return JSON.parse(v, (_key, value) => (typeof value === 'string' && value.startsWith(TEXT_PREFIX) ? open(value) : value));
  };
  pg.types.setTypeParser(builtins.JSON, openJson);
  pg.types.setTypeParser(builtins.JSONB, openJson);
  const parseBytea = pg.types.getTypeParser(builtins.BYTEA) as (v: string) => Buffer;
  pg.types.setTypeParser(builtins.BYTEA, (v: string) => openBytes(parseBytea(v)));
}

export type Backfill = (db: Queryable) => Promise<number>;

/**
 * Seals what is still stored in clear (rows of before migration 0031, rows a tool wrote directly) and fills
 * the lookup hashes; run at start-up under an advisory lock, so one node does it and the others wait. Each
 * module names its own columns (`sealTextColumn`, `sealJsonColumn` in its index.ts). Values are read and
 * written by id in batches of 500; a sealed value is never sealed again.
 */
export async function sealExistingRows(db: Db, steps: Backfill[]): Promise<number> {
  const client = await db.connect();
  let sealed = 0;
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('tinhso:seal-personal-data'))");
    for (const step of steps) sealed += await step(client);
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext('tinhso:seal-personal-data'))").catch(() => undefined);
    client.release();
  }
  return sealed;
}

const notSealed = (expression: string) => `(${expression} IS NOT NULL AND ${expression} <> '' AND left(${expression}, 7) <> '${TEXT_PREFIX}')`;

/** A text column (of a table with an `id`) sealed in place; `hashes` fills keyed-hash columns from the clear value. */
export const sealTextColumn = (table: string, column: string, hashes: Record<string, 'identity' | 'phone'> = {}): Backfill => async (db) => {
  let count = 0;
  const hashColumns = Object.entries(hashes);
  for (;;) {
    const rows = (await db.query<{ id: number; value: string }>(
      `SELECT id, ${column} AS value FROM ${table} WHERE ${notSealed(column)} ORDER BY id LIMIT 500`)).rows;
    if (!rows.length) return count;
    await db.query(
      `UPDATE ${table} AS t SET ${column} = s.value${hashColumns.map(([h], i) => `, ${h} = s.h${i}`).join('')}
         FROM unnest($1::bigint[], $2::text[]${hashColumns.map((_, i) => `, $${i + 3}::text[]`).join('')}) AS s(id, value${hashColumns.map((_, i) => `, h${i}`).join('')})
        WHERE t.id = s.id`,
      [rows.map((r) => r.id), rows.map((r) => seal(r.value)), ...hashColumns.map(([, kind]) => rows.map((r) => lookupHash(kind, r.value)))]);
    count += rows.length;
  }
};

/** A JSON document column whose top-level personal fields are sealed in place; `hashes`: column → [kind, field]. */
export const sealJsonColumn = (table: string, column: string, hashes: Record<string, ['identity' | 'phone', string]> = {}): Backfill => async (db) => {
  let count = 0;
  const hashColumns = Object.entries(hashes);
  const fields = [...PERSONAL_FIELDS];
  for (;;) {
    const rows = (await db.query<{ id: number; value: Record<string, string> }>(
      `SELECT id, ${column} AS value FROM ${table}
        WHERE jsonb_typeof(${column}::jsonb) = 'object' AND (${fields.map((f) => notSealed(`${column}::jsonb->>'${f}'`)).join(' OR ')})
        ORDER BY id LIMIT 500`)).rows;
    if (!rows.length) return count;
    await db.query(
      `UPDATE ${table} AS t SET ${column} = s.value${hashColumns.map(([h], i) => `, ${h} = s.h${i}`).join('')}
         FROM unnest($1::bigint[], $2::jsonb[]${hashColumns.map((_, i) => `, $${i + 3}::text[]`).join('')}) AS s(id, value${hashColumns.map((_, i) => `, h${i}`).join('')})
        WHERE t.id = s.id`,
      [rows.map((r) => r.id), rows.map((r) => JSON.stringify(sealFields(r.value))), ...hashColumns.map(([, [kind, field]]) => rows.map((r) => lookupHash(kind, r.value[field])))]);
    count += rows.length;
  }
};

/** A column of e-form answers (a JSON object of strings) whose personal answers (`sealFormAnswers`) are sealed in place. */
export const sealFormColumn = (table: string, column: string): Backfill => async (db) => {
  let count = 0;
  // By id upwards: a row is read once, whatever its answers turn out to be.
  for (let after = 0; ;) {
    const rows = (await db.query<{ id: number; value: Record<string, unknown> }>(
      `SELECT id, ${column} AS value FROM ${table} t
        WHERE id > $1 AND jsonb_typeof(${column}::jsonb) = 'object' AND EXISTS (
          SELECT 1 FROM jsonb_each(t.${column}::jsonb) a, LATERAL (SELECT a.value #>> '{}' AS v) answer
           WHERE jsonb_typeof(a.value) = 'string' AND ${notSealed('answer.v')}
             AND (btrim(answer.v) ~ $2 OR (answer.v LIKE '{%' AND answer.v LIKE '%"province"%' AND answer.v LIKE '%"commune"%') OR a.key ~* $3 OR a.key = ANY($4)))
        ORDER BY id LIMIT 500`, [after, NUMBERED_ANSWER.source, ADDRESS_FIELD.source, [...PERSONAL_FIELDS]])).rows;
    if (!rows.length) return count;
    await db.query(`UPDATE ${table} AS t SET ${column} = s.value FROM unnest($1::bigint[], $2::jsonb[]) AS s(id, value) WHERE t.id = s.id`,
      [rows.map((r) => r.id), rows.map((r) => JSON.stringify(sealFormAnswers(r.value)))]);
    count += rows.length;
    after = rows.at(-1)!.id;
  }
};
