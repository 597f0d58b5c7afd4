import type { Queryable, Tx } from '../../platform/db.js';

export type Channel = 'email' | 'sms' | 'app_message';
export type Preferences = Record<Channel, boolean>;
/** Without a choice of their own: email only (SMS and app messages are opted into). */
const DEFAULT_PREFERENCES: Preferences = { email: true, sms: false, app_message: false };

export const notifyRepository = {
  /** One notification per user and idempotency key: a retried delivery writes nothing twice. */
  async insert(db: Queryable, n: { userIds: number[]; dossierId: number | null; link?: string | null; title: string; body: string; idempotencyKey: string }): Promise<void> {
    await db.query(
      `INSERT INTO notifications (user_id, dossier_id, link, title, body, idempotency_key)
       SELECT unnest($1::bigint[]), $2, $3, $4, $5, $6 ON CONFLICT (idempotency_key, user_id) DO NOTHING`,
      [n.userIds, n.dossierId, n.link ?? null, n.title, n.body, n.idempotencyKey]);
  },

  async latest(db: Queryable, userId: number) {
    const found = await db.query<{ id: number; dossierId: number | null; link: string | null; title: string; body: string; createdAt: Date; readAt: Date | null; unread: number }>(
      `SELECT id, dossier_id AS "dossierId", link, title, body, created_at AS "createdAt", read_at AS "readAt",
              (SELECT count(*)::int FROM notifications WHERE user_id = $1 AND read_at IS NULL) AS unread
         FROM notifications WHERE user_id = $1 ORDER BY id DESC LIMIT 50`, [userId]);
    return { items: found.rows.map(({ unread: _u, ...n }) => n), unread: found.rows[0]?.unread ?? 0 };
  },

  async preferences(db: Queryable, userId: number): Promise<Preferences> {
    const found = await db.query<Preferences>({ name: 'notify-preferences', text: 'SELECT email, sms, app_message FROM notification_preferences WHERE user_id = $1', values: [userId] });
    return found.rows[0] ?? DEFAULT_PREFERENCES;
  },

  async savePreferences(tx: Tx, userId: number, p: Preferences): Promise<void> {
    await tx.query(
      `INSERT INTO notification_preferences (user_id, email, sms, app_message) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE SET email = $2, sms = $3, app_message = $4, updated_at = now()`, [userId, p.email, p.sms, p.app_message]);
  },

  /** Records a message about to be sent, once per key; the state says whether an earlier attempt already sent it. */
  async claimMessage(db: Queryable, m: { key: string; channel: Channel; recipient: string; userId: number | null; dossierId: number | null; template: string; subject: string | null; body: string }): Promise<'sending' | 'sent'> {
    const found = await db.query<{ state: 'sending' | 'sent' }>({ name: 'notify-claim-message', text: `INSERT INTO outbound_messages (idempotency_key, channel, recipient, user_id, dossier_id, template, subject, body, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'sending')
       ON CONFLICT (idempotency_key) DO UPDATE SET idempotency_key = EXCLUDED.idempotency_key RETURNING state`,
      values: [m.key, m.channel, m.recipient, m.userId, m.dossierId, m.template, m.subject, m.body] });
    return found.rows[0]!.state;
  },

  async markSent(db: Queryable, key: string): Promise<void> {
    await db.query({ name: 'notify-mark-sent', text: "UPDATE outbound_messages SET state = 'sent', sent_at = now() WHERE idempotency_key = $1", values: [key] });
  },

  /** The messages sent to a user, newest first (their record of what the platform told them, and where). */
  async sentTo(db: Queryable, userId: number) {
    return (await db.query<{ channel: Channel; recipient: string; subject: string | null; body: string; sentAt: Date | null; template: string }>(
      `SELECT channel, recipient, subject, body, sent_at AS "sentAt", template FROM outbound_messages WHERE user_id = $1 ORDER BY id DESC LIMIT 50`, [userId])).rows;
  },

  /** Claims a day's digest for this node; false when another already has. */
  async claimDigestDay(tx: Tx, day: string): Promise<boolean> {
    return ((await tx.query('INSERT INTO notification_digests (day) VALUES ($1) ON CONFLICT DO NOTHING', [day])).rowCount ?? 0) > 0;
  },

  async markRead(db: Queryable, id: number, userId: number): Promise<boolean> {
    return ((await db.query('UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2', [id, userId])).rowCount ?? 0) > 0;
  },
};
