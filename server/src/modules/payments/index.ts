/**
 * Payments' public face: fees paid online through the national payment platform or at the counter,
 * their signed receipts and the daily reconciliation. Tables owned: payments, payment_callbacks,
 * payment_receipt_sequences, payment_reconciliations, payment_differences. Reads dossiers'
 * dossier_directory and identity's agency_directory and user_directory views.
 */
import { sealJsonColumn } from '../../platform/personal-data.js';
export { paymentRoutes } from './routes.js';
export { receiptIssuer, startPaymentJobs } from './jobs.js';
export { PAYMENT_CONFIRMED } from './service.js';

export const OWNED_TABLES = ['payments', 'payment_callbacks', 'payment_receipt_sequences', 'payment_reconciliations', 'payment_differences'] as const;

/** Its personal data sealed at rest (platform/personal-data.ts): the payer's ID number and address. */
export const paymentPersonalData = [sealJsonColumn('payments', 'payer')];
