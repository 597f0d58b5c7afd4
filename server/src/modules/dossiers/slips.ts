import type { ModuleDeps } from '../../platform/context.js';
import type { Subscription } from '../../platform/jobs.js';
import type { UnitOfWork } from '../../platform/unit-of-work.js';
import { catalog } from '../catalog/index.js';
import { identity } from '../identity/index.js';
import { renderDossierForm, type FormDetails, type FormNumber, type FormSigner } from './forms.js';
import { dossierRepository as repo, type DossierFile, type DossierRow, type NewFile } from './repository.js';

const SIGNER_POSITION: Record<FormNumber, string> = {
  '01': 'Người tiếp nhận hồ sơ', '02': 'Người tiếp nhận hồ sơ', '03': 'Thủ trưởng cơ quan', '04': 'Thủ trưởng cơ quan', '05': 'Thủ trưởng cơ quan',
};

export const FORM_REQUESTED = 'dossier.form_requested';

type FormRequest = {
  fileId: number;
  agencyId: number;
  signer: FormSigner;
  details: FormDetails;
  dossier: Pick<DossierRow, 'id' | 'code' | 'procedureId' | 'applicant' | 'receivedAt' | 'dueAt'>;
};

/**
 * Asks for a one-stop form (01–05) of the dossier as it is now. Rendering and signing a PDF takes tens
 * of milliseconds, too long for a transition's transaction: the file row (its id reserved beforehand) is
 * written with the change, the PDF by the `dossiers.forms` job right after commit.
 */
export function requestForm(uow: UnitOfWork, fileId: number, d: DossierRow, agencyId: number, details: FormDetails, kind: DossierFile['kind'] = 'slip'): NewFile {
  const signerPosition = details.form === '03' && d.status === 'submitted' ? 'Người tiếp nhận hồ sơ' : SIGNER_POSITION[details.form];
  const request: FormRequest = {
    fileId, agencyId, details, signer: { position: signerPosition, name: uow.actor.fullName },
    dossier: { id: d.id, code: d.code, procedureId: d.procedureId, applicant: d.applicant, receivedAt: d.receivedAt, dueAt: d.dueAt },
  };
  uow.emit(FORM_REQUESTED, request);
  return {
    id: fileId, kind, label: `Mẫu ${details.form}`, sha256: null, fileName: `mau-${details.form}-${d.code ?? d.id}.pdf`,
    contentType: 'application/pdf', size: null, uploadedBy: uow.actor.id,
  };
}

const asDate = (value: unknown) => (value ? new Date(String(value)) : null);

/** Renders, signs and stores requested forms; dated when they were asked for. */
export function formRenderer(deps: ModuleDeps): Subscription {
  return {
    name: 'dossiers.forms',
    topics: [FORM_REQUESTED],
    maxAttempts: 5,
    retryDelayMs: 2_000,
    async handle(delivery) {
      const request = delivery.payload as unknown as FormRequest;
      const { db } = deps;
      const [agency, place, procedure] = await Promise.all([
        identity.agencyProfile(db, request.agencyId), identity.placeOf(db, request.agencyId), catalog.procedureForDossier(db, request.dossier.procedureId),
      ]);
      if (!agency || !procedure) throw new Error(`form ${request.details.form} of dossier ${request.dossier.id}: agency or procedure missing`);
      const details = request.details.form === '04' ? { ...request.details, newDueAt: new Date(String(request.details.newDueAt)) } : request.details;
      const pdf = await renderDossierForm(
        { name: agency.name, parentName: agency.parentName, place, key: await deps.agencyKey(agency.code, agency.name) },
        { code: request.dossier.code, procedureName: procedure.name, processingDays: procedure.processingDays, applicant: request.dossier.applicant,
          documents: procedure.documents, receivedAt: asDate(request.dossier.receivedAt), dueAt: asDate(request.dossier.dueAt) },
        request.signer, details, delivery.occurredAt,
      );
      const stored = await deps.files.save(db, pdf, 'application/pdf');
      await repo.fillFile(db, request.fileId, stored);
    },
  };
}
