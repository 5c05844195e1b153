/**
 * What the templates draw: a report turned into plain view data — title lines, numbered
 * sub-headings, the table grids with their values printed exactly as given, the closing agency and
 * date. It reads its input defensively, so a draft of a broken report can still be drawn.
 */
import { readPath } from '../util/path.js';
import { getEdition, CURRENT_FORMAT } from '../format/editions.js';
import { tableGrid, type GridCell, type TableGrid } from '../format/grid.js';
import { sectionHeading } from '../format/labels.js';
import type { EditionSpec } from '../format/spec-types.js';
import type { Issue } from '../issues/issue.js';
import { isIsoDate, parseIsoDate } from '../model/dates.js';
import { plainDecimal } from '../model/decimal.js';
import { titleLines } from './title.js';

const CHINESE_ORDINALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
];

export type BlockView =
  | { readonly paragraph: true; readonly text: string }
  | {
      readonly paragraph: false;
      /** `（一）` */
      readonly number: string;
      readonly heading: string;
      readonly runIn: boolean;
      /** With `runIn`, the first paragraph is printed after the heading on its line. */
      readonly lead?: string;
      readonly paragraphs: readonly string[];
    };

/** A grid cell as the templates draw it (spans only when more than 1). */
export interface CellView {
  readonly kind: GridCell['kind'];
  readonly text: string;
  readonly header: boolean;
  readonly scope?: GridCell['scope'];
  readonly rowspan?: number;
  readonly colspan?: number;
}

export interface TableView {
  readonly key: string;
  readonly name: string;
  /** `表三 收到和处理政府信息公开申请情况`, for the caption. */
  readonly caption: string;
  /** Column widths as CSS percentages. */
  readonly colWidths: readonly string[];
  readonly head: readonly (readonly CellView[])[];
  readonly body: readonly (readonly CellView[])[];
  /** The grid as made from the format description. */
  readonly grid: TableGrid;
}

export interface SectionView {
  readonly key: string;
  /** `一、总体情况` */
  readonly heading: string;
  readonly blocks?: readonly BlockView[];
  readonly table?: TableView;
  /** True when a draft's section is missing from the input. */
  readonly missing: boolean;
}

export interface IssueView {
  readonly severity: Issue['severity'];
  readonly severityText: string;
  readonly code: string;
  readonly message: string;
}

export interface ReportView {
  readonly format: string;
  readonly title: string;
  readonly titleLines: readonly string[];
  readonly agency: string;
  readonly year: string;
  /** `2024年1月27日`, or empty when the report has no (valid) date. */
  readonly date: string;
  /** The same date as written in the report (`2024-01-27`), or empty: documents take their creation date from it. */
  readonly publishedAt: string;
  readonly preamble: readonly BlockView[];
  readonly sections: readonly SectionView[];
  readonly draft: boolean;
  readonly issues: readonly IssueView[];
}

/** Prints a cell exactly as given: no thousands separators, no rounding, no exponent (`0.0000001`). */
export function printValue(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? plainDecimal(value) : '';
  if (typeof value === 'string') return value;
  return '';
}

/**
 * `2024-01-27` → `2024年1月27日` (no leading zeros, GB/T 9704).
 * @throws RangeError when `iso` is not an existing date written `YYYY-MM-DD`
 */
export function chineseDate(iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`not a date written YYYY-MM-DD: ${JSON.stringify(iso)}`);
  return `${String(date.year).padStart(4, '0')}年${date.month}月${date.day}日`;
}

/** The default title: `${agency}${year}年政府信息公开工作年度报告`. */
export function defaultTitle(agency: string, year: string | number): string {
  return `${agency}${year}年政府信息公开工作年度报告`;
}

function blocks(value: unknown): BlockView[] {
  if (!Array.isArray(value)) return [];
  let ordinal = 0;
  const out: BlockView[] = [];
  for (const block of value as unknown[]) {
    if (typeof block === 'string') out.push({ paragraph: true, text: block });
    else if (block !== null && typeof block === 'object') {
      const { heading, paragraphs, runIn } = block as { heading?: unknown; paragraphs?: unknown; runIn?: unknown };
      const texts = Array.isArray(paragraphs) ? paragraphs.filter((p): p is string => typeof p === 'string') : [];
      const number = `（${CHINESE_ORDINALS[ordinal] ?? String(ordinal + 1)}）`;
      ordinal++;
      const inline = runIn === true && texts.length > 0;
      out.push({
        paragraph: false,
        number,
        heading: typeof heading === 'string' ? heading : '',
        runIn: inline,
        ...(inline ? { lead: texts[0]! } : {}),
        paragraphs: inline ? texts.slice(1) : texts,
      });
    }
  }
  return out;
}

function cellView(cell: GridCell): CellView {
  return {
    kind: cell.kind,
    text: cell.text,
    header: cell.kind !== 'value' && cell.kind !== 'corner',
    ...(cell.scope ? { scope: cell.scope } : {}),
    ...(cell.rowspan > 1 ? { rowspan: cell.rowspan } : {}),
    ...(cell.colspan > 1 ? { colspan: cell.colspan } : {}),
  };
}

function tableView(grid: TableGrid, caption: string): TableView {
  const total = grid.widths.reduce((a, b) => a + b, 0);
  return {
    key: grid.key,
    name: grid.name,
    caption,
    colWidths: grid.widths.map((w) => `${((w / total) * 100).toFixed(3)}%`),
    head: grid.head.map((row) => row.map(cellView)),
    body: grid.body.map((row) => row.map(cellView)),
    grid,
  };
}

const SEVERITY_TEXT = { error: '错误', warning: '警告', info: '提示' } as const;

/**
 * Builds the view of a report.
 * @param input a report (validated, or any object for a draft)
 * @param options `draft` draws a draft of a report with errors, listing `issues` on a last page
 */
export function reportView(input: unknown, options: { draft?: boolean; issues?: readonly Issue[] } = {}): ReportView {
  const get = (...path: string[]) => readPath(input, path);
  const spec: EditionSpec = getEdition(get('format')) ?? getEdition(CURRENT_FORMAT)!;
  const agency = typeof get('agency') === 'string' ? (get('agency') as string) : '';
  const yearValue = get('year');
  const year = typeof yearValue === 'number' ? String(yearValue) : '';
  const title = typeof get('title') === 'string' ? (get('title') as string) : defaultTitle(agency, year);
  const published = get('publishedAt');
  const publishedAt = typeof published === 'string' && isIsoDate(published) ? published : '';
  const date = publishedAt ? chineseDate(publishedAt) : '';

  const sections: SectionView[] = spec.sections.map((section) => {
    const value = get(section.key);
    const heading = sectionHeading(section);
    if (section.body === 'narrative') {
      return { key: section.key, heading, blocks: blocks(value), missing: value === undefined };
    }
    const table = spec.tables.find((t) => t.key === section.key)!;
    const grid = tableGrid(table, (path) => printValue(readPath(input, path)));
    return {
      key: section.key,
      heading,
      table: tableView(grid, `${grid.name} ${section.title}`),
      missing: value === undefined,
    };
  });

  return {
    format: spec.format,
    title,
    titleLines: titleLines(title, 20, agency),
    agency,
    year,
    date,
    publishedAt,
    preamble: blocks(get('preamble')),
    sections,
    draft: options.draft === true,
    issues: (options.issues ?? []).map((i) => ({
      severity: i.severity,
      severityText: SEVERITY_TEXT[i.severity],
      code: i.code,
      message: i.message,
    })),
  };
}
