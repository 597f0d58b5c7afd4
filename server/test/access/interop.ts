import type { AccessCase } from '../access-matrix.js';

/**
 * The access-matrix rows of the interop module's routes (see ../access-matrix.ts for the principals and
 * the rules). Rows make the records they need themselves, so that this file is the module's alone.
 */
export const interopAccess: Record<string, AccessCase | AccessCase[]> = {
};
