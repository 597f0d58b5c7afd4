import type { ModuleDeps } from '../../platform/context.js';
import type { UnitOfWork } from '../../platform/unit-of-work.js';
import { catalog, cleanFormData } from '../catalog/index.js';
import { dossierErrors as errors } from './errors.js';
import { dossierRepository as repo, type Applicant, type DossierRow } from './repository.js';
import { feeOwed } from './transitions.js';

export type NationalSubmission = {
  /** The code the national public-service portal gave the dossier (its MaHoSo there). */
  nationalCode: string;
  procedureId: number;
  applicant: Applicant;
  formData: Record<string, string>;
  submittedAt: Date;
};

/**
 * A dossier submitted on the national public-service portal, placed in the queue of the agency that
 * receives its procedure, inside the caller's unit of work: submitted (online), waiting for the one-stop
 * desk, which receives it as any other (its code, due date and receipt come at reception). The fee is
 * what the procedure's schedule says of its form; when the form lacks what the fee depends on, the desk
 * settles it at reception.
 */
export async function createNationalDossier(deps: ModuleDeps, uow: UnitOfWork, input: NationalSubmission): Promise<DossierRow> {
  const procedure = await catalog.procedureForDossier(uow.tx, input.procedureId);
  if (!procedure) throw errors.procedureUnavailable();
  const formData = cleanFormData(procedure.formFields, input.formData);
  let fee: ReturnType<typeof feeOwed> = { fee: null, paymentStatus: 'none' };
  try {
    fee = feeOwed(procedure, { formData, feeCategory: null, resultDelivery: 'counter' }, deps.config.postageVnd);
  } catch {
    // Fee inputs missing from the national form: the desk computes the fee when it receives the dossier.
  }
  const id = await repo.insert(uow.tx, {
    procedureId: procedure.id, procedureName: procedure.name, receivingAgencyId: procedure.agencyId, applicantId: null, applicant: input.applicant,
    formData, channel: 'online', status: 'submitted', feeCategory: null, formVersion: procedure.formVersion,
  });
  const dossier = await repo.update(uow.tx, id, { submittedAt: input.submittedAt, ...fee });
  await repo.addEvent(uow.tx, {
    dossierId: id, actorId: null, actorName: uow.actor.fullName, agencyId: procedure.agencyId, action: 'submit', fromStatus: null, toStatus: 'submitted', step: null,
    note: `Nộp trên Cổng Dịch vụ công quốc gia, mã hồ sơ ${input.nationalCode}`, data: { nationalCode: input.nationalCode },
  });
  uow.audit({ agencyId: procedure.agencyId, action: 'dossier.national_submit', entity: 'dossier', entityId: id, data: { nationalCode: input.nationalCode, procedureId: procedure.id } });
  return dossier;
}
