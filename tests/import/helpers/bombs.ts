/**
 * Hostile inputs made at test time, so that the repository holds none of them: a .docx whose XML
 * inflates a thousandfold, HTML tables with huge spans, and an encrypted PDF.
 */
import { constants, deflateRawSync } from 'node:zlib';
import { strToU8 } from 'fflate';
import { pdfOf } from './tiny-pdf.js';

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

/**
 * A DEFLATE stream of `copies` repetitions of `chunk`, made without ever holding them: the chunk
 * is compressed once up to a full flush (byte-aligned, no reference to what came before), so the
 * same bytes can follow themselves; an empty final block closes the stream.
 */
function repeatedDeflate(chunk: Uint8Array, copies: number): Uint8Array {
  const once = deflateRawSync(chunk, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const out = new Uint8Array(once.length * copies + 2);
  for (let i = 0; i < copies; i++) out.set(once, i * once.length);
  out.set([0x03, 0x00], once.length * copies);
  return out;
}

/** A zip of deflated entries, written by hand so that each entry can declare any size. */
function zipOf(entries: readonly { name: string; data: Uint8Array; size: number }[]): Uint8Array {
  const local: number[][] = [];
  const central: number[][] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    // CRC 0: the readers under test must refuse these entries before a checksum could matter.
    const common = [
      ...u16(20),
      ...u16(0),
      ...u16(8),
      ...u16(0),
      ...u16(0x21),
      ...u32(0),
      ...u32(e.data.length),
      ...u32(e.size),
      ...u16(name.length),
      ...u16(0),
    ];
    const header = [...u32(0x04034b50), ...common, ...name];
    central.push([
      ...u32(0x02014b50),
      ...u16(20),
      ...common,
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(offset),
      ...name,
    ]);
    local.push(header);
    offset += header.length + e.data.length;
  }
  const cd = central.flat();
  const end = [
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(entries.length),
    ...u16(entries.length),
    ...u32(cd.length),
    ...u32(offset),
    ...u16(0),
  ];
  const out = new Uint8Array(offset + cd.length + end.length);
  let at = 0;
  entries.forEach((e, i) => {
    out.set(local[i]!, at);
    at += local[i]!.length;
    out.set(e.data, at);
    at += e.data.length;
  });
  out.set(cd, at);
  out.set(end, at + cd.length);
  return out;
}

/**
 * A .docx of about 1 MB whose `word/document.xml` inflates to `mib` MiB of paragraphs.
 * @param declare `'truth'` declares the inflated size in the zip; `'lie'` declares 1 KB, so only
 *   counting while inflating can catch it
 */
export function zipBombDocx(mib: number, declare: 'truth' | 'lie'): Uint8Array {
  // Long runs of one character compress best (DEFLATE's ratio approaches 1000:1).
  const unit = `<w:p><w:r><w:t>${' '.repeat(8000)}政府信息公开</w:t></w:r></w:p>`;
  const chunk = strToU8(unit.repeat(Math.floor(2 ** 20 / strToU8(unit).length)));
  const data = repeatedDeflate(chunk, mib);
  const size = declare === 'truth' ? Math.min(chunk.length * mib, 0xffffffff) : 1024;
  const types = strToU8(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  return zipOf([
    { name: '[Content_Types].xml', data: deflateRawSync(types), size: types.length },
    { name: 'word/document.xml', data, size },
  ]);
}

/** An HTML table of `rows` rows, each opening with a cell spanning 100000 rows and 100000 columns. */
export function spanBombHtml(rows: number): string {
  const row = '<tr><td rowspan="100000" colspan="100000">1</td><td>2</td></tr>';
  return `<html><body><h1>x</h1><table>${row.repeat(rows)}</table></body></html>`;
}

/**
 * A one-page PDF encrypted with the standard handler and a user password (the `/U` entry matches
 * no empty password), as a reader without the password meets it.
 */
export function encryptedPdf(): Uint8Array {
  const hex = (byte: string) => `<${byte.repeat(32)}>`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    '<< /Length 0 >>\nstream\n\nendstream',
    `<< /Filter /Standard /V 1 /R 2 /O ${hex('ab')} /U ${hex('cd')} /P -4 >>`,
  ];
  const id = `<${'01'.repeat(16)}>`;
  return pdfOf(objects, `/Encrypt 5 0 R /ID [${id} ${id}]`);
}
