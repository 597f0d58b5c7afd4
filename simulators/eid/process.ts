/** Starts the e-ID simulator in a process of its own, for the demo and the tests. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSimulatorProcess, type SimulatorProcess } from '../child.js';

const main = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');

export async function startEidProcess(options: { port?: number; clients: { client_id: string; client_secret: string; redirect_uris: string[] }[] }): Promise<SimulatorProcess> {
  return startSimulatorProcess(main, 'e-ID simulator', options.port, { EID_CLIENTS: JSON.stringify(options.clients) });
}
