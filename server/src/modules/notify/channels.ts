import { createHash } from 'node:crypto';
import type { ModuleDeps } from '../../platform/context.js';
import type { Delivery, Subscription } from '../../platform/jobs.js';
import type { Principal } from '../../platform/principal.js';
import { localDay, vnDate, vnDateTime } from '../../platform/time.js';
import { APPOINTMENT_REMINDER_DUE } from '../appointments/index.js';
import { formatVnd } from '../catalog/index.js';
import { dossiers, type DossierRow } from '../dossiers/index.js';
import { identity } from '../identity/index.js';
import { PAYMENT_CONFIRMED } from '../payments/index.js';
import { notifyRepository as repo, type Channel, type Preferences } from './repository.js';
import { appointmentReminder, dossierMessage, officerDigest, type Message, type Template } from './templates.js';

type Contact = { userId: number | null; email: string | null; phone: string | null };
type Outgoing = { template: Template; message: Message; dossierId: number | null; contact: Contact };

/** Which message a dossier event sends its applicant, if any. */
function templateFor(topic: string, p: Record<string, unknown>): Exclude<Template, 'officer_digest' | 'appointment_reminder'> | null {
  if (topic === PAYMENT_CONFIRMED) return 'payment_confirmed';
  if (p.action === 'receive') return 'received';
  if (p.action === 'reject') return 'rejected';
  if (p.action === 'request_supplement') return 'supplement_requested';
  if (p.action === 'extend') return 'overdue_apology';
  if (p.to === 'awaiting_payment' && p.from !== 'awaiting_payment') return 'awaiting_payment';
  if (p.to === 'result_ready' && p.from !== 'result_ready') return 'result_ready';
  return null;
}

/** An appointment's reminder, the day before, to its holder. */
export async function appointmentOutgoing(deps: ModuleDeps, p: Record<string, unknown>): Promise<Outgoing | null> {
  if (!p.userId) return null;
  const profile = await identity.applicantProfile(deps.db, Number(p.userId));
  const message = appointmentReminder({
    fullName: String(p.fullName), procedureName: String(p.procedureName), counterName: String(p.counterName), agencyName: String(p.agencyName),
    startsAt: vnDateTime(new Date(String(p.startsAt))),
  });
  return { template: 'appointment_reminder', message, dossierId: null, contact: { userId: Number(p.userId), email: profile?.email ?? null, phone: (p.phone as string | null) ?? profile?.phone ?? null } };
}

/** The applicant's message about a dossier event, with where it can reach them. */
async function dossierOutgoing(deps: ModuleDeps, topic: string, p: Record<string, unknown>): Promise<Outgoing | null> {
  const template = templateFor(topic, p);
  if (!template) return null;
  const d = await dossiers.byId(deps.db, Number(p.dossierId));
  if (!d) return null;
  const agency = await identity.agencyProfile(deps.db, d.receivingAgencyId);
  const due = d.extendedDueAt ?? d.dueAt;
  const message = dossierMessage(template, {
    fullName: d.applicant.fullName, procedureName: d.procedureName, reference: d.code ?? d.trackingCode, agencyName: agency?.name ?? '',
    lookupUrl: `${deps.config.publicUrl}/tra-cuu`, note: typeof p.note === 'string' ? p.note : null,
    amount: topic === PAYMENT_CONFIRMED ? formatVnd(Number(p.amount)) : d.fee ? formatVnd(d.fee.total) : undefined,
    dueDate: due ? vnDate(due) : undefined,
  });
  return { template, message, dossierId: d.id, contact: await applicantContact(deps, d) };
}

/** An account holder is reached as their account says; a walk-in applicant at what they gave the desk. */
async function applicantContact(deps: ModuleDeps, d: DossierRow): Promise<Contact> {
  if (d.applicantId === null) return { userId: null, email: d.applicant.email ?? null, phone: d.applicant.phone ?? null };
  const profile = await identity.applicantProfile(deps.db, d.applicantId);
  return { userId: d.applicantId, email: d.applicant.email ?? profile?.email ?? null, phone: d.applicant.phone ?? profile?.phone ?? null };
}

/** A walk-in applicant has no account and no choice: written to at what they gave the desk. */
const WALK_IN: Preferences = { email: true, sms: true, app_message: false };

/** The address on a channel, if the person chose it (walk-ins: email and SMS when they gave them). */
function recipient(deps: ModuleDeps, channel: Channel, contact: Contact, chosen: Preferences): string | null {
  // Without a mail server nothing is emailed (rather than every message ending as a dead letter).
  if (channel === 'email' && !deps.mail.enabled) return null;
  if (!chosen[channel]) return null;
  return channel === 'email' ? contact.email : contact.phone;
}

/** A Message-ID of the message's own: the same for every attempt, so a resend after a crash is one message. */
const messageId = (key: string) => `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@tinhso.local>`;

/**
 * Sends a message once per key: recorded as sending, sent, then recorded as sent. A crash between the
 * send and the record sends it again on the next attempt, under the same key (and Message-ID).
 */
export async function sendOnce(deps: ModuleDeps, channel: Channel, key: string, to: string, out: Omit<Outgoing, 'contact'> & { userId: number | null }): Promise<void> {
  const state = await repo.claimMessage(deps.db, {
    key, channel, recipient: to, userId: out.userId, dossierId: out.dossierId, template: out.template,
    subject: channel === 'email' ? out.message.subject : null, body: channel === 'email' ? out.message.text : out.message.short,
  });
  if (state === 'sent') return;
  if (channel === 'email') await deps.mail.send({ to, subject: out.message.subject, text: out.message.text, messageId: messageId(key) });
  else await (channel === 'sms' ? deps.sms : deps.appMessage).send({ to, text: out.message.short, key });
  await repo.markSent(deps.db, key);
}

/** What an event tells the person it concerns, and where they can be reached; null when it tells nobody. */
export async function outgoingFor(deps: ModuleDeps, delivery: Delivery): Promise<Outgoing | null> {
  return delivery.topic === APPOINTMENT_REMINDER_DUE ? appointmentOutgoing(deps, delivery.payload) : dossierOutgoing(deps, delivery.topic, delivery.payload);
}

/**
 * Sends a message on every channel its recipient chose (email, SMS, app message), each once under the
 * delivery's key and the channel: a retry after one channel failed sends only what is not yet sent.
 */
export async function sendOnChannels(deps: ModuleDeps, key: string, out: Outgoing): Promise<void> {
  const chosen = out.contact.userId === null ? WALK_IN : await repo.preferences(deps.db, out.contact.userId);
  for (const channel of ['email', 'sms', 'app_message'] as const) {
    const to = recipient(deps, channel, out.contact, chosen);
    if (to) await sendOnce(deps, channel, `${key}:${channel}`, to, { ...out, userId: out.contact.userId });
  }
}

// ---- the officers' daily digest ----

export const DIGEST_DUE = 'notify.digest_due';
const DIGEST_HOUR = 7;

/**
 * Once a day from 07:00 (local), on one node: a digest event per official who works dossiers; each is
 * a delivery of its own (retried alone), which tells the official what is due in-app and by email.
 */
export async function scheduleDigests(deps: ModuleDeps, principal: Principal, now = new Date()): Promise<number> {
  if ((now.getUTCHours() + 7) % 24 < DIGEST_HOUR) return 0;
  const day = localDay(now);
  return deps.uow(principal, async ({ tx, emit }) => {
    // Claimed first: the nodes that look again every ten minutes read nothing more once the day is taken.
    if (!(await repo.claimDigestDay(tx, day))) return 0;
    const officials = await identity.dossierOfficials(tx);
    for (const official of officials) emit(DIGEST_DUE, { userId: official.id, day });
    return officials.length;
  });
}

export function digestSubscription(deps: ModuleDeps): Subscription {
  return {
    name: 'notify.digest', topics: [DIGEST_DUE], maxAttempts: 5, retryDelayMs: 30_000,
    async handle({ payload, idempotencyKey }) {
      const [official] = await identity.dossierOfficials(deps.db, Number(payload.userId));
      if (!official) return;
      const counts = await dossiers.queueSummary(deps.db, { type: 'user', id: official.id, username: official.username, fullName: official.fullName, kind: 'official', roles: official.roles });
      if (counts.overdue + counts.dueToday + counts.dueTomorrow + counts.submitted === 0) return;
      const day = vnDate(new Date(`${String(payload.day)}T12:00:00+07:00`));
      const message = officerDigest({ fullName: official.fullName, day, ...counts, url: `${deps.config.publicUrl}/lam-viec` });
      await repo.insert(deps.db, { userIds: [official.id], dossierId: null, title: message.subject, body: message.short, idempotencyKey });
      const chosen = await repo.preferences(deps.db, official.id);
      if (chosen.email && official.email && deps.mail.enabled) await sendOnce(deps, 'email', `${idempotencyKey}:email`, official.email, { template: 'officer_digest', message, dossierId: null, userId: official.id });
    },
  };
}
