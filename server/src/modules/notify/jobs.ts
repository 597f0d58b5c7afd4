import type { Db } from '../../platform/db.js';
import { inTransaction } from '../../platform/db.js';
import { vnDateTime } from '../../platform/time.js';
import { HOURS_PER_WORKING_DAY } from '../calendar/working-calendar.js';
import { agencyCalendars } from '../dossiers/calendars.js';
import { STATUS_LABEL, type DossierStatus } from '../dossiers/lifecycle.js';

/**
 * Background jobs. Each is safe on any number of server processes sharing one database: the deadline
 * scan claims rows with a conditional UPDATE (a row is claimed once), and the outbox relay takes
 * messages with FOR UPDATE SKIP LOCKED, delivering each exactly once in the transaction that marks it.
 */

/**
 * Marks dossiers overdue, or with less than one working day left, once each, and queues the warnings.
 * "Less than a working day" uses the agency's calendar: a dossier due Monday 09:00 is flagged on Friday.
 */
export async function scanDeadlines(db: Db, now = new Date()): Promise<{ dueSoon: number; overdue: number }> {
  const overdue = await db.query(
    `WITH claimed AS (
       UPDATE dossiers SET overdue_notified_at = $1
        WHERE status IN ('received', 'processing') AND due_at < $1 AND overdue_notified_at IS NULL
        RETURNING id, code, current_agency_id, due_at)
     INSERT INTO outbox (topic, payload)
     SELECT 'dossier.overdue', jsonb_build_object('dossierId', id, 'code', code, 'agencyId', current_agency_id, 'dueAt', due_at) FROM claimed`,
    [now],
  );
  // One working day never spans more than 16 calendar days, even across Tết.
  const candidates = await db.query<{ id: number; agencyId: number; dueAt: Date }>(
    `SELECT id, current_agency_id AS "agencyId", due_at AS "dueAt" FROM dossiers
      WHERE status IN ('received', 'processing') AND warned_at IS NULL AND due_at >= $1 AND due_at < $1 + interval '16 days'
      ORDER BY due_at LIMIT 1000`,
    [now],
  );
  const calendarOf = agencyCalendars(db);
  let dueSoon = 0;
  for (const dossier of candidates.rows) {
    if ((await calendarOf(dossier.agencyId)).hoursUntil(dossier.dueAt, now) > HOURS_PER_WORKING_DAY) continue;
    const claimed = await db.query(
      `WITH claimed AS (
         UPDATE dossiers SET warned_at = $1 WHERE id = $2 AND warned_at IS NULL RETURNING id, code, current_agency_id, due_at)
       INSERT INTO outbox (topic, payload)
       SELECT 'dossier.due_soon', jsonb_build_object('dossierId', id, 'code', code, 'agencyId', current_agency_id, 'dueAt', due_at) FROM claimed`,
      [now, dossier.id],
    );
    dueSoon += claimed.rowCount ?? 0;
  }
  return { dueSoon, overdue: overdue.rowCount ?? 0 };
}

type OutboxMessage = { id: number; topic: string; payload: Record<string, unknown> };

const dueText = (iso: unknown) => vnDateTime(new Date(String(iso)));

/** Delivers up to `batch` pending messages as in-app notifications; returns how many it delivered. */
export async function relayOutbox(db: Db, batch = 50): Promise<number> {
  return inTransaction(db, async (tx) => {
    const messages = await tx.query<OutboxMessage>(
      'SELECT id, topic, payload FROM outbox WHERE delivered_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED',
      [batch],
    );
    for (const message of messages.rows) {
      const p = message.payload;
      if (message.topic === 'dossier.status_changed') {
        await tx.query(
          `INSERT INTO notifications (user_id, dossier_id, title, body)
           SELECT d.applicant_id, d.id, 'Hồ sơ ' || coalesce(d.code, 'của bạn') || ': ' || $2, 'Thủ tục: ' || pr.name
             FROM dossiers d JOIN procedures pr ON pr.id = d.procedure_id WHERE d.id = $1 AND d.applicant_id IS NOT NULL`,
          [p.dossierId, STATUS_LABEL[p.to as DossierStatus] ?? String(p.to)],
        );
      } else if (message.topic === 'dossier.overdue' || message.topic === 'dossier.due_soon') {
        const overdue = message.topic === 'dossier.overdue';
        // Leaders watch every overdue dossier of their agency (form 04 is theirs to sign); staff get the early warning.
        await tx.query(
          `INSERT INTO notifications (user_id, dossier_id, title, body)
           SELECT DISTINCT r.user_id, $2::bigint, $3, $4 FROM user_roles r
            WHERE r.agency_id = $1 AND r.role = ANY($5::text[])`,
          [p.agencyId, p.dossierId,
            overdue ? `Hồ sơ ${String(p.code)} đã quá hạn` : `Hồ sơ ${String(p.code)} sắp đến hạn`,
            overdue ? `Hạn giải quyết ${dueText(p.dueAt)} đã qua: lập văn bản xin lỗi và hẹn lại ngày trả kết quả (mẫu 04).`
              : `Hạn giải quyết: ${dueText(p.dueAt)}.`,
            overdue ? ['leader', 'specialist'] : ['specialist', 'leader', 'reception']],
        );
      }
    }
    if (messages.rows.length > 0) {
      await tx.query('UPDATE outbox SET delivered_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])', [messages.rows.map((m) => m.id)]);
    }
    return messages.rows.length;
  });
}

/** Runs the jobs on timers in this process until the returned stop function is called. */
export function startJobs(db: Db, log: { error: (obj: unknown, msg: string) => void }, intervals = { outboxMs: 2_000, deadlinesMs: 60_000 }) {
  let running = true;
  const loop = (ms: number, job: () => Promise<unknown>, name: string) => {
    const tick = async () => {
      if (!running) return;
      try {
        await job();
      } catch (error) {
        log.error({ err: error, job: name }, 'background job failed');
      }
      if (running) timers.set(name, setTimeout(tick, ms));
    };
    timers.set(name, setTimeout(tick, ms));
  };
  const timers = new Map<string, NodeJS.Timeout>();
  loop(intervals.outboxMs, async () => {
    while ((await relayOutbox(db)) > 0 && running);
  }, 'outbox');
  loop(intervals.deadlinesMs, () => scanDeadlines(db), 'deadlines');
  return () => {
    running = false;
    for (const timer of timers.values()) clearTimeout(timer);
  };
}
