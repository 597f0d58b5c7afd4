import type { ModuleDeps } from '../../platform/context.js';
import type { Subscription } from '../../platform/jobs.js';
import { askerContact, QUESTION_PUBLISHED, QUESTION_REJECTED } from './questions.js';

/** The asker's notice of a published answer or a rejection, in Vietnamese. Pure. */
export function questionNotice(kind: 'published' | 'rejected', v: { askerName: string; title: string; agencyName: string; url: string; reason?: string | null; duplicateUrl?: string | null }) {
  const head = [`Kính gửi Ông/Bà ${v.askerName},`, ''];
  const tail = ['', v.agencyName, 'Cổng dịch vụ công — thư tự động, vui lòng không trả lời.'];
  if (kind === 'published') {
    return {
      subject: `Câu hỏi "${v.title}" đã được trả lời`,
      text: [...head, `${v.agencyName} đã trả lời câu hỏi "${v.title}" của Ông/Bà.`, `Xem câu trả lời: ${v.url}`, ...tail].join('\n'),
    };
  }
  return {
    subject: `Câu hỏi "${v.title}" không được đăng`,
    text: [...head, `Câu hỏi "${v.title}" của Ông/Bà không được đăng.`, ...(v.reason ? [`Lý do: ${v.reason}`] : []),
      ...(v.duplicateUrl ? [`Câu hỏi tương tự đã được trả lời: ${v.duplicateUrl}`] : []), ...tail].join('\n'),
  };
}

/**
 * The asker hears of the answer by email: the visitor at the address they left, a signed-in user at their
 * account's. Sent after commit, retried; the Message-ID is the delivery's, so a retry is one message.
 */
export function questionNotices(deps: ModuleDeps): Subscription {
  return {
    name: 'content.question-notice',
    topics: [QUESTION_PUBLISHED, QUESTION_REJECTED],
    maxAttempts: 6,
    retryDelayMs: 10_000,
    async handle({ topic, payload, idempotencyKey }) {
      if (!deps.mail.enabled) return;
      const found = await askerContact(deps, Number(payload.questionId));
      if (!found?.email) return;
      const { question: q, email } = found;
      const base = deps.config.publicUrl;
      const message = questionNotice(topic === QUESTION_PUBLISHED ? 'published' : 'rejected', {
        askerName: q.askerName, title: q.title, agencyName: q.agencyName, url: `${base}/hoi-dap/${q.id}`, reason: q.rejectReason,
        duplicateUrl: q.duplicateOf ? `${base}/hoi-dap/${q.duplicateOf}` : null,
      });
      await deps.mail.send({ to: email, ...message, messageId: `<${idempotencyKey.replace(/[^A-Za-z0-9.-]/g, '.')}@tinhso.local>` });
    },
  };
}
