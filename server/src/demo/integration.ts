import { loadConfig } from '../config.js';
import { provisionIntegration } from '../modules/integration/index.js';
import type { Queryable } from '../platform/db.js';

/**
 * The district software's demo credentials (OAuth2 client credentials at /lgsp/oauth/token), for the README:
 *   curl -s -u 'vn-gov-000.00.21.h37-qlvb:<secret>' -d grant_type=client_credentials http://localhost:3000/lgsp/oauth/token
 *   curl -H "Authorization: Bearer <token>" 'http://localhost:3000/lgsp/danh-muc-thu-tuc/procedures?q=cap%20ban%20sao'
 */
export const DEMO_LGSP_MEMBER = {
  identifier: 'VN/GOV/000.00.21.H37/QLVB',
  clientId: 'vn-gov-000.00.21.h37-qlvb',
  clientSecret: 'lgsp-demo-TinhSo2026-thanhpho',
  service: 'danh-muc-thu-tuc',
} as const;

/** The platform's own public catalog API, described for the gateway (GET /procedures, GET /procedures/{id}). */
export const CATALOG_OPENAPI = {
  openapi: '3.0.3',
  info: { title: 'Danh mục thủ tục hành chính tỉnh Lạng Sơn', version: '1.0' },
  paths: {
    '/procedures': { get: { operationId: 'timThuTuc', summary: 'Tìm thủ tục hành chính (không dấu)', parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }] } },
    '/procedures/{id}': { get: { operationId: 'xemThuTuc', summary: 'Chi tiết một thủ tục', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }] } },
  },
};

/**
 * The demo province's integration data, seeded with the province (see seed.ts); `agencyIds` maps demo agency
 * keys to ids: member systems for the national public-service portal, our one-stop module and UBND thành phố
 * Lạng Sơn's document software; the platform's public catalog published as `danh-muc-thu-tuc` (upstream: this
 * platform's own /api at PUBLIC_URL) and granted to the city's software.
 */
export async function seedDemoIntegration(tx: Queryable, agencyIds: Map<string, number>): Promise<void> {
  const province = agencyIds.get('province')!;
  await provisionIntegration(tx, {
    members: [
      { identifier: 'VN/GOV/000.00.00.G22/DVCQG', name: 'Cổng Dịch vụ công quốc gia', agencyId: province },
      { identifier: 'VN/GOV/000.00.00.H37/MOTCUA', name: 'Hệ thống một cửa điện tử tỉnh Lạng Sơn (Tỉnh Số)', agencyId: province },
      { identifier: DEMO_LGSP_MEMBER.identifier, name: 'Phần mềm quản lý văn bản UBND thành phố Lạng Sơn', agencyId: agencyIds.get('tpls')!, clientId: DEMO_LGSP_MEMBER.clientId, clientSecret: DEMO_LGSP_MEMBER.clientSecret },
    ],
    services: [{
      code: DEMO_LGSP_MEMBER.service, name: 'Danh mục thủ tục hành chính', agencyId: province, provider: 'VN/GOV/000.00.00.H37/MOTCUA',
      upstreamUrl: `${loadConfig().publicUrl}/api`, openapi: CATALOG_OPENAPI, retention: 'metadata', timeoutMs: 5000,
    }],
    grants: [{ member: DEMO_LGSP_MEMBER.identifier, service: DEMO_LGSP_MEMBER.service }],
  });
}
