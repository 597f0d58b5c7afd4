import type { Queryable } from '../platform/db.js';

/** The demo province's interop data, seeded with the province (see seed.ts); `agencyIds` maps demo agency keys to ids. */
export async function seedDemoInterop(_tx: Queryable, _agencyIds: Map<string, number>): Promise<void> {}
