/**
 * The one-stop shop's public face. Tables owned: dossiers, dossier_agencies, dossier_files,
 * dossier_events, dossier_sequences. Reads identity's agency_directory view.
 */
import { DUE_SOON, OVERDUE } from './deadlines.js';
import { FORM_REQUESTED } from './slips.js';
import { STATUS_CHANGED } from './transitions.js';

export { startDeadlineScan, scanDeadlines } from './deadlines.js';
export { NATIONAL_STATUS_CODE, STATUS_LABEL, type DossierAction, type DossierStatus } from './lifecycle.js';
export { dossierRoutes } from './routes.js';
export { formRenderer } from './slips.js';

/** The events the module announces; higher modules subscribe to them. */
export const DOSSIER_TOPICS = { statusChanged: STATUS_CHANGED, formRequested: FORM_REQUESTED, overdue: OVERDUE, dueSoon: DUE_SOON } as const;

export const OWNED_TABLES = ['dossiers', 'dossier_agencies', 'dossier_files', 'dossier_events', 'dossier_sequences'] as const;
