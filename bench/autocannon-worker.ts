/**
 * The autocannon load generator in a process of its own (forked by bench/processes.ts when wrk is not
 * installed): takes one Load from its parent, answers with its LoadResult, exits.
 */
import autocannon from 'autocannon';
import { percentile, type Load, type LoadResult } from './processes.js';

process.once('message', async (load: Load & { timeoutSeconds: number }) => {
  let turn = 0;
  // Every response time, for the percentiles autocannon does not report (p95).
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({
      url: load.url, connections: load.connections, duration: load.seconds, timeout: load.timeoutSeconds,
      requests: [{
        method: load.method, headers: load.headers, body: load.body,
        setupRequest: (request) => {
          const n = turn++ % load.paths.length;
          return { ...request, path: load.paths[n]!, ...(load.bodies ? { body: load.bodies[n]! } : {}) };
        },
      }],
    }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const answer: LoadResult = {
    requests: result.requests.total, rps: result.requests.total / result.duration,
    p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99),
    // autocannon's `errors` already include its timeouts.
    non2xx: result.non2xx, socketErrors: result.errors,
  };
  process.send!(answer, () => process.exit(0));
});
