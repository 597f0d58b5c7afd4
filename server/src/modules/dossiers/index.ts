/**
 * The one-stop shop's public face. Tables owned: dossiers, dossier_agencies, dossier_files,
 * dossier_events, dossier_sequences; published view: dossier_directory (id, code, tracking_code,
 * procedure_name, receiving_agency_id, applicant_name). Reads identity's agency_directory view.
 */
import { sealFormColumn, sealJsonColumn, sealTextColumn } from '../../platform/personal-data.js';
import { actorRoles, readableDossier } from './access.js';
import { addIssuedResult } from './attachments.js';
import { recordPayment } from './transitions.js';
import { dossierRepository } from './repository.js';
import { queueSummary } from './views.js';
import { DUE_SOON, OVERDUE } from './deadlines.js';
import { FORM_REQUESTED } from './slips.js';
import { STATUS_CHANGED } from './transitions.js';

export { startDeadlineScan, scanDeadlines } from './deadlines.js';
export { isPayableStatus, NATIONAL_STATUS_CODE, STATUS_LABEL, type DossierAction, type DossierStatus } from './lifecycle.js';
export { dossierRoutes } from './routes.js';
export { formRenderer } from './slips.js';
export { onDossierChange, type ChangeHook, type DossierChange } from './change-hooks.js';
export { createNationalDossier, type NationalSubmission } from './national.js';

/** The events the module announces; higher modules subscribe to them. */
export const DOSSIER_TOPICS = { statusChanged: STATUS_CHANGED, formRequested: FORM_REQUESTED, overdue: OVERDUE, dueSoon: DUE_SOON } as const;

export type { DossierRow } from './repository.js';
export type { PaymentRecord } from './transitions.js';

/** What other modules may ask of dossiers. */
export const dossiers = {
  /** A dossier the principal may read; "not found" otherwise. */
  readable: readableDossier,
  /** The principal's roles on a dossier (applicant, reception, specialist, leader). */
  rolesOn: actorRoles,
  /** Records a fee paid, inside the caller's unit of work (see transitions.ts). */
  recordPayment,
  /** A dossier by id, for the platform's own work (notifications); no access check: never for a request. */
  byId: dossierRepository.get,
  /** Adds an issued document as the dossier's result, inside the caller's unit of work (see attachments.ts). */
  addIssuedResult,
  /** An official's counts of the day: new, due today, tomorrow, overdue, awaiting a supplement. */
  queueSummary,
};

export const PUBLISHED_VIEWS = ['dossier_directory', 'dossier_statistics'] as const;
export const OWNED_TABLES = ['dossiers', 'dossier_agencies', 'dossier_files', 'dossier_events', 'dossier_sequences'] as const;

/** Its personal data sealed at rest (platform/personal-data.ts): the applicant's ID number, phone, address, with lookup hashes; the delivery address; the e-form's ID numbers, phones and addresses. */
export const dossierPersonalData = [
  sealJsonColumn('dossiers', 'applicant', { applicant_identity_hash: ['identity', 'identityNumber'], applicant_phone_hash: ['phone', 'phone'] }),
  sealTextColumn('dossiers', 'delivery_address'),
  sealFormColumn('dossiers', 'form_data'),
];
