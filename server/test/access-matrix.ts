import { DEMO_PASSWORD } from '../src/demo/province.js';
import { DEFAULT_WORKFLOW } from '../src/modules/catalog/index.js';
import {
  buildCalendarDay, buildDeadDelivery, buildDossierFile, insertOfficial, type DocumentState, type DossierState,
} from './factories.js';
import { samplePdf } from './samples.js';
import {
  PRINCIPALS, STAFF_A, READERS_OF_A, rule, PUBLIC, SIGNED_IN, APPLICANT_ONLY, ADMIN_OF_A, PROVINCE_ADMIN, REPORTS_OF_A,
  type PrincipalName, type Expectation, type Expectations, type Fixtures, type AccessCase,
} from './access/rules.js';
import { feedbackAccess } from './access/feedback.js';
import { contentAccess } from './access/content.js';
import { openDataAccess } from './access/opendata.js';
import { integrationAccess } from './access/integration.js';
import { interopAccess } from './access/interop.js';
import { operationsAccess } from './access/operations.js';
import { meetingsAccess } from './access/meetings.js';
import { mailAccess } from './access/mail.js';

/**
 * Who may call each route of the API, as one row per route key (`METHOD /api/path/{param}`, spelled as
 * in the OpenAPI document). `src/access-matrix.test.ts` fails when a route has no row here, so a new
 * route is not served until someone has written down who may call it.
 *
 * The world the rows run in: two sibling agencies A and B under the province root, each with its
 * reception, specialist, leader, clerk, finance officer and admin; an applicant owning dossiers of A; another citizen; the
 * province admin. Every record named by a path is A's or the applicant's.
 */

const BOOKKEEPERS = rule('forbidden', { allowed: ['financeA', 'financeB', 'adminA', 'adminB', 'provinceAdmin'] });
/** A's documents: A's officials read them; nobody else learns that they exist. */
const READERS_OF_DOCUMENTS_A: PrincipalName[] = [...STAFF_A, 'financeA', 'adminA'];
/** An action on a document of A: `actors` may take it; A's other officials are refused (403); nobody else sees it (404). */
const documentActionOnA = (...actors: PrincipalName[]) =>
  rule('hidden', { forbidden: READERS_OF_DOCUMENTS_A.filter((p) => !actors.includes(p)), allowed: actors });
const documentOfA = (state: DocumentState, path: string, body?: (d: { version: number; assignmentId: number | null }, f: Fixtures) => unknown): AccessCase['request'] =>
  async (f) => {
    const d = await f.document(state);
    return { path: `/api/documents/${d.id}/${path}`.replace('{assignmentId}', String(d.assignmentId)), body: body?.(d, f) };
  };

/** An action on a submitted dossier of A: `actors` may take it; other readers are refused (403); nobody else sees it (404). */
const actionOnA = (...actors: PrincipalName[]) =>
  rule('hidden', { forbidden: READERS_OF_A.filter((p) => !actors.includes(p)), allowed: actors });

const action = (name: string, state: DossierState, body: unknown, expect: Expectations, step?: number): AccessCase => ({
  on: step ? `${state}, step ${step}` : state,
  request: async (f) => ({ path: `/api/dossiers/${await f.dossier(state, step)}/${name}`, body }),
  expect,
});

const reason = 'Lý do ghi trong phiếu thử nghiệm';
const pdf = async (text: string) => ({ name: 'tep.pdf', data: await samplePdf(text), type: 'application/pdf' });
const period = 'from=2026-01-01&to=2026-12-31';

export const accessMatrix: Record<string, AccessCase | AccessCase[]> = {
  ...feedbackAccess,
  ...contentAccess,
  ...openDataAccess,
  ...integrationAccess,
  ...interopAccess,
  ...operationsAccess,
  ...meetingsAccess,
  ...mailAccess,
  // ---- accounts ----
  'GET /api/auth/csrf': { request: () => ({ path: '/api/auth/csrf' }), expect: PUBLIC },
  'GET /api/auth/me': { request: () => ({ path: '/api/auth/me' }), expect: PUBLIC },
  'POST /api/auth/login': {
    freshSession: true, expect: PUBLIC,
    request: (f) => ({ path: '/api/auth/login', body: { username: f.loginUsername, password: DEMO_PASSWORD } }),
  },
  'POST /api/auth/logout': { freshSession: true, expect: PUBLIC, request: () => ({ path: '/api/auth/logout' }) },
  // Each user sees and ends their own sessions only: someone else's session id is not found.
  'GET /api/auth/sessions': { request: () => ({ path: '/api/auth/sessions' }), expect: SIGNED_IN },
  // The second step of a sign-in: anyone may try; without a live challenge the answer is 401.
  'POST /api/auth/login/totp': { freshSession: true, request: () => ({ path: '/api/auth/login/totp', body: { challenge: 'x'.repeat(43), code: '123456' } }), expect: rule('unauthenticated') },
  'POST /api/auth/eid/link': { freshSession: true, request: () => ({ path: '/api/auth/eid/link', body: { token: 'x'.repeat(43), password: 'MatKhau2026' } }), expect: PUBLIC },
  'GET /api/auth/totp': { request: () => ({ path: '/api/auth/totp' }), expect: SIGNED_IN },
  // Officials enrol (citizens are refused); a wrong code is a 400 past the access check.
  'POST /api/auth/totp/setup': { request: () => ({ path: '/api/auth/totp/setup' }), expect: rule('allowed', { forbidden: ['applicant', 'otherCitizen'] }) },
  'POST /api/auth/totp/confirm': { request: () => ({ path: '/api/auth/totp/confirm', body: { code: '000000' } }), expect: SIGNED_IN },
  'POST /api/auth/totp/disable': { request: () => ({ path: '/api/auth/totp/disable', body: { code: '000000' } }), expect: SIGNED_IN },
  'GET /api/admin/security/roles': { request: () => ({ path: '/api/admin/security/roles' }), expect: PROVINCE_ADMIN },
  'PUT /api/admin/security/roles/{role}': { request: () => ({ path: '/api/admin/security/roles/finance', body: { totpRequired: false } }), expect: PROVINCE_ADMIN },
  'DELETE /api/auth/sessions/{sessionId}': { request: () => ({ path: '/api/auth/sessions/0123456789abcdef' }), expect: rule('hidden') },
  // Anyone may ask (the answer never says whether the account exists); a reset needs the mailed token.
  'POST /api/auth/password-reset/request': { request: () => ({ path: '/api/auth/password-reset/request', body: { account: 'khong.co.ai@example.vn' } }), expect: PUBLIC },
  'POST /api/auth/password-reset': { request: () => ({ path: '/api/auth/password-reset', body: { token: 'x'.repeat(43), password: 'MatKhau2026' } }), expect: PUBLIC },
  'POST /api/auth/register': {
    freshSession: true, expect: PUBLIC,
    request: (f) => ({ path: '/api/auth/register', body: { username: `dangky.${f.unique()}.${Date.now()}`, password: 'MatKhau2026', fullName: 'Công dân mới', kind: 'citizen' } }),
  },

  // ---- agencies and their administration ----
  'GET /api/agencies': { request: () => ({ path: '/api/agencies' }), expect: PUBLIC },
  'GET /api/agencies/{id}': { request: (f) => ({ path: `/api/agencies/${f.agencyA}` }), expect: PUBLIC },
  'POST /api/admin/agencies': {
    expect: ADMIN_OF_A,
    request: (f) => ({ path: '/api/admin/agencies', body: { parentId: f.agencyA, code: `H37.77.${f.unique()}`, name: 'Đơn vị trực thuộc thử nghiệm', kind: 'unit' } }),
  },
  'PATCH /api/admin/agencies/{id}': {
    expect: ADMIN_OF_A, request: (f) => ({ path: `/api/admin/agencies/${f.agencyA}`, body: { phone: '0205 3812345' } }),
  },
  'GET /api/admin/users': { expect: ADMIN_OF_A, request: (f) => ({ path: `/api/admin/users?agencyId=${f.agencyA}` }) },
  'POST /api/admin/users': {
    expect: ADMIN_OF_A,
    request: (f) => ({
      path: '/api/admin/users',
      body: { username: `canbomoi.${f.unique()}.${Date.now()}`, password: 'MatKhau2026', fullName: 'Cán bộ mới', roles: [{ role: 'specialist', agencyId: f.agencyA }] },
    }),
  },
  'GET /api/admin/users/{id}': { expect: ADMIN_OF_A, request: (f) => ({ path: `/api/admin/users/${f.userA}` }) },
  'PATCH /api/admin/users/{id}': {
    expect: ADMIN_OF_A,
    request: async (f) => ({ path: `/api/admin/users/${(await insertOfficial(f.t, f.agencyA, 'specialist')).id}`, body: { fullName: 'Cán bộ đổi tên' } }),
  },
  'POST /api/admin/users/{id}/roles': {
    expect: ADMIN_OF_A,
    request: async (f) => ({ path: `/api/admin/users/${(await insertOfficial(f.t, f.agencyA, 'specialist')).id}/roles`, body: { role: 'leader', agencyId: f.agencyA } }),
  },
  'DELETE /api/admin/users/{id}/roles/{roleId}': {
    expect: ADMIN_OF_A,
    request: async (f) => {
      const user = await insertOfficial(f.t, f.agencyA, ['specialist', 'leader']);
      return { path: `/api/admin/users/${user.id}/roles/${user.roleIds[1]}` };
    },
  },

  // ---- working calendar ----
  'GET /api/calendar/days': { request: () => ({ path: '/api/calendar/days' }), expect: PUBLIC },
  'POST /api/admin/calendar/days': {
    expect: PROVINCE_ADMIN,
    request: (f) => {
      const n = f.unique();
      const date = `2098-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (Math.floor(n / 12) % 28)).padStart(2, '0')}`;
      return { path: '/api/admin/calendar/days', body: { date, kind: 'day_off', note: 'Nghỉ thử nghiệm' } };
    },
  },
  'DELETE /api/admin/calendar/days/{id}': {
    expect: PROVINCE_ADMIN, request: async (f) => ({ path: `/api/admin/calendar/days/${(await buildCalendarDay(f.t)).id}` }),
  },

  // ---- procedure catalog ----
  'GET /api/procedures': { request: () => ({ path: '/api/procedures?q=thu+tuc' }), expect: PUBLIC },
  'GET /api/procedure-fields': { request: () => ({ path: '/api/procedure-fields' }), expect: PUBLIC },
  'GET /api/procedures/{id}': [
    { on: 'published', request: (f) => ({ path: `/api/procedures/${f.procedureA}` }), expect: PUBLIC },
    {
      on: 'unpublished', request: (f) => ({ path: `/api/procedures/${f.unpublishedProcedureA}` }),
      expect: rule('hidden', { hidden: ['anonymous'], allowed: ['adminA', 'provinceAdmin'] }),
    },
  ],
  'GET /api/procedures/{id}/form.pdf': [
    { on: 'published', request: (f) => ({ path: `/api/procedures/${f.procedureA}/form.pdf` }), expect: PUBLIC },
    {
      on: 'unpublished', request: (f) => ({ path: `/api/procedures/${f.unpublishedProcedureA}/form.pdf` }),
      expect: rule('hidden', { hidden: ['anonymous'], allowed: ['adminA', 'provinceAdmin'] }),
    },
  ],
  'GET /api/procedures/{id}/workflow': [
    { on: 'published', request: (f) => ({ path: `/api/procedures/${f.procedureA}/workflow` }), expect: PUBLIC },
    {
      on: 'unpublished', request: (f) => ({ path: `/api/procedures/${f.unpublishedProcedureA}/workflow` }),
      expect: rule('hidden', { hidden: ['anonymous'], allowed: ['adminA', 'provinceAdmin'] }),
    },
  ],
  'POST /api/admin/procedures': {
    expect: ADMIN_OF_A,
    request: (f) => ({
      path: '/api/admin/procedures',
      body: {
        nationalCode: `8.${String(f.unique()).padStart(6, '0')}`, name: 'Thủ tục mới thử nghiệm', fieldCode: 'HT', level: 'district', agencyId: f.agencyA,
        documents: [], feeVnd: 0, processingDays: 3, onlineLevel: 'full', legalBasis: 'Văn bản thử nghiệm', published: false,
      },
    }),
  },
  'PATCH /api/admin/procedures/{id}': {
    expect: ADMIN_OF_A, request: (f) => ({ path: `/api/admin/procedures/${f.editedProcedureA}`, body: { feeNote: 'Miễn lệ phí' } }),
  },
  'PUT /api/admin/procedures/{id}/workflow': {
    expect: ADMIN_OF_A,
    request: (f) => ({ path: `/api/admin/procedures/${f.editedProcedureA}/workflow`, body: { steps: DEFAULT_WORKFLOW.map(({ position: _p, ...step }) => step) } }),
  },

  // ---- dossiers: drafts, reading ----
  'POST /api/dossiers': { expect: SIGNED_IN, request: (f) => ({ path: '/api/dossiers', body: { procedureId: f.procedureA } }) },
  'PATCH /api/dossiers/{id}': {
    on: 'draft', expect: APPLICANT_ONLY,
    request: async (f) => ({ path: `/api/dossiers/${await f.dossier('draft')}`, body: { applicant: { address: 'Số 1 đường Thử Nghiệm' } } }),
  },
  'GET /api/dossiers/{id}': [
    // Until it is submitted, a draft is its applicant's alone, even for the agency it is addressed to.
    { on: 'draft', request: (f) => ({ path: `/api/dossiers/${f.draftDossier.id}` }), expect: APPLICANT_ONLY },
    { on: 'received', request: (f) => ({ path: `/api/dossiers/${f.receivedDossier.id}` }), expect: rule('hidden', { allowed: READERS_OF_A }) },
  ],
  'GET /api/dossiers/{id}/control-sheet.pdf': {
    on: 'received', request: (f) => ({ path: `/api/dossiers/${f.receivedDossier.id}/control-sheet.pdf` }),
    // Form 06 is the agencies' internal record: not the applicant's.
    expect: rule('hidden', { allowed: [...STAFF_A, 'financeA', 'adminA'] }),
  },
  'GET /api/my/dossiers': { request: () => ({ path: '/api/my/dossiers' }), expect: SIGNED_IN },
  'GET /api/queue': { request: () => ({ path: '/api/queue' }), expect: SIGNED_IN },
  'GET /api/queue/summary': { request: () => ({ path: '/api/queue/summary' }), expect: SIGNED_IN },
  'GET /api/public/dossiers/{code}': { request: (f) => ({ path: `/api/public/dossiers/${encodeURIComponent(f.receivedDossier.code)}` }), expect: PUBLIC },
  // The ID number and phone are the applicant's own proof: anyone holding both sees the public fields only.
  'GET /api/public/dossiers': { request: () => ({ path: '/api/public/dossiers?identityNumber=020095001234&phone=0912345678' }), expect: PUBLIC },
  'POST /api/counter/dossiers': {
    // Only the desk of the procedure's agency receives at the counter; the procedure itself is public, so 403.
    expect: rule('forbidden', { allowed: ['receptionA'] }),
    request: (f) => ({ path: '/api/counter/dossiers', body: { procedureId: f.procedureA, applicant: { fullName: 'Người nộp tại quầy' } } }),
  },

  // ---- dossiers: files ----
  'POST /api/dossiers/{id}/files': [
    {
      on: 'draft', expect: APPLICANT_ONLY,
      request: async (f) => ({ path: `/api/dossiers/${await f.dossier('draft')}/files`, upload: { fields: { kind: 'submission', label: 'Đơn đề nghị' }, file: await pdf('Don de nghi') } }),
    },
    {
      on: 'processing, a result',
      // The applicant and the desk may act on the dossier, and are then refused by the attachment rule
      // with 409 ATTACH_NOT_ALLOWED: a business rule of the state, past the access check.
      expect: rule('hidden', { allowed: ['specialistA', 'leaderA', 'applicant', 'receptionA'], forbidden: ['adminA', 'financeA', 'clerkA'] }),
      request: async (f) => ({ path: `/api/dossiers/${await f.dossier('processing')}/files`, upload: { fields: { kind: 'result', label: 'Kết quả' }, file: await pdf('Ket qua') } }),
    },
  ],
  'GET /api/dossiers/{id}/files/{fileId}': [
    { on: 'draft', expect: APPLICANT_ONLY, request: (f) => ({ path: `/api/dossiers/${f.draftDossier.id}/files/${f.draftDossier.fileId}` }) },
    {
      on: 'received', expect: rule('hidden', { allowed: READERS_OF_A }),
      request: (f) => ({ path: `/api/dossiers/${f.receivedDossier.id}/files/${f.receivedDossier.fileId}` }),
    },
  ],
  'DELETE /api/dossiers/{id}/files/{fileId}': {
    on: 'draft', expect: APPLICANT_ONLY,
    request: async (f) => {
      const id = await f.dossier('draft');
      return { path: `/api/dossiers/${id}/files/${(await buildDossierFile(f.t, id)).id}` };
    },
  },

  // ---- dossiers: the life cycle, each action on a fresh dossier in the state it starts from ----
  'POST /api/dossiers/{id}/submit': action('submit', 'draft', {}, APPLICANT_ONLY),
  'POST /api/dossiers/{id}/receive': action('receive', 'submitted', {}, actionOnA('receptionA')),
  'POST /api/dossiers/{id}/reject': action('reject', 'submitted', { reason }, actionOnA('receptionA')),
  'POST /api/dossiers/{id}/start-processing': action('start-processing', 'received', {}, actionOnA('receptionA')),
  // At step 1 (the specialist's), the leader is refused: not their step.
  'POST /api/dossiers/{id}/forward': action('forward', 'processing', {}, actionOnA('specialistA'), 1),
  'POST /api/dossiers/{id}/send-back': action('send-back', 'processing', { reason: 'Cần thẩm định lại' }, actionOnA('leaderA'), 2),
  // The desk may always ask for a supplement; otherwise only who holds the current step.
  'POST /api/dossiers/{id}/request-supplement': action('request-supplement', 'processing', { reason, items: ['Bản sao giấy tờ'] }, actionOnA('receptionA', 'specialistA'), 1),
  'POST /api/dossiers/{id}/resubmit': action('resubmit', 'awaiting_supplement', {}, actionOnA('applicant', 'receptionA')),
  'POST /api/dossiers/{id}/approve': action('approve', 'processing', {}, actionOnA('leaderA'), 2),
  'POST /api/dossiers/{id}/refuse': action('refuse', 'processing', { reason }, actionOnA('leaderA'), 2),
  'POST /api/dossiers/{id}/return': action('return', 'result_ready', {}, actionOnA('receptionA')),
  'POST /api/dossiers/{id}/withdraw': action('withdraw', 'submitted', { reason }, actionOnA('applicant')),
  'POST /api/dossiers/{id}/stop': action('stop', 'processing', { reason }, actionOnA('leaderA'), 1),
  'POST /api/dossiers/{id}/extend': action('extend', 'processing', { reason, extraWorkingDays: 2 }, actionOnA('leaderA'), 1),
  'POST /api/dossiers/{id}/rating': {
    on: 'returned',
    // The applicant's own judgement: A's officials, who read the dossier, may be told 403 or 404.
    expect: rule('hidden', { allowed: ['applicant'], denied: [...STAFF_A, 'adminA'] }),
    request: async (f) => ({ path: `/api/dossiers/${await f.dossier('returned')}/rating`, body: { rating: 'satisfied' } }),
  },

  // ---- reports on agency A ----
  'GET /api/reports/counters': { expect: REPORTS_OF_A, request: (f) => ({ path: `/api/reports/counters?agencyId=${f.agencyA}&${period}` }) },
  'GET /api/reports/tracking-book.pdf': { expect: REPORTS_OF_A, request: (f) => ({ path: `/api/reports/tracking-book.pdf?agencyId=${f.agencyA}&${period}` }) },

  'POST /api/dossiers/{id}/delivery': {
    on: 'returned', expect: actionOnA('receptionA'),
    // A result handed over at the counter: the desk is answered 409 (not sent by post), past the access check.
    request: async (f) => ({ path: `/api/dossiers/${await f.dossier('returned')}/delivery`, body: { status: 'delivered' } }),
  },

  // ---- e-form designer, administrative units ----
  'GET /api/admin/procedures/{id}/form': { request: (f) => ({ path: `/api/admin/procedures/${f.editedProcedureA}/form` }), expect: ADMIN_OF_A },
  'PUT /api/admin/procedures/{id}/form/draft': {
    expect: ADMIN_OF_A, request: (f) => ({ path: `/api/admin/procedures/${f.editedProcedureA}/form/draft`, body: { fields: [{ name: 'ghi_chu', label: 'Ghi chú', type: 'text' }] } }),
  },
  // Publishing with no draft answers 409 past the access check; with one, 200.
  'POST /api/admin/procedures/{id}/form/publish': { expect: ADMIN_OF_A, request: (f) => ({ path: `/api/admin/procedures/${f.editedProcedureA}/form/publish` }) },
  'GET /api/administrative-units': { request: () => ({ path: '/api/administrative-units?parent=20' }), expect: PUBLIC },

  // ---- the citizen's document store ----
  'GET /api/my/documents': { request: () => ({ path: '/api/my/documents' }), expect: SIGNED_IN },
  // The applicant's draft, a document of their received dossier: nobody else sees the draft.
  'POST /api/dossiers/{id}/files/reuse': {
    on: 'draft', expect: APPLICANT_ONLY,
    request: async (f) => ({ path: `/api/dossiers/${await f.dossier('draft')}/files/reuse`, body: { fileId: f.receivedDossier.fileId, label: 'Đơn đề nghị' } }),
  },

  // ---- appointments and the queue ----
  'GET /api/appointments/slots': { request: (f) => ({ path: `/api/appointments/slots?procedureId=${f.procedureA}&day=2026-12-01` }), expect: PUBLIC },
  // Any signed-in person may book (a past or closed slot answers 400, past the access check).
  'POST /api/appointments': { request: (f) => ({ path: '/api/appointments', body: { procedureId: f.procedureA, startsAt: '2020-01-06T08:00:00+07:00' } }), expect: SIGNED_IN },
  'GET /api/my/appointments': { request: () => ({ path: '/api/my/appointments' }), expect: SIGNED_IN },
  'POST /api/appointments/{id}/cancel': { request: async (f) => ({ path: `/api/appointments/${await f.appointmentOfApplicant()}/cancel` }), expect: APPLICANT_ONLY },
  'GET /api/counters/mine': { request: () => ({ path: '/api/counters/mine' }), expect: SIGNED_IN },
  'POST /api/queue/tickets': { request: (f) => ({ path: '/api/queue/tickets', body: { agencyId: f.agencyA } }), expect: rule('hidden', { allowed: ['receptionA'] }) },
  'POST /api/counters/{id}/call-next': { request: (f) => ({ path: `/api/counters/${f.counterA}/call-next` }), expect: rule('hidden', { allowed: ['receptionA'] }) },
  'GET /api/counters/{id}/today': { request: (f) => ({ path: `/api/counters/${f.counterA}/today` }), expect: rule('hidden', { allowed: ['receptionA'] }) },
  'GET /api/public/agencies/{id}/queue': { request: (f) => ({ path: `/api/public/agencies/${f.agencyA}/queue` }), expect: PUBLIC },
  'GET /api/admin/counters': { request: (f) => ({ path: `/api/admin/counters?agencyId=${f.agencyA}` }), expect: ADMIN_OF_A },
  'POST /api/admin/counters': { request: (f) => ({ path: '/api/admin/counters', body: { agencyId: f.agencyA, name: `Quầy ${f.unique()}`, capacity: 2, slotMinutes: 30 } }), expect: ADMIN_OF_A },
  'PATCH /api/admin/counters/{id}': { request: (f) => ({ path: `/api/admin/counters/${f.counterA}`, body: { capacity: 3 } }), expect: ADMIN_OF_A },

  // ---- payments ----
  'GET /api/dossiers/{id}/payments': { on: 'received', request: (f) => ({ path: `/api/dossiers/${f.receivedDossier.id}/payments` }), expect: rule('hidden', { allowed: READERS_OF_A }) },
  // Only the applicant pays online (here: no payment platform is configured, so a 409 for them).
  'POST /api/dossiers/{id}/payments': { on: 'awaiting payment', request: async (f) => ({ path: `/api/dossiers/${await f.unpaidDossier()}/payments` }), expect: actionOnA('applicant') },
  'POST /api/dossiers/{id}/payments/counter': { on: 'awaiting payment', request: async (f) => ({ path: `/api/dossiers/${await f.unpaidDossier()}/payments/counter` }), expect: actionOnA('receptionA') },
  'GET /api/payments/{reference}': { request: (f) => ({ path: `/api/payments/${f.paymentA.reference}` }), expect: rule('hidden', { allowed: READERS_OF_A }) },
  'GET /api/payments/{reference}/receipt.pdf': { request: (f) => ({ path: `/api/payments/${f.paymentA.reference}/receipt.pdf` }), expect: rule('hidden', { allowed: READERS_OF_A }) },
  // The payment platform calls it, with no session: its message's checksum is the check (here refused: no platform).
  'POST /api/payments/callback': { request: () => ({ path: '/api/payments/callback', body: { MaThamChieu: 'TT2099010100000001' } }), expect: PUBLIC },
  'GET /api/payments': { request: () => ({ path: '/api/payments' }), expect: BOOKKEEPERS },
  'POST /api/payments/reconciliations': { request: () => ({ path: '/api/payments/reconciliations', body: { day: '2026-01-01' } }), expect: BOOKKEEPERS },
  'GET /api/payments/reconciliations/{day}': { request: (f) => ({ path: `/api/payments/reconciliations/${f.reconciledDay}` }), expect: BOOKKEEPERS },
  'POST /api/payments/differences/{id}/resolve': {
    expect: rule('forbidden', { allowed: ['financeA', 'adminA', 'provinceAdmin'], hidden: ['financeB', 'adminB'] }),
    request: async (f) => ({ path: `/api/payments/differences/${await f.differenceA()}/resolve`, body: { resolution: 'Đã đối chiếu với kho bạc' } }),
  },

  // ---- notifications ----
  'GET /api/notifications': { request: () => ({ path: '/api/notifications' }), expect: SIGNED_IN },
  'GET /api/my/notification-preferences': { request: () => ({ path: '/api/my/notification-preferences' }), expect: SIGNED_IN },
  'PUT /api/my/notification-preferences': { request: () => ({ path: '/api/my/notification-preferences', body: { email: true, sms: true, app_message: false } }), expect: SIGNED_IN },
  'GET /api/my/messages': { request: () => ({ path: '/api/my/messages' }), expect: SIGNED_IN },
  'POST /api/notifications/{id}/read': { expect: APPLICANT_ONLY, request: (f) => ({ path: `/api/notifications/${f.notificationOfApplicant}/read` }) },

  // ---- documents and direction ----
  'GET /api/documents/types': { request: () => ({ path: '/api/documents/types' }), expect: SIGNED_IN },
  'GET /api/documents/registers': { request: () => ({ path: '/api/documents/registers' }), expect: SIGNED_IN },
  'PATCH /api/documents/registers/{id}': {
    expect: rule('hidden', { allowed: ['clerkA'], forbidden: READERS_OF_DOCUMENTS_A.filter((p) => p !== 'clerkA') }),
    request: (f) => ({ path: `/api/documents/registers/${f.registerA}`, body: { agencySymbol: 'UBND' } }),
  },
  // Each official sees the directory of their own agencies (a scoped answer); citizens have none.
  'GET /api/documents/directory': { request: () => ({ path: '/api/documents/directory' }), expect: rule('allowed', { forbidden: ['applicant', 'otherCitizen'] }) },
  // Officials list what their agencies may see (the answer is scoped); a citizen has no documents here.
  'GET /api/documents': { request: () => ({ path: '/api/documents?q=van+ban' }), expect: rule('allowed', { forbidden: ['applicant', 'otherCitizen'] }) },
  'GET /api/documents/quarantine': { request: () => ({ path: '/api/documents/quarantine' }), expect: rule('forbidden', { allowed: ['clerkA', 'clerkB', 'adminA', 'adminB', 'provinceAdmin'] }) },
  'GET /api/documents/statistics': {
    request: (f) => ({ path: `/api/documents/statistics?agencyId=${f.agencyA}&month=2026-11` }),
    expect: rule('hidden', { allowed: [...READERS_OF_DOCUMENTS_A, 'provinceAdmin'] }),
  },
  'POST /api/documents/incoming': {
    expect: rule('forbidden', { allowed: ['clerkA'] }),
    request: (f) => ({
      path: '/api/documents/incoming',
      body: { agencyId: f.agencyA, docType: 'CV', numberSymbol: '12/UBND-VP', issuedOn: '2026-11-20', issuerName: 'UBND tỉnh', summary: 'Văn bản đến thử nghiệm', urgency: 0, confidentiality: 0, leaderId: f.officialsA.leader },
    }),
  },
  'POST /api/documents': {
    expect: rule('forbidden', { allowed: ['specialistA', 'leaderA'] }),
    request: (f) => ({
      path: '/api/documents',
      body: { agencyId: f.agencyA, docType: 'CV', summary: 'Dự thảo thử nghiệm', body: 'Nội dung.', urgency: 0, confidentiality: 0, recipients: [{ agencyId: f.agencyB }], signerId: f.officialsA.leader, signerPosition: 'Chủ tịch' },
    }),
  },
  'GET /api/documents/{id}': { request: (f) => ({ path: `/api/documents/${f.documentA.id}` }), expect: rule('hidden', { allowed: READERS_OF_DOCUMENTS_A }) },
  'GET /api/documents/{id}/file.pdf': { request: (f) => ({ path: `/api/documents/${f.documentA.id}/file.pdf` }), expect: rule('hidden', { allowed: READERS_OF_DOCUMENTS_A }) },
  'GET /api/documents/{id}/attachments/{attachmentId}': {
    request: (f) => ({ path: `/api/documents/${f.documentA.id}/attachments/${f.documentA.attachmentId}` }), expect: rule('hidden', { allowed: READERS_OF_DOCUMENTS_A }),
  },
  // A draft is its drafter's to change.
  'PUT /api/documents/{id}': {
    on: 'draft', expect: documentActionOnA('specialistA'),
    request: documentOfA('draft', '', (d, f) => ({
      docType: 'CV', summary: 'Dự thảo đã sửa', body: 'Nội dung mới.', urgency: 0, confidentiality: 0, recipients: [{ agencyId: f.agencyB }],
      signerId: f.officialsA.leader, signerPosition: 'Chủ tịch', version: d.version,
    })),
  },
  'POST /api/documents/{id}/attachments': {
    on: 'draft', expect: documentActionOnA('specialistA'),
    request: async (f) => ({ ...(await documentOfA('draft', 'attachments')(f)), upload: { fields: {}, file: await pdf('Dinh kem') } }),
  },
  'POST /api/documents/{id}/submit': { on: 'draft', expect: documentActionOnA('specialistA'), request: documentOfA('draft', 'submit', (d) => ({ reviewerIds: [], version: d.version })) },
  'POST /api/documents/{id}/review': { on: 'in review', expect: documentActionOnA('receptionA'), request: documentOfA('in_review', 'review', () => ({ verdict: 'passed' })) },
  'POST /api/documents/{id}/sign': { on: 'approved', expect: documentActionOnA('leaderA'), request: documentOfA('approved', 'sign', (d) => ({ version: d.version })) },
  // Issuing an unsigned document answers 409 past the access check.
  'POST /api/documents/{id}/issue': { on: 'approved', expect: documentActionOnA('clerkA'), request: documentOfA('approved', 'issue', (d) => ({ version: d.version })) },
  // A draft has no package yet: its readers are answered 409.
  'GET /api/documents/{id}/edxml': { request: (f) => ({ path: `/api/documents/${f.documentA.id}/edxml` }), expect: rule('hidden', { allowed: READERS_OF_DOCUMENTS_A }) },
  'POST /api/documents/{id}/register': { on: 'arrived', expect: documentActionOnA('clerkA'), request: documentOfA('arrived', 'register', (d, f) => ({ leaderId: f.officialsA.leader, version: d.version })) },
  'POST /api/documents/{id}/return': { on: 'arrived', expect: documentActionOnA('clerkA'), request: documentOfA('arrived', 'return', (d) => ({ reason: 'Gửi nhầm cơ quan', version: d.version })) },
  'POST /api/documents/{id}/direction': {
    on: 'registered', expect: documentActionOnA('leaderA'),
    request: documentOfA('registered', 'direction', (d, f) => ({ direction: 'Giao chuyên viên xử lý', assignments: [{ agencyId: f.agencyA, userId: f.officialsA.specialist, role: 'lead' }], version: d.version })),
  },
  'POST /api/documents/{id}/assignments/{assignmentId}/complete': {
    on: 'assigned to the specialist', expect: documentActionOnA('specialistA'),
    request: documentOfA('in_progress', 'assignments/{assignmentId}/complete', () => ({ report: 'Đã xử lý xong' })),
  },
  'POST /api/documents/{id}/assignments/{assignmentId}/reassign': {
    on: 'assigned to the specialist', expect: documentActionOnA('leaderA'),
    request: documentOfA('in_progress', 'assignments/{assignmentId}/reassign', (_d, f) => ({ agencyId: f.agencyA, userId: f.officialsA.reception })),
  },

  // ---- single sign-on ----
  // Without the interaction's cookie (set by the provider in the browser that started it) nobody finds it.
  'GET /api/oidc/interactions/{uid}/consent': { request: () => ({ path: '/api/oidc/interactions/AbCdEfGhIjKlMnOpQrStU/consent' }), expect: rule('hidden') },
  'POST /api/oidc/interactions/{uid}/consent': { request: () => ({ path: '/api/oidc/interactions/AbCdEfGhIjKlMnOpQrStU/consent', body: { approve: true } }), expect: rule('hidden') },
  'GET /api/admin/oidc-clients': { request: () => ({ path: '/api/admin/oidc-clients' }), expect: PROVINCE_ADMIN },
  'POST /api/admin/oidc-clients': {
    expect: PROVINCE_ADMIN,
    request: (f) => ({
      path: '/api/admin/oidc-clients',
      body: { clientId: `ung-dung-${f.unique()}`, name: 'Ứng dụng thử nghiệm', applicationType: 'web', redirectUris: ['https://app.example/callback'], postLogoutRedirectUris: [], scopes: ['profile'] },
    }),
  },
  'PATCH /api/admin/oidc-clients/{clientId}': { request: () => ({ path: '/api/admin/oidc-clients/demo-rp', body: { name: 'Ứng dụng thử nghiệm' } }), expect: PROVINCE_ADMIN },
  'POST /api/admin/oidc-clients/{clientId}/secret': { request: () => ({ path: '/api/admin/oidc-clients/demo-rp/secret' }), expect: PROVINCE_ADMIN },

  // ---- background jobs ----
  'POST /api/admin/jobs/deliveries/{id}/retry': {
    expect: PROVINCE_ADMIN, request: async (f) => ({ path: `/api/admin/jobs/deliveries/${(await buildDeadDelivery(f.t)).id}/retry` }),
  },
};

/** The vocabulary the matrix test needs, from the rules file. */
export { PRINCIPALS, type AccessCase, type Expectation, type Fixtures, type PrincipalName };
