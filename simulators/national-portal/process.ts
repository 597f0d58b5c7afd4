/** Starts the national public-service portal simulator in a process of its own, for the demo and the tests. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSimulatorProcess, type SimulatorProcess } from '../child.js';

const main = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');

/** Control endpoints: `/__switches`, `/__received`, `/__submitted`, `/__catalog`, `/__reset` (see portal.ts). */
export async function startNationalPortalProcess(options: { port?: number; token: string }): Promise<SimulatorProcess> {
  return startSimulatorProcess(main, 'national portal simulator', options.port, { NATIONAL_PORTAL_TOKEN: options.token });
}
