import type { FastifyBaseLogger } from 'fastify';
import type { ModuleDeps } from '../../platform/context.js';
import { platformSigningKey, type PlatformKey } from '../../platform/pki.js';
import { repeat } from '../../platform/repeat.js';
import { archiveBodies, sealMessages, writeCheckpoint } from './message-log.js';

/** The log's settings, from the environment (LGSP_*). */
export function logSettings() {
  const int = (name: string, fallback: number) => {
    const v = Number(process.env[name]);
    return Number.isInteger(v) && v > 0 ? v : fallback;
  };
  return {
    sealEveryMs: int('LGSP_SEAL_INTERVAL_MS', 500),
    checkpointEveryMs: int('LGSP_CHECKPOINT_EVERY_MS', 60_000),
    checkpointEveryEntries: int('LGSP_CHECKPOINT_EVERY_ENTRIES', 10_000),
    archiveAfterDays: int('LGSP_ARCHIVE_AFTER_DAYS', 30),
    archiveEveryMs: int('LGSP_ARCHIVE_INTERVAL_MS', 3_600_000),
    tsaUrl: process.env.LGSP_TSA_URL || undefined,
  };
}

const keys = new WeakMap<object, Promise<PlatformKey | null>>();
/** The platform key (PKI_DIR/platform.p12; issued by the demo CA in demo mode), loaded once per app. */
export function platformKeyOf(deps: Pick<ModuleDeps, 'config'>): Promise<PlatformKey | null> {
  let key = keys.get(deps.config);
  if (!key) {
    key = platformSigningKey({ dir: deps.config.pkiDir, passphrase: deps.config.pkiPassphrase, demo: deps.config.demo });
    keys.set(deps.config, key);
    key.catch(() => keys.delete(deps.config));
  }
  return key;
}

/**
 * Seals the message log about twice a second and signs a checkpoint when the head has moved and the last
 * one is a minute old or 10 000 entries behind; archives bodies older than LGSP_ARCHIVE_AFTER_DAYS every
 * hour and drops expired tokens. Safe on several nodes: the chain head's row lock serialises sealers.
 */
export function startLogJobs(deps: ModuleDeps, log: FastifyBaseLogger): () => Promise<void> {
  const settings = logSettings();
  let running = true;
  const sealer = repeat(async () => {
    while (running && (await sealMessages(deps.db)) === 1000);
    const key = await platformKeyOf(deps);
    if (!running || !key) return;
    await writeCheckpoint(deps.db, key, {
      tsaUrl: settings.tsaUrl,
      due: (head, last) => !last || (head.seq > last.seq && (head.seq - last.seq >= settings.checkpointEveryEntries || Date.now() - last.at.getTime() >= settings.checkpointEveryMs)),
    });
  }, { intervalMs: settings.sealEveryMs, firstDelayMs: 0, onError: (error) => log.error({ err: error }, 'lgsp message log sealer failed') });
  const archiver = repeat(async () => {
    const moved = await archiveBodies(deps.db, settings.archiveAfterDays);
    if (moved > 0) log.info({ moved }, 'lgsp message bodies archived');
    await deps.db.query("DELETE FROM lgsp_tokens WHERE expires_at < now() - interval '1 hour'");
  }, { intervalMs: settings.archiveEveryMs, firstDelayMs: 30_000, onError: (error) => log.error({ err: error }, 'lgsp archival failed') });
  return async () => {
    running = false;
    await Promise.all([sealer.stop(), archiver.stop()]);
  };
}
