import { PROVINCE_ADMIN, PUBLIC, type AccessCase, type Fixtures } from './rules.js';
import { buildDue } from '../../src/modules/opendata/service.js';

/**
 * The access-matrix rows of the open data module's routes (see ../access-matrix.ts for the principals
 * and the rules). Rows make the records they need themselves, so that this file is the module's alone.
 */

// The expectations are read lazily: this file is evaluated while access-matrix.ts, which imports it and
// defines PUBLIC and PROVINCE_ADMIN, is still being evaluated (an import cycle).

/** The catalog lists built data sets only: each row builds what is due first. */
const built = async (f: Fixtures, path: string) => {
  await buildDue({ db: f.t.db });
  return { path };
};

export const openDataAccess: Record<string, AccessCase | AccessCase[]> = {
  // The open data catalog and its files are public and read-only (CKAN Action API v3 paths).
  'GET /api/3/action/package_list': { request: (f) => built(f, '/api/3/action/package_list'), get expect() { return PUBLIC; } },
  'GET /api/3/action/package_show': { request: (f) => built(f, '/api/3/action/package_show?id=danh-muc-thu-tuc-hanh-chinh'), get expect() { return PUBLIC; } },
  'GET /api/3/action/package_search': { request: (f) => built(f, '/api/3/action/package_search?q=thu+tuc&rows=5'), get expect() { return PUBLIC; } },
  'GET /api/3/action/organization_list': { request: (f) => built(f, '/api/3/action/organization_list'), get expect() { return PUBLIC; } },
  'GET /api/3/action/resource_show': {
    request: async (f) => {
      await buildDue({ db: f.t.db });
      const shown = await f.t.client().get<{ result: { resources: { id: string }[] } }>('/api/3/action/package_show?id=thong-ke-ho-so-mot-cua-theo-thang');
      return { path: `/api/3/action/resource_show?id=${shown.body.result.resources[0]!.id}` };
    },
    get expect() { return PUBLIC; },
  },
  'GET /api/opendata/files/{file}': { request: (f) => built(f, '/api/opendata/files/danh-muc-thu-tuc-hanh-chinh.csv'), get expect() { return PUBLIC; } },
  // When each data set was built and why its last build failed: the province admin's.
  'GET /api/opendata/builds': { request: () => ({ path: '/api/opendata/builds' }), get expect() { return PROVINCE_ADMIN; } },
  'POST /api/opendata/refresh': { request: () => ({ path: '/api/opendata/refresh', body: { dataset: 'danh-muc-thu-tuc-hanh-chinh' } }), get expect() { return PROVINCE_ADMIN; } },
};
