import { PROVINCE_ADMIN, rule, type AccessCase } from './rules.js';

/**
 * The access-matrix rows of the interop module's routes (see ../access-matrix.ts for the principals and
 * the rules). Rows make the records they need themselves, so that this file is the module's alone.
 */

// The expectations are read lazily: this file is evaluated while access-matrix.ts, which imports it and
// defines the rules, is still being evaluated (an import cycle).

/** Base-registry lookups for a dossier of A: A's desk and specialists; B's do not see the dossier; nobody else is an officer who may look up. */
const lookupForA = () => rule('forbidden', { allowed: ['receptionA', 'specialistA'], hidden: ['receptionB', 'specialistB'] });

export const interopAccess: Record<string, AccessCase | AccessCase[]> = {
  'GET /api/registries/citizens/{idNumber}': { request: (f) => ({ path: `/api/registries/citizens/020095001234?dossierId=${f.receivedDossier.id}` }), get expect() { return lookupForA(); } },
  'GET /api/registries/businesses/{taxCode}': { request: (f) => ({ path: `/api/registries/businesses/4900123456?dossierId=${f.receivedDossier.id}` }), get expect() { return lookupForA(); } },
  // The lookup log: every admin sees their own agencies' lookups (the answer is scoped, never refused).
  'GET /api/registries/lookups': { request: () => ({ path: '/api/registries/lookups' }), get expect() { return rule('forbidden', { allowed: ['adminA', 'adminB', 'provinceAdmin'] }); } },
  // The national portal sync: the province admin's.
  'GET /api/interop/sync': { request: () => ({ path: '/api/interop/sync' }), get expect() { return PROVINCE_ADMIN; } },
  'GET /api/interop/pulled': { request: () => ({ path: '/api/interop/pulled' }), get expect() { return PROVINCE_ADMIN; } },
  'POST /api/interop/pull': { request: () => ({ path: '/api/interop/pull', body: {} }), get expect() { return PROVINCE_ADMIN; } },
  'GET /api/interop/catalog-runs': { request: () => ({ path: '/api/interop/catalog-runs' }), get expect() { return PROVINCE_ADMIN; } },
  'POST /api/interop/catalog-runs': { request: () => ({ path: '/api/interop/catalog-runs', body: {} }), get expect() { return PROVINCE_ADMIN; } },
};
