/** The words of `batch`: its usage errors, its shards, its roster and what it prints at the end. */
import { clerk, dev } from './kit.js';

/** Messages of `zfxxgk batch`. */
export const BATCH_MESSAGES = {
  batchNeedsOut: dev(
    () => '请用 --out 给出输出目录',
    () => 'give the output folder with --out',
  ),
  batchNeedsInputs: dev(
    () => '请给出报告所在的目录、通配符或文件',
    () => 'give the folders, globs or files of the reports',
  ),
  batchNeedsFormat: dev<{ names: readonly string[] }>(
    (p) => `--format 应列出至少一种格式：${p.names.join('、')}`,
    (p) => `--format lists at least one format: ${p.names.join(', ')}`,
  ),
  rosterWithShard: dev(
    () => '--roster 需要整个名单的报告，不能与分片同用；请在各分片完成后对全部报告单独运行',
    () => '--roster needs every report, not one shard: run it over all the reports once the shards are done',
  ),
  rosterOptionsAlone: dev(
    () => '--year 和 --roster-encoding 只与 --roster 一起使用',
    () => '--year and --roster-encoding go with --roster',
  ),
  rosterYear: dev(
    () => '--year 应为 2008 到 2100 之间的年度',
    () => '--year takes a year from 2008 to 2100',
  ),
  rosterInvalid: dev<{ file: string; lines: readonly string[] }>(
    (p) => [`名单 ${p.file} 有误，未处理任何报告：`, ...p.lines].join('\n'),
    (p) => [`the roster ${p.file} has mistakes; nothing was done:`, ...p.lines].join('\n'),
  ),
  rosterEmpty: dev<{ file: string }>(
    (p) => `名单 ${p.file} 中没有单位`,
    (p) => `the roster ${p.file} lists no unit`,
  ),
  rosterHead: clerk<{
    year: number;
    units: number;
    missing: number;
    extra: number;
    duplicates: number;
    matches: number;
    rollups: number;
    cells: number;
  }>(
    (p) =>
      `名单核对（${p.year} 年度，${p.units} 个单位）：未报送 ${p.missing}，名单外 ${p.extra}，重复报送 ${p.duplicates}，名称规范化后匹配 ${p.matches}；汇总报告 ${p.rollups} 份，不符 ${p.cells} 格`,
    (p) =>
      `roster (${p.year}, ${p.units} units): ${p.missing} missing, ${p.extra} not on the roster, ${p.duplicates} duplicate, ${p.matches} matched after normalising names; ${p.rollups} roll-up report(s), ${p.cells} cell(s) off`,
  ),
  shardNumber: dev<{ name: string; given: string }>(
    (p) => `${p.name} 应为整数，收到 “${p.given}”`,
    (p) => `${p.name} takes a whole number, not “${p.given}”`,
  ),
  /** `name` is the variable or option giving the total; none for the n of `--shard i/n`. */
  shardTotalRange: dev<{ name?: string; max: number; given: number }>(
    (p) => `${p.name ?? '--shard 的份数'} 应在 1 到 ${p.max} 之间，收到 ${p.given}`,
    (p) => `${p.name ?? 'the total of --shard'}: 1 to ${p.max} shards, not ${p.given}`,
  ),
  shardForm: dev<{ given: string }>(
    (p) => `--shard 应写作 i/n（如 2/3，第 2 份，共 3 份），收到 “${p.given}”`,
    (p) => `--shard takes i/n (2/3: the second of three), not “${p.given}”`,
  ),
  shardIndexRange: dev<{ index: number; total: number }>(
    (p) => `--shard ${p.index}/${p.total}：序号应在 1 到 ${p.total} 之间（从 1 起）`,
    (p) => `--shard ${p.index}/${p.total}: the index is 1 to ${p.total}`,
  ),
  shardTotalWithoutIndex: dev<{ name: string; total: number }>(
    (p) => `给出了 ${p.name}=${p.total}，但没有 JOB_COMPLETION_INDEX；不在 Kubernetes Indexed Job 中时请用 --shard i/n`,
    (p) => `${p.name}=${p.total} without JOB_COMPLETION_INDEX: outside a Kubernetes Indexed Job use --shard i/n`,
  ),
  shardIndexWithoutTotal: dev<{ index: string }>(
    (p) => `JOB_COMPLETION_INDEX=${p.index}，但没有给出总份数（--shard-total 或 ZFXXGK_SHARD_TOTAL），本次处理全部报告`,
    (p) =>
      `JOB_COMPLETION_INDEX=${p.index} without a shard total (--shard-total or ZFXXGK_SHARD_TOTAL): the whole batch is rendered`,
  ),
  shardIndexOutOfRange: dev<{ index: number; total: number }>(
    (p) => `JOB_COMPLETION_INDEX=${p.index} 超出范围：共 ${p.total} 份时应为 0 到 ${p.total - 1}（从 0 起）`,
    (p) => `JOB_COMPLETION_INDEX=${p.index} is out of range: with ${p.total} shards it is 0 to ${p.total - 1}`,
  ),
  collisions: dev<{ lines: readonly string[] }>(
    (p) =>
      ['这些输出会互相覆盖或覆盖输入文件，未写任何文件；请给报告改名、分开处理或换输出目录：', ...p.lines].join('\n'),
    (p) => ['these outputs would overwrite each other or an input; nothing was written:', ...p.lines].join('\n'),
  ),
  invalidLabel: clerk(
    () => '有错误',
    () => 'invalid',
  ),
  failedLabel: clerk(
    () => '失败',
    () => 'failed',
  ),
  invalidLine: clerk<{ file: string; errors: number; first: string; drafts: readonly string[] }>(
    (p) =>
      `${p.file}：${p.errors} 个错误，首个：${p.first}${p.drafts.length ? `；已生成草稿 ${p.drafts.join('、')}` : ''}`,
    (p) =>
      `${p.file}: ${p.errors} error(s), the first: ${p.first}${p.drafts.length ? `; drafts in ${p.drafts.join(', ')}` : ''}`,
  ),
  done: clerk(
    () => '完成',
    () => 'done',
  ),
  interrupted: clerk(
    () => '已中断',
    () => 'interrupted',
  ),
  batchTotals: clerk<{
    state: string;
    reports: number;
    rendered: number;
    skipped: number;
    invalid: number;
    failed: number;
    interrupted: number;
    retried: number;
    seconds: string;
  }>(
    (p) =>
      `${p.state}：共 ${p.reports} 份，生成 ${p.rendered}，跳过（已是最新）${p.skipped}，有错误 ${p.invalid}，失败 ${p.failed}${p.interrupted ? `，未完成 ${p.interrupted}` : ''}${p.retried ? `，其中 ${p.retried} 份在浏览器崩溃后重试成功` : ''}；用时 ${p.seconds} 秒`,
    (p) =>
      `${p.state}: ${p.reports} report(s), ${p.rendered} rendered, ${p.skipped} skipped (up to date), ${p.invalid} invalid, ${p.failed} failed${p.interrupted ? `, ${p.interrupted} not finished` : ''}${p.retried ? `, ${p.retried} retried after a browser crash` : ''}; ${p.seconds} s`,
  ),
  copiesLabel: clerk(
    () => '雷同',
    () => 'copies',
  ),
  copiesHead: clerk<{ pairs: number }>(
    (p) => `${p.pairs} 对报告有相同或几乎相同的段落`,
    (p) => `${p.pairs} pair(s) of reports share the same or nearly the same paragraphs`,
  ),
  copiesPair: clerk<{ a: string; b: string; percent: number; paragraphs: number }>(
    (p) => `  ${p.a} · ${p.b}：${p.percent}%（${p.paragraphs} 段）`,
    (p) => `  ${p.a} · ${p.b}: ${p.percent}% (${p.paragraphs} paragraph(s))`,
  ),
  shardLine: clerk<{ index: number; total: number; listed: number }>(
    (p) => `分片：第 ${p.index} 份，共 ${p.total} 份（全部 ${p.listed} 份报告）`,
    (p) => `shard ${p.index} of ${p.total} (${p.listed} reports in all)`,
  ),
  summaryFiles: clerk<{ files: readonly string[] }>(
    (p) => `汇总：${p.files.join('、')}`,
    (p) => `summary: ${p.files.join(', ')}`,
  ),
} as const;
