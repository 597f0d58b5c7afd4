import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireUser } from '../../platform/auth.js';
import type { ModuleDeps } from '../../platform/context.js';
import { errorResponses } from '../../platform/schemas.js';
import { adminScope, requireProvinceAdmin } from '../identity/index.js';
import { syncCatalog } from './catalog-sync.js';
import { interopErrors } from './errors.js';
import { PortalUnavailable } from './portal-client.js';
import { lookupBusiness, lookupCitizen } from './registries.js';
import { interopRepository as repo } from './repository.js';
import {
  BusinessParams, BusinessRecord, CatalogRun, CatalogRuns, CitizenParams, CitizenRecord, LookupPage, LookupQuery, PageQuery, PulledPage, PullResult, SyncStatus,
} from './schemas.js';
import { pullSubmitted } from './sync-in.js';

const registryTags = ['Cơ sở dữ liệu quốc gia'];
const syncTags = ['Đồng bộ Cổng DVC quốc gia'];

export const interopRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async (app, { deps }) => {
  const { db } = deps;
  // A lookup is personal data: a generous limit for a desk, a low one for a script.
  const lookupLimit = { rateLimit: { max: 60, timeWindow: 60_000, keyGenerator: (request: { user?: { id: number } | null; ip: string }) => String(request.user?.id ?? request.ip) } };

  app.get('/registries/citizens/:idNumber', {
    schema: {
      tags: registryTags, summary: 'Tra cứu Cơ sở dữ liệu quốc gia về dân cư theo số định danh cá nhân (cán bộ tiếp nhận, chuyên viên), qua nền tảng tích hợp; ghi nhật ký',
      params: CitizenParams, querystring: LookupQuery, response: { 200: CitizenRecord, ...errorResponses(400, 401, 403, 404, 409, 429, 503) },
    },
    config: lookupLimit,
  }, async (request) => lookupCitizen(deps, requireUser(request), request.params.idNumber, request.query.dossierId));

  app.get('/registries/businesses/:taxCode', {
    schema: {
      tags: registryTags, summary: 'Tra cứu Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp theo mã số thuế (cán bộ tiếp nhận, chuyên viên), qua nền tảng tích hợp; ghi nhật ký',
      params: BusinessParams, querystring: LookupQuery, response: { 200: BusinessRecord, ...errorResponses(400, 401, 403, 404, 409, 429, 503) },
    },
    config: lookupLimit,
  }, async (request) => lookupBusiness(deps, requireUser(request), request.params.taxCode, request.query.dossierId));

  app.get('/registries/lookups', {
    schema: {
      tags: registryTags, summary: 'Nhật ký tra cứu cơ sở dữ liệu quốc gia: cán bộ, hồ sơ, kết quả (quản trị; quản trị tỉnh xem toàn tỉnh)',
      querystring: PageQuery, response: { 200: LookupPage, ...errorResponses(400, 401, 403) },
    },
  }, async (request) => {
    const scope = await adminScope(db, requireUser(request));
    return repo.lookups(db, scope.coversRoot ? null : [...scope.agencyIds], request.query.limit ?? 20, request.query.offset ?? 0);
  });

  const provinceAdmin = async (request: Parameters<typeof requireUser>[0]) => {
    const user = requireUser(request);
    requireProvinceAdmin(await adminScope(db, user));
    return user;
  };

  app.get('/interop/sync', {
    schema: { tags: syncTags, summary: 'Tình hình đồng bộ hồ sơ với Cổng DVC quốc gia: đang chờ, lỗi, đã xác nhận theo ngày (quản trị tỉnh)', response: { 200: SyncStatus, ...errorResponses(401, 403) } },
  }, async (request) => {
    await provinceAdmin(request);
    const [counts, perDay, pending, pull] = await Promise.all([repo.changeCounts(db), repo.acknowledgedPerDay(db, 14), repo.queuedChanges(db, 50), repo.stateValue(db, 'pull')]);
    const pulledAt = typeof pull?.value.pulledAt === 'string' ? new Date(pull.value.pulledAt) : null;
    return { configured: !!deps.config.nationalPortal.url, ...counts, perDay, pending, lastPullAt: pulledAt };
  });

  app.get('/interop/pulled', {
    schema: { tags: syncTags, summary: 'Hồ sơ nộp trên Cổng DVC quốc gia đã nhận về (quản trị tỉnh)', querystring: PageQuery, response: { 200: PulledPage, ...errorResponses(400, 401, 403) } },
  }, async (request) => {
    await provinceAdmin(request);
    return repo.pulled(db, request.query.limit ?? 20, request.query.offset ?? 0);
  });

  app.post('/interop/pull', {
    schema: { tags: syncTags, summary: 'Nhận ngay hồ sơ nộp trên Cổng DVC quốc gia (quản trị tỉnh)', response: { 200: PullResult, ...errorResponses(401, 403, 409, 503) } },
  }, async (request) => {
    await provinceAdmin(request);
    if (!deps.config.nationalPortal.url) throw interopErrors.portalNotConfigured();
    let result;
    try {
      result = await pullSubmitted(deps);
    } catch (error) {
      if (error instanceof PortalUnavailable) throw interopErrors.portalUnavailable();
      throw error;
    }
    if (!result) throw interopErrors.pullRunning();
    return { created: result.created, unplaced: result.unplaced, skipped: result.skipped };
  });

  app.get('/interop/catalog-runs', {
    schema: { tags: syncTags, summary: 'Các lượt đồng bộ danh mục thủ tục từ CSDL quốc gia về TTHC và kết quả (quản trị tỉnh)', response: { 200: CatalogRuns, ...errorResponses(401, 403) } },
  }, async (request) => {
    await provinceAdmin(request);
    return { items: await repo.runs(db, 20) };
  });

  app.post('/interop/catalog-runs', {
    schema: { tags: syncTags, summary: 'Đồng bộ ngay danh mục thủ tục theo mã thủ tục quốc gia (quản trị tỉnh)', response: { 200: CatalogRun, ...errorResponses(401, 403, 409, 503) } },
  }, async (request) => {
    const user = await provinceAdmin(request);
    return syncCatalog(deps, 'admin', user);
  });
};
