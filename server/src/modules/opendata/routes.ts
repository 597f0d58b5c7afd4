import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { requireUser } from '../../platform/auth.js';
import type { ModuleDeps } from '../../platform/context.js';
import { AppError, errors } from '../../platform/errors.js';
import { Binary, errorResponses } from '../../platform/schemas.js';
import { describeValidation } from '../../platform/validation.js';
import { MEDIA_TYPE, type Format } from './rules.js';
import {
  BuildStatuses, CkanError, CkanOk, FileParams, OrganizationList, OrganizationListQuery, Package, PackageSearch, RefreshBody, Resource, SearchQuery, ShowQuery,
} from './schemas.js';
import {
  datasetFile, organizationList, packageList, packageSearch, packageShow, refresh, resourceShow, statusesFor,
} from './service.js';

const tags = ['Dữ liệu mở'];
const ckanTags = ['Dữ liệu mở (CKAN API v3)'];

const CKAN_TYPE: Record<number, string> = { 400: 'Validation Error', 403: 'Authorization Error', 404: 'Not Found Error', 409: 'Validation Error' };

/**
 * The catalog read by CKAN clients (ckanapi, data portals harvesting the province): CKAN's Action API
 * v3 paths, parameters and envelopes. Errors keep CKAN's shape, with the platform's code and a
 * Vietnamese message inside; anything unexpected goes on to the platform's handler (a 500 with a request id).
 */
const ckanRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async (app, { deps }) => {
  const help = (action: string) => `${deps.config.publicUrl}/api/docs#/${encodeURIComponent(ckanTags[0]!)}/get_api3action${action}`;
  const ok = <T>(action: string, result: T) => ({ help: help(action), success: true as const, result });
  const failures = { 404: CkanError, 409: CkanError };

  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    let appError: AppError | undefined;
    if (error instanceof AppError) appError = error;
    else if (error.validation) {
      const details = describeValidation(error.validation, error.validationContext ?? 'querystring');
      const first = details[0];
      appError = errors.validation(details, first ? `Dữ liệu không hợp lệ: "${first.field}" ${first.message}.` : undefined);
    }
    if (!appError || appError.statusCode >= 500) throw error;
    // CKAN answers a validation error with 409.
    const status = appError.statusCode === 400 ? 409 : appError.statusCode;
    const action = request.url.split('?')[0]!.split('/').pop() ?? '';
    return reply.code(status).send({
      help: help(action), success: false,
      error: { __type: CKAN_TYPE[status] ?? 'Validation Error', message: appError.message, code: appError.code, ...(appError.details ? { details: appError.details } : {}) },
    });
  });

  app.get('/3/action/package_list', {
    schema: { tags: ckanTags, summary: 'Tên các bộ dữ liệu mở (CKAN package_list)', response: { 200: CkanOk(Type.Array(Type.String())), ...failures } },
  }, async () => ok('package_list', await packageList(deps)));

  app.get('/3/action/package_show', {
    schema: { tags: ckanTags, summary: 'Một bộ dữ liệu theo id hoặc name, kèm các tệp (CKAN package_show)', querystring: ShowQuery, response: { 200: CkanOk(Package), ...failures } },
  }, async (request) => ok('package_show', await packageShow(deps, request.query.id)));

  app.get('/3/action/package_search', {
    schema: {
      tags: ckanTags, summary: 'Tìm bộ dữ liệu theo từ khóa, không phân biệt dấu; phân trang bằng rows, start (CKAN package_search)',
      querystring: SearchQuery, response: { 200: CkanOk(PackageSearch), ...failures },
    },
  }, async (request) => ok('package_search', await packageSearch(deps, request.query)));

  app.get('/3/action/organization_list', {
    schema: { tags: ckanTags, summary: 'Tổ chức công bố dữ liệu (CKAN organization_list)', querystring: OrganizationListQuery, response: { 200: CkanOk(OrganizationList), ...failures } },
  }, async (request) => ok('organization_list', await organizationList(deps, request.query.all_fields === true)));

  app.get('/3/action/resource_show', {
    schema: { tags: ckanTags, summary: 'Một tệp dữ liệu theo id (CKAN resource_show)', querystring: ShowQuery, response: { 200: CkanOk(Resource), ...failures } },
  }, async (request) => ok('resource_show', await resourceShow(deps, request.query.id)));
};

/** A quoted strong validator: the file's SHA-256. */
const etagOf = (sha256: string) => `"${sha256}"`;

/** RFC 9110 §13.1.2: If-None-Match is a list of validators, or `*`; weak ones compare by their opaque part. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').map((v) => v.trim().replace(/^W\//, '')).some((v) => v === '*' || v === etag);
}

export const openDataRoutes: FastifyPluginAsyncTypebox<{ deps: ModuleDeps }> = async (app, { deps }) => {
  await app.register(ckanRoutes, { deps });

  app.get('/opendata/files/:file', {
    schema: {
      tags, summary: 'Tải tệp dữ liệu mở (CSV UTF-8 có BOM, hoặc JSON); hỗ trợ ETag/If-None-Match và Last-Modified/If-Modified-Since',
      params: FileParams, produces: [MEDIA_TYPE.csv, MEDIA_TYPE.json],
      response: { 200: Binary, 304: Type.Null({ description: 'Tệp không đổi từ lần tải trước' }), ...errorResponses(400, 404) },
    },
  }, async (request, reply) => {
    const [name, format] = request.params.file.split('.') as [string, Format];
    const file = await datasetFile(deps, name, format);
    const etag = etagOf(file.sha256);
    const modified = new Date(Math.floor(file.modifiedAt.getTime() / 1000) * 1000);
    reply.header('etag', etag).header('last-modified', modified.toUTCString()).header('cache-control', 'public, max-age=300');
    const since = request.headers['if-modified-since'] ? Date.parse(request.headers['if-modified-since']) : NaN;
    // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 §13.2.2).
    const notModified = request.headers['if-none-match'] !== undefined ? matchesEtag(request.headers['if-none-match'], etag) : !Number.isNaN(since) && modified.getTime() <= since;
    if (notModified) return reply.code(304).send(null);
    return reply.type(MEDIA_TYPE[format])
      .header('content-disposition', `attachment; filename="${name}.${format}"`)
      .send(file.content);
  });

  app.get('/opendata/builds', {
    schema: {
      tags, summary: 'Quản trị tỉnh: thời điểm tổng hợp của từng bộ dữ liệu, lỗi của lần gần nhất, tệp đang công bố',
      response: { 200: BuildStatuses, ...errorResponses(401, 403) },
    },
  }, async (request) => ({ items: await statusesFor(deps, requireUser(request)) }));

  app.post('/opendata/refresh', {
    schema: {
      tags, summary: 'Quản trị tỉnh: tổng hợp lại ngay một bộ dữ liệu (hoặc tất cả khi không nêu tên)',
      body: RefreshBody, response: { 200: BuildStatuses, ...errorResponses(400, 401, 403, 404) },
    },
  }, async (request) => ({ items: await refresh(deps, requireUser(request), request.body.dataset, request.log) }));
};
