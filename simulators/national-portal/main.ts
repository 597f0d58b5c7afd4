/**
 * The national public-service portal simulator as a process of its own: `tsx simulators/national-portal/main.ts`
 * (PORT, HOST, NATIONAL_PORTAL_TOKEN from the environment). Prints one line `{"url": "..."}` once it listens;
 * stops on SIGTERM, SIGINT or when its parent closes its stdin.
 */
import { startNationalPortal } from './portal.js';

const portal = await startNationalPortal({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1', token: process.env.NATIONAL_PORTAL_TOKEN ?? 'dvcqg-demo' });
process.stdout.write(`${JSON.stringify({ url: portal.url })}\n`);
const stop = () => void portal.close().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
