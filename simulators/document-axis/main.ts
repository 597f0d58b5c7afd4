/**
 * The document axis simulator as a process of its own: `tsx simulators/document-axis/main.ts`
 * (PORT, HOST from the environment). Prints one line `{"url": "..."}` once it listens; stops on SIGTERM,
 * SIGINT or when its parent closes its stdin.
 */
import { startDocumentAxis } from './axis.js';

const axis = await startDocumentAxis({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ url: axis.url })}\n`);
const stop = () => void axis.close().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
