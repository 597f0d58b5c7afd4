import { auditChainState } from '../../platform/audit.js';
import type { ModuleDeps } from '../../platform/context.js';
import { jobQueries } from '../../platform/jobs.js';
import { requireProvinceAdmin, type AdminScope } from '../identity/index.js';
import { operationsErrors } from './errors.js';
import { healthRepository } from './health-repository.js';

/**
 * The operations page of the province IT admins: platform-wide figures (every node, queue and the database),
 * so for the administrators of the whole province only.
 */
export async function operationsStatus(deps: ModuleDeps, scope: AdminScope) {
  requireProvinceAdmin(scope);
  const { db } = deps;
  const [nodes, queues, audit, replication, database] = await Promise.all([
    healthRepository.nodes(db), jobQueries.queues(db), auditChainState(db), healthRepository.replication(db), healthRepository.database(db),
  ]);
  // Every subscriber this node knows is listed, idle ones too; one only the database knows (retired code) as well.
  const bySubscriber = new Map(queues.map((q) => [q.subscriber, q]));
  const idle = { pending: 0, due: 0, retrying: 0, failedAttempts: 0, oldestPendingSeconds: null, running: 0, doneLastHour: 0, dead: 0 };
  const names = [...new Set([...deps.jobs.names, ...bySubscriber.keys()])].sort();
  return {
    checkedAt: new Date(),
    nodes,
    queues: names.map((subscriber) => ({ ...idle, ...bySubscriber.get(subscriber), subscriber, topics: deps.jobs.subscription(subscriber)?.topics ?? [] })),
    audit,
    replication,
    database,
  };
}

export async function deadLetters(deps: ModuleDeps, scope: AdminScope, page = 1, pageSize = 20) {
  requireProvinceAdmin(scope);
  return jobQueries.dead(deps.db, pageSize, (page - 1) * pageSize);
}

/** Gives up on a dead delivery: it leaves the dead letters and is never made again. */
export async function discardDelivery(deps: ModuleDeps, scope: AdminScope, id: number) {
  requireProvinceAdmin(scope);
  await deps.uow(scope.actor, async ({ tx, audit }) => {
    const discarded = await jobQueries.discard(tx, id);
    if (!discarded) throw operationsErrors.deadLetterNotFound();
    audit({ action: 'jobs.discard', entity: 'job_delivery', entityId: id, data: { subscriber: discarded.subscriber, topic: discarded.topic, attempts: discarded.attempts } });
  });
}
