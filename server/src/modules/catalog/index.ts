/**
 * The procedure catalog's public face: procedures and their workflow templates. Tables owned:
 * procedures, procedure_fields, procedure_steps; published view: procedure_directory (id, national_code, name,
 * agency_id, published).
 */
import { formOf, procedureForDossier, workflowOf } from './service.js';
import { catalogRepository } from './repository.js';

export type { ProcedureForDossier } from './repository.js';
export { FeeSchedule as FeeScheduleSchema, FormField as FormFieldSchema, WorkflowStepSchema } from './schemas.js';
export { cleanFormData, definitionProblems, displayValue, FIELD_TYPES, fieldProblems, requiredFiles, type FieldProblem, type FormField } from './eform.js';
export { computeFee, feeFields, FeeInputMissing, formatVnd, NO_FEES, withPostage, type ComputedFee, type FeeSchedule, type PayWhen } from './fees.js';
export { DEFAULT_WORKFLOW, isLastStep, stepAgency, stepAt, stepHours, type StepRole, type WorkflowStep } from './workflow.js';
export { catalogRoutes } from './routes.js';
export { applyNationalProcedure, type CatalogChange, type NationalProcedure } from './national-sync.js';

export const catalog = {
  /** A procedure as a dossier needs it, published or not. */
  procedureForDossier,
  workflowOf,
  /** The fields of a version of a procedure's form, as dossiers filled in with it read it. */
  formOf,
  /** Every published procedure (code, name, field, level, agency, days, online level, fee schedule), by national code. */
  publishedProcedures: catalogRepository.published,
};

export const OWNED_TABLES = ['procedures', 'procedure_fields', 'procedure_steps', 'procedure_forms', 'procedure_form_drafts'] as const;
export const PUBLISHED_VIEWS = ['procedure_directory'] as const;
