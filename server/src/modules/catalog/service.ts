import type { ModuleDeps } from '../../platform/context.js';
import { readCache } from '../../platform/read-cache.js';
import { isUniqueViolation, type Db, type Queryable } from '../../platform/db.js';
import type { AdminScope } from '../identity/index.js';
import { catalogErrors } from './errors.js';
import { definitionProblems, type FormField } from './eform.js';
import { scheduleProblems, type FeeSchedule } from './fees.js';
import { catalogRepository as repo } from './repository.js';
import type { Procedure, ProcedureInput, ProcedurePatch, ProcedureSearchQuery } from './schemas.js';
import { looksLikeProcedureCode, searchTerms, toTsQuery } from '../../platform/search-text.js';
import { DEFAULT_WORKFLOW, validateWorkflow, type WorkflowStep } from './workflow.js';

// Every dossier reply reads its procedure and workflow: kept a few seconds per node (platform/read-cache.ts).
export const procedureForDossier = readCache(5_000, repo.forDossier);
const stepsOf = readCache(5_000, repo.steps);
// A published version never changes: kept as long as the node runs (bounded by the cache's size).
const formVersions = readCache(24 * 3_600_000, repo.formVersion);

/** The fields of a published version of a procedure's form. */
export async function formOf(db: Queryable, procedureId: number, version: number): Promise<FormField[]> {
  return (await formVersions(db, `${procedureId}:${version}`)) ?? [];
}

// ---- the e-form designer ----

export async function formDesign(db: Db, scope: AdminScope, procedureId: number) {
  const procedure = await repo.get(db, procedureId);
  if (!procedure || !scope.agencyIds.has(procedure.agencyId)) throw catalogErrors.procedureNotFound();
  const [current, draft, versions] = await Promise.all([repo.forDossier(db, procedureId), repo.formDraft(db, procedureId), repo.formVersions(db, procedureId)]);
  return { procedureId, version: current!.formVersion, fields: current!.formFields, draft: draft ?? null, versions };
}

function checkDesign(fields: FormField[], schedule: FeeSchedule) {
  const problems = [...definitionProblems(fields), ...scheduleProblems(schedule, fields)];
  if (problems.length > 0) throw catalogErrors.invalidForm(problems);
}

/** Saves the form being designed; dossiers keep using the published version until it is published. */
export async function saveFormDraft(deps: ModuleDeps, scope: AdminScope, procedureId: number, fields: FormField[]) {
  const procedure = await repo.get(deps.db, procedureId);
  if (!procedure || !scope.agencyIds.has(procedure.agencyId)) throw catalogErrors.procedureNotFound();
  const problems = definitionProblems(fields);
  if (problems.length > 0) throw catalogErrors.invalidForm(problems);
  await deps.uow(scope.actor, async ({ tx, audit }) => {
    await repo.saveFormDraft(tx, procedureId, fields, scope.actor.id);
    audit({ agencyId: procedure.agencyId, action: 'procedure.form_draft', entity: 'procedure', entityId: procedureId, data: { fields: fields.length } });
  });
  return formDesign(deps.db, scope, procedureId);
}

/** Publishes the draft as the next version: new dossiers use it; dossiers already made keep theirs. */
export async function publishForm(deps: ModuleDeps, scope: AdminScope, procedureId: number) {
  const procedure = await repo.get(deps.db, procedureId);
  if (!procedure || !scope.agencyIds.has(procedure.agencyId)) throw catalogErrors.procedureNotFound();
  const draft = await repo.formDraft(deps.db, procedureId);
  if (!draft) throw catalogErrors.noFormDraft();
  checkDesign(draft.fields, procedure.feeSchedule);
  await deps.uow(scope.actor, async ({ tx, audit }) => {
    const version = await repo.publishForm(tx, procedureId, draft.fields, scope.actor.id);
    audit({ agencyId: procedure.agencyId, action: 'procedure.form_publish', entity: 'procedure', entityId: procedureId, data: { version, fields: draft.fields.length } });
  });
  procedureForDossier.forget(procedureId);
  return formDesign(deps.db, scope, procedureId);
}

export async function searchProcedures(db: Queryable, query: ProcedureSearchQuery, includeUnpublished = false) {
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
export async function getProcedure(db: Queryable, id: number, scope: AdminScope | null): Promise<Procedure> {
  const procedure = await repo.get(db, id);
  if (!procedure || (!procedure.published && !scope?.agencyIds.has(procedure.agencyId))) throw catalogErrors.procedureNotFound();
  return procedure;
}

async function checkReferences(db: Db, scope: AdminScope, input: Partial<ProcedureInput>, current?: Procedure) {
  // A schedule reads its quantities from the e-form: both are checked together, as they will be after the change.
  const schedule = input.feeSchedule ?? current?.feeSchedule;
  const fields = input.formFields ?? current?.formFields ?? [];
  const problems = [...definitionProblems(fields), ...(schedule ? scheduleProblems(schedule, fields) : [])];
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
