/** Starts the base registries simulator (population, businesses) in a process of its own, for the demo and the tests. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSimulatorProcess, type SimulatorProcess } from '../child.js';

const main = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');

/** Control endpoints: `/__switches`, `/__calls`, `/__people`, `/__businesses`, `/__reset` (see registries.ts). */
export async function startBaseRegistriesProcess(options: { port?: number; token?: string } = {}): Promise<SimulatorProcess> {
  return startSimulatorProcess(main, 'base registries simulator', options.port, options.token ? { BASE_REGISTRIES_TOKEN: options.token } : {});
}
