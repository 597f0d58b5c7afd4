import type { Queryable } from '../../platform/db.js';
import { agenciesWithRole, type Principal, type UserPrincipal } from '../../platform/principal.js';
import { catalog, type ProcedureForDossier } from '../catalog/index.js';
import { identity } from '../identity/index.js';
import { checkFormData, procedureOfDossier } from './completeness.js';
import { cleanFormData } from './eform.js';
import { dossierErrors as errors } from './errors.js';
import { dossierRepository as repo, type Applicant, type DossierRow } from './repository.js';
import type { ModuleDeps } from '../../platform/context.js';
import { applyTransition, feeOwed, takeReceptionNumber } from './transitions.js';

export type DraftInput = {
  procedureId: number; applicant?: Partial<Applicant>; formData?: Record<string, string>; feeCategory?: string | null;
  resultDelivery?: { method: 'counter' | 'post'; address?: string };
};

/** By post needs an address; at the counter forgets any address given before. */
function deliveryChanges(choice: DraftInput['resultDelivery']): Pick<DossierRow, 'resultDelivery' | 'deliveryAddress'> | Record<string, never> {
  if (!choice) return {};
  if (choice.method === 'counter') return { resultDelivery: 'counter', deliveryAddress: null };
  const address = choice.address?.trim();
  if (!address) throw errors.deliveryAddressRequired();
  return { resultDelivery: 'post', deliveryAddress: address };
}

/** An exemption category must be one the procedure's schedule grants. */
function checkFeeCategory(procedure: ProcedureForDossier, category: string | null | undefined) {
  if (category && !procedure.feeSchedule.exemptions.some((e) => e.category === category)) throw errors.unknownFeeCategory();
}

async function publishedProcedure(db: Queryable, procedureId: number) {
  const procedure = await catalog.procedureForDossier(db, procedureId);
  if (!procedure || !procedure.published) throw errors.procedureUnavailable();
  return procedure;
}

/** A citizen's or business's draft; the applicant's identity comes from their account. */
export async function createDraft(deps: ModuleDeps, user: UserPrincipal, input: DraftInput): Promise<DossierRow> {
  const procedure = await publishedProcedure(deps.db, input.procedureId);
  checkFeeCategory(procedure, input.feeCategory);
  const p = (await identity.applicantProfile(deps.db, user.id))!;
  const applicant: Applicant = {
    fullName: p.kind === 'business' && p.organization ? p.organization : p.fullName,
    identityNumber: p.identityNumber ?? undefined, phone: input.applicant?.phone ?? p.phone ?? undefined,
    email: input.applicant?.email ?? p.email ?? undefined, address: input.applicant?.address,
    kind: p.kind === 'business' ? 'business' : 'citizen',
  };
  return deps.uow(user, async ({ tx, audit }) => {
    const id = await repo.insert(tx, {
      procedureId: procedure.id, procedureName: procedure.name, receivingAgencyId: procedure.agencyId, applicantId: user.id, applicant,
      formData: cleanFormData(procedure.formFields, input.formData ?? {}), channel: 'online', status: 'draft', feeCategory: input.feeCategory ?? null,
      formVersion: procedure.formVersion,
    });
    await repo.addEvent(tx, { dossierId: id, actorId: user.id, actorName: user.fullName, agencyId: null, action: 'create', fromStatus: null, toStatus: 'draft', step: null });
    audit({ agencyId: procedure.agencyId, action: 'dossier.create', entity: 'dossier', entityId: id, data: { procedureId: procedure.id } });
    return (await repo.get(tx, id))!;
  });
}

export async function updateDraft(deps: ModuleDeps, user: UserPrincipal, id: number, input: Omit<DraftInput, 'procedureId'>): Promise<DossierRow> {
  return deps.uow(user, async ({ tx, audit }) => {
    const d = await repo.getForUpdate(tx, id);
    if (!d || d.applicantId !== user.id) throw errors.notFound();
    if (d.status !== 'draft') throw errors.stateConflict(d.status);
    const procedure = await procedureOfDossier(tx, d);
    checkFeeCategory(procedure, input.feeCategory);
    const updated = await repo.update(tx, id, {
      feeCategory: input.feeCategory === undefined ? d.feeCategory : input.feeCategory,
      ...deliveryChanges(input.resultDelivery),
      applicant: { ...d.applicant, ...input.applicant, fullName: d.applicant.fullName, identityNumber: d.applicant.identityNumber },
      formData: input.formData ? cleanFormData(procedure.formFields, input.formData) : d.formData,
    });
    audit({ action: 'dossier.update_draft', entity: 'dossier', entityId: id });
    return updated;
  });
}

/** A walk-in applicant at the one-stop counter: created and received at once, the receipt printed. */
export async function receiveAtCounter(deps: ModuleDeps, principal: Principal, input: { procedureId: number; applicant: Applicant; formData?: Record<string, string>; documents?: string[]; feeCategory?: string | null }): Promise<DossierRow> {
  const procedure = await publishedProcedure(deps.db, input.procedureId);
  if (!agenciesWithRole(principal, 'reception').includes(procedure.agencyId)) throw errors.forbidden();
  const formData = cleanFormData(procedure.formFields, input.formData ?? {});
  checkFormData(procedure.formFields, formData);
  checkFeeCategory(procedure, input.feeCategory);
  // Collected at the desk (the officer records it), whenever the procedure asks for it.
  const fee = feeOwed(procedure, { formData, feeCategory: input.feeCategory ?? null, resultDelivery: 'counter' }, deps.config.postageVnd);
  // The desk ticks the papers it checked; a dossier is received complete, and the receipt lists them.
  const documents = input.documents ?? procedure.documents.map((d) => d.name);
  if (documents.some((name) => !procedure.documents.some((d) => d.name === name))) throw errors.unknownDocument();
  const missing = procedure.documents.filter((d) => !d.optional && !documents.includes(d.name)).map((d) => d.name);
  if (missing.length > 0) throw errors.missingDocuments(missing);
  const number = await takeReceptionNumber(deps, procedure.agencyId);
  return deps.uow(principal, async (uow) => {
    const id = await repo.insert(uow.tx, {
      procedureId: procedure.id, procedureName: procedure.name, receivingAgencyId: procedure.agencyId, applicantId: null, applicant: input.applicant,
      formData, channel: 'counter', status: 'submitted', feeCategory: input.feeCategory ?? null, formVersion: procedure.formVersion,
    });
    const submitted = await repo.update(uow.tx, id, { submittedAt: new Date(), ...fee });
    await repo.addEvent(uow.tx, { dossierId: id, actorId: principal.id, actorName: principal.fullName, agencyId: procedure.agencyId, action: 'submit', fromStatus: null, toStatus: 'submitted', step: null, note: 'Nộp trực tiếp tại bộ phận một cửa' });
    return (await applyTransition(deps, uow, principal, submitted, 'receive', { documents }, { files: [], number })).dossier;
  });
}
