import type { ModuleDeps } from '../../platform/context.js';
import type { Subscription } from '../../platform/jobs.js';
import { repeat } from '../../platform/repeat.js';
import { localDay } from '../../platform/time.js';
import { identity } from '../identity/index.js';
import { renderReceipt } from './receipt.js';
import { paymentRepository as repo } from './repository.js';
import { PAYMENT_CONFIRMED, queryPendingPayments, reconcileYesterdayIfDue } from './service.js';

/** Issues the signed receipt of every confirmed payment, after the commit that confirmed it. */
export function receiptIssuer(deps: ModuleDeps): Subscription {
  return {
    name: 'payments.receipt',
    topics: [PAYMENT_CONFIRMED],
    maxAttempts: 8,
    retryDelayMs: 2_000,
    async handle(delivery) {
      const { db } = deps;
      const payment = await repo.get(db, Number(delivery.payload.paymentId));
      if (!payment || payment.receiptSha256) return;
      const year = Number(localDay(payment.paidAt!).slice(0, 4));
      const receiptNumber = await repo.assignReceiptNumber(db, payment.id, payment.agencyId, year);
      const [agency, place, dossier] = await Promise.all([identity.agencyProfile(db, payment.agencyId), identity.placeOf(db, payment.agencyId), repo.dossierSummary(db, payment.dossierId)]);
      if (!agency || !dossier) throw new Error(`receipt of payment ${payment.id}: agency or dossier missing`);
      const pdf = await renderReceipt(
        { name: agency.name, parentName: agency.parentName, place, key: await deps.agencyKey(agency.code, agency.name) },
        { ...payment, receiptNumber }, dossier,
      );
      await repo.fillReceipt(db, payment.id, await deps.files.save(db, pdf, 'application/pdf'));
    },
  };
}

/** Queries pending payments every half minute, and reconciles yesterday once it is past 01:00. */
export function startPaymentJobs(deps: ModuleDeps, log: { error: (obj: unknown, msg: string) => void }): () => Promise<void> {
  const queries = repeat(async () => {
    while ((await queryPendingPayments(deps)) > 0);
  }, { intervalMs: 30_000, firstDelayMs: 5_000, onError: (error) => log.error({ err: error }, 'payment queries failed') });
  const reconciliation = repeat(async () => void (await reconcileYesterdayIfDue(deps)),
    { intervalMs: 15 * 60_000, firstDelayMs: 60_000, onError: (error) => log.error({ err: error }, 'daily payment reconciliation failed') });
  return async () => {
    await Promise.all([queries.stop(), reconciliation.stop()]);
  };
}
