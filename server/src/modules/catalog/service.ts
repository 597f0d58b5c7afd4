import type { ModuleDeps } from '../../platform/context.js';
import { readCache } from '../../platform/read-cache.js';
import { isUniqueViolation, type Db, type Queryable } from '../../platform/db.js';
import type { AdminScope } from '../identity/index.js';
import { catalogErrors } from './errors.js';
import { scheduleProblems } from './fees.js';
import { catalogRepository as repo } from './repository.js';
import type { Procedure, ProcedureInput, ProcedurePatch, ProcedureSearchQuery } from './schemas.js';
import { looksLikeProcedureCode, searchTerms, toTsQuery } from './search-text.js';
import { DEFAULT_WORKFLOW, validateWorkflow, type WorkflowStep } from './workflow.js';

// Every dossier reply reads its procedure and workflow: kept a few seconds per node (platform/read-cache.ts).
export const procedureForDossier = readCache(5_000, repo.forDossier);
const stepsOf = readCache(5_000, repo.steps);

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

async function checkReferences(db: Db, scope: AdminScope, input: Partial<ProcedureInput>, current?: Procedure) {
  // A schedule reads its quantities from the e-form: both are checked together, as they will be after the change.
  const schedule = input.feeSchedule ?? current?.feeSchedule;
  const problems = schedule ? scheduleProblems(schedule, input.formFields ?? current?.formFields ?? []) : [];
  if (problems.length > 0) throw catalogErrors.invalidFeeSchedule(problems);
  if (input.agencyId !== undefined && !scope.agencyIds.has(input.agencyId)) throw catalogErrors.agencyNotFound();
  if (input.fieldCode !== undefined && !(await repo.fieldExists(db, input.fieldCode))) throw catalogErrors.fieldNotFound();
}

export async function createProcedure(deps: ModuleDeps, scope: AdminScope, input: ProcedureInput): Promise<Procedure> {
  const { db } = deps;
  await checkReferences(db, scope, input);
  try {
    const id = await deps.uow(scope.actor, async ({ tx, audit }) => {
      const created = await repo.insert(tx, input);
      await repo.insertDefaultWorkflow(tx, created);
      audit({ agencyId: input.agencyId, action: 'procedure.create', entity: 'procedure', entityId: created,
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

export async function updateProcedure(deps: ModuleDeps, scope: AdminScope, id: number, patch: ProcedurePatch): Promise<Procedure> {
  const { db } = deps;
  const current = await repo.get(db, id);
  if (!current || !scope.agencyIds.has(current.agencyId)) throw catalogErrors.procedureNotFound();
  await checkReferences(db, scope, patch, current);
  try {
    await deps.uow(scope.actor, async ({ tx, audit }) => {
      await repo.update(tx, id, patch);
      audit({ agencyId: current.agencyId, action: 'procedure.update', entity: 'procedure', entityId: id,
        data: { changes: patch },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw catalogErrors.procedureExists();
    throw error;
  }
  procedureForDossier.forget(id);
  return (await repo.get(db, id))!;
}

// ---- workflow templates ----

/** A procedure's steps; a procedure without a template uses the default one. */
export async function workflowOf(db: Queryable, procedureId: number): Promise<WorkflowStep[]> {
  const steps = (await stepsOf(db, procedureId)) ?? [];
  return steps.length > 0 ? steps : DEFAULT_WORKFLOW;
}

export async function replaceWorkflow(deps: ModuleDeps, scope: AdminScope, procedureId: number, input: Omit<WorkflowStep, 'position'>[]): Promise<WorkflowStep[]> {
  const procedure = await repo.get(deps.db, procedureId);
  if (!procedure || !scope.agencyIds.has(procedure.agencyId)) throw catalogErrors.procedureNotFound();
  const steps: WorkflowStep[] = input.map((s, i) => ({ ...s, position: i + 1 }));
  const problem = validateWorkflow(steps);
  if (problem) throw catalogErrors.invalidWorkflow(problem);
  if (steps.some((s) => s.agencyId !== null && !scope.agencyIds.has(s.agencyId))) throw catalogErrors.stepAgencyNotFound();
  await deps.uow(scope.actor, async ({ tx, audit }) => {
    await repo.replaceSteps(tx, procedure.id, steps);
    audit({ agencyId: procedure.agencyId, action: 'procedure.workflow', entity: 'procedure', entityId: procedure.id, data: { steps } });
  });
  stepsOf.forget(procedure.id);
  return steps;
}
