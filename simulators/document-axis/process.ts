/** Starts the document axis simulator in a process of its own, for the demo and the tests. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSimulatorProcess, type SimulatorProcess } from '../child.js';

export type DocumentAxisProcess = SimulatorProcess & {
  /** Registers (or replaces) an endpoint: its id, bearer token and the organs it serves. */
  registerEndpoint: (endpoint: { endpointId: string; token: string; organIds: string[] }) => Promise<void>;
};

const main = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');

/** Control endpoints: `/__external`, `/__inbox/:organId`, `/__inject`, `/__switches`, `/__sent`, `/__reset` (see axis.ts). */
export async function startDocumentAxisProcess(options: { port?: number } = {}): Promise<DocumentAxisProcess> {
  const simulator = await startSimulatorProcess(main, 'document axis simulator', options.port);
  return { ...simulator, registerEndpoint: async (endpoint) => void (await simulator.control('/__endpoints', endpoint)) };
}
