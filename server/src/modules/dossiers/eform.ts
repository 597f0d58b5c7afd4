/** The e-form of a dossier's procedure (catalog/eform.ts): which answers are missing or malformed. */
import { fieldProblems, type FieldProblem, type FormField } from '../catalog/index.js';

export { cleanFormData } from '../catalog/index.js';

export function formProblems(fields: FormField[], data: Record<string, string>): { missing: string[]; invalid: string[]; fields: FieldProblem[] } {
  const problems = fieldProblems(fields, data);
  return {
    missing: problems.filter((p) => p.kind === 'missing').map((p) => p.label),
    invalid: problems.filter((p) => p.kind === 'invalid').map((p) => p.label),
    fields: problems,
  };
}
