/**
 * Operations' public face: the platform's background work as administrators see it, and the operations
 * center (dashboards, the service-quality index, the one-stop reports). Owns ops_rollups and ops_pending,
 * kept current by a hook in each dossier change's own statement (see repository.ts `rollupStatement`).
 */
import { onDossierChange } from '../dossiers/index.js';
import { rollupStatement } from './repository.js';
import { operationsRepository } from './repository.js';

export { operationsRoutes } from './routes.js';

onDossierChange(rollupStatement);

/** Recomputes the rollups from the dossiers (after a bulk load or demo data written outside the life cycle). */
export const rebuildOperationsRollups = operationsRepository.rebuild;

export const OWNED_TABLES = ['ops_rollups', 'ops_pending', 'ops_maturity_sets', 'ops_maturity_criteria', 'ops_maturity_periods', 'ops_maturity_scores'] as const;
