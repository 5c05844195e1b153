/**
 * The printed lines of a PDF, read with poppler's `pdftotext -bbox-layout`: every word with its box,
 * gathered into lines by baseline. LibreOffice draws text on a character grid as one word per
 * character, Chromium as one word per line; both come out as the same lines here.
 */
import { execFileSync } from 'node:child_process';

/** One printed line. */
export interface PrintedLine {
  /** 1-based page number. */
  readonly page: number;
  /** The line's words in order, joined without spaces. */
  readonly text: string;
  /** Box in points from the page's top left. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

interface Word {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);

function lines(words: Word[], page: number): PrintedLine[] {
  const out: { y1: number; words: Word[] }[] = [];
  for (const word of [...words].sort((a, b) => a.y1 - b.y1 || a.x0 - b.x0)) {
    // Same baseline within 2 pt: glyphs of one line share their box's bottom.
    const line = out.find((l) => Math.abs(l.y1 - word.y1) < 2);
    if (line) line.words.push(word);
    else out.push({ y1: word.y1, words: [word] });
  }
  return out.map(({ words: ws }) => {
    ws.sort((a, b) => a.x0 - b.x0);
    return {
      page,
      text: ws.map((w) => w.text).join(''),
      left: Math.min(...ws.map((w) => w.x0)),
      right: Math.max(...ws.map((w) => w.x1)),
      top: Math.min(...ws.map((w) => w.y0)),
      bottom: Math.max(...ws.map((w) => w.y1)),
    };
  });
}

/**
 * Every printed line of a PDF, page by page, top to bottom.
 * @example printedLines('/tmp/report.pdf').filter((l) => l.page === 1)
 */
export function printedLines(path: string): PrintedLine[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const out: PrintedLine[] = [];
  const pages = html.split('<page ').slice(1);
  pages.forEach((chunk, i) => {
    const words: Word[] = [];
    for (const m of chunk.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    )) {
      words.push({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: decode(m[5]!) });
    }
    out.push(...lines(words, i + 1));
  });
  return out;
}
