/**
 * A closed-loop load generator: `concurrency` workers each run the operation back to back until the time is up,
 * which is how a fixed pool of clients (or a Lambda's in-flight requests) behaves. Latency is measured per call.
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

export const median = (values: number[]) => quantile([...values].sort((a, b) => a - b), 0.5);

async function loop(op: (n: number) => Promise<unknown>, options: LoadOptions, seconds: number, record: boolean) {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let issued = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end && !options.signal?.aborted) {
      const n = issued++;
      const t0 = performance.now();
      try {
        await op(n);
        if (record) latencies.push(performance.now() - t0);
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { latencies, errors, firstError, elapsed: (performance.now() - start) / 1000 };
}

export async function runLoad(op: (n: number) => Promise<unknown>, options: LoadOptions): Promise<LoadResult> {
  if (options.warmupSeconds) await loop(op, options, options.warmupSeconds, false);
  const { latencies, errors, firstError, elapsed } = await loop(op, options, options.seconds, true);
  const sorted = Float64Array.from(latencies).sort();
  return {
    ops: latencies.length,
    errors,
    firstError,
    seconds: elapsed,
    // Only successful calls count as throughput: a fast error is not a served request.
    perSecond: latencies.length / elapsed,
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    mean: latencies.reduce((sum, value) => sum + value, 0) / Math.max(1, latencies.length),
  };
}

/** Runs `op` `count` times one after another (after `warmup` untimed runs) and returns each duration in ms. */
export async function timeSequential(op: () => Promise<unknown>, count: number, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await op();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await op();
    times.push(performance.now() - t0);
  }
  return times;
}
