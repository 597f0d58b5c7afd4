/**
 * Operations' public face: the platform's nodes (their heartbeats) and background work as administrators see it, and the operations
 * center (dashboards, the service-quality index, the one-stop reports). Owns ops_rollups, ops_pending and ops_changes,
 * kept current by a hook in each dossier change's own statement (see repository.ts `rollupStatement`).
 */
import type { FastifyBaseLogger } from 'fastify';
import type { ModuleDeps } from '../../platform/context.js';
import { onDossierChange } from '../dossiers/index.js';
import type { Queryable } from '../../platform/db.js';
import { changedHere } from './changes.js';
import { rollupStatement } from './repository.js';
import { operationsRepository } from './repository.js';

export { operationsRoutes } from './routes.js';
export { startNodeHeartbeat, type NodeHeartbeat } from './nodes.js';

onDossierChange((change, param, changed) => {
  const statement = rollupStatement(change, param, changed);
  // This node's dashboards compute again from the next request (a request after the commit sees it).
  if (statement) for (const agencyId of new Set([change.before.receivingAgencyId, change.after.receivingAgencyId])) changedHere(agencyId);
  return statement;
});

/** Recomputes the rollups from the dossiers (after a bulk load or demo data written outside the life cycle). */
export async function rebuildOperationsRollups(db: Queryable): Promise<void> {
  await operationsRepository.rebuild(db);
  changedHere(null);
}

/** The module's scheduled work: forgetting the changes live dashboards have read (safe on several nodes); returns its stop. */
export function startOperationsJobs(deps: ModuleDeps, log: FastifyBaseLogger): () => void {
  const timer = setInterval(() => {
    operationsRepository.forgetChanges(deps.db, 120).catch((error: unknown) => log.warn({ err: error }, 'operations: cannot forget old changes'));
  }, 60_000);
  timer.unref();
  return () => clearInterval(timer);
}

export const OWNED_TABLES = ['ops_nodes', 'ops_rollups', 'ops_pending', 'ops_changes', 'ops_maturity_sets', 'ops_maturity_criteria', 'ops_maturity_periods', 'ops_maturity_scores'] as const;
