/**
 * The patterns of published tables the importer must read, made by editing our own HTML render of
 * a report: a single-row （六）其他处理, a value cell merged over rows, table 二 without the 规章 row.
 */
import { createHtmlRenderer } from '../../../src/html/index.js';
import { seedReport } from '../../helpers/reports.js';

const html = createHtmlRenderer();

/** Our HTML page of a report (the seed report by default). */
export const page = async (report: Record<string, unknown> = seedReport()) => (await html.render(report)).body;

/** The three rows of （六）其他处理 printed as one row of the given figures (the 2019 style). */
export const singleRowOther = (body: string, figures: readonly string[]) =>
  body.replace(
    /<tr><th[^>]*rowspan="3">（六）其他处理<\/th>[^]*?<\/tr>\n<tr>[^]*?<\/tr>\n<tr>[^]*?<\/tr>/,
    `<tr><th class="zfxxgk-rowHeader" scope="row" colspan="2">（六）其他处理</th>${figures.map((f) => `<td>${f}</td>`).join('')}</tr>`,
  );

/** The value cells of （六） rows `first`..`last` (1–3) in column `column` (1–7) merged into one cell printing `figure`. */
export function mergeOther(body: string, column: number, first: number, last: number, figure: string): string {
  const labels = ['1.申请人无正当理由', '2.申请人逾期未按', '3.其他<'];
  return mergeRows(body, labels.slice(first - 1, last), column, figure);
}

/** The value cells in column `column` (1-based) of the rows labelled `labels` (a prefix of each label, in order) merged into one cell printing `figure`. */
export function mergeRows(body: string, labels: readonly string[], column: number, figure: string): string {
  let out = body;
  labels.forEach((label, row) => {
    const at = out.indexOf(label);
    const rowEnd = out.indexOf('</tr>', at);
    let cell = at;
    for (let i = 0; i < column; i++) cell = out.indexOf('<td class="zfxxgk-value">', cell + 1);
    const end = out.indexOf('</td>\n', cell) + '</td>\n'.length;
    if (at < 0 || cell < 0 || cell > rowEnd) throw new Error('no such cell');
    const replacement = row === 0 ? `<td class="zfxxgk-value" rowspan="${labels.length}">${figure}</td>\n` : '';
    out = out.slice(0, cell) + replacement + out.slice(end);
  });
  return out;
}

/** The seed report as published by another agency. */
export function publishedBy(agency: string) {
  const report = seedReport();
  report['title'] = String(report['title']).replace(String(report['agency']), agency);
  report['agency'] = agency;
  return report;
}

/** The page without table 二's 规章 row. */
export const withoutRegulationsRow = (body: string) =>
  body.replace(/<tr><th class="zfxxgk-rowHeader" scope="row">规章<\/th>[^]*?<\/tr>\n/, '');

/** Where the `nth` (1-based) value cell after the first `anchor` is: its start, content start and end. */
function valueCellAfter(body: string, anchor: string, nth: number): { start: number; content: number; end: number } {
  let at = body.indexOf(anchor);
  if (at < 0) throw new Error(`no ${anchor}`);
  for (let i = 0; i < nth; i++) at = body.indexOf('<td class="zfxxgk-value"', at + 1);
  if (at < 0) throw new Error(`no value cell ${nth} after ${anchor}`);
  const content = body.indexOf('>', at) + 1;
  return { start: at, content, end: body.indexOf('</td>', content) };
}

/**
 * The `nth` value cell after `anchor` with its digits placed one by one, `gap` apart, as some
 * PDF makers place glyphs: the text layer then gives each digit alone.
 */
export function spacedDigits(body: string, anchor: string, nth: number, gap: string): string {
  const cell = valueCellAfter(body, anchor, nth);
  const digits = [...body.slice(cell.content, cell.end)];
  const spaced = digits.map((d, i) => (i === 0 ? `<span>${d}</span>` : `<span style="margin-left:${gap}">${d}</span>`));
  // Kept on one line, as a PDF maker places them: a narrow column must not wrap the digits.
  return `${body.slice(0, cell.content)}<span style="white-space:nowrap">${spaced.join('')}</span>${body.slice(cell.end)}`;
}

/** The `nth` value cell after `anchor` printing `text` instead of its figure. */
export function strayMark(body: string, anchor: string, nth: number, text: string): string {
  const cell = valueCellAfter(body, anchor, nth);
  return body.slice(0, cell.content) + text + body.slice(cell.end);
}
