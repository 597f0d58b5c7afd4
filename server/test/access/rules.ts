import type { DocumentState, DossierState } from '../factories.js';
import type { TestApp } from '../test-app.js';

/**
 * The access matrix's vocabulary (principals, expectations, fixtures, common rules), apart from the rows
 * so that each module's rows file (`./<module>.ts`) and `../access-matrix.ts` import it without a cycle.
 */

export const PRINCIPALS = [
  'anonymous', 'applicant', 'otherCitizen',
  'receptionA', 'specialistA', 'leaderA', 'clerkA', 'receptionB', 'specialistB', 'leaderB', 'clerkB', 'financeA', 'financeB',
  'adminA', 'adminB', 'provinceAdmin',
] as const;
export type PrincipalName = (typeof PRINCIPALS)[number];

/**
 * - allowed: access granted; the answer is not 401, 403 or 404 (a business rule may still say 400/409);
 * - unauthenticated: 401; forbidden: 403; hidden: 404, the record does not exist for this principal;
 * - denied: 403 or 404, either is acceptable.
 */
export type Expectation = 'allowed' | 'unauthenticated' | 'forbidden' | 'hidden' | 'denied';
export type Expectations = Record<PrincipalName, Expectation>;

/** What the rows' requests point at; `dossier` and the like make a fresh record for each request. */
export type Fixtures = {
  t: TestApp;
  agencyA: number;
  applicantId: number;
  /** A published procedure of A (the dossiers'), an unpublished one, and one the admin rows edit. */
  procedureA: number;
  unpublishedProcedureA: number;
  editedProcedureA: number;
  /** An official of A the admin rows look at. */
  userA: number;
  /** A received dossier of A, with a submission file, that rows only read. */
  receivedDossier: { id: number; code: string; fileId: number };
  /** A draft of the applicant, with a submission file, that rows only read. */
  draftDossier: { id: number; fileId: number };
  notificationOfApplicant: number;
  /** A payment of the received dossier, taken at A's counter. */
  paymentA: { reference: string };
  /** A day with a reconciliation, holding a difference on A's payments. */
  reconciledDay: string;
  /** A fresh unresolved difference on A's payments, on `reconciledDay`. */
  differenceA: () => Promise<number>;
  /** A reception counter of A. */
  counterA: number;
  /** A fresh appointment of the applicant at A. */
  appointmentOfApplicant: () => Promise<number>;
  /** A fresh dossier of A awaiting its fee before reception. */
  unpaidDossier: () => Promise<number>;
  /** The ids of A's officials a document names (its leader and signer, its drafter, a reviewer). */
  officialsA: { leader: number; specialist: number; reception: number };
  agencyB: number;
  /** A fresh document of A in the given state (see buildDocument). */
  document: (state: DocumentState) => Promise<{ id: number; version: number; attachmentId: number; assignmentId: number | null }>;
  /** A register of A's incoming documents. */
  registerA: number;
  /** A document of A that rows only read (an outgoing draft: it has a preview). */
  documentA: { id: number; attachmentId: number };
  /** A citizen account whose credentials the login row uses. */
  loginUsername: string;
  /** A fresh dossier of A owned by the applicant. */
  dossier: (state: DossierState, step?: number) => Promise<number>;
  unique: () => number;
};

export type MatrixRequest = {
  path: string;
  body?: unknown;
  /** A multipart upload instead of a JSON body. */
  upload?: { fields: Record<string, string>; file: { name: string; data: Uint8Array; type: string } };
};

export type AccessCase = {
  /** The state of the record the request is made on, when a route has several cases. */
  on?: string;
  request: (f: Fixtures) => MatrixRequest | Promise<MatrixRequest>;
  /** The route changes the client's own session (sign in, out, up): the request is made on a new session of the principal. */
  freshSession?: true;
  expect: Expectations;
};

// ---- who is who ----

export const STAFF_A: PrincipalName[] = ['receptionA', 'specialistA', 'leaderA', 'clerkA'];
/** Everyone who may read A's submitted dossiers of the applicant: the applicant and A's officials, its finance officer and admin included. */
export const READERS_OF_A: PrincipalName[] = ['applicant', ...STAFF_A, 'financeA', 'adminA'];

/** Everyone not listed gets `rest`, except the anonymous visitor who gets 401 unless listed. */
export function rule(rest: Expectation, listed: Partial<Record<Expectation, PrincipalName[]>> = {}): Expectations {
  const expectations = Object.fromEntries(PRINCIPALS.map((p) => [p, p === 'anonymous' ? 'unauthenticated' : rest])) as Expectations;
  for (const [expectation, principals] of Object.entries(listed) as [Expectation, PrincipalName[]][]) {
    for (const p of principals) expectations[p] = expectation;
  }
  return expectations;
}

export const PUBLIC = rule('allowed', { allowed: ['anonymous'] });
export const SIGNED_IN = rule('allowed');
/** The applicant's alone: a draft, their notifications. Nobody else learns that it exists. */
export const APPLICANT_ONLY = rule('hidden', { allowed: ['applicant'] });
/** Administration of A's records: A's admin and the province's; B's admin does not see them; everyone else is no admin. */
export const ADMIN_OF_A = rule('forbidden', { allowed: ['adminA', 'provinceAdmin'], hidden: ['adminB'] });
/** Province-wide settings (calendar, background jobs): the province admin only. */
export const PROVINCE_ADMIN = rule('forbidden', { allowed: ['provinceAdmin'] });
/** Reports on agency A: its officials and the admins whose scope covers it. */
export const REPORTS_OF_A = rule('hidden', { allowed: [...STAFF_A, 'financeA', 'adminA', 'provinceAdmin'], denied: ['applicant', 'otherCitizen'] });
/** The books: finance officers and admins, each of their own agencies (the answer is scoped, never refused). */
