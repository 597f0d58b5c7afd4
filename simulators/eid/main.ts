/**
 * The e-ID simulator as a process of its own: `tsx simulators/eid/main.ts` (PORT, HOST, EID_CLIENTS from
 * the environment). Prints one line `{"url": "..."}` once it listens; stops on SIGTERM, SIGINT or when its
 * parent closes its stdin.
 */
import { startEid } from './eid.js';

const eid = await startEid({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1', clients: JSON.parse(process.env.EID_CLIENTS ?? '[]') });
process.stdout.write(`${JSON.stringify({ url: eid.url })}\n`);
const stop = () => void eid.close().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
