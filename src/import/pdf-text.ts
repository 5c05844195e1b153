/**
 * A PDF's text layer as lines: pdfjs (legacy build, no worker thread, no fonts loaded into a
 * page) gives text items with positions; items on one baseline form a line, and a line falls into
 * segments where the gap between items is wider than about a character — the cells of a table
 * row, or one run of text.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { needsSpace } from './inline.js';
import { LEADING_ORDINAL } from '../util/ordinals.js';
import { looksLikeValue } from './numbers.js';
import { loadOptional } from '../node/optional.js';

/** A run of text in one font. */
export interface PdfRun {
  readonly text: string;
  readonly font: string;
}

/** Text on one line with no wide gap inside. */
export interface PdfSegment {
  readonly text: string;
  readonly x: number;
  readonly x2: number;
  readonly y: number;
  readonly size: number;
  readonly runs: readonly PdfRun[];
}

/** One line of text on a page. */
export interface PdfLine {
  readonly page: number;
  /** Baseline, in points from the top of the page. */
  readonly y: number;
  readonly x: number;
  readonly x2: number;
  /** The largest font size on the line. */
  readonly size: number;
  readonly segments: readonly PdfSegment[];
  readonly text: string;
  readonly pageHeight: number;
  readonly pageWidth: number;
}

interface Item {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly size: number;
  readonly font: string;
}

const pdfjsRoot = () => dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Thrown (and turned into a note by the caller) when pdfjs cannot open the file. */
export class PdfOpenError extends Error {
  override readonly name = 'PdfOpenError';
  /**
   * @param message pdfjs's words
   * @param encrypted the file is encrypted and opening it needs a password (pdfjs's `PasswordException`)
   */
  constructor(
    message: string,
    readonly encrypted = false,
  ) {
    super(message);
  }
}

/**
 * The lines of the first `maxPages` pages, top to bottom.
 * @param bytes the PDF file
 * @param maxPages the most pages read
 * @returns the lines, and the number of pages the file has
 */
export async function pdfLines(bytes: Uint8Array, maxPages = Infinity): Promise<{ lines: PdfLine[]; pages: number }> {
  const { getDocument, Util } = await loadOptional('pdfjs-dist', () => import('pdfjs-dist/legacy/build/pdf.mjs'));
  const root = pdfjsRoot();
  let doc;
  try {
    doc = await getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: join(root, 'cmaps') + '/',
      cMapPacked: true,
      standardFontDataUrl: join(root, 'standard_fonts') + '/',
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const encrypted = (error as { name?: unknown } | null)?.name === 'PasswordException';
    throw new PdfOpenError(error instanceof Error ? error.message : String(error), encrypted);
  }
  try {
    const lines: PdfLine[] = [];
    for (let p = 1; p <= doc.numPages && p <= maxPages; p++) {
      const page = await doc.getPage(p);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str === '') continue;
        const t = Util.transform(viewport.transform, raw.transform) as number[];
        const size = Math.hypot(t[2]!, t[3]!);
        if (Math.abs(t[1]!) > 0.01 * size || size <= 0) continue; // rotated text
        items.push({ str: raw.str, x: t[4]!, y: t[5]!, w: raw.width * viewport.scale, size, font: raw.fontName });
      }
      for (const l of toLines(items, p, viewport.width, viewport.height)) lines.push(l);
      page.cleanup();
    }
    return { lines, pages: doc.numPages };
  } catch (error) {
    throw new PdfOpenError(error instanceof Error ? error.message : String(error));
  } finally {
    await doc.destroy();
  }
}

function toLines(items: readonly Item[], page: number, pageWidth: number, pageHeight: number): PdfLine[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: Item[][] = [];
  for (const item of sorted) {
    const line = groups[groups.length - 1];
    const base = line?.[0];
    if (line && base && Math.abs(item.y - base.y) <= 0.45 * Math.min(item.size, base.size)) line.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => line(group, page, pageWidth, pageHeight)).filter((l): l is PdfLine => l !== undefined);
}

function line(group: Item[], page: number, pageWidth: number, pageHeight: number): PdfLine | undefined {
  const items = [...group].sort((a, b) => a.x - b.x);
  const segments: PdfSegment[] = [];
  let current: Item[] = [];
  const close = () => {
    const seg = segment(current);
    if (seg) segments.push(seg);
    current = [];
  };
  let prev: Item | undefined; // the last visible item of the current segment
  for (const item of items) {
    const visible = item.str.trim() !== '';
    if (prev && visible && splits(prev, item)) {
      close();
      prev = undefined;
    }
    current.push(item);
    if (visible) prev = item;
  }
  close();
  if (segments.length === 0) return undefined;
  // Loops, not Math.min(...spread): a line may have more segments than a call has room for arguments.
  return {
    page,
    y: segments.reduce((m, s) => Math.min(m, s.y), Infinity),
    x: segments[0]!.x,
    x2: segments[segments.length - 1]!.x2,
    size: segments.reduce((m, s) => Math.max(m, s.size), 0),
    segments,
    text: segments.map((s) => s.text).join(''),
    pageHeight,
    pageWidth,
  };
}

/**
 * Whether a gap separates two cells: a wide one always; a narrower one before a number, after a
 * number, or before a numbered label (`（三）不` | `4.保护第三方合法权益` in adjacent columns).
 */
function splits(prev: Item, item: Item): boolean {
  const gap = item.x - (prev.x + prev.w);
  const size = Math.max(prev.size, item.size);
  if (gap > 0.8 * size) return true;
  if (gap <= 0.3 * size) return false;
  return looksLikeValue(item.str) || looksLikeValue(prev.str) || LEADING_ORDINAL.test(item.str);
}

/** Joins the items of a segment: spaces are kept only between Latin letters or digits. */
function segment(items: readonly Item[]): PdfSegment | undefined {
  const visible = items.filter((i) => i.str.trim() !== '');
  if (visible.length === 0) return undefined;
  let text = '';
  const runs: { text: string; font: string }[] = [];
  let spaced = false;
  let prev: Item | undefined;
  for (const item of items) {
    if (item.str.trim() === '') {
      spaced = true;
      continue;
    }
    const piece = item.str.replace(/\s+/g, (s, at: number) =>
      at === 0 || at + s.length === item.str.length ? '' : ' ',
    );
    const gap = prev ? item.x - (prev.x + prev.w) : 0;
    const space = prev && needsSpace(text, piece) && (spaced || gap > 0.2 * item.size) ? ' ' : '';
    text += space + piece;
    const run = runs[runs.length - 1];
    if (run && run.font === item.font) run.text += space + piece;
    else runs.push({ text: space + piece, font: item.font });
    spaced = false;
    prev = item;
  }
  const first = visible[0]!;
  const last = visible[visible.length - 1]!;
  return {
    text,
    x: first.x,
    x2: last.x + last.w,
    y: visible.reduce((m, i) => Math.min(m, i.y), Infinity),
    size: visible.reduce((m, i) => Math.max(m, i.size), 0),
    runs,
  };
}
