import { PUBLIC, rule, type AccessCase } from './rules.js';

/**
 * The access-matrix rows of the operations module's dashboard, index, maturity and report routes (see
 * ../access-matrix.ts for the principals and the rules; the background-job rows stay there). Rows make
 * the records they need themselves, so that this file is the module's alone.
 */

/** The figures of agency A: its leader and admin, and the province's admin; B's leader and admin do not learn A is there; no one else leads. */
const LEADERS_OF_A = rule('forbidden', { allowed: ['leaderA', 'adminA', 'provinceAdmin'], hidden: ['leaderB', 'adminB'] });
const period = 'from=2026-01-01&to=2026-12-31';

export const operationsAccess: Record<string, AccessCase | AccessCase[]> = {
  'GET /api/operations/dashboard': { expect: LEADERS_OF_A, request: (f) => ({ path: `/api/operations/dashboard?agencyId=${f.agencyA}&${period}` }) },
  'GET /api/operations/dossiers': { expect: LEADERS_OF_A, request: (f) => ({ path: `/api/operations/dossiers?agencyId=${f.agencyA}&measure=received&${period}` }) },
  'GET /api/operations/quality': { expect: LEADERS_OF_A, request: (f) => ({ path: `/api/operations/quality?agencyId=${f.agencyA}&${period}` }) },
  'GET /api/operations/reports/one-stop.xlsx': { expect: LEADERS_OF_A, request: (f) => ({ path: `/api/operations/reports/one-stop.xlsx?agencyId=${f.agencyA}&${period}` }) },
  'GET /api/operations/reports/one-stop.pdf': { expect: LEADERS_OF_A, request: (f) => ({ path: `/api/operations/reports/one-stop.pdf?agencyId=${f.agencyA}&${period}` }) },
  'GET /api/quality-index': { expect: PUBLIC, request: (f) => ({ path: `/api/quality-index?agencyId=${f.agencyA}&${period}` }) },
};
