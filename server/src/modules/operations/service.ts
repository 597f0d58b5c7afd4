import type { ModuleDeps } from '../../platform/context.js';
import { errors } from '../../platform/errors.js';
import { jobQueries } from '../../platform/jobs.js';
import { requireProvinceAdmin, type AdminScope } from '../identity/index.js';

/** Puts a dead delivery back in the queue with a fresh set of attempts. */
export async function retryDelivery(deps: ModuleDeps, scope: AdminScope, id: number) {
  requireProvinceAdmin(scope);
  await deps.uow(scope.actor, async ({ tx, audit }) => {
    if (!(await jobQueries.retry(tx, id))) throw errors.notFound(undefined, 'Không tìm thấy công việc lỗi này (có thể đã được thử lại).');
    audit({ action: 'jobs.retry', entity: 'job_delivery', entityId: id });
  });
  deps.jobs.notify();
}
