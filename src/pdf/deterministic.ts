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

/** JavaScript's `\s` among the bytes of a PDF read as latin1. */
const isSpace = (byte: number | undefined): boolean =>
  byte !== undefined && ((byte >= 9 && byte <= 13) || byte === 32 || byte === 0xa0);

/** The dates of the information dictionary, each made `date`. */
function dateEdits(pdf: Buffer, end: number, date: DocumentDate): Edit[] {
  const edits: Edit[] = [];
  for (const key of ['/CreationDate', '/ModDate']) {
    for (
      let at = pdf.indexOf(key, 0, 'latin1');
      at >= 0 && at < end;
      at = pdf.indexOf(key, at + key.length, 'latin1')
    ) {
      const near = pdf.toString('latin1', at + key.length, Math.min(end, at + key.length + 80));
      const found = /^\s*\((D:[^)]*)\)/.exec(near);
      if (!found) continue;
      const start = at + key.length + found[0].length - 1 - found[1]!.length;
      edits.push({ start, end: start + found[1]!.length, text: pdfDate(date) });
    }
  }
  return edits;
}

/** Every `(nodeDIGITS)` before `end`: where its digits are, and whether `/ID` names it. */
function nodeNames(pdf: Buffer, end: number): { start: number; digits: string; defines: boolean }[] {
  const names: { start: number; digits: string; defines: boolean }[] = [];
  for (let at = pdf.indexOf('(node', 0, 'latin1'); at >= 0 && at < end; at = pdf.indexOf('(node', at + 5, 'latin1')) {
    const start = at + 5;
    let stop = start;
    while (stop < end && pdf[stop]! >= 48 && pdf[stop]! <= 57) stop += 1;
    if (stop === start || pdf[stop] !== 0x29 /* ) */) continue;
    let before = at;
    while (isSpace(pdf[before - 1])) before -= 1;
    const defines = before >= 3 && pdf.toString('latin1', before - 3, before) === '/ID';
    names.push({ start, digits: pdf.toString('latin1', start, stop), defines });
  }
  return names;
}

/**
 * The structure-element names Chromium makes from DOM node ids, renumbered in their own order
 * (1, 2, 3 … written as wide as before): every use, in `/ID`, `/Headers` and the name tree.
 */
function nodeIdEdits(pdf: Buffer, end: number): Edit[] {
  const names = nodeNames(pdf, end);
  const defined = new Set(names.filter((n) => n.defines).map((n) => n.digits));
  if (defined.size === 0) return [];
  const ranked = [...defined].sort((a, b) => Number(a) - Number(b) || a.length - b.length);
  const renamed = new Map(ranked.map((digits, i) => [digits, String(i + 1).padStart(digits.length, '0')]));
  const edits: Edit[] = [];
  for (const { start, digits } of names) {
    const next = renamed.get(digits);
    if (next !== undefined) edits.push({ start, end: start + digits.length, text: next });
  }
  return edits;
}

/** The pieces of `pdf[0, end)` with the edits made (not overlapping), and where an old offset now is. */
function applyEdits(
  pdf: Buffer,
  end: number,
  edits: readonly Edit[],
): { pieces: Buffer[]; moved: (offset: number) => number } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const pieces: Buffer[] = [];
  const ends: number[] = [];
  const shifts: number[] = [];
  let at = 0;
  let shift = 0;
  for (const e of sorted) {
    pieces.push(pdf.subarray(at, e.start), Buffer.from(e.text, 'latin1'));
    at = e.end;
    shift += e.text.length - (e.end - e.start);
    ends.push(e.end);
    shifts.push(shift);
  }
  pieces.push(pdf.subarray(at, end));
  // The shift of an offset is that of the last edit ending at or before it: found by bisection,
  // as a file has a thousand offsets to move and hundreds of edits.
  const moved = (offset: number) => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + (lo === 0 ? 0 : shifts[lo - 1]!);
  };
  return { pieces, moved };
}

/** The classic cross-reference table and the trailer, found from `startxref` at the end of the file, and its offset. */
function crossReferenceAt(pdf: Buffer): { xrefAt: number; trailerAt: number; startxref: number } {
  const tailAt = pdf.lastIndexOf('startxref', undefined, 'latin1');
  const startxref = tailAt < 0 ? null : /^startxref\s+(\d+)\s*%%EOF\s*$/.exec(pdf.toString('latin1', tailAt));
  if (!startxref) throw new Error('PDF without startxref: cannot make it deterministic');
  const xrefAt = pdf.indexOf('xref', Number(startxref[1]), 'latin1');
  // A cross-reference stream is never written by Chromium: its offsets could not be moved here.
  if (xrefAt < 0 || !/^xref\s/.test(pdf.toString('latin1', xrefAt, xrefAt + 5)))
    throw new Error('PDF with a cross-reference stream: cannot make it deterministic');
  const trailerAt = pdf.indexOf('trailer', xrefAt, 'latin1');
  if (trailerAt < 0) throw new Error('PDF without a trailer: cannot give it an /ID');
  return { xrefAt, trailerAt, startxref: Number(startxref[1]) };
}

/**
 * The PDF Chromium printed, dated by the report, its structure names numbered from 1 and with an
 * `/ID` made from its content: the same report gives the same bytes, print after print.
 * The edits are made in the objects before the cross-reference table, whose offsets are then moved;
 * the trailer's `/ID` (both halves: the file was never modified) is the first 16 bytes of the
 * SHA-256 of the file without one. The file is handled as bytes, never as one string: a 270 KB
 * PDF is edited in 2–3 ms (it took 6 as three strings).
 * @param pdf the bytes `page.pdf()` returned
 * @param publishedAt the report's 成文日期 (`YYYY-MM-DD`) or empty (a fixed date, see `documentDate`)
 * @returns new bytes; `pdf` is left as it is
 * @example const bytes = deterministicPdf(await page.pdf(), view.publishedAt);
 */
export function deterministicPdf(pdf: Uint8Array, publishedAt: string): Uint8Array {
  const date = documentDate(publishedAt);
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const { xrefAt, trailerAt, startxref } = crossReferenceAt(bytes);
  const { pieces, moved } = applyEdits(bytes, xrefAt, [
    ...dateEdits(bytes, xrefAt, date),
    ...nodeIdEdits(bytes, xrefAt),
  ]);
  const table = bytes
    .toString('latin1', xrefAt, trailerAt)
    .replace(/^(\d{10})( \d{5} n)/gm, (_, offset: string, rest: string) =>
      String(moved(Number(offset)))
        .padStart(10, '0')
        .concat(rest),
    );
  const tail = bytes
    .toString('latin1', trailerAt)
    .replace(/\/ID\s*\[[^\]]*\]\s*/, '')
    .replace(/startxref\s+\d+/, `startxref\n${moved(startxref)}`);
  const hash = createHash('sha256');
  for (const piece of pieces) hash.update(piece);
  hash.update(Buffer.from(table + tail, 'latin1'));
  const id = hash.digest('hex').slice(0, 32).toUpperCase();
  const signed = tail.replace('<<', `<</ID [<${id}> <${id}>]\n`);
  return new Uint8Array(Buffer.concat([...pieces, Buffer.from(table + signed, 'latin1')]));
}
