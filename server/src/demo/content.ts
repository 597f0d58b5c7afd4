import type { Queryable } from '../platform/db.js';

/** The demo province's content data, seeded with the province (see seed.ts); `agencyIds` maps demo agency keys to ids. */
export async function seedDemoContent(_tx: Queryable, _agencyIds: Map<string, number>): Promise<void> {}
