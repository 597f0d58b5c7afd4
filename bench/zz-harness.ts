import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { provisionIntegration } from '../server/src/modules/integration/index.js';
import { createPool } from '../server/src/platform/db.js';
import { migrate } from '../server/src/platform/migrations.js';
import { freshDatabase } from '../server/test/database.js';
import { serve } from './processes.js';
const url = await freshDatabase(process.env.DATABASE_URL!, 'tinhso_gw_dev');
const db = createPool(url, 4);
await migrate(db);
const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinhso-gw-dev-'));
const upstream = { url: 'http://127.0.0.1:18081' };
const secret = 'bench-secret-0123456789';
await provisionIntegration(db, {
  members: [{ identifier: 'VN/GOV/000.00.00.B01/BENCH', name: 'Bench', agencyId: 1, clientId: 'bench', clientSecret: secret }],
  services: [{ code: 'bench', name: 'Bench', agencyId: 1, upstreamUrl: upstream.url, retention: 'metadata', openapi: { openapi: '3.0.3', info: { title: 'bench' }, paths: { '/items/{id}': { get: { operationId: 'getItem' } } } } }],
  grants: [{ member: 'VN/GOV/000.00.00.B01/BENCH', service: 'bench', operation: 'getItem' }],
});
const app = await serve('serve-app.ts', { BENCH_DATABASE_URL: url, BENCH_DATA_DIR: dataDir, BENCH_PAYMENT_SECRET: 'unused' });
const tokenResponse = await fetch(`${app.url}/lgsp/oauth/token`, {
  method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`bench:${secret}`).toString('base64')}` },
  body: 'grant_type=client_credentials',
});
const token = ((await tokenResponse.json()) as { access_token: string }).access_token;
await fs.writeFile('/tmp/gwtools/env', `APP=${app.url}\nTOKEN=${token}\nAPPPID=${app.pid}\n`);
console.log('ready', app.url);
