/**
 * PDF files (pdfjs-dist 4.10, legacy build): the text layer is cut into stretches by the section
 * headings; the running text becomes paragraphs, and the lines under 二、三、四 are rebuilt into
 * tables from the labels the format knows. Page numbers (`-1-`, `— 2 —`) are dropped. A PDF with
 * no text layer (a scan) is reported, not guessed at.
 */
import { matchSectionHeading, type FormatLabels } from './format-labels.js';
import type { NoteDraft } from './notes.js';
import { pageFrame, round, toParagraphs } from './pdf-paragraphs.js';
import { pdfTable } from './pdf-tables.js';
import { PdfOpenError, pdfLines, type PdfLine } from './pdf-text.js';
import type { SourceDoc, SourceItem } from './source.js';

/**
 * Reads a PDF file.
 * @param bytes the file
 * @param labels the format's labels
 */
export async function readPdf(bytes: Uint8Array, labels: FormatLabels): Promise<SourceDoc> {
  let all: PdfLine[];
  try {
    all = (await pdfLines(bytes)).lines;
  } catch (error) {
    if (!(error instanceof PdfOpenError)) throw error;
    return { items: [], notes: [{ code: 'UNREADABLE_FILE', params: { kind: 'pdf', detail: error.message } }] };
  }
  const lines = all.filter((l) => !isPageNumber(l));
  if (lines.reduce((n, l) => n + l.text.length, 0) < 20) return { items: [], notes: [{ code: 'NO_TEXT_LAYER' }] };

  // Cut the text into stretches at the section headings: running text, or the lines of a table.
  const order = labels.spec.sections;
  const stretches: { heading?: PdfLine; table: boolean; lines: PdfLine[] }[] = [{ table: false, lines: [] }];
  let last = -1;
  for (const line of lines) {
    const heading = matchSectionHeading(labels, line.text);
    const position = heading ? order.indexOf(heading.section) : -1;
    if (heading && position > last) {
      last = position;
      stretches.push({ heading: line, table: heading.section.body === 'table', lines: [] });
    } else stretches[stretches.length - 1]!.lines.push(line);
  }
  // The body size and margins come from the running text only (tables are set smaller).
  const frame = pageFrame(stretches.flatMap((s) => [...(s.heading ? [s.heading] : []), ...(s.table ? [] : s.lines)]));
  const isHeading = (text: string) => matchSectionHeading(labels, text) !== undefined;
  const items: SourceItem[] = [];
  const notes: NoteDraft[] = [];
  let tables = 0;
  for (const stretch of stretches) {
    if (stretch.heading) {
      const h = stretch.heading;
      items.push({ kind: 'paragraph', text: h.text.trim(), where: { page: h.page, x: round(h.x), y: round(h.y) } });
    }
    if (!stretch.table) items.push(...toParagraphs(stretch.lines, frame, isHeading, { title: stretch === stretches[0] }));
    else if (stretch.lines.length > 0) {
      const { table, notes: found } = pdfTable(stretch.lines, labels, ++tables);
      items.push(table);
      notes.push(...found);
    }
  }
  return { items, notes };
}

/** A page number at the top or foot of a page: `-1-`, `— 2 —`, `第 3 页`, or a bare number there. */
function isPageNumber(line: PdfLine): boolean {
  const inMargin = line.y > line.pageHeight * 0.85 || line.y < line.pageHeight * 0.08;
  if (!inMargin || line.segments.length > 3) return false;
  return /^[\s\-—–－_·.]*(?:第\s*)?\d{0,4}(?:\s*页)?[\s\-—–－_·.]*$/u.test(line.text) && line.text.trim() !== '';
}
