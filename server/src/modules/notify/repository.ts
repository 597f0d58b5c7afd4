import type { Queryable } from '../../platform/db.js';

export const notifyRepository = {
  /** One notification per user and idempotency key: a retried delivery writes nothing twice. */
  async insert(db: Queryable, n: { userIds: number[]; dossierId: number | null; title: string; body: string; idempotencyKey: string }): Promise<void> {
    await db.query(
      `INSERT INTO notifications (user_id, dossier_id, title, body, idempotency_key)
       SELECT unnest($1::bigint[]), $2, $3, $4, $5 ON CONFLICT (idempotency_key, user_id) DO NOTHING`,
      [n.userIds, n.dossierId, n.title, n.body, n.idempotencyKey]);
  },

  async latest(db: Queryable, userId: number) {
    const found = await db.query<{ id: number; dossierId: number | null; title: string; body: string; createdAt: Date; readAt: Date | null; unread: number }>(
      `SELECT id, dossier_id AS "dossierId", title, body, created_at AS "createdAt", read_at AS "readAt",
              (SELECT count(*)::int FROM notifications WHERE user_id = $1 AND read_at IS NULL) AS unread
         FROM notifications WHERE user_id = $1 ORDER BY id DESC LIMIT 50`, [userId]);
    return { items: found.rows.map(({ unread: _u, ...n }) => n), unread: found.rows[0]?.unread ?? 0 };
  },

  async markRead(db: Queryable, id: number, userId: number): Promise<boolean> {
    return ((await db.query('UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2', [id, userId])).rowCount ?? 0) > 0;
  },
};
