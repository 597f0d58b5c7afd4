/**
 * Runs background work in rounds: the first after `firstDelayMs`, each next one `intervalMs` after the
 * previous round ended, never two at once. `wake()` asks for a round as soon as possible (at once when
 * idle, right after the current round otherwise). A failed round is reported and the rhythm goes on.
 */
export function repeat(round: () => Promise<void>, options: { intervalMs: number; firstDelayMs?: number; onError: (error: unknown) => void }) {
  let running = true;
  let busy = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const run = () => {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    clearTimeout(timer);
    current = (async () => {
      do {
        again = false;
        try {
          await round();
        } catch (error) {
          if (running) options.onError(error);
        }
      } while (running && again);
      busy = false;
      if (running) timer = setTimeout(run, options.intervalMs);
    })();
  };
  timer = setTimeout(run, options.firstDelayMs ?? options.intervalMs);
  return {
    wake: () => {
      if (running) run();
    },
    /** Stops the rhythm and waits for a round under way to end. */
    stop: async () => {
      running = false;
      clearTimeout(timer);
      await current;
    },
  };
}
