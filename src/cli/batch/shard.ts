/**
 * `batch --shard i/n`: one slice of a batch, so that n machines (a Kubernetes Indexed Job, any job
 * array) render one list together, each report once. The slice depends on the list alone: the
 * reports are sorted by their output name (code units, not the machine's locale, with `/` between
 * folders), and shard i takes the i-th, (i+n)-th, … of them — every shard gets its share, and
 * shards started on different machines agree. In an Indexed Job the index comes from
 * `JOB_COMPLETION_INDEX` (0-based) and the total from `--shard-total` or `ZFXXGK_SHARD_TOTAL`.
 */
import { UsageError, type CommandEnv } from '../command.js';
import { terminalSafe } from '../output.js';
import type { BatchInput } from './inputs.js';

/** Which slice of the batch to render: shard `index` (1-based) of `total`. */
export interface Shard {
  readonly index: number;
  readonly total: number;
}

/** More shards than this is surely a typo (and would leave most of them empty). */
const MAX_SHARDS = 100_000;

const bad = (what: string) => new UsageError(what, 'SHARD');

function count(text: string, name: string): number {
  if (!/^\d+$/.test(text.trim()))
    throw bad(`${name} 应为整数，收到 “${terminalSafe(text)}” / ${name} takes a whole number`);
  return Number(text.trim());
}

function checkedTotal(total: number, name: string): number {
  if (total < 1 || total > MAX_SHARDS)
    throw bad(`${name} 应在 1 到 ${MAX_SHARDS} 之间，收到 ${total} / ${name}: 1 to ${MAX_SHARDS} shards`);
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
  notice: (line: string) => void,
): Shard | undefined {
  if (flag !== undefined) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(flag);
    if (!match) throw bad(`--shard 应写作 i/n（如 2/3，第 2 份，共 3 份），收到 “${terminalSafe(flag)}” / --shard i/n`);
    const total = checkedTotal(Number(match[2]), '--shard 的份数');
    const index = Number(match[1]);
    if (index < 1 || index > total)
      throw bad(`--shard ${index}/${total}：序号应在 1 到 ${total} 之间（从 1 起） / the index is 1 to ${total}`);
    return { index, total };
  }
  const totalText = totalFlag ?? env['ZFXXGK_SHARD_TOTAL'];
  const indexText = env['JOB_COMPLETION_INDEX'];
  const totalName = totalFlag !== undefined ? '--shard-total' : 'ZFXXGK_SHARD_TOTAL';
  if (totalText === undefined || totalText === '') {
    if (indexText !== undefined && indexText !== '')
      notice(
        `JOB_COMPLETION_INDEX=${terminalSafe(indexText)}，但没有给出总份数（--shard-total 或 ZFXXGK_SHARD_TOTAL），本次处理全部报告 / no shard total: the whole batch is rendered`,
      );
    return undefined;
  }
  const total = checkedTotal(count(totalText, totalName), totalName);
  if (indexText === undefined || indexText === '')
    throw bad(
      `给出了 ${totalName}=${total}，但没有 JOB_COMPLETION_INDEX；不在 Kubernetes Indexed Job 中时请用 --shard i/n / a total without JOB_COMPLETION_INDEX`,
    );
  const zeroBased = count(indexText, 'JOB_COMPLETION_INDEX');
  if (zeroBased >= total)
    throw bad(
      `JOB_COMPLETION_INDEX=${zeroBased} 超出范围：共 ${total} 份时应为 0 到 ${total - 1}（从 0 起） / the index is 0 to ${total - 1}`,
    );
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
