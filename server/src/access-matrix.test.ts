import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessMatrix, PRINCIPALS, type AccessCase, type Expectation, type Fixtures, type PrincipalName,
} from '../test/access-matrix.js';
import {
  buildAgency, buildCitizen, buildDossier, buildDossierFile, buildNotification, buildOfficial, buildProcedure, type DossierState,
} from '../test/factories.js';
import { startTestApp, type ApiClient, type ApiResponse, type TestApp } from '../test/test-app.js';

/**
 * Every route of the OpenAPI document, called by every kind of principal, answers as
 * test/access-matrix.ts says: the guarantees of scope (agency, applicant, draft, admin) in one place.
 */

type Principal = { name: PrincipalName; client: ApiClient; username: string | null };

let t: TestApp;
let principals: Principal[];
let fixtures: Fixtures;

beforeAll(async () => {
  t = await startTestApp();
  const agencyA = await buildAgency(t, { kind: 'district', name: 'UBND huyện A (thử nghiệm)' });
  const agencyB = await buildAgency(t, { kind: 'district', name: 'UBND huyện B (thử nghiệm)' });
  const applicant = await buildCitizen(t);
  const signedIn = {
    applicant,
    otherCitizen: await buildCitizen(t),
    receptionA: await buildOfficial(t, agencyA.id, 'reception'),
    specialistA: await buildOfficial(t, agencyA.id, 'specialist'),
    leaderA: await buildOfficial(t, agencyA.id, 'leader'),
    receptionB: await buildOfficial(t, agencyB.id, 'reception'),
    specialistB: await buildOfficial(t, agencyB.id, 'specialist'),
    leaderB: await buildOfficial(t, agencyB.id, 'leader'),
    adminA: await buildOfficial(t, agencyA.id, 'admin'),
    adminB: await buildOfficial(t, agencyB.id, 'admin'),
    provinceAdmin: { username: 'admin', client: await t.login('admin') },
  };
  principals = PRINCIPALS.map((name) => name === 'anonymous'
    ? { name, client: t.client(), username: null }
    : { name, client: signedIn[name].client, username: signedIn[name].username });

  const procedureA = await buildProcedure(t, agencyA.id);
  const received = await buildDossier(t, { procedureId: procedureA.id, applicantId: applicant.id, state: 'received' });
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
    draftDossier: (await buildDossier(t, { procedureId: procedureA.id, applicantId: applicant.id, state: 'draft' })).id,
    notificationOfApplicant: (await buildNotification(t, applicant.id, received.id)).id,
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
            const started = Date.now();
            const response = await call(principal, route, c);
            (globalThis as any).log ??= [];
            (globalThis as any).log.push([route, c.on ?? '', principal.name, expected, response.status, (response.body as any)?.error?.code ?? '', Date.now() - started]);
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
    require('node:fs').writeFileSync('/tmp/amt.log', (globalThis as any).log.map((r: unknown[]) => r.join('\t')).join('\n'));
    expect(mismatches.sort().join('\n')).toBe('');
  }, 60_000);
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
