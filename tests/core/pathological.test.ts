/**
 * Pathological text: every family of tests/helpers/pathological.ts once made a regular expression
 * or a loop of ours take quadratic time (a heading of spaces took validate() 150 s). The work must
 * grow linearly with the input. It is counted, never timed, so that the verdict is the same on a
 * loaded machine (the timings are bench/pathological.bench.ts's). Two counts, each at two sizes:
 * - Searches repeated over the same text (a sentence cut again from the whole paragraph, a search
 *   from the start for every match): every search of a regular expression or a string is counted
 *   by the characters it went over; on an input 10× larger the count may grow at most 12×.
 * - A regular expression retried from every character of a long run, each try reading to the
 *   run's end (`/[。\s]+$/` on a heading of spaces): every execution is replayed one starting
 *   position at a time, and a try is long when its outcome changes once the text is cut
 *   {@link REACH} characters after its start (it read further). A try next to a long try that is
 *   long too reads again what that one read: a linear search makes none, whatever the input; a
 *   quadratic one makes one per character of the run. (A try that reads far and fails on the cut
 *   text as well is not seen: a lazy `[^。]*?` from every 包括 is one. Such patterns are kept out
 *   by review and by the timings of the bench.)
 */
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { PATHOLOGICAL } from '../helpers/pathological.js';
import { seedReport } from '../helpers/reports.js';

// Texts longer than the default limits are still checked in full: lift the limits.
const limits = { maxTextLength: Infinity, maxLineLength: Infinity, maxInputBytes: Infinity };
/**
 * The sizes the work is counted at: 10× apart, and both within the default length of a text, so
 * that both take the same way through validate() (past it, the schema explains).
 */
const SIZES = [2_000, 20_000] as const;
/** How far one try (one starting position) may read and still be short. */
const REACH = 64;

const families = Object.entries(PATHOLOGICAL);
const input = (family: string, n: number) => JSON.stringify(PATHOLOGICAL[family]!(seedReport(), n));

/** An execution of a regular expression as validate() made it: what and where it searched. */
interface Execution {
  readonly regex: RegExp;
  readonly text: string;
  readonly start: number;
}

/**
 * The long tries next to a long try, of the regular expressions `run` executes: each execution
 * replayed one starting position at a time up to the one that matches, each try once on the whole
 * text and once on the text cut {@link REACH} characters after its start.
 */
function triesReadingAgain(run: () => unknown): number {
  const exec = RegExp.prototype.exec;
  const executions: Execution[] = [];
  RegExp.prototype.exec = function (this: RegExp, subject: string) {
    executions.push({ regex: this, text: String(subject), start: this.global || this.sticky ? this.lastIndex : 0 });
    return exec.call(this, subject);
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
  }
  const same = (a: RegExpExecArray | null, b: RegExpExecArray | null) =>
    a === b || (a !== null && b !== null && a.index === b.index && a[0] === b[0]);
  let again = 0;
  for (const { regex, text, start } of executions) {
    const sticky = new RegExp(regex.source, `${regex.flags.replace(/[gy]/g, '')}y`);
    let previousLong = false;
    for (let at = start; at + REACH < text.length; at++) {
      sticky.lastIndex = at;
      const whole = exec.call(sticky, text);
      sticky.lastIndex = at;
      const long = !same(whole, exec.call(sticky, text.slice(0, at + REACH)));
      if (long && previousLong) again++;
      previousLong = long;
      if (whole) break;
    }
  }
  return again;
}

/** Characters gone over by the regular-expression and string searches `run` makes. */
function charactersSearched(run: () => unknown): number {
  const exec = RegExp.prototype.exec;
  const { indexOf, lastIndexOf, includes, split } = String.prototype;
  let count = 0;
  // An execution goes over its subject from where it starts to the end of the match, or to the end
  // of the subject when nothing matched (a sticky one looks at where it starts only).
  RegExp.prototype.exec = function (this: RegExp, subject: string) {
    const start = this.global || this.sticky ? this.lastIndex : 0;
    const match = exec.call(this, subject);
    const text = String(subject);
    if (this.sticky) count += 1 + (match ? match[0].length : 0);
    else count += match ? match.index + match[0].length - start + 1 : text.length - start + 1;
    return match;
  };
  String.prototype.indexOf = function (this: string, search: string, from = 0) {
    const at = indexOf.call(this, search, from);
    count += (at === -1 ? this.length : at + search.length) - Math.max(0, from) + 1;
    return at;
  };
  String.prototype.lastIndexOf = function (this: string, search: string, from = Infinity) {
    const at = lastIndexOf.call(this, search, from);
    count += Math.min(this.length, from) - (at === -1 ? 0 : at) + 1;
    return at;
  };
  String.prototype.includes = function (this: string, search: string, from = 0) {
    return String.prototype.indexOf.call(this, search, from) !== -1;
  };
  String.prototype.split = function (this: string, separator: unknown, limit?: number) {
    if (typeof separator === 'string') count += this.length + 1;
    return split.call(this, separator as RegExp, limit);
  } as typeof split;
  try {
    run();
  } finally {
    Object.assign(RegExp.prototype, { exec });
    Object.assign(String.prototype, { indexOf, lastIndexOf, includes, split });
  }
  return count;
}

describe('validate() on pathological text', () => {
  it.each(families)(
    'retries no regular expression along %s',
    (family) => {
      const text = input(family, SIZES[1]);
      expect(triesReadingAgain(() => validate(text, { limits }))).toBe(0);
    },
    120_000,
  );

  it.each(families)(
    'searches text linearly in the size of %s',
    (family) => {
      const [small, large] = SIZES.map((n) => input(family, n)) as [string, string];
      const ratio =
        charactersSearched(() => validate(large, { limits })) / charactersSearched(() => validate(small, { limits }));
      expect(ratio).toBeLessThanOrEqual(12);
    },
    60_000,
  );
});
