/**
 * PDF files (pdfjs-dist 4.10, legacy build): the text layer is cut into stretches by the section
 * headings; the running text becomes paragraphs, and the lines under 二、三、四 are rebuilt into
 * tables from the labels the format knows. Page numbers (`-1-`, `— 2 —`) are dropped. A PDF with
 * no text layer (a scan) is reported, not guessed at.
 */
import { matchSectionHeading, type FormatLabels } from './format-labels.js';
import { limitNote, SkipTally, type ImportLimits } from './limits.js';
import type { NoteDraft } from './notes.js';
import { pageFrame, round, toParagraphs } from './pdf-paragraphs.js';
import { pdfTable } from './pdf-tables.js';
import { PdfOpenError, pdfLines, type PdfLine } from './pdf-text.js';
import type { SourceDoc, SourceItem } from './source.js';

/**
 * Reads a PDF file.
 * @param bytes the file
 * @param labels the format's labels
 * @param limits the import's limits: `pdfPages` read, `lineChars` of a line
 */
export async function readPdf(bytes: Uint8Array, labels: FormatLabels, limits: ImportLimits): Promise<SourceDoc> {
  let all: PdfLine[];
  const notes: NoteDraft[] = [];
  try {
    const read = await pdfLines(bytes, limits.pdfPages);
    all = read.lines;
    if (read.pages > limits.pdfPages) notes.push(limitNote('pdfPages', limits.pdfPages, read.pages));
  } catch (error) {
    if (!(error instanceof PdfOpenError)) throw error;
    if (error.encrypted) return { items: [], notes: [{ code: 'PDF_ENCRYPTED' }] };
    return { items: [], notes: [{ code: 'UNREADABLE_FILE', params: { kind: 'pdf', detail: error.message } }] };
  }
  const tooLong = new SkipTally('lineChars', limits.lineChars);
  const lines = all.filter((l) => {
    if (l.text.length <= limits.lineChars) return !isPageNumber(l);
    tooLong.skip(l.text.length, { page: l.page, x: round(l.x), y: round(l.y) });
    return false;
  });
  notes.push(...tooLong.notes());
  if (lines.reduce((n, l) => n + l.text.length, 0) < 20)
    return { items: [], notes: [...notes, { code: 'NO_TEXT_LAYER' }] };

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
  let tables = 0;
  for (const stretch of stretches) {
    if (stretch.heading) {
      const h = stretch.heading;
      items.push({ kind: 'paragraph', text: h.text.trim(), where: { page: h.page, x: round(h.x), y: round(h.y) } });
    }
    if (!stretch.table)
      items.push(...toParagraphs(stretch.lines, frame, isHeading, { title: stretch === stretches[0] }));
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
  // A page number is short; the length check also keeps the pattern's two runs of marks from rescanning a long line.
  if (!inMargin || line.segments.length > 3 || line.text.length > 40) return false;
  return /^[\s\-—–－_·.]*(?:第\s*)?\d{0,4}(?:\s*页)?[\s\-—–－_·.]*$/u.test(line.text) && line.text.trim() !== '';
}
