import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Db } from '../../platform/db.js';
import { repeat } from '../../platform/repeat.js';
import { healthRepository } from './health-repository.js';

/** About how often a node says it is alive (the page shows it down after 30 s of silence). */
export const HEARTBEAT_MS = 10_000;
/** Old rows are swept once in this many heartbeats (and at start), by whichever node gets there. */
const SWEEP_EVERY = 360;

const version = (() => {
  try {
    return (JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
})();

export type NodeHeartbeat = {
  /** hostname-pid-random: unique even when a process id is reused. */
  id: string;
  /** Stops beating and marks the node gone (a clean shutdown), before the pool closes. */
  stop: () => Promise<void>;
};

type Log = { warn: (obj: unknown, msg: string) => void };

/**
 * This process as a node of the platform: it registers itself at once and then, about every 10 s, updates its
 * row with its memory, event-loop delay (p99 since the previous beat) and database pool use, in one upsert.
 */
export async function startNodeHeartbeat(db: Db, options: { runsJobs: boolean; log: Log; intervalMs?: number }): Promise<NodeHeartbeat> {
  const host = os.hostname();
  const id = `${host}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const startedAt = new Date();
  const loop = monitorEventLoopDelay({ resolution: 20 });
  loop.enable();
  let beats = 0;
  const beat = async () => {
    const memory = process.memoryUsage();
    // Nanoseconds; NaN-free: an empty histogram (no sample yet) reads 0.
    const p99 = loop.count > 0 ? loop.percentile(99) / 1e6 : 0;
    loop.reset();
    await healthRepository.beat(db, {
      id, host, pid: process.pid, version, runsJobs: options.runsJobs, startedAt,
      rssBytes: memory.rss, heapUsedBytes: memory.heapUsed, heapTotalBytes: memory.heapTotal, loopDelayP99Ms: Math.round(p99 * 100) / 100,
      poolTotal: db.totalCount, poolIdle: db.idleCount, poolWaiting: db.waitingCount,
    });
    if (beats++ % SWEEP_EVERY === 0) await healthRepository.sweep(db);
  };
  await beat().catch((error: unknown) => options.log.warn({ err: error }, 'node heartbeat failed'));
  const rhythm = repeat(beat, { intervalMs: options.intervalMs ?? HEARTBEAT_MS, onError: (error) => options.log.warn({ err: error }, 'node heartbeat failed') });
  let stopped = false;
  return {
    id,
    async stop() {
      if (stopped) return;
      stopped = true;
      await rhythm.stop();
      loop.disable();
      await healthRepository.markGone(db, id).catch((error: unknown) => options.log.warn({ err: error }, 'node heartbeat: cannot mark the node gone'));
    },
  };
}
