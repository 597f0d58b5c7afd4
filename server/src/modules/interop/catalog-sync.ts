import type { ModuleDeps } from '../../platform/context.js';
import type { Actor } from '../../platform/principal.js';
import { applyNationalProcedure, type CatalogChange } from '../catalog/index.js';
import { interopErrors as errors } from './errors.js';
import { logPortalExchange } from './exchange-log.js';
import { portalClient } from './portal-client.js';
import { interopRepository as repo, type CatalogRun } from './repository.js';
import { readCatalogEntry } from './rules.js';
import { NATIONAL_PORTAL } from './sync-in.js';

const CATALOG = 'catalog';

/**
 * Catalog sync: every procedure of the national catalog applied to the province's by national code (new
 * ones added unpublished for the province admin to complete, changed national fields updated), each in
 * its own unit of work, audited; the run is recorded with what it did. One run at a time across nodes.
 */
export async function syncCatalog(deps: ModuleDeps, trigger: CatalogRun['trigger'], actor: Actor = NATIONAL_PORTAL): Promise<CatalogRun> {
  const portal = portalClient(deps.config.nationalPortal, logPortalExchange(deps, 'dvcqg-danh-muc-thu-tuc'));
  if (!portal) throw errors.portalNotConfigured();
  const lease = await repo.takeLease(deps.db, CATALOG, deps.config.nationalPortal.timeoutMs / 1000 + 300);
  if (!lease) throw errors.catalogSyncRunning();
  const runId = await repo.startRun(deps.db, trigger, actor.type === 'user' ? actor.id : null);
  const details: { code: string; change: string; fields?: string[]; reason?: string }[] = [];
  const counts = { added: 0, updated: 0, unchanged: 0 };
  try {
    const root = await repo.rootAgency(deps.db);
    if (root === null) throw new Error('the province has no root agency');
    const entries = await portal.procedures();
    for (const raw of entries) {
      const read = readCatalogEntry(raw);
      if (!read.ok) {
        details.push({ code: read.code ?? '?', change: 'skipped', reason: read.reason });
        continue;
      }
      const change: CatalogChange = await deps.uow(actor, (uow) => applyNationalProcedure(uow, read.entry, root));
      counts[change.change]++;
      if (change.change !== 'unchanged') details.push({ code: change.code, change: change.change, fields: change.fields });
    }
    await repo.finishRun(deps.db, runId, { status: 'done', ...counts, details, error: null });
  } catch (error) {
    await repo.finishRun(deps.db, runId, { status: 'failed', ...counts, details, error: String((error as Error)?.message ?? error).slice(0, 1000) });
  } finally {
    await repo.releaseLease(deps.db, CATALOG, { lastRunId: runId });
  }
  return (await repo.run(deps.db, runId))!;
}

/**
 * Whether the scheduled catalog sync is due: the configured hours after the last good run, or after the
 * node started when it never ran (a new province's first sync is the admin's, who then completes what it adds).
 */
export async function catalogDue(deps: ModuleDeps, startedAt: number): Promise<boolean> {
  const last = (await repo.lastGoodRunAt(deps.db))?.getTime() ?? startedAt;
  return Date.now() - last >= deps.config.nationalPortal.catalogHours * 3_600_000;
}
