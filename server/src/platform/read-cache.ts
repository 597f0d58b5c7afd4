import type { Queryable } from './db.js';

/**
 * Read-mostly records (a procedure's definition, its workflow, an agency's names) kept for a few seconds
 * on each node, so that every dossier reply does not read them again. The node that changes one forgets
 * it at once; other nodes see the change within `ttlMs`. Absent records are not kept, so unknown ids
 * cannot fill the memory.
 */
export function readCache<K, V>(ttlMs: number, load: (db: Queryable, key: K) => Promise<V | undefined>, maxEntries = 10_000) {
  const entries = new Map<K, { value: Promise<V | undefined>; until: number }>();
  const read = (db: Queryable, key: K): Promise<V | undefined> => {
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && hit.until > now) return hit.value;
    if (entries.size >= maxEntries) entries.clear();
    const value = load(db, key);
    entries.set(key, { value, until: now + ttlMs });
    value.then((found) => found === undefined && entries.delete(key), () => entries.delete(key));
    return value;
  };
  return Object.assign(read, { forget: (key: K) => void entries.delete(key) });
}
