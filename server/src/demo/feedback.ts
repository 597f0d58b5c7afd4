import type { Queryable } from '../platform/db.js';

/** The demo province's feedback data, seeded with the province (see seed.ts); `agencyIds` maps demo agency keys to ids. */
export async function seedDemoFeedback(_tx: Queryable, _agencyIds: Map<string, number>): Promise<void> {}
