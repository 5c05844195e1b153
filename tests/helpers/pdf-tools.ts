/** Reading PDFs in tests with poppler (pdfinfo, pdffonts, pdftotext, pdftoppm), installed by the set-up. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-pdf-'));
let n = 0;

/** Writes the bytes to a temporary file and returns its path. */
export function pdfFile(pdf: Uint8Array): string {
  const path = join(dir, `doc-${n++}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });

export function pdfInfo(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run('pdfinfo', [path]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!.trim()] = m[2]!.trim();
  }
  return out;
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

export function pdfFonts(path: string): FontRow[] {
  const lines = run('pdffonts', [path])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim());
  return lines.map((line) => {
    // Columns: name, type (may hold spaces), encoding, emb, sub, uni, object ID.
    const m = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(line.trim());
    if (!m) throw new Error(`pdffonts line not understood: ${line}`);
    return { name: m[1]!, type: m[2]!, embedded: m[4] === 'yes', subset: m[5] === 'yes', unicode: m[6] === 'yes' };
  });
}

/** The text of a page range, in reading order. */
export function pdfText(path: string, first?: number, last?: number, raw = false): string {
  const args = [
    ...(raw ? ['-raw'] : []),
    ...(first ? ['-f', String(first)] : []),
    ...(last ? ['-l', String(last)] : []),
    path,
    '-',
  ];
  return run('pdftotext', args);
}

/** One page as PNG bytes at the given resolution. */
export function pagePng(path: string, page: number, dpi = 60): Buffer {
  const prefix = join(dir, `page-${n++}`);
  run('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-png', '-singlefile', path, prefix]);
  return readFileSync(`${prefix}.png`);
}
