/**
 * A closed-loop load generator: `concurrency` workers each run the operation back to back, which is how a fixed
 * pool of clients (or a Lambda's in-flight requests) behaves.
 *
 * Throughput counts only the calls that complete inside a measurement window, which opens after a warm-up (the
 * JVM and V8 compile hot paths; a call per worker has completed, so the workers are no longer all in
 * step) and ends after `seconds`. Calls still in flight at the end are drained but not counted: counting the
 * drain (when fewer than `concurrency` calls are in flight) would understate slow operations more than fast ones.
 */
export interface LoadResult {
  ops: number;
  errors: number;
  firstError?: string;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  mean: number;
}

export interface LoadOptions {
  concurrency: number;
  seconds: number;
  warmupSeconds?: number;
  /** Aborted when the phase's time box ends: workers stop issuing requests. */
  signal?: AbortSignal;
}

/** The q-quantile (0–1) of ascending values, nearest rank. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const median = (values: number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/** Longest warm-up: a very slow operation gets measured anyway rather than never. */
const MAX_WARMUP_MS = 15_000;

export async function runLoad(op: (n: number) => Promise<unknown>, options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let issued = 0;
  let completed = 0;
  const started = performance.now();
  const warmEnd = started + (options.warmupSeconds ?? 0) * 1000;
  let windowStart: number | undefined;
  let windowEnd = Number.POSITIVE_INFINITY;
  const openWindow = (at: number) => {
    windowStart = at;
    windowEnd = at + options.seconds * 1000;
  };
  const worker = async () => {
    while (!options.signal?.aborted) {
      const now = performance.now();
      if (now >= windowEnd) break;
      if (windowStart === undefined && now >= started + MAX_WARMUP_MS) openWindow(now);
      const n = issued++;
      let failure: unknown;
      try {
        await op(n);
      } catch (error) {
        failure = error;
      }
      const done = performance.now();
      completed++;
      if (windowStart === undefined) {
        if (done >= warmEnd && completed >= options.concurrency) openWindow(done);
        continue;
      }
      if (done > windowEnd) continue;
      if (failure === undefined) latencies.push(done - now);
      else {
        errors++;
        firstError ??= failure instanceof Error ? failure.message : String(failure);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const measured = windowStart === undefined ? 0 : Math.min(options.seconds, (performance.now() - windowStart) / 1000);
  const sorted = Float64Array.from(latencies).sort();
  return {
    ops: latencies.length,
    errors,
    firstError,
    seconds: measured,
    // Only successful calls count as throughput: a fast error is not a served request.
    perSecond: measured > 0 ? latencies.length / measured : 0,
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    mean: latencies.reduce((sum, value) => sum + value, 0) / Math.max(1, latencies.length),
  };
}

/** Adds up runs of the same operation (throughput over their summed windows; percentiles are run-weighted). */
function combine(runs: LoadResult[]): LoadResult {
  const ops = runs.reduce((sum, r) => sum + r.ops, 0);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  const weighted = (pick: (r: LoadResult) => number) => runs.reduce((sum, r) => sum + pick(r) * r.ops, 0) / Math.max(1, ops);
  return {
    ops,
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    firstError: runs.find((r) => r.firstError)?.firstError,
    seconds,
    perSecond: seconds > 0 ? ops / seconds : 0,
    p50: weighted((r) => r.p50),
    p99: Math.max(...runs.map((r) => r.p99)),
    mean: weighted((r) => r.mean),
  };
}

/**
 * Operations measured in the order A B … B A (each run half of `options.seconds`). On a shared two-core machine
 * the background load drifts by the minute; the mirrored order cancels a steady drift, so ratios between the
 * operations stay meaningful even when the absolute numbers move.
 */
export async function runInterleaved(ops: ((n: number) => Promise<unknown>)[], options: LoadOptions): Promise<LoadResult[]> {
  const half = { ...options, seconds: options.seconds / 2 };
  const runs = ops.map((): LoadResult[] => []);
  const order = [...ops.keys(), ...[...ops.keys()].reverse()];
  for (const i of order) runs[i].push(await runLoad(ops[i], half));
  return runs.map(combine);
}
