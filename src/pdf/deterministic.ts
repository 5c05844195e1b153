/**
 * Makes Chromium's PDF the same bytes for the same report. Two things in it change from one print
 * to the next: the dates of the document information (`/CreationDate`, `/ModDate`: the clock), and
 * the names of the table header cells in the structure tree (`/ID (node00000041)`: DOM node ids,
 * which grow with every page a browser tab has shown). The dates become the report's date; the
 * names are renumbered by rank, same width, so the name tree stays sorted. The file gets a trailer
 * `/ID` made from its content, which Chromium leaves out. Offsets in the cross-reference table are
 * moved by whatever the edits change in length, so the file stays valid.
 */
import { createHash } from 'node:crypto';
import { documentDate, pdfDate, type DocumentDate } from '../render/document-date.js';

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The dates of the information dictionary, each made `date`. */
function dateEdits(text: string, date: DocumentDate): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(/\/(?:CreationDate|ModDate)\s*\((D:[^)]*)\)/g)) {
    const start = m.index + m[0].length - 1 - m[1]!.length;
    edits.push({ start, end: start + m[1]!.length, text: pdfDate(date) });
  }
  return edits;
}

/**
 * The structure-element names Chromium makes from DOM node ids, renumbered in their own order
 * (1, 2, 3 … written as wide as before): every use, in `/ID`, `/Headers` and the name tree.
 */
function nodeIdEdits(text: string): Edit[] {
  const defined = new Set<string>();
  for (const m of text.matchAll(/\/ID\s*\(node(\d+)\)/g)) defined.add(m[1]!);
  if (defined.size === 0) return [];
  const ranked = [...defined].sort((a, b) => Number(a) - Number(b) || a.length - b.length);
  const renamed = new Map(ranked.map((digits, i) => [digits, String(i + 1).padStart(digits.length, '0')]));
  const edits: Edit[] = [];
  for (const m of text.matchAll(/\(node(\d+)\)/g)) {
    const next = renamed.get(m[1]!);
    if (next === undefined) continue;
    const start = m.index + '(node'.length;
    edits.push({ start, end: start + m[1]!.length, text: next });
  }
  return edits;
}

/** `text` with the edits made (sorted, not overlapping), and where an old offset now is. */
function applyEdits(text: string, edits: readonly Edit[]): { text: string; moved: (offset: number) => number } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  out += text.slice(at);
  const moved = (offset: number) => {
    let shift = 0;
    for (const e of sorted) if (e.end <= offset) shift += e.text.length - (e.end - e.start);
    return offset + shift;
  };
  return { text: out, moved };
}

/** Moves the offsets of the classic cross-reference table and `startxref` after edits. */
function fixCrossReference(text: string, moved: (offset: number) => number): string {
  const startxref = /startxref\s+(\d+)\s*%%EOF\s*$/.exec(text);
  if (!startxref) throw new Error('PDF without startxref: cannot make it deterministic');
  const xrefAt = text.indexOf('xref', moved(Number(startxref[1])));
  if (xrefAt < 0 || !/^xref\s/.test(text.slice(xrefAt, xrefAt + 5))) {
    // A cross-reference stream (never written by Chromium): only same-length edits keep it right.
    if (moved(text.length) !== text.length) throw new Error('PDF with a cross-reference stream: cannot renumber');
    return text;
  }
  const trailerAt = text.indexOf('trailer', xrefAt);
  const table = text.slice(xrefAt, trailerAt).replace(/^(\d{10})( \d{5} n)/gm, (_, offset: string, rest: string) =>
    String(moved(Number(offset)))
      .padStart(10, '0')
      .concat(rest),
  );
  const tail = text.slice(trailerAt).replace(/startxref\s+\d+/, `startxref\n${moved(Number(startxref[1]))}`);
  return text.slice(0, xrefAt) + table + tail;
}

/**
 * Sets the trailer's `/ID` (both halves: the file was never modified) to the first 16 bytes of the
 * SHA-256 of the file without one. The trailer follows the cross-reference table: no offset moves.
 */
function withContentId(text: string): string {
  const trailerAt = text.lastIndexOf('trailer');
  if (trailerAt < 0) throw new Error('PDF without a trailer: cannot give it an /ID');
  const bare = text.slice(0, trailerAt) + text.slice(trailerAt).replace(/\/ID\s*\[[^\]]*\]\s*/, '');
  const id = createHash('sha256').update(Buffer.from(bare, 'latin1')).digest('hex').slice(0, 32).toUpperCase();
  return bare.slice(0, trailerAt) + bare.slice(trailerAt).replace('<<', `<</ID [<${id}> <${id}>]\n`);
}

/**
 * The PDF Chromium printed, dated by the report, its structure names numbered from 1 and with an
 * `/ID` made from its content: the same report gives the same bytes, print after print.
 * @param pdf the bytes `page.pdf()` returned
 * @param publishedAt the report's 成文日期 (`YYYY-MM-DD`) or empty (a fixed date, see `documentDate`)
 * @returns new bytes; `pdf` is left as it is
 * @example const bytes = deterministicPdf(await page.pdf(), view.publishedAt);
 */
export function deterministicPdf(pdf: Uint8Array, publishedAt: string): Uint8Array {
  const date = documentDate(publishedAt);
  // latin1 maps every byte to one character and back, so binary streams pass through unchanged.
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const { text: edited, moved } = applyEdits(text, [...dateEdits(text, date), ...nodeIdEdits(text)]);
  return new Uint8Array(Buffer.from(withContentId(fixCrossReference(edited, moved)), 'latin1'));
}
