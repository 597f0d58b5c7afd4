import type { AccessCase } from '../access-matrix.js';

/**
 * The access-matrix rows of the operations module's dashboard, index, maturity and report routes (see
 * ../access-matrix.ts for the principals and the rules; the background-job rows stay there). Rows make
 * the records they need themselves, so that this file is the module's alone.
 */
export const operationsAccess: Record<string, AccessCase | AccessCase[]> = {
};
