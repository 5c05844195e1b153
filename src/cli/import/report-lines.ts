/**
 * What `zfxxgk import` prints about one import: the counts, the cells inferred or assumed with the
 * rule or choice of each, the labels that differ, the unread cells with why, the notes and the
 * validation of the report read.
 */
import type { countIssues, Issue } from '../../issues/issue.js';
import { ASSUMPTIONS } from '../../import/assumptions.js';
import type { ImportResult, Where } from '../../import/index.js';
import { INFERENCE_RULES } from '../../import/inference-rules.js';
import type { CommandEnv } from '../command.js';
import { say, type Lang } from '../messages/index.js';
import { countsText, issueLines, painter, terminalSafe } from '../output.js';

/** The validation of an imported report, as `--json` prints it. */
export interface ImportValidation {
  readonly ok: boolean;
  readonly counts: ReturnType<typeof countIssues>;
  readonly issues: readonly Issue[];
}

/** `第 12 行`, `第 4 页 (143.0, 612.3)`, `表格 2 第 5 行第 3 列` (or in English). */
function whereText(where: Where | undefined, lang: Lang): string {
  return where ? say(lang, 'where', where) : '';
}

/**
 * The lines of the summary of one import.
 * @example importLines('a.pdf', result, validation, process.stdout, process.env)[0] // 'a.pdf（PDF，2021 版表格）：读取 200/200 个单元格，完整'
 */
export function importLines(
  file: string,
  result: ImportResult,
  validation: ImportValidation | undefined,
  stream: { isTTY?: boolean },
  env: CommandEnv,
  lang: Lang = 'zh',
): string[] {
  const paint = painter(stream, env);
  const total = result.cells.length + result.unread.length;
  const inferred = result.cells.filter((c) => c.inferred);
  const assumed = result.cells.filter((c) => c.assumed);
  const verdict = result.complete ? paint.green(say(lang, 'complete')) : paint.red(say(lang, 'incomplete'));
  const head = say(lang, 'importHead', {
    file: paint.bold(terminalSafe(file)),
    kind: result.kind,
    edition: result.edition,
    read: result.cells.length - inferred.length - assumed.length,
    total,
    inferred: inferred.length,
    assumed: assumed.length,
    verdict,
  });
  const lines = [head];
  const paren = (text: string) => (lang === 'zh' ? `（${text}）` : ` (${text})`);
  const colon = lang === 'zh' ? '：' : ': ';
  if (inferred.length > 0) {
    lines.push(say(lang, 'inferredHead', { count: inferred.length }));
    for (const c of inferred)
      lines.push(
        `    ${terminalSafe(c.label)} = ${c.value}${colon}${INFERENCE_RULES[c.inferred!.rule][lang]}  ${paint.dim(`[${c.inferred!.rule}]`)}`,
      );
  }
  if (assumed.length > 0) {
    lines.push(say(lang, 'assumedHead', { count: assumed.length }));
    for (const c of assumed)
      lines.push(
        `    ${terminalSafe(c.label)} = ${c.value}${colon}${ASSUMPTIONS[c.assumed!.assumption][lang]}  ${paint.dim(`[${c.assumed!.assumption}]`)}`,
      );
  }
  if (result.labels.length > 0) {
    lines.push(say(lang, 'labelsHead', { count: result.labels.length }));
    for (const l of result.labels)
      lines.push(
        `    ${paint.dim(whereText(l.where, lang))}  “${terminalSafe(l.found)}” → “${terminalSafe(l.canonical)}”`,
      );
  }
  if (result.unread.length > 0) {
    lines.push(`  ${paint.red(say(lang, 'unreadHead', { count: result.unread.length }))}${colon.trimEnd()}`);
    for (const u of result.unread)
      lines.push(
        `    ${terminalSafe(u.label)}${colon}${terminalSafe(u.reason)}${u.where ? paint.dim(paren(whereText(u.where, lang))) : ''}  ${paint.dim(`[${u.code}]`)}`,
      );
  }
  const severity = {
    error: paint.red(say(lang, 'severityError')),
    warning: paint.yellow(say(lang, 'severityWarning')),
    info: paint.cyan(say(lang, 'severityInfo')),
  } as const;
  for (const n of result.notes)
    lines.push(
      `  ${severity[n.severity]}  ${terminalSafe(n.message)}${n.where ? paint.dim(paren(whereText(n.where, lang))) : ''}  ${paint.dim(`[${n.code}]`)}`,
    );
  if (validation) {
    lines.push(say(lang, 'checked', { counts: countsText(validation.counts, lang) }));
    for (const line of issueLines(
      validation.issues.filter((i) => i.severity === 'error'),
      stream,
      env,
      lang,
    ))
      lines.push(`  ${line}`);
  }
  return lines;
}
