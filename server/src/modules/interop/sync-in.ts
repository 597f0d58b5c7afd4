import type { ModuleDeps } from '../../platform/context.js';
import { systemPrincipal } from '../../platform/principal.js';
import { createNationalDossier } from '../dossiers/index.js';
import { logPortalExchange } from './exchange-log.js';
import { portalClient } from './portal-client.js';
import { interopRepository as repo } from './repository.js';
import { readPulledDossier, type PulledDossier } from './rules.js';

export const NATIONAL_PORTAL = systemPrincipal('Cổng Dịch vụ công quốc gia');
const PULL = 'pull';
const PAGE = 50;

export type PullResult = { created: number; unplaced: number; skipped: number; after: number } | null;

/**
 * Sync in: takes the dossiers submitted on the national portal for the province after the last one
 * taken (a cursor), each in one unit of work that claims its national code and creates the dossier in
 * the queue of the agency receiving its procedure. A code seen twice (the portal repeats itself, or two
 * nodes pull at once) is created once. One node pulls at a time (a lease); null when another one is.
 */
export async function pullSubmitted(deps: ModuleDeps): Promise<PullResult> {
  const portal = portalClient(deps.config.nationalPortal, logPortalExchange(deps, 'dvcqg-ho-so-nop-truc-tuyen'));
  if (!portal) return null;
  const state = await repo.takeLease(deps.db, PULL, deps.config.nationalPortal.timeoutMs / 1000 * 4 + 60);
  if (!state) return null;
  let after = Number(state.after ?? 0) || 0;
  const result = { created: 0, unplaced: 0, skipped: 0, after };
  try {
    for (;;) {
      const page = await portal.submittedDossiers(after, PAGE);
      let fresh = 0;
      for (const raw of page) {
        const read = readPulledDossier(raw);
        if (!read.ok) {
          result.skipped++;
          continue;
        }
        if (read.dossier.seq > after) fresh++;
        const outcome = await take(deps, read.dossier);
        if (outcome) result[outcome]++;
        after = Math.max(after, read.dossier.seq);
      }
      if (fresh === 0 || page.length < PAGE) break;
    }
  } finally {
    result.after = after;
    await repo.releaseLease(deps.db, PULL, { ...state, after, pulledAt: new Date().toISOString() });
  }
  return result;
}

/** Places one submitted dossier; what became of it, or null when it was taken before. */
async function take(deps: ModuleDeps, p: PulledDossier): Promise<'created' | 'unplaced' | null> {
  const candidates = await repo.proceduresByCode(deps.db, p.procedureCode);
  const matching = p.agencyCode ? candidates.filter((c) => c.agencyCode === p.agencyCode) : candidates;
  const procedure = matching.length === 1 ? matching[0] : undefined;
  const reason = procedure ? null
    : candidates.length === 0 ? `Tỉnh không có thủ tục ${p.procedureCode} đang công bố.`
      : matching.length === 0 ? `Cơ quan ${p.agencyCode} không giải quyết thủ tục ${p.procedureCode}.`
        : `Thủ tục ${p.procedureCode} do nhiều cơ quan giải quyết mà hồ sơ không nêu cơ quan nhận.`;
  return deps.uow(NATIONAL_PORTAL, async (uow) => {
    const claimed = await repo.claimPulled(uow.tx, {
      nationalCode: p.nationalCode, seq: p.seq, procedureCode: p.procedureCode, agencyId: procedure?.agencyId ?? null,
      outcome: procedure ? 'created' : 'unplaced', reason,
    });
    if (!claimed) return null;
    if (!procedure) {
      uow.audit({ action: 'interop.pull_unplaced', entity: 'national_dossier', entityId: p.nationalCode, data: { procedureCode: p.procedureCode, reason } });
      return 'unplaced';
    }
    const dossier = await createNationalDossier(deps, uow, { nationalCode: p.nationalCode, procedureId: procedure.id, applicant: p.applicant, formData: p.formData, submittedAt: p.submittedAt });
    await repo.setPulledDossier(uow.tx, p.nationalCode, dossier.id);
    uow.audit({ agencyId: procedure.agencyId, action: 'interop.pull', entity: 'dossier', entityId: dossier.id, data: { nationalCode: p.nationalCode, procedureCode: p.procedureCode } });
    return 'created';
  });
}
