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
  /** The font most body text is set in; a paragraph's lead is a leading run in another font. */
  readonly bodyFont: string | undefined;
  readonly left: ReadonlyMap<number, number>;
  readonly right: ReadonlyMap<number, number>;
}

/** Measures the text block of every page from its body-size lines. */
export function pageFrame(lines: readonly PdfLine[]): PageFrame {
  const weights = new Map<number, number>();
  for (const l of lines)
    for (const s of l.segments) {
      const size = Math.round(s.size * 2) / 2;
      weights.set(size, (weights.get(size) ?? 0) + s.text.length);
    }
  const bodySize = [...weights.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 12;
  const body = lines.filter((l) => Math.abs(l.size - bodySize) < 0.6);
  const fonts = new Map<string, number>();
  for (const l of body)
    for (const s of l.segments) for (const r of s.runs) fonts.set(r.font, (fonts.get(r.font) ?? 0) + r.text.length);
  const bodyFont = [...fonts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const left = new Map<number, number>();
  const right = new Map<number, number>();
  for (const l of body) {
    left.set(l.page, Math.min(left.get(l.page) ?? Infinity, l.x));
    right.set(l.page, Math.max(right.get(l.page) ?? -Infinity, l.x2));
  }
  // A page holding only first lines (all indented) would look indented everywhere: use the
  // document's margin. The right edge is the longest line of the document, or — when every line
  // is short — the width the left margin leaves, the margins taken as about equal.
  const leftmost = Math.min(...left.values());
  const rightmost = Math.max(...right.values());
  for (const [page, x] of left) if (x - leftmost > 0.8 * bodySize) left.set(page, leftmost);
  for (const l of body) right.set(l.page, Math.max(rightmost, l.pageWidth - left.get(l.page)! - bodySize));
  return { bodySize, bodyFont, left, right };
}

/**
 * Joins lines of running text into paragraphs.
 * @param lines lines of one stretch of running text, in reading order
 * @param frame the page geometry
 * @param isHeading whether a line is a section heading (it stands alone)
 * @param options `title`: the stretch opens the document, and its first run of large lines on page 1 is the title
 */
export function toParagraphs(
  lines: readonly PdfLine[],
  frame: PageFrame,
  isHeading: (text: string) => boolean,
  options: { title?: boolean } = {},
): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  let open: { lines: PdfLine[]; title: boolean; right: boolean; heading: boolean } | undefined;
  let titleDone = options.title !== true;
  const flush = () => {
    if (open) out.push(paragraph(open.lines, open.title, open.right, frame.bodyFont));
    open = undefined;
  };
  for (const l of lines) {
    const left = frame.left.get(l.page) ?? l.x;
    const right = frame.right.get(l.page) ?? l.x2;
    const size = frame.bodySize;
    const title = !titleDone && l.page === 1 && l.size >= size * 1.15;
    if (open?.title && !title) titleDone = true;
    const alignedRight = l.x - left > (right - left) * 0.35 && right - l.x2 < 3 * size;
    const heading = isHeading(l.text);
    const starts =
      !open ||
      title !== open.title ||
      heading ||
      alignedRight ||
      open.right ||
      l.x - left >= 0.8 * size ||
      open.heading ||
      open.lines[open.lines.length - 1]!.x2 < right - 2 * size;
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

function paragraph(
  lines: readonly PdfLine[],
  title: boolean,
  right: boolean,
  bodyFont: string | undefined,
): SourceParagraph {
  const first = lines[0]!;
  const lead = leadOf(lines, bodyFont);
  return {
    kind: 'paragraph',
    text: joinLines(lines).trim(),
    where: { page: first.page, x: round(first.x), y: round(first.y) },
    ...(title ? { title: true } : {}),
    ...(right ? { right: true } : {}),
    ...(lead ? { lead } : {}),
  };
}

/** The leading runs in a font other than the body's (楷体 `（一）主动公开情况。` before 仿宋 text). */
function leadOf(lines: readonly PdfLine[], bodyFont: string | undefined): string | undefined {
  const runs = lines.flatMap((l) => l.segments.flatMap((s) => s.runs));
  const first = runs[0];
  if (!first || bodyFont === undefined || first.font === bodyFont) return undefined;
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
