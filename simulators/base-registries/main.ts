/**
 * The base registries simulator as a process of its own: `tsx simulators/base-registries/main.ts` (PORT, HOST,
 * BASE_REGISTRIES_TOKEN from the environment). Prints one line `{"url": "..."}` once it listens; stops on
 * SIGTERM, SIGINT or when its parent closes its stdin.
 */
import { startBaseRegistries } from './registries.js';

const registries = await startBaseRegistries({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1', token: process.env.BASE_REGISTRIES_TOKEN || undefined });
process.stdout.write(`${JSON.stringify({ url: registries.url })}\n`);
const stop = () => void registries.close().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
