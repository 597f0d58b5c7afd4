/**
 * The autocannon load generator in a process of its own (forked by bench/processes.ts when wrk is not
 * installed): takes one Load from its parent, answers with its LoadResult, exits.
 */
import autocannon from 'autocannon';
import type { Load, LoadResult } from './processes.js';

process.once('message', async (load: Load & { timeoutSeconds: number }) => {
  let turn = 0;
  const result = await autocannon({
    url: load.url, connections: load.connections, duration: load.seconds, timeout: load.timeoutSeconds,
    requests: [{
      method: load.method, headers: load.headers, body: load.body,
      setupRequest: (request) => {
        const n = turn++ % load.paths.length;
        return { ...request, path: load.paths[n]!, ...(load.bodies ? { body: load.bodies[n]! } : {}) };
      },
    }],
  });
  const answer: LoadResult = {
    requests: result.requests.total, rps: result.requests.total / result.duration, p50: result.latency.p50, p99: result.latency.p99,
    // autocannon's `errors` already include its timeouts.
    non2xx: result.non2xx, socketErrors: result.errors,
  };
  process.send!(answer, () => process.exit(0));
});
