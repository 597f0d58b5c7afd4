/** Starts the payment platform simulator in a process of its own, for the demo and the tests. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSimulatorProcess, type SimulatorProcess } from '../child.js';

export type PaymentPlatformProcess = SimulatorProcess & {
  /** Registers a partner (its code, shared secret and callback URL), as the platform's operator does. */
  register: (partner: { code: string; secret: string; callbackUrl: string }) => Promise<void>;
};

const main = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');

/** Control endpoints: `/__switches`, `/__pay/:ref`, `/__statement`, `/__transactions` (see platform.ts). */
export async function startPaymentPlatformProcess(options: { port?: number } = {}): Promise<PaymentPlatformProcess> {
  const simulator = await startSimulatorProcess(main, 'payment platform simulator', options.port);
  return {
    ...simulator,
    register: async ({ code, secret, callbackUrl }) => void (await simulator.control('/__partners', { MaDoiTac: code, secret, callbackUrl })),
  };
}
