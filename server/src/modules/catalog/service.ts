import { writeAudit } from '../../platform/audit.js';
import { inTransaction, isUniqueViolation, type Db } from '../../platform/db.js';
import type { AdminScope } from '../identity/policies.js';
import { catalogErrors } from './errors.js';
import { catalogRepository as repo } from './repository.js';
import type { Procedure, ProcedureInput, ProcedurePatch, ProcedureSearchQuery } from './schemas.js';
import { looksLikeProcedureCode, searchTerms, toTsQuery } from './search-text.js';

export async function searchProcedures(db: Db, query: ProcedureSearchQuery, includeUnpublished = false) {
  const pageSize = query.pageSize ?? 20;
  const text = query.q?.trim() ?? '';
  const terms = searchTerms(text);
  const base = {
    codePrefix: looksLikeProcedureCode(text) ? text : null,
    phrase: terms.join(' '),
    level: query.level, agencyId: query.agencyId, fieldCode: query.fieldCode, onlineLevel: query.onlineLevel,
    includeUnpublished, limit: pageSize, offset: ((query.page ?? 1) - 1) * pageSize,
  };
  if (text !== '' && terms.length === 0) return { items: [], total: 0 };
  const all = await repo.search(db, { ...base, tsQuery: toTsQuery(terms, 'all') });
  // Nothing has every word: show what has some of them, best first, rather than an empty page.
  if (all.total === 0 && terms.length > 1) return repo.search(db, { ...base, tsQuery: toTsQuery(terms, 'any') });
  return all;
}

/** A published procedure, or an unpublished one to an administrator of its agency. */
export async function getProcedure(db: Db, id: number, scope: AdminScope | null): Promise<Procedure> {
  const procedure = await repo.get(db, id);
  if (!procedure || (!procedure.published && !scope?.agencyIds.has(procedure.agencyId))) throw catalogErrors.procedureNotFound();
  return procedure;
}

async function checkReferences(db: Db, scope: AdminScope, input: Partial<ProcedureInput>) {
  if (input.agencyId !== undefined && !scope.agencyIds.has(input.agencyId)) throw catalogErrors.agencyNotFound();
  if (input.fieldCode !== undefined && !(await repo.fieldExists(db, input.fieldCode))) throw catalogErrors.fieldNotFound();
}

export async function createProcedure(db: Db, scope: AdminScope, input: ProcedureInput): Promise<Procedure> {
  await checkReferences(db, scope, input);
  try {
    const id = await inTransaction(db, async (tx) => {
      const created = await repo.insert(tx, input);
      await repo.insertDefaultWorkflow(tx, created);
      await writeAudit(tx, {
        actorId: scope.actor.id, agencyId: input.agencyId, action: 'procedure.create', entity: 'procedure', entityId: created,
        data: { nationalCode: input.nationalCode, name: input.name },
      });
      return created;
    });
    return (await repo.get(db, id))!;
  } catch (error) {
    if (isUniqueViolation(error)) throw catalogErrors.procedureExists();
    throw error;
  }
}

export async function updateProcedure(db: Db, scope: AdminScope, id: number, patch: ProcedurePatch): Promise<Procedure> {
  const current = await repo.get(db, id);
  if (!current || !scope.agencyIds.has(current.agencyId)) throw catalogErrors.procedureNotFound();
  await checkReferences(db, scope, patch);
  try {
    await inTransaction(db, async (tx) => {
      await repo.update(tx, id, patch);
      await writeAudit(tx, {
        actorId: scope.actor.id, agencyId: current.agencyId, action: 'procedure.update', entity: 'procedure', entityId: id,
        data: { changes: patch },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw catalogErrors.procedureExists();
    throw error;
  }
  return (await repo.get(db, id))!;
}
