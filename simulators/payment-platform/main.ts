/**
 * The payment platform simulator as a process of its own: `tsx simulators/payment-platform/main.ts`
 * (PORT, HOST from the environment). Prints one line `{"url": "..."}` once it listens; stops on SIGTERM,
 * SIGINT or when its parent closes its stdin.
 */
import { startPaymentPlatform } from './platform.js';

const platform = await startPaymentPlatform({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ url: platform.url })}\n`);
const stop = () => void platform.close().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
