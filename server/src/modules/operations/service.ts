import type { ModuleDeps } from '../../platform/context.js';
import { errors } from '../../platform/errors.js';
import { jobQueries } from '../../platform/jobs.js';
import { requireProvinceAdmin, type AdminScope } from '../identity/index.js';

export async function jobOverview(deps: ModuleDeps, scope: AdminScope, page = 1, pageSize = 20) {
  requireProvinceAdmin(scope);
  const counts = await jobQueries.summary(deps.db);
  const subscribers = new Map<string, { subscriber: string; pending: number; running: number; done: number; dead: number }>();
  for (const name of deps.jobs.names) subscribers.set(name, { subscriber: name, pending: 0, running: 0, done: 0, dead: 0 });
  for (const row of counts) {
    if (row.state === 'discarded') continue;
    const entry = subscribers.get(row.subscriber) ?? { subscriber: row.subscriber, pending: 0, running: 0, done: 0, dead: 0 };
    entry[row.state] = row.count;
    subscribers.set(row.subscriber, entry);
  }
  return { subscribers: [...subscribers.values()], dead: await jobQueries.dead(deps.db, pageSize, (page - 1) * pageSize) };
}

/** Puts a dead delivery back in the queue with a fresh set of attempts. */
export async function retryDelivery(deps: ModuleDeps, scope: AdminScope, id: number) {
  requireProvinceAdmin(scope);
  await deps.uow(scope.actor, async ({ tx, audit }) => {
    if (!(await jobQueries.retry(tx, id))) throw errors.notFound(undefined, 'Không tìm thấy công việc lỗi này (có thể đã được thử lại).');
    audit({ action: 'jobs.retry', entity: 'job_delivery', entityId: id });
  });
  deps.jobs.notify();
}
