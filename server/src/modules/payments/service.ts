import type { ModuleDeps } from '../../platform/context.js';
import { errors as platformErrors } from '../../platform/errors.js';
import { PaymentPlatformError, type PlatformView } from '../../platform/payment-platform.js';
import { agenciesWithRole, systemPrincipal, type Principal, type UserPrincipal } from '../../platform/principal.js';
import { localDay } from '../../platform/time.js';
import { dossiers, isPayableStatus, type DossierRow } from '../dossiers/index.js';
import { identity } from '../identity/index.js';
import { paymentErrors as errors } from './errors.js';
import { paymentRepository as repo, type Difference, type PaymentRow, type PaymentStatus } from './repository.js';

/** Announced when a payment is confirmed (online or at the counter): the receipt is issued, the citizen told. */
export const PAYMENT_CONFIRMED = 'payment.confirmed';

/** Who confirms what the platform reports (callbacks, queries, the daily reconciliation). */
export const PLATFORM = systemPrincipal('Nền tảng thanh toán quốc gia');


/** A payment page is offered again for this long; after it, a new payment is made (the old one is settled by the query job). */
const REUSE_MINUTES = 15;

function checkPayable(d: DossierRow) {
  if (d.paymentStatus !== 'unpaid' || !d.fee || d.fee.total <= 0) throw errors.nothingToPay();
  // Never as a draft, never once closed.
  if (!isPayableStatus(d.status)) throw errors.notPayableNow();
}

const payerOf = (d: DossierRow) => ({ fullName: d.applicant.fullName, identityNumber: d.applicant.identityNumber, address: d.applicant.address });
const linesOf = (d: DossierRow) => d.fee!.lines.map(({ code, name, kind, basis, amount }) => ({ code, name, kind, basis, amount }));

/** The payments of a dossier, to whoever may read the dossier. */
export async function paymentsOfDossier(deps: ModuleDeps, principal: Principal, dossierId: number): Promise<PaymentRow[]> {
  await dossiers.readable(deps.db, principal, dossierId);
  return repo.ofDossier(deps.db, dossierId);
}

/**
 * The applicant starts paying online: a pending payment for the amount the server computed, registered
 * with the platform (INIT) outside any transaction; the citizen is then sent to the platform's page.
 */
export async function startOnlinePayment(deps: ModuleDeps, user: UserPrincipal, dossierId: number, payerIp: string): Promise<PaymentRow> {
  const { db } = deps;
  const d = await dossiers.readable(db, user, dossierId);
  if (d.applicantId !== user.id) throw errors.applicantOnly();
  checkPayable(d);
  const provider = deps.payment;
  if (!provider) throw errors.onlineUnavailable();
  const recent = await repo.recentPending(db, d.id, REUSE_MINUTES);
  if (recent) return recent;
  const payment = await deps.uow(user, async ({ tx, audit }) => {
    const created = await repo.insert(tx, {
      dossierId: d.id, agencyId: d.receivingAgencyId, amount: d.fee!.total, lines: linesOf(d), payer: payerOf(d), channel: 'online', status: 'pending', createdBy: user.id,
    });
    audit({ agencyId: d.receivingAgencyId, action: 'payment.start', entity: 'payment', entityId: created.id, data: { reference: created.reference, amount: created.amount, dossierId: d.id } });
    return created;
  });
  try {
    const { paymentUrl } = await provider.init({
      reference: payment.reference, amount: payment.amount, payerIp,
      description: `Nộp phí, lệ phí hồ sơ ${d.code ?? d.trackingCode}`, returnUrl: `${deps.config.publicUrl}/thanh-toan/ket-qua`,
    });
    await repo.setPaymentUrl(db, payment.id, paymentUrl);
    return { ...payment, paymentUrl };
  } catch (error) {
    if (!(error instanceof PaymentPlatformError)) throw error;
    await deps.uow(user, async ({ tx, audit }) => {
      await repo.markUnpaid(tx, payment.id, 'failed', `INIT: ${error.message}`.slice(0, 1000));
      audit({ agencyId: d.receivingAgencyId, action: 'payment.init_failed', entity: 'payment', entityId: payment.id, data: { reference: payment.reference } });
    });
    throw errors.platformUnavailable();
  }
}

/**
 * Marks a payment paid as the platform confirmed it, with the dossier moving on, in one unit of work:
 * only once, whoever confirms first (callback, query job, return page). False when it already was.
 */
async function settle(deps: ModuleDeps, payment: PaymentRow, paid: { paidAt: Date; transactionId: string | null; bank: string | null }, confirmedBy: 'callback' | 'query',
  callback?: { message: Record<string, unknown>; remote: string }): Promise<boolean> {
  return deps.uow(PLATFORM, async (uow) => {
    const row = await repo.markPaid(uow.tx, payment.id, { ...paid, confirmedBy });
    if (!row) return false;
    if (callback) await repo.logCallback(uow.tx, { reference: payment.reference, verdict: 'accepted', ...callback });
    uow.audit({ agencyId: payment.agencyId, action: 'payment.paid', entity: 'payment', entityId: payment.id,
      data: { reference: payment.reference, amount: payment.amount, confirmedBy, transactionId: paid.transactionId } });
    uow.emit(PAYMENT_CONFIRMED, { paymentId: payment.id, dossierId: payment.dossierId, reference: payment.reference, amount: payment.amount, agencyId: payment.agencyId });
    await dossiers.recordPayment(deps, uow, payment.dossierId, { reference: payment.reference, amount: payment.amount, paidAt: paid.paidAt, channel: 'online' });
    return true;
  });
}

async function markFailed(deps: ModuleDeps, payment: PaymentRow, status: 'failed' | 'expired', failure: string, callback?: { message: Record<string, unknown>; remote: string }) {
  await deps.uow(PLATFORM, async ({ tx, audit }) => {
    if (callback) await repo.logCallback(tx, { reference: payment.reference, verdict: 'failed', ...callback });
    if (await repo.markUnpaid(tx, payment.id, status, failure)) {
      audit({ agencyId: payment.agencyId, action: `payment.${status}`, entity: 'payment', entityId: payment.id, data: { reference: payment.reference, failure } });
    }
  });
}

export type CallbackVerdict = 'accepted' | 'duplicate' | 'failed';

/**
 * The platform's callback. Trusted only when its checksum holds and it names one of our payments for
 * exactly its amount; every callback is logged with its verdict. A repeated one changes nothing.
 */
export async function handleCallback(deps: ModuleDeps, message: Record<string, unknown>, remote: string): Promise<CallbackVerdict> {
  const provider = deps.payment;
  if (!provider) throw errors.onlineUnavailable();
  const reference = typeof message.MaThamChieu === 'string' ? message.MaThamChieu.slice(0, 100) : null;
  const refuse = async (verdict: 'bad_checksum' | 'wrong_amount' | 'unknown_reference' | 'malformed', agencyId: number | null = null): Promise<never> => {
    await deps.uow(PLATFORM, async ({ tx, audit }) => {
      await repo.logCallback(tx, { reference, verdict, message, remote });
      audit({ agencyId, action: 'payment.callback_refused', entity: 'payment', entityId: reference, data: { verdict, remote } });
    });
    throw verdict === 'unknown_reference' ? errors.unknownReference() : errors.callbackRefused(verdict);
  };
  const read = provider.verify(message);
  if ('refused' in read) return refuse(read.refused);
  const payment = await repo.byReference(deps.db, read.reference);
  if (!payment) return refuse('unknown_reference');
  if (read.amount !== payment.amount) return refuse('wrong_amount', payment.agencyId);
  if (!read.paid) {
    await markFailed(deps, payment, 'failed', 'Nền tảng thanh toán báo giao dịch không thành công', { message, remote });
    return 'failed';
  }
  if (await settle(deps, payment, read, 'callback', { message, remote })) return 'accepted';
  await repo.logCallback(deps.db, { reference, verdict: 'duplicate', message, remote });
  return 'duplicate';
}

/** Asks the platform about a pending payment and records what it says; the payment as it now stands. */
async function confirmFromPlatform(deps: ModuleDeps, payment: PaymentRow, now = new Date()): Promise<PaymentRow> {
  let view: PlatformView;
  try {
    view = await deps.payment!.query(payment.reference);
  } catch {
    return payment;
  }
  const age = now.getTime() - payment.createdAt.getTime();
  if (view.state === 'paid') {
    // The platform's word on the amount is checked as a callback's is.
    if (view.amount !== payment.amount) await markFailed(deps, payment, 'failed', `Số tiền nền tảng báo (${view.amount}) khác khoản phải nộp: chuyển kế toán đối soát`);
    else await settle(deps, payment, view, 'query');
  } else if (view.state === 'failed') {
    await markFailed(deps, payment, 'failed', 'Nền tảng thanh toán báo giao dịch không thành công');
  } else if (view.state === 'unknown' && age > 30 * 60_000) {
    await markFailed(deps, payment, 'failed', 'Nền tảng thanh toán không có giao dịch này');
  } else if (age > 24 * 3_600_000) {
    await markFailed(deps, payment, 'expired', 'Quá 24 giờ không hoàn tất thanh toán');
  }
  return (await repo.get(deps.db, payment.id))!;
}

/**
 * A payment as the return page asks for it: never from the page's parameters, always from our records,
 * and from the platform when we have not heard of it yet.
 */
export async function paymentByReference(deps: ModuleDeps, principal: Principal, reference: string): Promise<PaymentRow> {
  const payment = await readablePayment(deps, principal, reference);
  return payment.status === 'pending' && deps.payment ? confirmFromPlatform(deps, payment) : payment;
}

async function readablePayment(deps: ModuleDeps, principal: Principal, reference: string): Promise<PaymentRow> {
  const payment = await repo.byReference(deps.db, reference);
  if (!payment) throw errors.notFound();
  try {
    await dossiers.readable(deps.db, principal, payment.dossierId);
  } catch {
    throw errors.notFound();
  }
  return payment;
}

export async function receiptOf(deps: ModuleDeps, principal: Principal, reference: string): Promise<{ payment: PaymentRow; pdf: Buffer }> {
  const payment = await readablePayment(deps, principal, reference);
  if (payment.status !== 'paid' || !payment.receiptSha256) throw errors.receiptNotReady();
  return { payment, pdf: await deps.files.read(payment.receiptSha256) };
}

/** The desk takes the fee in cash: paid at once, the dossier moving on, in one unit of work. */
export async function recordCounterPayment(deps: ModuleDeps, user: UserPrincipal, dossierId: number): Promise<PaymentRow> {
  const d = await dossiers.readable(deps.db, user, dossierId);
  if (!dossiers.rolesOn(user, d).includes('reception')) throw errors.receptionOnly();
  checkPayable(d);
  return deps.uow(user, async (uow) => {
    const paidAt = new Date();
    const payment = await repo.insert(uow.tx, {
      dossierId: d.id, agencyId: d.receivingAgencyId, amount: d.fee!.total, lines: linesOf(d), payer: payerOf(d), channel: 'counter', status: 'paid',
      paidAt, confirmedBy: 'counter', createdBy: user.id,
    });
    uow.audit({ agencyId: d.receivingAgencyId, action: 'payment.counter', entity: 'payment', entityId: payment.id, data: { reference: payment.reference, amount: payment.amount, dossierId: d.id } });
    uow.emit(PAYMENT_CONFIRMED, { paymentId: payment.id, dossierId: d.id, reference: payment.reference, amount: payment.amount, agencyId: d.receivingAgencyId });
    const { surplus } = await dossiers.recordPayment(deps, uow, d.id, { reference: payment.reference, amount: payment.amount, paidAt, channel: 'counter' });
    // Paid meanwhile (online, or at another counter): nothing is taken twice at the desk.
    if (surplus) throw errors.nothingToPay();
    return payment;
  });
}

/** Pending payments the platform has not called back about: asked again with backoff, settled or given up. */
export async function queryPendingPayments(deps: ModuleDeps, limit = 20): Promise<number> {
  if (!deps.payment) return 0;
  const due = await repo.claimDueQueries(deps.db, limit);
  for (const payment of due) await confirmFromPlatform(deps, payment);
  return due.length;
}

// ---- the finance officer's view ----

/** Where a principal keeps the books: finance officers their agencies, admins their subtree; the province's admins also what belongs to no agency. */
async function financeScope(deps: ModuleDeps, principal: Principal): Promise<{ agencies: number[]; unassigned: boolean }> {
  const finance = agenciesWithRole(principal, 'finance');
  const admin = agenciesWithRole(principal, 'admin');
  if (finance.length === 0 && admin.length === 0) throw platformErrors.forbidden();
  const agencies = [...new Set([...finance, ...(admin.length > 0 ? await identity.agencySubtree(deps.db, admin) : [])])];
  const profiles = await Promise.all(admin.map((id) => identity.agencyProfile(deps.db, id)));
  return { agencies, unassigned: profiles.some((p) => p && p.parentName === null) };
}

export async function listPayments(deps: ModuleDeps, principal: Principal, query: { from?: string; to?: string; status?: PaymentStatus; page?: number; pageSize?: number }) {
  const { agencies } = await financeScope(deps, principal);
  const today = localDay(new Date());
  const pageSize = query.pageSize ?? 50;
  return repo.list(deps.db, { agencies, from: query.from ?? today, to: query.to ?? today, status: query.status, limit: pageSize, offset: ((query.page ?? 1) - 1) * pageSize });
}

/**
 * Compares the platform's statement of a past day (GET_BILL) with the online payments we recorded as
 * paid that day; the differences wait for the finance officer. Run daily by a job, or again by hand.
 */
export async function reconcile(deps: ModuleDeps, principal: Principal, day: string) {
  if (principal.type === 'user') await financeScope(deps, principal);
  if (day >= localDay(new Date())) throw errors.dayNotOver();
  const provider = deps.payment;
  if (!provider) throw errors.onlineUnavailable();
  let lines;
  try {
    lines = await provider.statement(day);
  } catch (error) {
    if (error instanceof PaymentPlatformError) throw errors.platformUnavailable();
    throw error;
  }
  const ours = await repo.paidOnlineOn(deps.db, day);
  const oursByReference = new Map(ours.map((o) => [o.reference, o]));
  const theirs = new Set(lines.map((l) => l.reference));
  const known = await repo.agenciesOfReferences(deps.db, lines.filter((l) => !oursByReference.has(l.reference)).map((l) => l.reference));
  const differences: Omit<Difference, 'id' | 'agencyName' | 'resolvedAt' | 'resolvedByName' | 'resolution'>[] = [];
  for (const line of lines) {
    const mine = oursByReference.get(line.reference);
    if (!mine) {
      const other = known.get(line.reference);
      differences.push({ reference: line.reference, kind: 'missing_here', agencyId: other?.agencyId ?? null, ourAmount: other?.amount ?? null, platformAmount: line.amount, transactionId: line.transactionId });
    } else if (mine.amount !== line.amount) {
      differences.push({ reference: line.reference, kind: 'amount', agencyId: mine.agencyId, ourAmount: mine.amount, platformAmount: line.amount, transactionId: line.transactionId });
    }
  }
  for (const mine of ours) {
    if (!theirs.has(mine.reference)) differences.push({ reference: mine.reference, kind: 'missing_there', agencyId: mine.agencyId, ourAmount: mine.amount, platformAmount: null, transactionId: mine.transactionId });
  }
  await deps.uow(principal, async ({ tx, audit }) => {
    await repo.saveReconciliation(tx, {
      day, ranBy: principal.id, platformCount: lines.length, platformTotal: lines.reduce((s, l) => s + l.amount, 0),
      ourCount: ours.length, ourTotal: ours.reduce((s, o) => s + o.amount, 0),
    }, differences);
    audit({ action: 'payment.reconcile', entity: 'reconciliation', entityId: day, data: { differences: differences.length } });
  });
  return principal.type === 'user' ? reconciliationOf(deps, principal, day) : null;
}

export async function reconciliationOf(deps: ModuleDeps, principal: Principal, day: string) {
  const scope = await financeScope(deps, principal);
  const run = await repo.reconciliation(deps.db, day);
  if (!run) throw errors.notReconciled();
  const { id, ...summary } = run;
  return { ...summary, differences: await repo.differences(deps.db, id, scope.agencies, scope.unassigned) };
}

export async function resolveDifference(deps: ModuleDeps, user: UserPrincipal, id: number, resolution: string) {
  const scope = await financeScope(deps, user);
  const difference = await repo.difference(deps.db, id);
  const visible = difference && (difference.agencyId === null ? scope.unassigned : scope.agencies.includes(difference.agencyId));
  if (!visible) throw platformErrors.notFound();
  await deps.uow(user, async ({ tx, audit }) => {
    if (!(await repo.resolveDifference(tx, id, user.id, resolution))) throw errors.alreadyResolved();
    audit({ agencyId: difference.agencyId, action: 'payment.difference_resolved', entity: 'payment_difference', entityId: id, data: { resolution } });
  });
}

/** The daily reconciliation of yesterday, once it is past 01:00 (local) and not yet done; safe on several nodes. */
export async function reconcileYesterdayIfDue(deps: ModuleDeps, now = new Date()): Promise<boolean> {
  if (!deps.payment) return false;
  const localHour = (now.getUTCHours() + 7) % 24;
  if (localHour < 1) return false;
  const yesterday = localDay(new Date(now.getTime() - 24 * 3_600_000));
  if (await repo.reconciliation(deps.db, yesterday)) return false;
  await reconcile(deps, PLATFORM, yesterday);
  return true;
}
