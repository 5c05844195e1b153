/**
 * The numbers of a PDF table row: numbers that wrapped in a narrow column are joined again, and a
 * row with fewer numbers than columns gets its blanks where the full rows around it (or its header
 * labels) show the columns to be.
 */
import { leafChains } from '../format/tree.js';
import type { TableLabel } from './format-labels.js';
import type { LabelMatch } from './labels.js';
import { looksLikeValue } from './numbers.js';
import { joinSplitDigits } from './pdf-figures.js';
import { round } from './pdf-paragraphs.js';
import type { PdfLine, PdfSegment } from './pdf-text.js';
import type { Where } from './report.js';

/** A cell with no number in it, where a column shows one should be. */
export type CellDraft = { readonly text: string; readonly where: Where };

/** A piece of text on one line of a PDF page. */
export interface Frag {
  readonly seg: PdfSegment;
  readonly page: number;
}

/** A known label spelled by one or more fragments of a lane. */
export interface Span {
  readonly match: LabelMatch<TableLabel>;
  readonly frags: readonly Frag[];
  readonly page: number;
  readonly top: number;
  readonly bottom: number;
}

/** The numbers on one line of a table. */
export interface ValueLine {
  readonly page: number;
  readonly y: number;
  readonly values: readonly Frag[];
}

/**
 * Numbers too wide for their column wrap (`１０` over `５`): a line of numbers with no label on it,
 * just above or below a line with more numbers and nothing in those columns, is part of that line,
 * each number joined to the one it continues.
 */
export function mergeWrappedValues(valueLines: ValueLine[], lines: readonly PdfLine[]): void {
  const labelled = new Set(
    lines.filter((l) => l.segments.some((s) => !looksLikeValue(s.text))).map((l) => `${l.page}:${l.y}`),
  );
  const merged = new Set<Frag>();
  const overlaps = (a: Frag, b: Frag) => a.seg.x < b.seg.x2 && b.seg.x < a.seg.x2;
  for (const orphan of [...valueLines].sort((a, b) => a.values.length - b.values.length)) {
    if (labelled.has(`${orphan.page}:${orphan.y}`)) continue;
    const size = orphan.values[0]!.seg.size;
    const main = valueLines
      .filter(
        (m) =>
          m !== orphan &&
          m.page === orphan.page &&
          m.values.length > orphan.values.length &&
          Math.abs(m.y - orphan.y) <= 1.55 * size,
      )
      .sort((a, b) => Math.abs(a.y - orphan.y) - Math.abs(b.y - orphan.y))[0];
    if (!main) continue;
    const fits = orphan.values.every((o) => main.values.filter((m) => overlaps(m, o)).every((m) => merged.has(m)));
    if (!fits) continue;
    const values = [...main.values];
    for (const o of orphan.values) {
      const at = values.findIndex((m) => overlaps(m, o));
      const joined = at < 0 ? o : joinVertically(values[at]!, o);
      if (at < 0) values.push(joined);
      else values[at] = joined;
      merged.add(joined);
    }
    valueLines.splice(valueLines.indexOf(orphan), 1);
    valueLines[valueLines.indexOf(main)] = { ...main, values: values.sort((a, b) => a.seg.x - b.seg.x) };
  }
}

function joinVertically(a: Frag, b: Frag): Frag {
  const [top, bottom] = a.seg.y <= b.seg.y ? [a, b] : [b, a];
  return {
    page: a.page,
    seg: {
      ...top.seg,
      text: top.seg.text + bottom.seg.text,
      x: Math.min(a.seg.x, b.seg.x),
      x2: Math.max(a.seg.x2, b.seg.x2),
    },
  };
}

/** How many numbers a row label's row has, and which rows share its columns. */
function columnSignature(span: Span): { count: number; id: string } | undefined {
  const t = span.match.targets.find((x) => x.kind === 'blockRow' || x.kind === 'row');
  if (!t) return undefined;
  if (t.kind === 'blockRow')
    return { count: t.block.columns.length, id: t.block.columns.map((c) => c.label).join('|') };
  if (t.kind === 'row') return { count: leafChains(t.table.columns).length, id: t.table.key };
  return undefined;
}

const center = (f: Frag) => (f.seg.x + f.seg.x2) / 2;

/**
 * The row's numbers in column order. When the row has fewer numbers than columns, its blanks are
 * found from the columns of the full rows on its page, else from the header's column labels (on its
 * page, else the nearest page before), else from full rows on other pages; `undefined` when no
 * column position is known (the numbers are then not guessed at).
 */
export function columnsOf(
  span: Span,
  line: ValueLine,
  pairs: readonly { span: Span; line: ValueLine }[],
  spans: readonly Span[],
): (Frag | CellDraft)[] | undefined {
  const sig = columnSignature(span);
  const values = joinSplitDigits(
    [...line.values].sort((a, b) => a.seg.x - b.seg.x),
    sig?.count,
  );
  if (!sig || values.length >= sig.count) return values;
  const full = pairs.filter((p) => p.line.values.length === sig.count && columnSignature(p.span)?.id === sig.id);
  const fromRows = (rows: readonly { line: ValueLine }[]) =>
    Array.from({ length: sig.count }, (_, c) =>
      median(rows.map((p) => center([...p.line.values].sort((a, b) => a.seg.x - b.seg.x)[c]!))),
    );
  const samePage = full.filter((p) => p.line.page === line.page);
  if (samePage.length > 0) return byAnchors(values, fromRows(samePage), line);
  const heads = headerAnchors(span, sig, line, spans);
  if (heads) return byAnchors(values, heads, line);
  return full.length > 0 ? byAnchors(values, fromRows(full), line) : undefined;
}

/** Centres of the header's column labels for a row's columns, on the row's page or the nearest page before. */
function headerAnchors(
  span: Span,
  sig: { count: number; id: string },
  line: ValueLine,
  spans: readonly Span[],
): number[] | undefined {
  const row = span.match.targets.find((t) => t.kind === 'blockRow' || t.kind === 'row');
  const isHead = (s: Span) =>
    s.match.targets.some((t) =>
      row?.kind === 'blockRow'
        ? t.kind === 'blockColumn' && t.block.columns.map((c) => c.label).join('|') === sig.id
        : t.kind === 'column' && row?.kind === 'row' && t.table === row.table && !t.node.children?.length,
    );
  for (let page = line.page; page >= 1; page--) {
    const heads = spans.filter((s) => s.page === page && (page < line.page || s.top < line.y) && isHead(s));
    // The header nearest above the row: the last `count` column labels before it.
    const chosen = heads
      .sort((a, b) => a.top - b.top)
      .slice(-sig.count)
      .sort((a, b) => spanCentre(a) - spanCentre(b));
    if (chosen.length === sig.count) return chosen.map(spanCentre);
  }
  return undefined;
}

const spanCentre = (s: Span) =>
  (Math.min(...s.frags.map((f) => f.seg.x)) + Math.max(...s.frags.map((f) => f.seg.x2))) / 2;

/**
 * The numbers of a line no row label claimed. Under the header of a table without row labels
 * (表四) it is that table's data row: its blanks are placed by the header's leaf labels (结果维持…
 * 总计, fifteen of them); `cells` is undefined when there are too few numbers and no such header
 * to place them by.
 */
export function rowlessColumns(
  line: ValueLine,
  spans: readonly Span[],
): { cells?: (Frag | CellDraft)[]; underHeader: boolean } {
  const sorted = [...line.values].sort((a, b) => a.seg.x - b.seg.x);
  let values = sorted;
  const tables = new Set(
    spans.flatMap((s) =>
      (s.page === line.page && s.top < line.y ? s.match.targets : []).flatMap((t) =>
        t.kind === 'column' && !t.table.rows ? [t.table] : [],
      ),
    ),
  );
  for (const table of tables) {
    const count = leafChains(table.columns).length;
    values = joinSplitDigits(sorted, count);
    if (values.length >= count) return { cells: values, underHeader: true };
    const heads = spans
      .filter(
        (s) =>
          s.page === line.page &&
          s.top < line.y &&
          s.match.targets.some((t) => t.kind === 'column' && t.table === table && !t.node.children?.length),
      )
      .sort((a, b) => spanCentre(a) - spanCentre(b));
    return heads.length === count
      ? { cells: byAnchors(values, heads.map(spanCentre), line), underHeader: true }
      : { underHeader: true };
  }
  return { cells: values, underHeader: false };
}

/** Puts each number in the nearest free column; a column left empty is a blank cell. */
function byAnchors(values: readonly Frag[], anchors: readonly number[], line: ValueLine): (Frag | CellDraft)[] {
  const slots: (Frag | undefined)[] = Array(anchors.length).fill(undefined);
  const options = values
    .flatMap((v) => anchors.map((a, c) => ({ v, c, d: Math.abs(center(v) - a) })))
    .sort((a, b) => a.d - b.d);
  const placed = new Set<Frag>();
  for (const o of options) {
    if (placed.has(o.v) || slots[o.c]) continue;
    slots[o.c] = o.v;
    placed.add(o.v);
  }
  return slots.map((s, c) => s ?? { text: '', where: { page: line.page, x: round(anchors[c]!), y: round(line.y) } });
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
