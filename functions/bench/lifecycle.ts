/**
 * Logging and shutdown for the run. Everything the benchmark starts (DynamoDB Local, the API server process)
 * registers a stopper here, so a normal end, an error and Ctrl-C all stop the same processes, by their PID.
 */
const started = performance.now();

export const elapsedSeconds = () => (performance.now() - started) / 1000;

export function log(line: string) {
  console.log(`[${elapsedSeconds().toFixed(1).padStart(6)} s] ${line}`);
}

/** Logs `label d/total (p %)` each time another tenth of the work is done. */
export function progressLogger(label: string, total: number) {
  let nextTenth = 1;
  return (done: number) => {
    while (total > 0 && done >= (nextTenth * total) / 10 && nextTenth <= 10) {
      log(`  ${label}: ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} (${nextTenth * 10} %)`);
      nextTenth++;
    }
  };
}

interface Stopper {
  name: string;
  stop: () => Promise<void>;
}

const stoppers: Stopper[] = [];
let stopping: Promise<void> | undefined;

export function onStop(name: string, stop: () => Promise<void>) {
  stoppers.push({ name, stop });
}

/** Stops everything registered, newest first; each stopper gets 10 s so one stuck process cannot hang the rest. */
export function stopAll(): Promise<void> {
  stopping ??= (async () => {
    for (const { name, stop } of stoppers.reverse()) {
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, 10_000).unref());
      await Promise.race([stop().catch((error: unknown) => log(`stopping ${name} failed: ${String(error)}`)), timeout]);
    }
  })();
  return stopping;
}

/** Ctrl-C or a kill stops the engine and the server before exiting (exit code 130 / 143 as shells expect). */
export function installSignalHandlers() {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping the engine and the API server…`);
      void stopAll().finally(() => process.exit(code));
    });
  }
}

/**
 * Rejects after `seconds` so one slow phase cannot take the whole run budget. The work gets a signal that is
 * aborted at the deadline: it must stop issuing requests then, or it would slow down the phases after it.
 */
export async function timeBoxed<T>(label: string, seconds: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`${label} did not finish within ${seconds.toFixed(0)} s`));
    }, seconds * 1000);
  });
  try {
    return await Promise.race([work(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
