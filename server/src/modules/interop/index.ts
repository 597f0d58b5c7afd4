/**
 * interop's public face: the province's exchanges with national systems (issue 10). Sync with the national
 * public-service portal (each dossier status change pushed once and in order per dossier, dossiers
 * submitted there pulled into the right agency's queue, the procedure catalog synced by national code) and
 * officers' lookups of the national base registries (population, businesses) through the integration
 * platform's gateway. Tables owned: interop_portal_changes, interop_pulled_dossiers, interop_sync_state,
 * interop_catalog_runs, interop_registry_lookups. Reads the views agency_directory, user_directory,
 * procedure_directory and dossier_directory.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { ModuleDeps } from '../../platform/context.js';
import type { Subscription } from '../../platform/jobs.js';
import { repeat } from '../../platform/repeat.js';
import { catalogDue, syncCatalog } from './catalog-sync.js';
import { pullSubmitted } from './sync-in.js';
import { pushDue, recorder, setSenderWaker } from './sync-out.js';

export { interopRoutes } from './routes.js';
export { ensureRegistryServices, ONE_STOP_MEMBER, REGISTRY_SERVICES } from './registries.js';

export const OWNED_TABLES = ['interop_portal_changes', 'interop_pulled_dossiers', 'interop_sync_state', 'interop_catalog_runs', 'interop_registry_lookups'] as const;

/** The module's background deliveries: each dossier status change recorded for the national portal. */
export const interopSubscriptions = (deps: ModuleDeps): Subscription[] => [recorder(deps)];

/** The sync's rounds, for a command or a test to run now what the schedule runs later. */
export const interopSync = { pushDue, pullSubmitted, syncCatalog };

/**
 * The module's scheduled work, safe on any number of nodes: the sender (woken when a change is recorded,
 * otherwise every few seconds for retries), the pull of dossiers submitted on the national portal, and the
 * catalog sync when due. Returns its stop.
 */
export function startInteropJobs(deps: ModuleDeps, log: FastifyBaseLogger): () => Promise<void> {
  if (!deps.config.nationalPortal.url) return async () => {};
  const onError = (what: string) => (error: unknown) => log.warn({ err: error }, `${what} failed`);
  const sender = repeat(async () => void (await pushDue(deps, log)), { intervalMs: 2_000, firstDelayMs: 1_000, onError: onError('national portal sync') });
  setSenderWaker(deps, sender.wake);
  const startedAt = Date.now();
  const puller = repeat(async () => {
    await pullSubmitted(deps);
    if (await catalogDue(deps, startedAt)) await syncCatalog(deps, 'schedule');
  }, { intervalMs: deps.config.nationalPortal.pullSeconds * 1000, firstDelayMs: 5_000, onError: onError('national portal pull') });
  return async () => {
    setSenderWaker(deps, undefined);
    await Promise.all([sender.stop(), puller.stop()]);
  };
}
