import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessMatrix, PRINCIPALS, type AccessCase, type Expectation, type Fixtures, type PrincipalName,
} from '../test/access-matrix.js';
import {
  buildAgency, buildCitizen, buildDifference, buildDocument, buildDossier, buildDossierFile, buildNotification, buildOfficial, buildPayment, buildProcedure, buildReconciliation,
  type DocumentState, type DossierState,
} from '../test/factories.js';
import { startTestApp, type ApiClient, type ApiResponse, type TestApp } from '../test/test-app.js';

/**
 * Every route of the OpenAPI document, called by every kind of principal, answers as
 * test/access-matrix.ts says: the guarantees of scope (agency, applicant, draft, admin) in one place.
 */

type Principal = { name: PrincipalName; client: ApiClient; username: string | null; id: number | null };

let t: TestApp;
let principals: Principal[];
let fixtures: Fixtures;

beforeAll(async () => {
  // Every principal asks every route once: the per-address limits of sign-in and password reset are raised out of the way.
  t = await startTestApp({ loginRateLimit: { max: 1_000, windowMinutes: 15 } });
  const agencyA = await buildAgency(t, { kind: 'district', name: 'UBND huyện A (thử nghiệm)' });
  const agencyB = await buildAgency(t, { kind: 'district', name: 'UBND huyện B (thử nghiệm)' });
  const applicant = await buildCitizen(t);
  const signedIn = {
    applicant,
    otherCitizen: await buildCitizen(t),
    receptionA: await buildOfficial(t, agencyA.id, 'reception'),
    specialistA: await buildOfficial(t, agencyA.id, 'specialist'),
    leaderA: await buildOfficial(t, agencyA.id, 'leader'),
    clerkA: await buildOfficial(t, agencyA.id, 'clerk'),
    receptionB: await buildOfficial(t, agencyB.id, 'reception'),
    specialistB: await buildOfficial(t, agencyB.id, 'specialist'),
    leaderB: await buildOfficial(t, agencyB.id, 'leader'),
    clerkB: await buildOfficial(t, agencyB.id, 'clerk'),
    financeA: await buildOfficial(t, agencyA.id, 'finance'),
    financeB: await buildOfficial(t, agencyB.id, 'finance'),
    adminA: await buildOfficial(t, agencyA.id, 'admin'),
    adminB: await buildOfficial(t, agencyB.id, 'admin'),
    provinceAdmin: { id: null, username: 'admin', client: await t.login('admin') },
  };
  principals = PRINCIPALS.map((name) => name === 'anonymous'
    ? { name, client: t.client(), username: null, id: null }
    : { name, ...signedIn[name] });

  const procedureA = await buildProcedure(t, agencyA.id);
  const received = await buildDossier(t, { procedureId: procedureA.id, applicantId: applicant.id, state: 'received' });
  const draft = await buildDossier(t, { procedureId: procedureA.id, applicantId: applicant.id, state: 'draft' });
  const reconciliation = await buildReconciliation(t);
  const counterA = (await t.db.query<{ id: number }>("INSERT INTO reception_counters (agency_id, name) VALUES ($1, 'Quầy A') RETURNING id", [agencyA.id])).rows[0]!.id;
  await buildDifference(t, reconciliation.id, agencyA.id);
  const officialsA = { leader: signedIn.leaderA.id!, specialist: signedIn.specialistA.id!, reception: signedIn.receptionA.id! };
  const document = (state: DocumentState) => buildDocument(t, {
    agencyId: agencyA.id, state, leaderId: officialsA.leader, drafterId: officialsA.specialist, reviewerId: officialsA.reception, assigneeId: officialsA.specialist,
  });
  const documentA = await document('draft');
  let unique = 0;
  fixtures = {
    t,
    agencyA: agencyA.id,
    applicantId: applicant.id,
    procedureA: procedureA.id,
    unpublishedProcedureA: (await buildProcedure(t, agencyA.id, { published: false })).id,
    editedProcedureA: (await buildProcedure(t, agencyA.id)).id,
    userA: (await buildOfficial(t, agencyA.id, 'specialist')).id,
    receivedDossier: { id: received.id, code: received.code!, fileId: (await buildDossierFile(t, received.id)).id },
    draftDossier: { id: draft.id, fileId: (await buildDossierFile(t, draft.id)).id },
    paymentA: await buildPayment(t, received.id, agencyA.id),
    reconciledDay: reconciliation.day,
    differenceA: async () => (await buildDifference(t, reconciliation.id, agencyA.id)).id,
    counterA,
    appointmentOfApplicant: async () => (await t.db.query<{ id: number }>(
      `INSERT INTO appointments (code, agency_id, counter_id, procedure_id, user_id, full_name, starts_at, ends_at, status)
       VALUES ('LH-' || upper(substr(md5(random()::text), 1, 8)), $1, $2, $3, $4, 'Người hẹn', now() + interval '2 days', now() + interval '2 days 30 minutes', 'booked') RETURNING id`,
      [agencyA.id, counterA, procedureA.id, applicant.id])).rows[0]!.id,
    unpaidDossier: async () => (await buildDossier(t, { procedureId: procedureA.id, applicantId: applicant.id, state: 'awaiting_payment' })).id,
    notificationOfApplicant: (await buildNotification(t, applicant.id, received.id)).id,
    officialsA, agencyB: agencyB.id, document, documentA,
    registerA: (await t.db.query<{ id: number }>(`INSERT INTO document_registers (agency_id, direction, year, name, agency_symbol)
      VALUES ($1, 'incoming', 2025, 'Sổ văn bản đến năm 2025', 'UBND') RETURNING id`, [agencyA.id])).rows[0]!.id,
    loginUsername: (await buildCitizen(t)).username,
    dossier: async (state: DossierState, step?: number) => (await buildDossier(t, { procedureId: procedureA.id, applicantId: applicant.id, state, step })).id,
    unique: () => ++unique,
  };
});
afterAll(() => t?.close());

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'];

async function documentedRoutes(): Promise<string[]> {
  const document = await t.client().get<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json');
  expect(document.status).toBe(200);
  return Object.entries(document.body.paths)
    .filter(([path]) => path.startsWith('/api/'))
    .flatMap(([path, operations]) => Object.keys(operations).filter((m) => HTTP_METHODS.includes(m)).map((m) => `${m.toUpperCase()} ${path}`));
}

const cases = (route: string): AccessCase[] => [accessMatrix[route]!].flat();

function meets(expectation: Expectation, status: number): boolean {
  switch (expectation) {
    case 'allowed': return status < 500 && ![401, 403, 404, 429].includes(status);
    case 'unauthenticated': return status === 401;
    case 'forbidden': return status === 403;
    case 'hidden': return status === 404;
    case 'denied': return status === 403 || status === 404;
  }
}

async function call(principal: Principal, route: string, c: AccessCase): Promise<ApiResponse> {
  const method = route.slice(0, route.indexOf(' '));
  const request = await c.request(fixtures);
  const client = !c.freshSession ? principal.client : principal.username ? await t.login(principal.username) : t.client();
  if (request.upload) return client.upload(request.path, request.upload.fields, request.upload.file);
  return client.request(method, request.path, request.body);
}

/** Runs `lanes` with at most `limit` of them at a time; each lane's own steps run one after another. */
async function inLanes<T>(lanes: T[], limit: number, run: (lane: T) => Promise<void>): Promise<void> {
  const queue = [...lanes];
  await Promise.all(Array.from({ length: limit }, async () => {
    for (let lane = queue.shift(); lane !== undefined; lane = queue.shift()) await run(lane);
  }));
}

describe('the access matrix', () => {
  it('has a row for every route of the OpenAPI document, and none for a route that is gone', async () => {
    const documented = await documentedRoutes();
    const rows = Object.keys(accessMatrix);
    expect({
      routesWithoutRow: documented.filter((r) => !rows.includes(r)),
      rowsWithoutRoute: rows.filter((r) => !documented.includes(r)),
    }).toEqual({ routesWithoutRow: [], rowsWithoutRoute: [] });
  });

  it('answers every principal on every route as its row says', async () => {
    const routes = (await documentedRoutes()).filter((r) => r in accessMatrix);
    const mismatches: string[] = [];
    // One lane per principal: a client is never used by two requests at once (its cookies and CSRF
    // token); requests that change state work on fresh records, so the lanes do not depend on each other.
    await inLanes(principals, 4, async (principal) => {
      for (const route of routes) {
        for (const c of cases(route)) {
          const expected = c.expect[principal.name];
          let got: string;
          let ok: boolean;
          try {
            const response = await call(principal, route, c);
            ok = meets(expected, response.status);
            got = `${response.status} ${(response.body as { error?: { code?: string } } | undefined)?.error?.code ?? ''}`.trim();
          } catch (error) {
            ok = false;
            got = `an exception: ${(error as Error).message}`;
          }
          if (!ok) mismatches.push(`${route}${c.on ? ` (${c.on})` : ''} — ${principal.name}: expected ${expected}, got ${got}`);
        }
      }
    });
    expect(mismatches.sort().join('\n')).toBe('');
  }, 180_000);
});

describe('the test factories', () => {
  it('build dossiers in each state that the API describes consistently', async () => {
    const applicant = await buildCitizen(t);
    const agency = await buildAgency(t);
    const reception = await buildOfficial(t, agency.id, ['reception', 'specialist']);
    const me = await reception.client.get('/api/auth/me');
    expect(me.body.user.roles.map((r: { role: string; agencyId: number }) => [r.role, r.agencyId])).toEqual([['reception', agency.id], ['specialist', agency.id]]);
    const procedure = await buildProcedure(t, agency.id, { processingDays: 2 });

    const states: DossierState[] = ['draft', 'submitted', 'received', 'processing', 'awaiting_supplement', 'result_ready', 'returned'];
    for (const state of states) {
      const built = await buildDossier(t, { procedureId: procedure.id, applicantId: applicant.id, state });
      const seen = await applicant.client.get(`/api/dossiers/${built.id}`);
      expect(seen.status, JSON.stringify(seen.body)).toBe(200);
      expect(seen.body).toMatchObject({ status: state, code: built.code, receivingAgencyId: agency.id, events: [expect.objectContaining({ toStatus: state })] });
      const received = !['draft', 'submitted'].includes(state);
      expect(seen.body.code === null).toBe(!received);
      expect(seen.body.dueAt === null).toBe(!received);
      expect(seen.body.currentStep).toBe({ processing: 1, awaiting_supplement: 1, result_ready: 2, returned: 2 }[state as string] ?? null);
      if (received) expect((await t.client().get(`/api/public/dossiers/${encodeURIComponent(built.code!)}`)).body.status).toBe(state);
    }
    // Built directly, a submitted dossier goes on through the real life cycle.
    const submitted = await buildDossier(t, { procedureId: procedure.id, applicantId: applicant.id, state: 'submitted' });
    const receipt = await reception.client.post(`/api/dossiers/${submitted.id}/receive`, {});
    expect(receipt.status, JSON.stringify(receipt.body)).toBe(200);
    expect(receipt.body.code).toMatch(new RegExp(`^${agency.code.replace(/\./g, '\\.')}-\\d{6}-\\d{4}$`));
  });
});

describe('lists and nested records', () => {
  const client = (name: PrincipalName) => principals.find((p) => p.name === name)!.client;
  const ids = async (c: ApiClient, path: string): Promise<number[]> => {
    const response = await c.get(path);
    expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBe(200);
    return response.body.items.map((item: { id: number }) => item.id);
  };

  it('list nothing of the applicant or of agency A to those outside their scope', async () => {
    const f = fixtures;
    const ofA = [f.receivedDossier.id, f.draftDossier.id];
    for (const [state, step] of [['submitted'], ['processing', 1], ['processing', 2], ['awaiting_supplement'], ['result_ready']] as const) {
      ofA.push(await f.dossier(state, step));
    }
    const leaks: string[] = [];
    const check = (who: PrincipalName, what: string, found: number[], hidden: number[]) => {
      const shown = found.filter((id) => hidden.includes(id));
      if (shown.length > 0) leaks.push(`${what} — ${who}: lists ${shown.join(', ')}`);
    };
    const mayList = ['applicant', 'receptionA', 'specialistA', 'leaderA'];
    for (const p of principals.filter((p) => p.name !== 'anonymous')) {
      const c = p.client;
      if (!mayList.includes(p.name)) {
        check(p.name, 'GET /api/queue', await ids(c, '/api/queue?pageSize=100'), ofA);
        check(p.name, 'GET /api/my/dossiers', await ids(c, '/api/my/dossiers?pageSize=100'), ofA);
      }
      if (p.name !== 'applicant') check(p.name, 'GET /api/notifications', await ids(c, '/api/notifications'), [f.notificationOfApplicant]);
      if (p.name !== 'adminA' && p.name !== 'provinceAdmin') {
        check(p.name, 'GET /api/procedures', await ids(c, `/api/procedures?agencyId=${f.agencyA}&pageSize=100`), [f.unpublishedProcedureA]);
      }
    }
    check('anonymous', 'GET /api/procedures', await ids(client('anonymous'), `/api/procedures?agencyId=${f.agencyA}&pageSize=100`), [f.unpublishedProcedureA]);
    check('adminB', 'GET /api/admin/users', await ids(client('adminB'), '/api/admin/users?pageSize=100'), [f.userA]);
    expect(leaks.join('\n')).toBe('');

    // The lists are not empty by accident: those in scope do see the records.
    // (The newest first: the matrix above left many more dossiers of the applicant.)
    expect(await ids(client('applicant'), '/api/my/dossiers?pageSize=100')).toEqual(expect.arrayContaining(ofA.slice(2)));
    expect(await ids(client('receptionA'), '/api/queue?status=submitted&pageSize=100')).toContain(ofA[2]);
    expect(await ids(client('specialistA'), '/api/queue?status=processing&pageSize=100')).toContain(ofA[3]);
    expect(await ids(client('adminA'), `/api/admin/users?agencyId=${f.agencyA}&pageSize=100`)).toContain(f.userA);
    expect(await ids(client('applicant'), '/api/notifications')).toContain(f.notificationOfApplicant);
  });

  it('does not reach a file of another dossier through a dossier of one\'s own', async () => {
    const other = principals.find((p) => p.name === 'otherCitizen')!;
    const own = await buildDossier(t, { procedureId: fixtures.procedureA, applicantId: other.id!, state: 'draft' });
    const stranger = `/api/dossiers/${own.id}/files/${fixtures.draftDossier.fileId}`;
    expect((await other.client.get(stranger)).status).toBe(404);
    expect((await other.client.delete(stranger)).status).toBe(404);
    expect((await client('applicant').get(`/api/dossiers/${fixtures.draftDossier.id}/files/${fixtures.draftDossier.fileId}`)).status).toBe(200);
  });
});
