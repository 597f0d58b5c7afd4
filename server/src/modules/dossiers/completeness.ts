import type { Queryable } from '../../platform/db.js';
import { catalog, requiredFiles, type FormField, type ProcedureForDossier } from '../catalog/index.js';
import { formProblems } from './eform.js';
import { dossierErrors as errors } from './errors.js';
import type { DossierFile, DossierRow } from './repository.js';

export function checkFormData(fields: FormField[], formData: Record<string, string>) {
  const { missing, invalid, fields: problems } = formProblems(fields, formData);
  if (missing.length > 0) throw errors.missingFormFields(missing, problems);
  if (invalid.length > 0) throw errors.invalidFormFields(invalid, problems);
}

/** The procedure as the dossier was filled in: its documents, and the fields of the dossier's form version. */
export async function procedureOfDossier(db: Queryable, d: Pick<DossierRow, 'procedureId' | 'formVersion'>): Promise<ProcedureForDossier> {
  const procedure = (await catalog.procedureForDossier(db, d.procedureId))!;
  return d.formVersion === procedure.formVersion ? procedure : { ...procedure, formFields: await catalog.formOf(db, d.procedureId, d.formVersion), formVersion: d.formVersion };
}

/**
 * The documents to attach: the procedure's, and the e-form's file fields (a portrait, a plan), which are
 * uploaded like documents under their label.
 */
export function documentsOf(procedure: ProcedureForDossier, formData: Record<string, string>) {
  const required = new Set(requiredFiles(procedure.formFields, formData));
  return [
    ...procedure.documents,
    ...procedure.formFields.filter((f) => f.type === 'file').map((f) => ({ name: f.label, original: 1, copies: 0, optional: !required.has(f.label) })),
  ];
}

/** A dossier is complete when its e-form is answered and every required document is attached; returns its procedure. */
export async function checkComplete(db: Queryable, d: DossierRow, files: DossierFile[]): Promise<ProcedureForDossier> {
  const procedure = await procedureOfDossier(db, d);
  checkFormData(procedure.formFields, d.formData);
  const attached = new Set(files.filter((f) => f.kind === 'submission').map((f) => f.label));
  const missing = documentsOf(procedure, d.formData).filter((doc) => !doc.optional && !attached.has(doc.name)).map((doc) => doc.name);
  if (missing.length > 0) throw errors.missingDocuments(missing);
  return procedure;
}
