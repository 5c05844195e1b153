/**
 * Running text of a PDF as paragraphs: a paragraph starts where a line is indented (the 2-字
 * first-line indent), after a line that stops short of the right edge, at a heading, and at a
 * right-aligned line (the closing agency and date). Lines in a larger size at the top of the
 * first page are the title. A leading run in another font (楷体 `（一）主动公开情况。`) is kept as the
 * paragraph's lead.
 */
import { needsSpace } from './inline.js';
import type { PdfLine } from './pdf-text.js';
import type { SourceParagraph } from './source.js';

/** Geometry shared by every page: the body size and, per page, the text block's edges. */
export interface PageFrame {
  readonly bodySize: number;
  readonly left: ReadonlyMap<number, number>;
  readonly right: ReadonlyMap<number, number>;
}

/** Measures the text block of every page from its body-size lines. */
export function pageFrame(lines: readonly PdfLine[]): PageFrame {
  const weights = new Map<number, number>();
  for (const l of lines) for (const s of l.segments) {
    const size = Math.round(s.size * 2) / 2;
    weights.set(size, (weights.get(size) ?? 0) + s.text.length);
  }
  const bodySize = [...weights.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 12;
  const body = lines.filter((l) => Math.abs(l.size - bodySize) < 0.6);
  const left = new Map<number, number>();
  const right = new Map<number, number>();
  for (const l of body) {
    left.set(l.page, Math.min(left.get(l.page) ?? Infinity, l.x));
    right.set(l.page, Math.max(right.get(l.page) ?? -Infinity, l.x2));
  }
  // A page holding only first lines (all indented) would look indented everywhere: use the usual margin.
  const usual = median([...left.values()]);
  for (const [page, x] of left) if (usual !== undefined && x - usual > bodySize) left.set(page, usual);
  return { bodySize, left, right };
}

function median(xs: number[]): number | undefined {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Joins lines of running text into paragraphs.
 * @param lines lines of one stretch of running text, in reading order
 * @param frame the page geometry
 * @param isHeading whether a line is a section heading (it stands alone)
 */
export function toParagraphs(lines: readonly PdfLine[], frame: PageFrame, isHeading: (text: string) => boolean): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  let open: { lines: PdfLine[]; title: boolean; right: boolean; heading: boolean } | undefined;
  let bodySeen = false;
  const flush = () => {
    if (open) out.push(paragraph(open.lines, open.title, open.right));
    open = undefined;
  };
  for (const l of lines) {
    const left = frame.left.get(l.page) ?? l.x;
    const right = frame.right.get(l.page) ?? l.x2;
    const size = frame.bodySize;
    const title = !bodySeen && l.page === 1 && l.size >= size * 1.15;
    const alignedRight = l.x - left > (right - left) * 0.35 && right - l.x2 < 3 * size;
    const heading = isHeading(l.text);
    if (!title) bodySeen = true;
    const starts =
      !open ||
      title !== open.title ||
      heading ||
      alignedRight ||
      open.right ||
      l.x - left >= 0.8 * size ||
      open.heading ||
      open.lines[open.lines.length - 1]!.x2 < right - 1.5 * size;
    if (starts) {
      flush();
      open = { lines: [l], title, right: alignedRight, heading };
    } else open!.lines.push(l);
  }
  flush();
  return out;
}

function joinLines(lines: readonly PdfLine[]): string {
  return lines.reduce((text, l) => text + (needsSpace(text, l.text) ? ' ' : '') + l.text, '');
}

function paragraph(lines: readonly PdfLine[], title: boolean, right: boolean): SourceParagraph {
  const first = lines[0]!;
  const lead = leadOf(lines);
  return {
    kind: 'paragraph',
    text: joinLines(lines).trim(),
    where: { page: first.page, x: round(first.x), y: round(first.y) },
    ...(title ? { title: true } : {}),
    ...(right ? { right: true } : {}),
    ...(lead ? { lead } : {}),
  };
}

/** The leading runs in a font other than the paragraph's usual one. */
function leadOf(lines: readonly PdfLine[]): string | undefined {
  const runs = lines.flatMap((l) => l.segments.flatMap((s) => s.runs));
  const chars = new Map<string, number>();
  for (const r of runs) chars.set(r.font, (chars.get(r.font) ?? 0) + r.text.length);
  const usual = [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const first = runs[0];
  if (!first || first.font === usual) return undefined;
  let lead = '';
  for (const r of runs) {
    if (r.font !== first.font) break;
    lead += r.text;
  }
  return lead.trim() || undefined;
}

/** Positions are kept to a tenth of a point. */
export function round(v: number): number {
  return Math.round(v * 10) / 10;
}
