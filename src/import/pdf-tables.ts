/**
 * Rebuilding a table from a PDF's text layer, led by the labels the format knows. Label text is
 * split by its left edge (or centre) into lanes, the label columns of the grid; the lines of each lane are
 * joined, top to bottom, into the longest known labels they spell (a label wraps over several
 * lines, its numbers sit on the middle one). Each row label is then paired with the line of
 * numbers it spans vertically, and the numbers are put in their columns by position, a missing
 * one (a blank cell) by the columns of the full rows around it.
 */
import type { FormatLabels, TableLabel } from './format-labels.js';
import { qualityRank, type LabelMatch } from './labels.js';
import type { NoteDraft } from './notes.js';
import { isValueText, joinSplitDigits } from './pdf-figures.js';
import { round } from './pdf-paragraphs.js';
import {
  columnsOf,
  mergeWrappedValues,
  rowlessColumns,
  type CellDraft,
  type Frag,
  type Span,
  type ValueLine,
} from './pdf-cells.js';
import type { PdfLine } from './pdf-text.js';
import type { Where } from './report.js';
import type { SourceCell, SourceTable } from './source.js';

const MAX_LINES_PER_LABEL = 10;

/**
 * Rebuilds the table(s) in a stretch of lines.
 * @param lines the lines under a table section's heading
 * @param labels the format's labels
 * @param number the table's number in the document
 */
export function pdfTable(
  lines: readonly PdfLine[],
  labels: FormatLabels,
  number: number,
): { table: SourceTable; notes: NoteDraft[] } {
  const valueLines: ValueLine[] = [];
  const labelFrags: Frag[] = [];
  const isLabel = (text: string) => labels.table(text) !== undefined;
  for (const line of lines) {
    const kinds = line.segments.map((s) => isValueText(s.text, isLabel));
    const values = line.segments.filter((_, i) => kinds[i]).map((seg) => ({ seg, page: line.page }));
    if (values.length > 0) valueLines.push({ page: line.page, y: line.y, values: joinSplitDigits(values) });
    line.segments.forEach((seg, i) => {
      if (!kinds[i]) labelFrags.push({ seg, page: line.page });
    });
  }
  mergeWrappedValues(valueLines, lines);
  const spans = lanes(labelFrags).flatMap((lane) => spell(lane, labels));
  const pairs = pair(spans, valueLines);
  const where = (f: Frag): Where => ({ page: f.page, x: round(f.seg.x), y: round(f.seg.y), table: number });
  const rows: { page: number; y: number; cells: CellDraft[] }[] = [];
  const notes: NoteDraft[] = [];
  for (const { span, line } of [...pairs, ...blankRows(spans, pairs, valueLines)]) {
    const label = { text: span.frags.map((f) => f.seg.text).join(''), where: where(span.frags[0]!) };
    const placed = columnsOf(span, line, pairs, spans);
    if (!placed)
      notes.push({
        code: 'COLUMNS_UNKNOWN',
        params: { label: label.text, values: line.values.map((f) => f.seg.text).join(' ') },
        where: label.where,
      });
    const cells = (placed ?? []).map((v) => ('seg' in v ? { text: v.seg.text, where: where(v) } : v));
    rows.push({ page: line.page, y: line.y, cells: [label, ...cells] });
  }
  const paired = new Set(pairs.map((p) => p.line));
  for (const line of valueLines) {
    if (paired.has(line)) continue;
    const shown = line.values.map((f) => f.seg.text).join(' ');
    const { cells, underHeader } = rowlessColumns(line, spans);
    if (!cells)
      notes.push({
        code: 'COLUMNS_UNKNOWN',
        params: { table: labels.spec.tables.find((t) => t.kind === 'matrix' && !t.rows)?.key ?? '', values: shown },
        where: where(line.values[0]!),
      });
    else
      rows.push({
        page: line.page,
        y: line.y,
        cells: cells.map((v) => ('seg' in v ? { text: v.seg.text, where: where(v) } : v)),
      });
    if (!underHeader) notes.push({ code: 'UNPLACED_VALUES', params: { values: shown }, where: where(line.values[0]!) });
  }
  for (const header of headerRows(spans))
    rows.push({
      ...header,
      cells: header.spans.map((s) => ({ text: s.frags.map((f) => f.seg.text).join(''), where: where(s.frags[0]!) })),
    });
  rows.sort((a, b) => a.page - b.page || a.y - b.y);
  const grid: SourceCell[][] = rows.map((row, r) =>
    row.cells.map((c, k) => ({ text: c.text, where: c.where, origin: `${r}:${k}` })),
  );
  return {
    table: { kind: 'table', rows: grid, where: lines[0] ? { page: lines[0].page, table: number } : { table: number } },
    notes,
  };
}

/**
 * Label fragments grouped into lanes — the label columns of the grid — each top to bottom: on one
 * page, fragments that start at the same x (left-aligned cells), or lines next to each other that
 * share their centre (a centred cell), are in the same lane.
 */
function lanes(frags: readonly Frag[]): Frag[][] {
  const parent = frags.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const centre = (f: Frag) => (f.seg.x + f.seg.x2) / 2;
  frags.forEach((a, i) => {
    for (let j = i + 1; j < frags.length; j++) {
      const b = frags[j]!;
      const tol = 0.6 * Math.min(a.seg.size, b.seg.size);
      if (a.page !== b.page) continue;
      const sameStart = Math.abs(a.seg.x - b.seg.x) <= tol;
      // Centres are compared only between neighbouring lines (the lines of one centred cell).
      const sameCentre =
        Math.abs(centre(a) - centre(b)) <= tol && Math.abs(a.seg.y - b.seg.y) <= 2.2 * Math.max(a.seg.size, b.seg.size);
      if (sameStart || sameCentre) parent[find(j)] = find(i);
    }
  });
  const groups = new Map<number, Frag[]>();
  frags.forEach((f, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), f]);
  });
  return [...groups.values()].map((l) => l.sort((a, b) => a.seg.y - b.seg.y));
}

/** The known labels a lane spells, each from the longest run of consecutive lines that matches best. */
function spell(lane: readonly Frag[], labels: FormatLabels): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < lane.length) {
    let best: { match: LabelMatch<TableLabel>; k: number } | undefined;
    let text = '';
    for (let k = 1; k <= MAX_LINES_PER_LABEL && i + k <= lane.length; k++) {
      const f = lane[i + k - 1]!;
      if (k > 1 && f.seg.y - lane[i + k - 2]!.seg.y > 2.5 * f.seg.size) break;
      text += f.seg.text;
      const match = labels.table(text);
      if (match && (!best || qualityRank(match.quality) >= qualityRank(best.match.quality))) best = { match, k };
    }
    if (!best) {
      i++;
      continue;
    }
    const frags = lane.slice(i, i + best.k);
    spans.push({
      match: best.match,
      frags,
      page: frags[0]!.page,
      top: frags[0]!.seg.y,
      bottom: frags[frags.length - 1]!.seg.y,
    });
    i += best.k;
  }
  return spans;
}

const isRow = (s: Span) => s.match.targets.some((t) => t.kind === 'blockRow' || t.kind === 'row');
const isLeafRow = (s: Span) =>
  s.match.targets.some((t) => t.kind === 'blockRow' || (t.kind === 'row' && !t.node.children?.length));

/** Pairs row labels with the lines of numbers they span: leaf rows first, then groups printed as one row. */
function pair(spans: readonly Span[], lines: readonly ValueLine[]): { span: Span; line: ValueLine }[] {
  const out: { span: Span; line: ValueLine }[] = [];
  const usedSpans = new Set<Span>();
  const usedLines = new Set<ValueLine>();
  for (const wanted of [isLeafRow, isRow]) {
    const candidates: { span: Span; line: ValueLine; d: number }[] = [];
    for (const span of spans.filter((s) => wanted(s) && !usedSpans.has(s))) {
      const size = span.frags[0]!.seg.size;
      for (const line of lines) {
        if (line.page !== span.page || usedLines.has(line)) continue;
        const d =
          line.y < span.top - 0.5 * size
            ? span.top - line.y
            : line.y > span.bottom + 0.5 * size
              ? line.y - span.bottom
              : 0;
        if (d <= 1.5 * size) candidates.push({ span, line, d });
      }
    }
    candidates.sort((a, b) => a.d - b.d || a.line.y - b.line.y);
    for (const c of candidates) {
      if (usedSpans.has(c.span) || usedLines.has(c.line)) continue;
      usedSpans.add(c.span);
      usedLines.add(c.line);
      out.push({ span: c.span, line: c.line });
    }
  }
  return out;
}

/**
 * Row labels with no numbers beside them and no stray line of numbers nearby: rows whose cells are
 * all blank. Each gets an empty line of numbers, so that its cells are read as blanks by column.
 */
function blankRows(
  spans: readonly Span[],
  pairs: readonly { span: Span; line: ValueLine }[],
  lines: readonly ValueLine[],
): { span: Span; line: ValueLine }[] {
  const paired = new Set(pairs.map((p) => p.span));
  const taken = new Set(pairs.map((p) => p.line));
  return spans
    .filter((s) => isLeafRow(s) && !paired.has(s))
    .filter(
      (s) =>
        !lines.some(
          (l) =>
            !taken.has(l) &&
            l.page === s.page &&
            l.y > s.top - 3 * s.frags[0]!.seg.size &&
            l.y < s.bottom + 3 * s.frags[0]!.seg.size,
        ),
    )
    .map((s) => ({ span: s, line: { page: s.page, y: (s.top + s.bottom) / 2, values: [] } }));
}

/** Labels that are not row labels (block titles, column headers), grouped into rows by their top line. */
function headerRows(spans: readonly Span[]): { page: number; y: number; spans: Span[] }[] {
  const rows: { page: number; y: number; spans: Span[] }[] = [];
  const heads = spans.filter((s) => !isRow(s)).sort((a, b) => a.page - b.page || a.top - b.top);
  for (const s of heads) {
    const row = rows.find((r) => r.page === s.page && Math.abs(r.y - s.top) <= 0.5 * s.frags[0]!.seg.size);
    if (row) row.spans.push(s);
    else rows.push({ page: s.page, y: s.top, spans: [s] });
  }
  for (const r of rows) r.spans.sort((a, b) => a.frags[0]!.seg.x - b.frags[0]!.seg.x);
  return rows;
}
