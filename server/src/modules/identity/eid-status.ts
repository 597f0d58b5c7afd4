import type { Queryable } from '../../platform/db.js';

/**
 * When a user's identity was verified with the national e-ID (VNeID), or null: the national portal's
 * `TaiKhoanDuocXacThucVoiVNeID` flag of the dossiers they submit.
 */
export async function eidVerifiedAt(db: Queryable, userId: number): Promise<Date | null> {
  const found = await db.query<{ at: Date | null }>({ name: 'identity-eid-verified-at', text: 'SELECT eid_verified_at AS at FROM users WHERE id = $1', values: [userId] });
  return found.rows[0]?.at ?? null;
}
