/**
 * `batch --shard i/n`: one slice of a batch, so that n machines (a Kubernetes Indexed Job, any job
 * array) render one list together, each report once. The slice depends on the list alone: the
 * reports are sorted by their output name (code units, not the machine's locale, with `/` between
 * folders), and shard i takes the i-th, (i+n)-th, … of them — every shard gets its share, and
 * shards started on different machines agree. In an Indexed Job the index comes from
 * `JOB_COMPLETION_INDEX` (0-based) and the total from `--shard-total` or `ZFXXGK_SHARD_TOTAL`.
 */
import { UsageError, type CommandEnv } from '../command.js';
import { cliText, type CliText } from '../messages/index.js';
import { terminalSafe } from '../output.js';
import type { BatchInput } from './inputs.js';

/** Which slice of the batch to render: shard `index` (1-based) of `total`. */
export interface Shard {
  readonly index: number;
  readonly total: number;
}

/** More shards than this is surely a typo (and would leave most of them empty). */
const MAX_SHARDS = 100_000;

const bad = (what: CliText) => new UsageError(what, 'SHARD');

function count(text: string, name: string): number {
  if (!/^\d+$/.test(text.trim())) throw bad(cliText('shardNumber', { name, given: terminalSafe(text) }));
  return Number(text.trim());
}

function checkedTotal(total: number, name?: string): number {
  if (total < 1 || total > MAX_SHARDS)
    throw bad(cliText('shardTotalRange', { ...(name ? { name } : {}), max: MAX_SHARDS, given: total }));
  return total;
}

/**
 * The shard a batch is asked to render, or `undefined` for the whole list.
 * @param flag `--shard` as given (`2/3`)
 * @param totalFlag `--shard-total` as given, for an index from `JOB_COMPLETION_INDEX`
 * @param env `JOB_COMPLETION_INDEX` (0-based) and `ZFXXGK_SHARD_TOTAL`
 * @param notice where to say that an index without a total is ignored
 * @throws UsageError (code `SHARD`) for a malformed or out-of-range value, or a total without an index
 * @example shardOf('2/3', undefined, {}) // { index: 2, total: 3 }
 */
export function shardOf(
  flag: string | undefined,
  totalFlag: string | undefined,
  env: CommandEnv,
  notice: (text: CliText) => void,
): Shard | undefined {
  if (flag !== undefined) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(flag);
    if (!match) throw bad(cliText('shardForm', { given: terminalSafe(flag) }));
    const total = checkedTotal(Number(match[2]));
    const index = Number(match[1]);
    if (index < 1 || index > total) throw bad(cliText('shardIndexRange', { index, total }));
    return { index, total };
  }
  const totalText = totalFlag ?? env['ZFXXGK_SHARD_TOTAL'];
  const indexText = env['JOB_COMPLETION_INDEX'];
  const totalName = totalFlag !== undefined ? '--shard-total' : 'ZFXXGK_SHARD_TOTAL';
  if (totalText === undefined || totalText === '') {
    if (indexText !== undefined && indexText !== '')
      notice(cliText('shardIndexWithoutTotal', { index: terminalSafe(indexText) }));
    return undefined;
  }
  const total = checkedTotal(count(totalText, totalName), totalName);
  if (indexText === undefined || indexText === '')
    throw bad(cliText('shardTotalWithoutIndex', { name: totalName, total }));
  const zeroBased = count(indexText, 'JOB_COMPLETION_INDEX');
  if (zeroBased >= total) throw bad(cliText('shardIndexOutOfRange', { index: zeroBased, total }));
  return { index: zeroBased + 1, total };
}

/** The output name a report is sorted by: the same on every machine. */
const sortName = (input: BatchInput) => input.stem.split(/[\\/]/).join('/');

/**
 * The reports of one shard, in the order of the sorted list.
 * @example shardInputs(inputs, { index: 1, total: 3 }) // the 1st, 4th, 7th … report by output name
 */
export function shardInputs(inputs: readonly BatchInput[], shard: Shard): BatchInput[] {
  const sorted = [...inputs].sort((a, b) => {
    const x = sortName(a);
    const y = sortName(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return sorted.filter((_, i) => i % shard.total === shard.index - 1);
}

/**
 * The summary files of a shard: each shard writes its own, so shards sharing an output folder
 * never overwrite one another's.
 * @example shardSummaryFiles(SUMMARY_FILES, { index: 2, total: 3 }).json // 'zfxxgk-summary.2-of-3.json'
 */
export function shardSummaryFiles<Names extends Readonly<Record<string, string>>>(
  names: Names,
  shard: Shard | undefined,
): Names {
  if (!shard) return { ...names };
  const tag = `.${shard.index}-of-${shard.total}`;
  // zfxxgk-summary.json → zfxxgk-summary.2-of-3.json, and so for every file of the summary.
  return Object.fromEntries(
    Object.entries(names).map(([key, name]) => [key, name.replace(/(\.[a-z]+)$/, `${tag}$1`)]),
  ) as Names;
}
