import { DOMParser, type Element } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_OPEN311_KEY } from '../../demo/feedback.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

process.env.OPEN311_RATE_LIMIT_PER_MINUTE = '5';

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) as a client sees it: JSON and XML parsed
 * and checked field by field against the specification's element names and nesting.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const get = async (path: string) => {
  const response = await fetch(`${t.baseUrl}/open311/v2/${path}`);
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
};
const post = async (path: string, fields: Record<string, string>) => {
  const response = await fetch(`${t.baseUrl}/open311/v2/${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
};
const xml = (text: string) => {
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  return new DOMParser().parseFromString(text, 'text/xml').documentElement!;
};
const children = (node: Element, name?: string) => Array.from(node.childNodes).filter((n): n is Element => n.nodeType === 1 && (!name || (n as Element).tagName === name));
const childText = (node: Element, name: string) => {
  const found = children(node, name);
  expect(found, `<${name}> in <${node.tagName}>`).toHaveLength(1);
  return found[0]!.textContent ?? '';
};
const names = (node: Element) => children(node).map((c) => c.tagName);

const REQUEST_FIELDS = [
  'service_request_id', 'status', 'status_notes', 'service_name', 'service_code', 'description', 'agency_responsible', 'service_notice',
  'requested_datetime', 'updated_datetime', 'expected_datetime', 'address', 'address_id', 'zipcode', 'lat', 'long', 'media_url',
];
const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

describe('Open311 GeoReport v2', () => {
  it('describes itself (discovery) in JSON and XML', async () => {
    const json = await get('discovery.json');
    expect(json.type).toMatch(/^application\/json/);
    const d = JSON.parse(json.text);
    expect(Object.keys(d).sort()).toEqual(['changeset', 'contact', 'endpoints', 'key_service']);
    expect(d.endpoints[0]).toMatchObject({ specification: 'http://wiki.open311.org/GeoReport_v2', type: 'production', url: expect.stringMatching(/\/open311\/v2$/) });
    expect(d.endpoints[0].formats).toEqual(expect.arrayContaining(['text/xml', 'application/json']));
    const x = await get('discovery.xml');
    expect(x.type).toMatch(/^text\/xml; charset=utf-8/);
    const root = xml(x.text);
    expect(root.tagName).toBe('discovery');
    const endpoint = children(children(root, 'endpoints')[0]!, 'endpoint')[0]!;
    expect(childText(endpoint, 'specification')).toBe('http://wiki.open311.org/GeoReport_v2');
    expect(children(children(endpoint, 'formats')[0]!, 'format').map((f) => f.textContent)).toEqual(expect.arrayContaining(['text/xml', 'application/json']));
  });

  it('lists services and defines one', async () => {
    const services = JSON.parse((await get('services.json')).text);
    expect(services.length).toBeGreaterThanOrEqual(9);
    const road = services.find((s: { service_code: string }) => s.service_code === 'ha-tang-giao-thong');
    expect(Object.keys(road).sort()).toEqual(['description', 'group', 'keywords', 'metadata', 'service_code', 'service_name', 'type'].sort());
    expect(road).toMatchObject({ service_name: 'Hạ tầng giao thông', metadata: false, type: 'realtime' });
    const root = xml((await get('services.xml')).text);
    expect(root.tagName).toBe('services');
    const first = children(root, 'service')[0]!;
    expect(names(first)).toEqual(['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group']);
    expect(childText(first, 'metadata')).toBe('false');
    const definition = JSON.parse((await get('services/ha-tang-giao-thong.json')).text);
    expect(definition).toEqual({ service_code: 'ha-tang-giao-thong', attributes: [] });
    const defXml = xml((await get('services/ha-tang-giao-thong.xml')).text);
    expect(defXml.tagName).toBe('service_definition');
    expect(childText(defXml, 'service_code')).toBe('ha-tang-giao-thong');
    expect(children(defXml, 'attributes')).toHaveLength(1);
    const missing = await get('services/khong-co.xml');
    expect(missing.status).toBe(404);
    const errorRoot = xml(missing.text);
    expect(errorRoot.tagName).toBe('errors');
    expect(childText(children(errorRoot, 'error')[0]!, 'code')).toBe('404');
  });

  it('creates a request with an API key, routed like the portal, and finds it by id and by token', async () => {
    const created = await post('requests.json', {
      api_key: DEMO_OPEN311_KEY, jurisdiction_id: 'langson.gov.vn', service_code: 'moi-truong', lat: '21.85', long: '106.765',
      description: 'Rác thải tồn đọng ở góc phố gần chợ Giếng Vuông', first_name: 'Lê', last_name: 'Văn Riêng', email: 'rieng.le@example.vn', phone: '0987000111',
    });
    expect(created.status).toBe(201);
    const [answer] = JSON.parse(created.text);
    expect(Object.keys(answer).sort()).toEqual(['account_id', 'service_notice', 'service_request_id', 'token']);
    const id = answer.service_request_id as string;
    const row = (await t.db.query('SELECT r.agency_id, a.code, r.anonymous_to_public, r.reporter_email FROM feedback_reports r JOIN agencies a ON a.id = r.agency_id WHERE r.code = $1', [id])).rows[0];
    expect(row).toMatchObject({ code: '000.01.21.H37', anonymous_to_public: true, reporter_email: 'rieng.le@example.vn' });

    const one = JSON.parse((await get(`requests/${id}.json`)).text);
    expect(one).toHaveLength(1);
    expect(Object.keys(one[0])).toEqual(REQUEST_FIELDS);
    expect(one[0]).toMatchObject({ service_request_id: id, status: 'open', service_code: 'moi-truong', service_name: 'Môi trường', agency_responsible: 'UBND phường Chi Lăng', lat: 21.85, long: 106.765 });
    expect(one[0].requested_datetime).toMatch(W3C);
    expect(one[0].expected_datetime).toMatch(W3C);
    const oneXml = xml((await get(`requests/${id}.xml`)).text);
    expect(oneXml.tagName).toBe('service_requests');
    const request = children(oneXml, 'request')[0]!;
    expect(names(request)).toEqual(REQUEST_FIELDS);
    expect(childText(request, 'status')).toBe('open');
    expect(childText(request, 'long')).toBe('106.765');
    expect(childText(request, 'requested_datetime')).toMatch(W3C);

    const token = JSON.parse((await get(`tokens/${answer.token}.json`)).text);
    expect(token).toEqual([{ service_request_id: id, token: answer.token }]);
    const tokenXml = xml((await get(`tokens/${answer.token}.xml`)).text);
    expect(names(children(tokenXml, 'request')[0]!)).toEqual(['service_request_id', 'token']);

    const createdXml = await post('requests.xml', { api_key: DEMO_OPEN311_KEY, service_code: 'y-te', address_string: 'Bệnh viện Đa khoa tỉnh', description: 'Nhà vệ sinh của khoa khám bệnh không có nước' });
    expect(createdXml.status).toBe(201);
    const createdRoot = xml(createdXml.text);
    expect(createdRoot.tagName).toBe('service_requests');
    expect(names(children(createdRoot, 'request')[0]!)).toEqual(['service_request_id', 'token', 'service_notice', 'account_id']);

    // Listed once staff accepted it; the reporter's name and contacts appear nowhere.
    const list = async (query: string) => JSON.parse((await get(`requests.json${query}`)).text) as { service_request_id: string }[];
    expect((await list('')).map((r) => r.service_request_id)).not.toContain(id);
    await (await t.login('tiepnhan.chilang')).post(`/api/feedback/reports/${(await t.db.query('SELECT id FROM feedback_reports WHERE code = $1', [id])).rows[0].id}/accept`, {});
    expect((await list('')).map((r) => r.service_request_id)).toContain(id);
    expect((await list('?service_code=moi-truong&status=open')).map((r) => r.service_request_id)).toContain(id);
    expect((await list('?service_code=y-te')).map((r) => r.service_request_id)).not.toContain(id);
    expect((await list('?status=closed')).map((r) => r.service_request_id)).not.toContain(id);
    expect((await list(`?service_request_id=${id},PA-DEM0-0001`)).map((r) => r.service_request_id).sort()).toEqual(['PA-DEM0-0001', id].sort());
    expect((await list('?start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z'))).toEqual([]);
    const answered = (await list('?service_request_id=PA-DEM0-0001'))[0] as unknown as Record<string, unknown>;
    expect(answered).toMatchObject({ status: 'closed', status_notes: expect.stringContaining('Ban Quản lý dự án'), expected_datetime: null });
    for (const format of ['json', 'xml']) {
      for (const path of [`requests.${format}`, `requests/${id}.${format}`]) {
        const text = (await get(path)).text;
        for (const secret of ['Riêng', 'rieng', '0987000111']) expect(text, path).not.toContain(secret);
      }
    }
  });

  it('answers errors as a list of {code, description} with the HTTP status, in JSON and XML', async () => {
    const badKey = await post('requests.json', { api_key: 'sai-khoa', service_code: 'moi-truong', lat: '21.85', long: '106.76', description: 'Nội dung đủ dài để gửi' });
    expect(badKey.status).toBe(403);
    const errors = JSON.parse(badKey.text);
    expect(errors).toEqual([{ code: 403, description: expect.any(String) }]);
    const badKeyXml = await post('requests.xml', { service_code: 'moi-truong', lat: '21.85', long: '106.76', description: 'Nội dung đủ dài để gửi' });
    expect(badKeyXml.status).toBe(403);
    const root = xml(badKeyXml.text);
    expect(root.tagName).toBe('errors');
    expect(names(children(root, 'error')[0]!)).toEqual(['code', 'description']);
    const cases: [Record<string, string>, number][] = [
      [{ service_code: 'khong-co', lat: '21.85', long: '106.76', description: 'Nội dung đủ dài để gửi' }, 404],
      [{ service_code: 'moi-truong', description: 'Nội dung đủ dài để gửi' }, 400],
      [{ service_code: 'moi-truong', lat: '91', long: '106.76', description: 'Nội dung đủ dài để gửi' }, 400],
      [{ service_code: 'moi-truong', lat: 'abc', long: '106.76', description: 'Nội dung đủ dài để gửi' }, 400],
    ];
    for (const [fields, status] of cases) {
      const response = await post('requests.json', { api_key: DEMO_OPEN311_KEY, ...fields });
      expect(response.status, JSON.stringify(fields)).toBe(status);
      expect(JSON.parse(response.text)[0].code).toBe(status);
    }
    expect((await get('requests.json?status=pending')).status).toBe(400);
    for (const path of ['services/%00.json', 'requests/%00.xml', 'tokens/%00.json']) expect((await get(path)).status, path).toBe(404);
    expect((await get('requests/%ED%A0%80.json')).status).toBe(400);
    expect((await get('requests.xml?start_date=hom-qua')).status).toBe(400);
    expect((await get('requests/PA-KHONG-CO.json')).status).toBe(404);
    expect((await get('tokens/khong-co-token-nao-nhu-vay.json')).status).toBe(404);
    const unknown = await get('khong-co.xml');
    expect(unknown.status).toBe(404);
    expect(xml(unknown.text).tagName).toBe('errors');
  });

  it('rate-limits posts per key, and refuses a revoked key', async () => {
    const admin = await t.login('admin');
    const issued = (await admin.post('/api/feedback/open311-keys', { name: 'Ứng dụng kiểm thử' })).body;
    expect(issued.key).toMatch(/^o311_/);
    const stored = (await t.db.query('SELECT key_hash FROM feedback_open311_keys WHERE id = $1', [issued.id])).rows[0].key_hash;
    expect(stored).not.toContain(issued.key);
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await post('requests.json', { api_key: issued.key, service_code: 'khong-co', description: 'x' })).status);
    expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await post('requests.json', { api_key: issued.key, service_code: 'khong-co', description: 'x' });
    expect(JSON.parse(limited.text)[0].code).toBe(429);
    expect((await admin.delete(`/api/feedback/open311-keys/${issued.id}`)).status).toBe(200);
    const revoked = await admin.post('/api/feedback/open311-keys', { name: 'Khóa khác' });
    const other = revoked.body.key as string;
    await admin.delete(`/api/feedback/open311-keys/${revoked.body.id}`);
    expect((await post('requests.json', { api_key: other, service_code: 'moi-truong', lat: '21.85', long: '106.76', description: 'Nội dung đủ dài để gửi' })).status).toBe(403);
  });
});
