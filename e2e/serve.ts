// Starts the platform for the browser journeys on a fresh database: on the server in DATABASE_URL when
// set (a new `tinhso_e2e` database), otherwise on an embedded PostgreSQL under .data/e2e.
import fs from 'node:fs/promises';
import { freshDatabase } from '../server/test/database';

const port = process.env.E2E_PORT ?? '3100';
if (process.env.DATABASE_URL) {
  process.env.DATABASE_URL = await freshDatabase(process.env.DATABASE_URL, 'tinhso_e2e');
} else {
  // A fresh cluster each run: the journeys expect exactly the demo province.
  await fs.rm('.data/e2e', { recursive: true, force: true });
  process.env.DATA_DIR = '.data/e2e';
  process.env.EMBEDDED_PG_PORT = '54349';
}
// The browser reaches the portal at 127.0.0.1: links the server makes (the payment platform's return, QR codes) point there too.
// The feedback map draws a blank tile served by the platform itself: the journeys never reach the internet.
Object.assign(process.env, { MAP_TILE_URL: 'local', PORT: port, HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${port}`, DEMO: 'true', LOG_LEVEL: 'warn' });
// Imported by path at run time: the server is type-checked with its own settings.
const main = '../server/src/main.js';
await import(main);
