// Exports the audit chain's signed checkpoints as JSON, to be kept outside the database (another host,
// write-once storage): `npm run audit:checkpoints [-- file.json]`, to stdout without a file. Later,
// `npm run audit:verify -- --checkpoints file.json` shows whether any of them was deleted or no longer
// matches the chain. Each entry carries the exact signed `line`; platform/audit.ts shows how to check
// one with openssl alone.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { loadConfig } from '../config.js';
import { CHECKPOINT_EXPORT_FORMAT, exportedCheckpoint, listCheckpoints } from '../platform/audit.js';
import { createPool, type Db } from '../platform/db.js';
import { startEmbeddedPostgres } from '../platform/embedded-postgres.js';

async function write(out: Writable, text: string) {
  if (!out.write(text)) await once(out, 'drain');
}

// Page by page: years of checkpoints need not fit in memory.
async function exportTo(db: Db, out: Writable): Promise<number> {
  await write(out, `{\n  "format": ${JSON.stringify(CHECKPOINT_EXPORT_FORMAT)},\n  "exportedAt": ${JSON.stringify(new Date().toISOString())},\n  "checkpoints": [`);
  let count = 0;
  for (let afterId = 0; ;) {
    const page = await listCheckpoints(db, afterId);
    for (const checkpoint of page) {
      await write(out, `${count++ === 0 ? '' : ','}\n    ${JSON.stringify(exportedCheckpoint(checkpoint))}`);
    }
    if (page.length === 0) break;
    afterId = page.at(-1)!.id;
  }
  await write(out, `${count === 0 ? '' : '\n  '}]\n}\n`);
  return count;
}

const target = process.argv[2] ? path.resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2]) : undefined;
const config = loadConfig();
const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
const db = createPool(config.databaseUrl ?? embedded!.url, 2);
try {
  if (!target) {
    await exportTo(db, process.stdout);
  } else {
    // Written beside and renamed: an interrupted export never leaves a truncated file in its place.
    const partial = `${target}.partial`;
    const out = createWriteStream(partial);
    const count = await exportTo(db, out);
    out.end();
    await once(out, 'finish');
    await fs.rename(partial, target);
    console.error(`${count} audit checkpoints written to ${target}`);
  }
} finally {
  await db.end();
  await embedded?.stop();
}
