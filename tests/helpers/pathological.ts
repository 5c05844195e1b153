/**
 * Inputs that make a backtracking regular expression take quadratic time, each scaled by `n`
 * characters, and the time of one call (for the bench). Shared by tests/core/pathological.test.ts,
 * which counts the work, and bench/pathological.bench.ts, which times it.
 */

type Report = Record<string, any>;

/** Families of pathological text, each written into a real report at size `n`. */
export const PATHOLOGICAL: Readonly<Record<string, (report: Report, n: number) => Report>> = {
  'sub-headings that are runs of spaces': (r, n) => {
    r.overview = Array.from({ length: 20 }, () => ({
      heading: `主动公开${' '.repeat(n / 20)}情况`,
      paragraphs: ['无。'],
    }));
    return r;
  },
  'an opening paragraph listing parts with 包括 repeated': (r, n) => {
    r.preamble = [`本报告共六个部分${'包括'.repeat(n / 2)}`];
    return r;
  },
  'an opening paragraph of 国办 and spaces': (r, n) => {
    r.preamble = [`六个部分。${`国办${' '.repeat(98)}`.repeat(n / 100)}`, `国办〔2021${' '.repeat(n)}`];
    return r;
  },
  'an overview stating counts over long runs of digits and spaces': (r, n) => {
    r.overview = [
      ...r.overview,
      `收到申请${'1'.repeat(n / 2)} ${' '.repeat(n / 2)}办结`,
      `办结${' 1'.repeat(n / 2)}件`,
    ];
    return r;
  },
  'a title of a year and spaces': (r, n) => {
    r.title = `2023${' '.repeat(n)}x`;
    return r;
  },
  'an agency of administrative units': (r, n) => {
    r.agency = '自治区县'.repeat(n / 4);
    return r;
  },
  'sub-headings of ordinals and spaces': (r, n) => {
    r.problems = Array.from({ length: 20 }, () => ({ heading: `（${' '.repeat(n / 20)}一`, paragraphs: ['无。'] }));
    return r;
  },
  'paragraphs of zero-width and control characters': (r, n) => {
    r.otherMatters = ['\u200b'.repeat(n), `a${'\u202e\u0007\ud800'.repeat(n / 3)}`];
    return r;
  },
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Median time of one call of `fn`, in ms, over `runs` samples. Each sample repeats the call until
 * it has taken at least 20 ms, so that short calls are not lost in the timer's noise.
 */
export function medianTime(fn: () => unknown, runs = 5): number {
  const warm = performance.now();
  fn();
  const once = Math.max(performance.now() - warm, 0.01);
  const repeat = Math.max(1, Math.ceil(20 / once));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    for (let k = 0; k < repeat; k++) fn();
    times.push((performance.now() - start) / repeat);
  }
  return median(times);
}
