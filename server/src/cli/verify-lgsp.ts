// Verifies the integration platform's message log: the hash chain in seq order, stored and archived bodies
// against their hashes, and every signed checkpoint; exits 1 naming the first bad entry when it was tampered with.
//   npm run lgsp:verify [-- --trust platform-or-ca.cert.pem]
// --trust pins the checkpoints' signer; by default PKI_DIR/platform.cert.pem when present.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createPool } from '../platform/db.js';
import { startEmbeddedPostgres } from '../platform/embedded-postgres.js';
import { PLATFORM_CERT } from '../platform/pki.js';
import { initPersonalData, resolvePersonalDataKeys } from '../platform/personal-data.js';
import { verifyMessageLog } from '../modules/integration/index.js';

const { values: args } = parseArgs({ options: { trust: { type: 'string' } } });
const given = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
const config = loadConfig();
const trustFile = args.trust ? given(args.trust) : path.join(config.pkiDir, PLATFORM_CERT);
const trust = await fs.readFile(trustFile, 'utf8').catch((error: unknown) => {
  if (args.trust) throw error;
  return undefined;
});
const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
const db = createPool(config.databaseUrl ?? embedded!.url, 2);
try {
  // Stored bodies are sealed (platform/personal-data.ts): opened with the keys to be checked against their hashes.
  await initPersonalData(db, await resolvePersonalDataKeys({ encryptionKey: config.dataEncryption.keys, hashKey: config.dataEncryption.hashKey, demo: config.demo, dataDir: config.dataDir }));
  const result = await verifyMessageLog(db, { trust });
  if (result.ok) {
    console.log(`lgsp message log intact: ${result.entries} entries (seq 1–${result.seq}), head ${result.head}`);
    console.log(result.checkpoints > 0
      ? `${result.checkpoints} signed checkpoints match the chain; last at seq ${result.lastCheckpoint!.seq} (${result.lastCheckpoint!.at}), ${result.lastCheckpoint!.timestampNote}`
        + (trust ? `; signer pinned to ${trustFile}` : '; signer not pinned (no --trust, no PKI_DIR/platform.cert.pem)')
      : 'no signed checkpoint yet: until one exists, whoever controls the database could rewrite the chain unnoticed');
  } else {
    const b = result.broken!;
    console.error(`lgsp message log BROKEN at ${b.seq !== null ? `seq ${b.seq}` : 'the chain head'}${b.messageId ? ` (message ${b.messageId})` : ''}: ${b.reason} (${result.entries} entries verified before it)`);
    process.exitCode = 1;
  }
  if (result.unsealed > 0) console.error(`note: ${result.unsealed} entries are not sealed yet (the sealer runs with the server's jobs)`);
} finally {
  await db.end();
  await embedded?.stop();
}
