import { serve } from './processes.js';
import fs from 'node:fs/promises';
const dataDir = await fs.mkdtemp('/tmp/tinhso-gw-dev2-');
const app = await serve('serve-app.ts', { BENCH_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/tinhso_gw_dev', BENCH_DATA_DIR: dataDir, BENCH_PAYMENT_SECRET: 'unused', ...JSON.parse(process.env.ZZ_ENV ?? '{}') });
await fs.writeFile(process.env.ZZ_OUT!, `APP=${app.url}\nAPPPID=${app.pid}\n`);
