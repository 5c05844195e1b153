/**
 * How many reports `batch` renders at once when not told. A render is a relay between processes
 * (Node validates and draws the HTML and finishes the PDF, Chromium's renderer lays it out and
 * prints it), so with only one render per core a core idles while the stages hand over. Measured
 * on 2 cores with the headless shell (bench/batch.bench.ts, 60 reports, median of 3 interleaved
 * runs): 7.45, 8.34, 8.81 and 8.71 reports/s at 1 to 4 at once, peak memory 435, 578, 717 and
 * 748 MB: reports per second rise up to cores + 1, memory keeps growing beyond it.
 */
import { availableParallelism } from 'node:os';

/** The largest `--concurrency` accepted. */
export const MAX_CONCURRENCY = 16;

/**
 * The default number of renders at once: one more than the cores, at most {@link MAX_CONCURRENCY}.
 * @param cores the cores this process may use (default `os.availableParallelism()`)
 * @returns 3 on a 2-core machine
 * @example defaultConcurrency(2) // 3
 */
export function defaultConcurrency(cores: number = availableParallelism()): number {
  return Math.min(MAX_CONCURRENCY, Math.max(1, Math.floor(cores)) + 1);
}
