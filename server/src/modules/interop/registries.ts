import type { ModuleDeps } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { agenciesWithRole, type UserPrincipal } from '../../platform/principal.js';
import { dossiers } from '../dossiers/index.js';
import { callService, provisionIntegration } from '../integration/index.js';
import { interopErrors as errors } from './errors.js';
import { interopRepository as repo } from './repository.js';
import { ID_NUMBER, maskSubject, TAX_CODE } from './rules.js';

/**
 * Base-registry lookups for officers, made as calls of the one-stop system (a member of the province's
 * integration platform) to the services the platform publishes for the national population database and
 * the business registry: each call is in the platform's message log (bodies as hashes only: the answer is
 * personal data) with the officer and the dossier, and in this module's lookup log with its outcome.
 */

/** The one-stop system as a member of the integration platform. */
export const ONE_STOP_MEMBER = 'VN/GOV/000.00.00.H37/MOTCUA';
export const REGISTRY_SERVICES = { population: 'csdl-dan-cu', business: 'csdl-doanh-nghiep' } as const;

export type Registry = keyof typeof REGISTRY_SERVICES;
export type CitizenRecord = { idNumber: string; fullName: string; dateOfBirth: string; sex: 'male' | 'female'; address: string; permanentResidence: string };
export type BusinessRecord = { taxCode: string; name: string; address: string; legalRepresentative: string; status: 'active' | 'suspended' | 'dissolved' };

const describe = (title: string, path: string, operationId: string, parameter: string) => ({
  openapi: '3.0.3', info: { title, version: '1.0' },
  paths: { [path]: { get: { operationId, parameters: [{ name: parameter, in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: { description: 'found' }, 404: { description: 'not found' } } } } },
});

const provisioned = new WeakMap<ModuleDeps, Promise<number>>();

/**
 * Makes sure the one-stop member, the two registry services (upstream: the configured registries) and
 * its grants exist on the integration platform, once per process; existing records stay as the province
 * set them. Resolves with when it was done.
 */
export function ensureRegistryServices(deps: ModuleDeps): Promise<number> {
  let done = provisioned.get(deps);
  if (!done) {
    done = (async () => {
      const url = deps.config.baseRegistries.url!;
      const root = await repo.rootAgency(deps.db);
      if (root === null) throw new Error('the province has no root agency');
      await deps.uow({ type: 'system', id: null, fullName: 'Tỉnh Số', roles: [] }, async ({ tx, audit }) => {
        await provisionIntegration(tx, {
          members: [{ identifier: ONE_STOP_MEMBER, name: 'Hệ thống thông tin giải quyết TTHC (một cửa điện tử)', agencyId: root }],
          services: [
            { code: REGISTRY_SERVICES.population, name: 'Tra cứu Cơ sở dữ liệu quốc gia về dân cư', agencyId: root, upstreamUrl: `${url}/api/population`,
              openapi: describe('CSDL quốc gia về dân cư', '/citizens/{idNumber}', 'traCuuCongDan', 'idNumber'), retention: 'metadata', timeoutMs: deps.config.baseRegistries.timeoutMs },
            { code: REGISTRY_SERVICES.business, name: 'Tra cứu Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp', agencyId: root, upstreamUrl: `${url}/api/business`,
              openapi: describe('CSDL quốc gia về đăng ký doanh nghiệp', '/enterprises/{taxCode}', 'traCuuDoanhNghiep', 'taxCode'), retention: 'metadata', timeoutMs: deps.config.baseRegistries.timeoutMs },
          ],
          grants: [{ member: ONE_STOP_MEMBER, service: REGISTRY_SERVICES.population }, { member: ONE_STOP_MEMBER, service: REGISTRY_SERVICES.business }],
        });
        audit({ action: 'interop.registry_services', entity: 'lgsp_service', entityId: null, data: { services: Object.values(REGISTRY_SERVICES) } });
      });
      return Date.now();
    })();
    done.catch(() => provisioned.delete(deps));
    provisioned.set(deps, done);
  }
  return done;
}

/** The agency the officer looks up for: where they are reception or specialist (the dossier's, when one is named). */
async function lookupAgency(deps: ModuleDeps, officer: UserPrincipal, dossierId: number | undefined): Promise<{ agencyId: number; dossierId: number | null }> {
  const agencies = agenciesWithRole(officer, 'reception', 'specialist');
  if (agencies.length === 0) throw errors.notAnOfficer();
  if (dossierId === undefined) return { agencyId: agencies[0]!, dossierId: null };
  // The dossier must be one the officer works on at their agency; any other is "not found".
  const d = await dossiers.readable(deps.db, officer, dossierId);
  const agencyId = [d.currentAgencyId, d.receivingAgencyId].find((id) => agencies.includes(id));
  if (agencyId === undefined) throw new AppError('NOT_FOUND', 404, 'Không tìm thấy dữ liệu yêu cầu.');
  return { agencyId, dossierId: d.id };
}

async function lookup<T>(deps: ModuleDeps, officer: UserPrincipal, registry: Registry, key: string, dossierId: number | undefined): Promise<T> {
  const scope = await lookupAgency(deps, officer, dossierId);
  if (!deps.config.baseRegistries.url) throw errors.registriesNotConfigured();
  const provisionedAt = await ensureRegistryServices(deps);
  const path = registry === 'population' ? `/citizens/${encodeURIComponent(key)}` : `/enterprises/${encodeURIComponent(key)}`;
  const call = () => callService(deps, {
    consumer: ONE_STOP_MEMBER, service: REGISTRY_SERVICES[registry], method: 'GET', path,
    context: { userId: officer.id, ...(scope.dossierId === null ? {} : { dossierId: scope.dossierId }), agencyId: scope.agencyId },
  });
  const record = (outcome: 'found' | 'not_found' | 'error', messageId: string | null) =>
    repo.logLookup(deps.db, { officerId: officer.id, agencyId: scope.agencyId, dossierId: scope.dossierId, registry, subject: maskSubject(key), outcome, messageId });
  let answer;
  try {
    try {
      answer = await call();
    } catch (error) {
      // Just provisioned: another node's copy of the platform's registry catches up within a second.
      const fresh = Date.now() - provisionedAt < 2_000 && error instanceof AppError && /^LGSP_(UNKNOWN_MEMBER|SERVICE_UNKNOWN)$/.test(error.code);
      if (!fresh) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      answer = await call();
    }
  } catch (error) {
    await record('error', null);
    if (error instanceof AppError && error.statusCode < 500 && !/^LGSP_/.test(error.code)) throw error;
    throw errors.registryUnavailable();
  }
  if (answer.status === 404) {
    await record('not_found', answer.messageId);
    throw registry === 'population' ? errors.citizenNotFound() : errors.businessNotFound();
  }
  if (answer.status !== 200) {
    await record('error', answer.messageId);
    throw errors.registryUnavailable();
  }
  let body: T;
  try {
    body = answer.json<T>();
  } catch {
    await record('error', answer.messageId);
    throw errors.registryUnavailable();
  }
  await record('found', answer.messageId);
  return body;
}

export async function lookupCitizen(deps: ModuleDeps, officer: UserPrincipal, idNumber: string, dossierId?: number): Promise<CitizenRecord> {
  if (!ID_NUMBER.test(idNumber)) throw errors.invalidIdNumber();
  const r = await lookup<CitizenRecord>(deps, officer, 'population', idNumber, dossierId);
  return { idNumber: r.idNumber, fullName: r.fullName, dateOfBirth: r.dateOfBirth, sex: r.sex, address: r.address, permanentResidence: r.permanentResidence };
}

export async function lookupBusiness(deps: ModuleDeps, officer: UserPrincipal, taxCode: string, dossierId?: number): Promise<BusinessRecord> {
  if (!TAX_CODE.test(taxCode)) throw errors.invalidTaxCode();
  const r = await lookup<BusinessRecord>(deps, officer, 'business', taxCode, dossierId);
  return { taxCode: r.taxCode, name: r.name, address: r.address, legalRepresentative: r.legalRepresentative, status: r.status };
}
