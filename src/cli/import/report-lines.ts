/**
 * What `zfxxgk import` prints about one import: the counts, the cells inferred or assumed with the
 * rule or choice of each, the labels that differ, the unread cells with why, the notes and the
 * validation of the report read.
 */
import type { countIssues, Issue } from '../../issues/issue.js';
import { ASSUMPTIONS } from '../../import/assumptions.js';
import type { ImportKind, ImportResult, Where } from '../../import/index.js';
import { INFERENCE_RULES } from '../../import/inference-rules.js';
import type { CommandEnv } from '../command.js';
import { countsText, issueLines, painter, terminalSafe } from '../output.js';

/** How the CLI names each kind of input. */
export const KIND_ZH: Record<ImportKind, string> = {
  text: '文本',
  docx: 'Word',
  html: '网页',
  pdf: 'PDF',
  xlsx: 'Excel',
};

/** The validation of an imported report, as `--json` prints it. */
export interface ImportValidation {
  readonly ok: boolean;
  readonly counts: ReturnType<typeof countIssues>;
  readonly issues: readonly Issue[];
}

/** `第 12 行`, `第 4 页 (143.0, 612.3)`, `表格 2 第 5 行第 3 列`. */
function whereText(where: Where | undefined): string {
  if (!where) return '';
  const parts: string[] = [];
  if (where.page !== undefined)
    parts.push(`第 ${where.page} 页${where.x !== undefined ? ` (${where.x}, ${where.y})` : ''}`);
  if (where.line !== undefined) parts.push(`第 ${where.line} 行`);
  if (where.paragraph !== undefined) parts.push(`第 ${where.paragraph} 段`);
  if (where.sheet !== undefined) parts.push(`工作表 ${where.sheet}${where.cell ? ` ${where.cell}` : ''}`);
  if (where.page === undefined && where.line === undefined && where.table !== undefined)
    parts.push(`表格 ${where.table} 第 ${where.row} 行第 ${where.column} 列`);
  return parts.join(' ');
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
): string[] {
  const paint = painter(stream, env);
  const total = result.cells.length + result.unread.length;
  const inferred = result.cells.filter((c) => c.inferred);
  const assumed = result.cells.filter((c) => c.assumed);
  const verdict = result.complete ? paint.green('完整') : paint.red('不完整');
  const lines = [
    `${paint.bold(terminalSafe(file))}（${KIND_ZH[result.kind]}，${result.edition} 版表格）：读取 ${result.cells.length - inferred.length - assumed.length}/${total} 个单元格，${inferred.length > 0 ? `推断 ${inferred.length} 个，` : ''}${assumed.length > 0 ? `按假设填入 ${assumed.length} 个，` : ''}${verdict}`,
  ];
  if (inferred.length > 0) {
    lines.push(`  推断的单元格 ${inferred.length} 个（原文未单独印出，由页面确定）：`);
    for (const c of inferred)
      lines.push(
        `    ${terminalSafe(c.label)} = ${c.value}：${INFERENCE_RULES[c.inferred!.rule].zh}  ${paint.dim(`[${c.inferred!.rule}]`)}`,
      );
  }
  if (assumed.length > 0) {
    lines.push(`  按所选假设填入的单元格 ${assumed.length} 个（页面未确定，由 --assume 决定）：`);
    for (const c of assumed)
      lines.push(
        `    ${terminalSafe(c.label)} = ${c.value}：${ASSUMPTIONS[c.assumed!.assumption].zh}  ${paint.dim(`[${c.assumed!.assumption}]`)}`,
      );
  }
  if (result.labels.length > 0) {
    lines.push(`  与格式不同的标题或标签 ${result.labels.length} 处：`);
    for (const l of result.labels)
      lines.push(`    ${paint.dim(whereText(l.where))}  “${terminalSafe(l.found)}” → “${terminalSafe(l.canonical)}”`);
  }
  if (result.unread.length > 0) {
    lines.push(`  ${paint.red(`未读单元格 ${result.unread.length} 个`)}：`);
    for (const u of result.unread)
      lines.push(
        `    ${terminalSafe(u.label)}：${terminalSafe(u.reason)}${u.where ? paint.dim(`（${whereText(u.where)}）`) : ''}  ${paint.dim(`[${u.code}]`)}`,
      );
  }
  const severity = { error: paint.red('错误'), warning: paint.yellow('警告'), info: paint.cyan('提示') } as const;
  for (const n of result.notes)
    lines.push(
      `  ${severity[n.severity]}  ${terminalSafe(n.message)}${n.where ? paint.dim(`（${whereText(n.where)}）`) : ''}  ${paint.dim(`[${n.code}]`)}`,
    );
  if (validation) {
    lines.push(`  校验：${countsText(validation.counts)}`);
    for (const line of issueLines(
      validation.issues.filter((i) => i.severity === 'error'),
      stream,
      env,
    ))
      lines.push(`  ${line}`);
  }
  return lines;
}
