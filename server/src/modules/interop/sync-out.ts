import type { ModuleDeps } from '../../platform/context.js';
import type { Subscription } from '../../platform/jobs.js';
import { catalog } from '../catalog/index.js';
import { DOSSIER_TOPICS, dossiers } from '../dossiers/index.js';
import { eidVerifiedAt } from '../identity/index.js';
import { logPortalExchange } from './exchange-log.js';
import { portalClient } from './portal-client.js';
import { interopRepository as repo } from './repository.js';
import { FIRST_FROM, isSyncable, portalMessage, retryDelayMs } from './rules.js';

/**
 * Sync out: every status change of a dossier reaches the national portal once, in order per dossier.
 * The job registry hands each change to `recorder`, which writes the message for it (with the
 * dossier's dates and the applicant's e-ID flag as they are then) into interop_portal_changes, keyed by
 * the event; `pushDue` sends, on any node, the oldest unacknowledged change of each dossier with the
 * change's idempotency key, and retries with backoff until the portal acknowledges it. A later change of
 * the same dossier is not sent before the earlier one is acknowledged.
 */

/** How long a node holds a change it is sending beyond the call's own timeout. */
const LEASE_MARGIN_SECONDS = 30;
/** How long a change waits for an earlier one of its dossier to be heard (see repository.claimDue). */
const ORDER_GRACE_SECONDS = 60;

const wakers = new WeakMap<ModuleDeps, () => void>();
/** The sender of this app, woken when a change is recorded. */
export const setSenderWaker = (deps: ModuleDeps, wake: (() => void) | undefined) => (wake ? wakers.set(deps, wake) : wakers.delete(deps));

export function recorder(deps: ModuleDeps): Subscription {
  return {
    name: 'interop.portal-record',
    topics: [DOSSIER_TOPICS.statusChanged],
    maxAttempts: 20,
    retryDelayMs: 2_000,
    async handle(delivery) {
      // Without a portal there is nothing to sync (a province not connected yet keeps no backlog).
      if (!deps.config.nationalPortal.url) return;
      const p = delivery.payload as { dossierId: number; action: string; from: string | null; to: string };
      if (!isSyncable(p.to)) return;
      const d = await dossiers.byId(deps.db, Number(p.dossierId));
      if (!d) return;
      const [procedure, agencyCode, eid, nationalCode] = await Promise.all([
        catalog.procedureForDossier(deps.db, d.procedureId),
        repo.agencyCode(deps.db, d.currentAgencyId),
        d.applicantId === null ? Promise.resolve(null) : eidVerifiedAt(deps.db, d.applicantId),
        repo.nationalCodeOf(deps.db, d.id),
      ]);
      const message = portalMessage({
        dossier: d, change: { action: p.action, from: p.from, to: p.to, at: delivery.occurredAt },
        procedureCode: procedure?.nationalCode ?? '', agencyCode: agencyCode ?? '', eidVerified: eid !== null, nationalCode,
      });
      await repo.recordChange(deps.db, { eventId: delivery.eventId, dossierId: d.id, idempotencyKey: delivery.idempotencyKey, action: p.action, from: p.from, to: p.to, message });
      wakers.get(deps)?.();
    },
  };
}

/** Sends what is due, a batch at a time, until nothing is; returns how many changes were acknowledged. */
export async function pushDue(deps: ModuleDeps, log?: { warn: (obj: unknown, msg: string) => void }): Promise<number> {
  const portal = portalClient(deps.config.nationalPortal, logPortalExchange(deps, 'dvcqg-dong-bo-trang-thai', log));
  if (!portal) return 0;
  const { timeoutMs, retryBaseMs } = deps.config.nationalPortal;
  let acknowledged = 0;
  for (;;) {
    const due = await repo.claimDue(deps.db, 20, timeoutMs / 1000 + LEASE_MARGIN_SECONDS, ORDER_GRACE_SECONDS, FIRST_FROM);
    if (due.length === 0) return acknowledged;
    // One change per dossier in a batch: the dossiers go in parallel, each dossier's changes one after the other.
    const results = await Promise.all(due.map(async (change) => {
      try {
        const { receipt } = await portal.pushChange(change.message, change.idempotencyKey, { dossierId: change.dossierId, eventId: change.eventId });
        await repo.acknowledge(deps.db, change.eventId, receipt);
        return true;
      } catch (error) {
        const message = (error as Error)?.message ?? String(error);
        log?.warn({ eventId: change.eventId, dossierId: change.dossierId, attempts: change.attempts, error: message }, 'national portal sync failed; retrying');
        await repo.failed(deps.db, change.eventId, message, retryDelayMs(change.attempts, retryBaseMs));
        return false;
      }
    }));
    acknowledged += results.filter(Boolean).length;
    // Every change failed: the portal is away, wait for the backoff rather than asking again at once.
    if (results.every((ok) => !ok)) return acknowledged;
  }
}
