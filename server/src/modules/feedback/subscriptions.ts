import { createHash } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { ModuleDeps } from '../../platform/context.js';
import type { Subscription } from '../../platform/jobs.js';
import { systemPrincipal } from '../../platform/principal.js';
import { repeat } from '../../platform/repeat.js';
import { vnDateTime } from '../../platform/time.js';
import { identity } from '../identity/index.js';
import { feedbackRepository as repo, type ReportRow } from './repository.js';
import { FEEDBACK_ESCALATED, FEEDBACK_NOTICE, IN_APP_REQUESTED, NOTICE_TITLE, type NoticeKind } from './service.js';

type Message = { subject: string; text: string; short: string };

const followUrl = (deps: ModuleDeps, code: string) => `${deps.config.publicUrl}/phan-anh/${code}`;

/** What the reporter and the followers are told, in Vietnamese. */
export function noticeMessage(deps: ModuleDeps, r: ReportRow, kind: NoticeKind, note: string | null, answer: string | null): Message {
  const head = `Phản ánh ${r.code} "${r.publicTitle}" ${NOTICE_TITLE[kind]}.`;
  const lines = [head];
  if (kind === 'received') lines.push(`Cơ quan xử lý: ${r.agencyName}. Hạn trả lời: ${vnDateTime(r.dueAt)}.`);
  if (kind === 'rerouted' && note) lines.push(`Cơ quan xử lý mới: ${note}. Hạn trả lời: ${vnDateTime(r.dueAt)}.`);
  if (kind === 'rejected' && note) lines.push(`Lý do: ${note}`);
  if (kind === 'merged' && note) lines.push(`Phản ánh được gộp vào phản ánh ${note}: theo dõi tại ${followUrl(deps, note)}`);
  if (kind === 'answered' && answer) lines.push('', `Trả lời của ${r.agencyName}:`, answer);
  if (kind === 'closed' && note) lines.push(note);
  lines.push('', `Theo dõi: ${followUrl(deps, r.code)}`);
  return { subject: `[Phản ánh kiến nghị] ${r.code}: ${NOTICE_TITLE[kind]}`, text: lines.join('\n'), short: `${head} Xem: ${followUrl(deps, r.code)}` };
}

const messageId = (key: string) => `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@tinhso.local>`;

/** Sends once per key: recorded, sent, marked sent; a retry after a crash sends under the same key (and Message-ID). */
async function sendOnce(deps: ModuleDeps, channel: 'email' | 'sms', key: string, to: string, message: Message, reportId: number) {
  if (channel === 'email' && !deps.mail.enabled) return;
  const state = await repo.claimMessage(deps.db, { key, channel, recipient: to, subject: channel === 'email' ? message.subject : null, body: channel === 'email' ? message.text : message.short, reportId });
  if (state === 'sent') return;
  if (channel === 'email') await deps.mail.send({ to, subject: message.subject, text: message.text, messageId: messageId(key) });
  else await deps.sms.send({ to, text: message.short, key });
  await repo.markSent(deps.db, key);
}

/**
 * The reporter hears on the channels they chose (email, SMS; in-app through notify); followers by email
 * (an account's address, or the address they gave, with an unsubscribe link). Each message once per key.
 */
export function feedbackSubscriptions(deps: ModuleDeps): Subscription[] {
  return [{
    name: 'feedback.notices',
    topics: [FEEDBACK_NOTICE],
    maxAttempts: 8,
    retryDelayMs: 10_000,
    async handle({ payload: p, idempotencyKey }) {
      const r = await repo.report(deps.db, Number(p.reportId));
      if (!r) return;
      if (p.kind === 'subscribed') {
        const url = `${deps.config.publicUrl}/phan-anh/huy-theo-doi?ma=${String(p.token)}`;
        await sendOnce(deps, 'email', `${idempotencyKey}:email:${String(p.email)}`, String(p.email), {
          subject: `[Phản ánh kiến nghị] Theo dõi phản ánh ${r.code}`,
          text: [`Địa chỉ email này sẽ nhận cập nhật của phản ánh ${r.code} "${r.publicTitle}".`, `Theo dõi: ${followUrl(deps, r.code)}`, '', `Hủy theo dõi: ${url}`].join('\n'),
          short: '',
        }, r.id);
        return;
      }
      const kind = p.kind as NoticeKind;
      const answer = kind === 'answered' ? (await repo.answers(deps.db, r.id)).find((a) => a.status === 'approved')?.text ?? null : null;
      const message = noticeMessage(deps, r, kind, typeof p.note === 'string' ? p.note : null, answer);
      const sentTo = new Set<string>();
      if (r.channels.includes('email') && r.reporterEmail) {
        sentTo.add(r.reporterEmail.toLowerCase());
        await sendOnce(deps, 'email', `${idempotencyKey}:reporter:email`, r.reporterEmail, message, r.id);
      }
      if (r.channels.includes('sms') && r.reporterPhone) await sendOnce(deps, 'sms', `${idempotencyKey}:reporter:sms`, r.reporterPhone, message, r.id);
      // The reporter's first message is theirs alone; later ones go to followers too.
      if (kind === 'received') return;
      for (const s of await repo.subscribers(deps.db, r.id)) {
        if (s.userId !== null && s.userId === r.reporterUserId) continue;
        const email = s.email ?? (s.userId !== null ? (await identity.applicantProfile(deps.db, s.userId))?.email ?? null : null);
        if (!email || sentTo.has(email.toLowerCase())) continue;
        sentTo.add(email.toLowerCase());
        const unsubscribe = s.token ? `\n\nHủy theo dõi: ${deps.config.publicUrl}/phan-anh/huy-theo-doi?ma=${s.token}` : '';
        await sendOnce(deps, 'email', `${idempotencyKey}:follower:${s.id}`, email, { ...message, text: message.text + unsubscribe }, r.id);
      }
    },
  }];
}

// ---- escalation ----

/**
 * Marks every open report past its deadline as escalated, once: rows are claimed with SKIP LOCKED and
 * marked in the same transaction, so two nodes scanning together never escalate one report twice. Each
 * escalation tells the agency's leaders in-app (through notify) and is announced for dashboards.
 */
export async function escalateOverdue(deps: ModuleDeps, now = new Date()): Promise<number> {
  let total = 0;
  for (;;) {
    const count = await deps.uow(systemPrincipal('Quét hạn trả lời phản ánh'), async ({ tx, audit, emit }) => {
      const due = await repo.claimOverdue(tx, now, 100);
      if (due.length === 0) return 0;
      await repo.markEscalated(tx, due.map((d) => d.id), now);
      for (const d of due) {
        const leaders = await identity.usersWithRoles(tx, d.agencyId, ['leader']);
        audit({ action: 'feedback.escalate', entity: 'feedback_report', entityId: d.id, agencyId: d.agencyId, data: { code: d.code, dueAt: d.dueAt.toISOString() } });
        emit(FEEDBACK_ESCALATED, { reportId: d.id, code: d.code, agencyId: d.agencyId, dueAt: d.dueAt.toISOString(), leaderIds: leaders });
        if (leaders.length > 0) {
          emit(IN_APP_REQUESTED, {
            userIds: leaders, title: `Phản ánh ${d.code} đã quá hạn trả lời`, body: `${d.title} (hạn ${vnDateTime(d.dueAt)})`, link: `/phan-anh/xu-ly/${d.id}`, source: 'feedback',
          });
        }
      }
      return due.length;
    });
    total += count;
    if (count < 100) return total;
  }
}

/** The escalation scan every five minutes on every node running jobs (safe together, see escalateOverdue). */
export function startEscalationScan(deps: ModuleDeps, log: FastifyBaseLogger): () => Promise<void> {
  const worker = repeat(async () => void (await escalateOverdue(deps)), {
    intervalMs: 5 * 60_000, firstDelayMs: 20_000, onError: (error) => log.error({ err: error }, 'feedback escalation scan failed'),
  });
  return () => worker.stop();
}
