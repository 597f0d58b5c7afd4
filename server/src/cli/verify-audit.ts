// Verifies the audit log: the hash chain in seq order and the signed checkpoints; exits 1 and names the
// first bad row when it was tampered with.
//   npm run audit:verify [-- --checkpoints exported.json] [--trust platform-or-ca.cert.pem]
// --checkpoints also checks an export of `npm run audit:checkpoints` (kept outside the database), which
// reveals deleted checkpoints. --trust pins the signer; by default PKI_DIR/platform.cert.pem when present.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { parseCheckpointExport, verifyAuditChain } from '../platform/audit.js';
import { createPool } from '../platform/db.js';
import { startEmbeddedPostgres } from '../platform/embedded-postgres.js';
import { PLATFORM_CERT } from '../platform/pki.js';

const { values: args } = parseArgs({ options: { checkpoints: { type: 'string' }, trust: { type: 'string' } } });
// `npm run` starts this in server/: paths are taken from where the command was typed.
const given = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

const config = loadConfig();
const trustFile = args.trust ? given(args.trust) : path.join(config.pkiDir, PLATFORM_CERT);
const trust = await fs.readFile(trustFile, 'utf8').catch((error: unknown) => {
  if (args.trust) throw error;
  return undefined;
});
const exported = args.checkpoints ? parseCheckpointExport(await fs.readFile(given(args.checkpoints), 'utf8')) : undefined;

const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
const db = createPool(config.databaseUrl ?? embedded!.url, 2);
try {
  const result = await verifyAuditChain(db, { checkpoints: exported, trust });
  if (result.ok) {
    console.log(`audit chain intact: ${result.rows} rows (seq 1–${result.seq}), head ${result.head}`);
    console.log(result.checkpoints > 0
      ? `${result.checkpoints} signed checkpoints match the chain${exported ? ` (${exported.length} of them from ${args.checkpoints})` : ''}; `
        + `signed by ${result.signers.map((s) => `${s.subject} [SHA-256 ${s.fingerprint}]`).join('; ')}`
        + (trust ? `; signer pinned to ${trustFile}` : '; signer not pinned (no --trust, no PKI_DIR/platform.cert.pem)')
      : 'no signed checkpoint yet: until one exists, whoever controls the database could rewrite the chain unnoticed');
  } else {
    const where = result.brokenAt !== null ? `row ${result.brokenAt} (seq ${result.brokenSeq})` : result.brokenSeq !== null ? `seq ${result.brokenSeq}` : 'the chain head';
    console.error(`audit chain BROKEN at ${where}: ${result.reason} (${result.rows} rows verified before it)`);
    process.exitCode = 1;
  }
  if (result.unsealed.count > 0) {
    console.error(`warning: ${result.unsealed.count} audit rows are still unsealed, the oldest (row ${result.unsealed.oldestId}) from `
      + `${result.unsealed.oldestAt!.toISOString()}: is the audit sealer running?`);
  }
} finally {
  await db.end();
  await embedded?.stop();
}
