import type { Queryable } from '../../platform/db.js';
import { catalog, type ProcedureForDossier } from '../catalog/index.js';
import { formProblems } from './eform.js';
import { dossierErrors as errors } from './errors.js';
import type { DossierFile, DossierRow } from './repository.js';

export function checkFormData(procedure: ProcedureForDossier, formData: Record<string, string>) {
  const { missing, invalid } = formProblems(procedure.formFields, formData);
  if (missing.length > 0) throw errors.missingFormFields(missing);
  if (invalid.length > 0) throw errors.invalidFormFields(invalid);
}

/** A dossier is complete when its e-form is answered and every required document is attached; returns its procedure. */
export async function checkComplete(db: Queryable, d: DossierRow, files: DossierFile[]): Promise<ProcedureForDossier> {
  const procedure = (await catalog.procedureForDossier(db, d.procedureId))!;
  checkFormData(procedure, d.formData);
  const attached = new Set(files.filter((f) => f.kind === 'submission').map((f) => f.label));
  const missing = procedure.documents.filter((doc) => !doc.optional && !attached.has(doc.name)).map((doc) => doc.name);
  if (missing.length > 0) throw errors.missingDocuments(missing);
  return procedure;
}
