/**
 * Plain text as extracted from a Word file: one paragraph per line, and tables one cell per line,
 * each cell line starting with a tab, rows separated by an empty line, merged cells appearing as
 * empty cells or as cells with leading empty lines (the seed report's layout). Also understood: a
 * row on one line with tab-separated cells, and a row label followed by its numbers on one line
 * (text copied from a web page or a PDF).
 */
import { matchSectionHeading, type FormatLabels } from './format-labels.js';
import { SkipTally, type ImportLimits } from './limits.js';
import { looksLikeValue } from './numbers.js';
import { GridBudget, type SourceDoc, type SourceItem, type SpannedCell } from './source.js';

/** A page number left by text extracted from a PDF: `-3-`, `— 3 —`. */
const PAGE_NUMBER = /^[\s\u3000]*[-—–－]+[\s\u3000]*\d{1,4}[\s\u3000]*[-—–－]+[\s\u3000]*$/u;

/**
 * Word's hidden bookmarks and similar artefacts of text extraction. The body stops at the next `[`
 * too, so that each character is looked at a bounded number of times (a line of `[bookmark`
 * without a `]` would otherwise be scanned to its end from every `[`).
 */
const ARTEFACTS = /\[(?:bookmark|image|comment)[^\]\n[]*\]/gi;

/**
 * Longest text taken for a row label before the numbers of a one-line row, in characters: the
 * format's longest row label is about 30, and a head of hundreds of words is no label.
 */
const MAX_ROW_HEAD = 120;

/**
 * Reads plain text into paragraphs and tables.
 * @param text the file's text
 * @param labels the format's labels (to tell a heading after a table from a merged cell's text)
 * @param limits the import's limits: lines longer than `lineChars` are not read, tables past `tableCells` neither
 */
export function readText(text: string, labels: FormatLabels, limits: ImportLimits): SourceDoc {
  const tooLong = new SkipTally('lineChars', limits.lineChars);
  // Overlong lines are blanked before anything else looks at them (line numbers stay right).
  const lines = text
    .replace(/^\ufeff/, '')
    .split(/\r\n?|\n/)
    .map((line, i) => {
      if (line.length <= limits.lineChars) return line.replace(ARTEFACTS, '');
      tooLong.skip(line.length, { line: i + 1 });
      return '';
    });
  const grids = new GridBudget(limits);
  const items: SourceItem[] = [];
  let tables = 0;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.startsWith('\t')) {
      const { rows, end } = readTabTable(lines, i, labels);
      const grid = grids.expand(rows, ++tables, { line: i + 1 });
      if (grid) items.push({ kind: 'table', rows: grid, where: { line: i + 1 } });
      i = end;
      continue;
    }
    const inline = inlineRow(line, i + 1, labels);
    if (inline) {
      const grid = grids.expand([inline], ++tables, { line: i + 1 });
      if (grid) items.push({ kind: 'table', rows: grid, where: { line: i + 1 } });
    } else if (line.trim() !== '' && !PAGE_NUMBER.test(line))
      items.push({ kind: 'paragraph', text: line.trim(), where: { line: i + 1 } });
    i++;
  }
  return { items, notes: [...tooLong.notes(), ...grids.notes()] };
}

interface OpenCell {
  parts: string[];
  line: number;
}

/** Reads the table that starts at line `start`; returns its rows and the first line after it. */
function readTabTable(
  lines: readonly string[],
  start: number,
  labels: FormatLabels,
): { rows: SpannedCell[][]; end: number } {
  const rows: SpannedCell[][] = [];
  let row: OpenCell[] = [];
  const flush = () => {
    if (row.length > 0) rows.push(row.map(toCell));
    row = [];
  };
  let j = start;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.startsWith('\t')) {
      const content = line.slice(1);
      if (content.includes('\t')) {
        flush();
        rows.push(content.split('\t').map((text) => toCell({ parts: [text], line: j + 1 })));
      } else row.push({ parts: [content], line: j + 1 });
      continue;
    }
    if (line.trim() === '') {
      if (lines[j + 1]?.startsWith('\t')) flush();
      continue;
    }
    // Text without a tab: a merged cell's later lines, or the end of the table.
    const next = nextNonEmpty(lines, j + 1);
    const continues =
      row.length > 0 &&
      next !== undefined &&
      lines[next]!.startsWith('\t') &&
      !matchSectionHeading(labels, line.trim());
    if (!continues) break;
    row[row.length - 1]!.parts.push(line);
  }
  flush();
  return { rows, end: j };
}

function nextNonEmpty(lines: readonly string[], from: number): number | undefined {
  for (let k = from; k < lines.length; k++) if (lines[k]!.trim() !== '') return k;
  return undefined;
}

function toCell(cell: OpenCell): SpannedCell {
  const kept = cell.parts.filter((p) => p.trim() !== '');
  const text = kept.length <= 1 ? (kept[0] ?? cell.parts[0] ?? '') : kept.map((p) => p.trim()).join('');
  return { text, where: { line: cell.line }, rowspan: 1, colspan: 1 };
}

/**
 * A row written on one line: a known row label followed by its numbers (`规章 0 0 0`), or a line of
 * at least 15 numbers (table 四's data row).
 */
function inlineRow(line: string, lineNumber: number, labels: FormatLabels): SpannedCell[] | undefined {
  const tokens = line.trim().split(/[\s\u3000]+/u);
  if (tokens.length < 2) return undefined;
  let first = tokens.length;
  while (first > 0 && looksLikeValue(tokens[first - 1]!)) first--;
  const values = tokens.slice(first);
  if (values.length === 0) return undefined;
  const cell = (text: string): SpannedCell => ({ text, where: { line: lineNumber }, rowspan: 1, colspan: 1 });
  if (first === 0) return values.length >= 15 ? values.map(cell) : undefined;
  // The row label is the last words before the numbers (a group label may come first: `三、本年度办理结果 （一）予以公开`):
  // the longest run of last words that names a row, among those short enough to be a label.
  const heads: string[] = [];
  for (let k = first - 1, head = ''; k >= 0; k--) {
    head = tokens[k]! + head;
    if (head.length > MAX_ROW_HEAD) break;
    heads.push(head);
  }
  const head = heads
    .reverse()
    .find((h) => labels.table(h)?.targets.some((t) => t.kind === 'blockRow' || t.kind === 'row'));
  return head === undefined ? undefined : [cell(head), ...values.map(cell)];
}
