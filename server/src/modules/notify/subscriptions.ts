import type { ModuleDeps } from '../../platform/context.js';
import type { Subscription } from '../../platform/jobs.js';
import { vnDateTime } from '../../platform/time.js';
import { DOSSIER_TOPICS, STATUS_LABEL, type DossierStatus } from '../dossiers/index.js';
import { identity, PASSWORD_RESET_REQUESTED } from '../identity/index.js';
import { repeat } from '../../platform/repeat.js';
import { systemPrincipal } from '../../platform/principal.js';
import { notifyRepository as repo } from './repository.js';
import { digestSubscription, outgoingFor, scheduleDigests, sendOnChannels } from './channels.js';
import { PAYMENT_CONFIRMED } from '../payments/index.js';
import { APPOINTMENT_REMINDER_DUE } from '../appointments/index.js';

const dueText = (iso: unknown) => vnDateTime(new Date(String(iso)));

/**
 * The topic other modules emit to put a notification in users' bells: `{ userIds, title, body, link }`,
 * `link` a path of the portal. Modules above notify ask through it instead of writing its table.
 */
export const IN_APP_REQUESTED = 'notify.in-app-requested';
export type InAppRequest = { userIds: number[]; title: string; body: string; link: string; source: string };

/**
 * In-app notifications: the applicant hears of every status change; staff of deadlines. Email, SMS and
 * app messages on the applicant's channels (channels.ts); the officers' digest. Mail: password resets.
 */
export function notifySubscriptions(deps: ModuleDeps): Subscription[] {
  const { db, mail, config } = deps;
  return [
    digestSubscription(deps),
    {
      name: 'notify.password-reset-mail',
      topics: [PASSWORD_RESET_REQUESTED],
      maxAttempts: 5,
      retryDelayMs: 5_000,
      async handle({ payload: p, idempotencyKey }) {
        const reset = await identity.issuePasswordReset(db, Number(p.userId), idempotencyKey);
        if (!reset) return;
        await mail.send({
          to: reset.email, messageId: `<${idempotencyKey.replace(/[^A-Za-z0-9.-]/g, '.')}@tinhso.local>`,
          subject: 'Đặt lại mật khẩu tài khoản Cổng dịch vụ công',
          text: [
            `Kính gửi ${reset.fullName},`, '',
            'Có yêu cầu đặt lại mật khẩu cho tài khoản của Ông/Bà trên Cổng dịch vụ công. Để đặt mật khẩu mới, mở đường dẫn sau',
            `(có hiệu lực ${reset.validMinutes} phút, dùng một lần):`, '',
            `${config.publicUrl}/dat-lai-mat-khau?ma=${reset.token}`, '',
            'Nếu Ông/Bà không yêu cầu, xin bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.',
          ].join('\n'),
        });
      },
    },
    {
      // One delivery per event for all that the applicant is told of it: the in-app notification, then
      // email, SMS and app message on their channels (each sent once under its own key).
      name: 'notify.dossier-status',
      topics: [DOSSIER_TOPICS.statusChanged, PAYMENT_CONFIRMED, APPOINTMENT_REMINDER_DUE],
      maxAttempts: 8,
      retryDelayMs: 10_000,
      async handle(delivery) {
        const { topic, payload: p, idempotencyKey } = delivery;
        if (topic === DOSSIER_TOPICS.statusChanged && p.applicantId) {
          await repo.insert(db, {
            userIds: [Number(p.applicantId)], dossierId: Number(p.dossierId), idempotencyKey,
            title: `Hồ sơ ${p.code ?? 'của bạn'}: ${STATUS_LABEL[p.to as DossierStatus] ?? String(p.to)}`,
            body: `Thủ tục: ${String(p.procedureName)}`,
          });
        }
        const out = await outgoingFor(deps, delivery);
        if (!out) return;
        if (topic !== DOSSIER_TOPICS.statusChanged && out.contact.userId !== null) {
          await repo.insert(db, { userIds: [out.contact.userId], dossierId: out.dossierId, idempotencyKey, title: out.message.subject, body: out.message.short });
        }
        await sendOnChannels(deps, idempotencyKey, out);
      },
    },
    {
      name: 'notify.in-app',
      topics: [IN_APP_REQUESTED],
      async handle({ payload, idempotencyKey }) {
        const p = payload as InAppRequest;
        if (p.userIds.length === 0) return;
        await repo.insert(db, { userIds: p.userIds.map(Number), dossierId: null, link: p.link, idempotencyKey, title: p.title, body: p.body });
      },
    },
    {
      name: 'notify.deadline',
      topics: [DOSSIER_TOPICS.overdue, DOSSIER_TOPICS.dueSoon],
      async handle({ topic, payload: p, idempotencyKey }) {
        const overdue = topic === DOSSIER_TOPICS.overdue;
        // Leaders watch every overdue dossier of their agency (form 04 is theirs to sign); staff get the early warning.
        const userIds = await identity.usersWithRoles(db, Number(p.agencyId), overdue ? ['leader', 'specialist'] : ['specialist', 'leader', 'reception']);
        await repo.insert(db, {
          userIds, dossierId: Number(p.dossierId), idempotencyKey,
          title: overdue ? `Hồ sơ ${String(p.code)} đã quá hạn` : `Hồ sơ ${String(p.code)} sắp đến hạn`,
          body: overdue ? `Hạn giải quyết ${dueText(p.dueAt)} đã qua: lập văn bản xin lỗi và hẹn lại ngày trả kết quả (mẫu 04).`
            : `Hạn giải quyết: ${dueText(p.dueAt)}.`,
        });
      },
    },
  ];
}

/** Looks every ten minutes whether today's digest is due (07:00 local); one node claims the day. */
export function startDigests(deps: ModuleDeps, log: { error: (obj: unknown, msg: string) => void }): () => Promise<void> {
  const worker = repeat(async () => void (await scheduleDigests(deps, systemPrincipal('Bản tin công việc hằng ngày'))),
    { intervalMs: 10 * 60_000, firstDelayMs: 30_000, onError: (error) => log.error({ err: error }, 'daily digest failed') });
  return () => worker.stop();
}
