/**
 * The few pieces of the OpenType container (sfnt) that font preparation needs: split a font into
 * its tables, find one face of a .ttc collection, write tables back into a font with correct
 * checksums, and make a fresh `name` table. Tables we do not change are copied byte for byte.
 */

/** A font as its tables, keyed by four-letter tag. */
export type SfntTables = Map<string, Uint8Array>;

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const tagAt = (dv: DataView, at: number) =>
  String.fromCharCode(dv.getUint8(at), dv.getUint8(at + 1), dv.getUint8(at + 2), dv.getUint8(at + 3));

/** The tables of the font whose offset table starts at `start` (0 for a lone font). */
export function readTables(file: Uint8Array, start = 0): SfntTables {
  const dv = view(file);
  const count = dv.getUint16(start + 4);
  const tables: SfntTables = new Map();
  for (let i = 0; i < count; i++) {
    const rec = start + 12 + 16 * i;
    const offset = dv.getUint32(rec + 8);
    const length = dv.getUint32(rec + 12);
    // Offsets inside a collection count from the start of the file, as in a lone font.
    tables.set(tagAt(dv, rec), file.subarray(offset, offset + length));
  }
  return tables;
}

/** The fonts of a file: one for a .ttf/.otf, each member of a .ttc, as offset-table starts. */
export function faceOffsets(file: Uint8Array): number[] {
  const dv = view(file);
  if (tagAt(dv, 0) !== 'ttcf') return [0];
  const count = dv.getUint32(8);
  return Array.from({ length: count }, (_, i) => dv.getUint32(12 + 4 * i));
}

/** A name record (platform 3, Windows Unicode) of a `name` table, or undefined. */
export function nameRecord(name: Uint8Array | undefined, id: number): string | undefined {
  if (!name) return undefined;
  const dv = view(name);
  const count = dv.getUint16(2);
  const strings = dv.getUint16(4);
  for (let i = 0; i < count; i++) {
    const rec = 6 + 12 * i;
    if (dv.getUint16(rec) !== 3 || dv.getUint16(rec + 6) !== id) continue;
    const length = dv.getUint16(rec + 8);
    const offset = strings + dv.getUint16(rec + 10);
    let text = '';
    for (let j = 0; j < length; j += 2) text += String.fromCharCode(dv.getUint16(offset + j));
    return text;
  }
  return undefined;
}

/** The index of the face called `postScriptName` (name ID 6) in a font file, or -1. */
export function faceIndexOf(file: Uint8Array, postScriptName: string): number {
  return faceOffsets(file).findIndex((start) => nameRecord(readTables(file, start).get('name'), 6) === postScriptName);
}

/** A `name` table (format 0) holding these records, in Windows Unicode, US English. */
export function makeNameTable(records: ReadonlyMap<number, string>): Uint8Array {
  const entries = [...records].sort((a, b) => a[0] - b[0]);
  const headerSize = 6 + 12 * entries.length;
  const storage = entries.reduce((n, [, text]) => n + 2 * text.length, 0);
  const out = new Uint8Array(headerSize + storage);
  const dv = view(out);
  dv.setUint16(2, entries.length);
  dv.setUint16(4, headerSize);
  let offset = 0;
  entries.forEach(([id, text], i) => {
    const rec = 6 + 12 * i;
    dv.setUint16(rec, 3);
    dv.setUint16(rec + 2, 1);
    dv.setUint16(rec + 4, 0x409);
    dv.setUint16(rec + 6, id);
    dv.setUint16(rec + 8, 2 * text.length);
    dv.setUint16(rec + 10, offset);
    for (let j = 0; j < text.length; j++) dv.setUint16(headerSize + offset + 2 * j, text.charCodeAt(j));
    offset += 2 * text.length;
  });
  return out;
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const dv = view(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + dv.getUint32(i)) >>> 0;
  return sum;
}

/**
 * A TrueType font (`sfntVersion` 1.0) of these tables, sorted by tag, each 4-byte aligned, with
 * the table checksums and `head.checkSumAdjustment` set as the specification asks.
 */
export function writeFont(tables: SfntTables): Uint8Array {
  const tags = [...tables.keys()].sort();
  const head = tables.get('head');
  if (head) tables.set('head', head.slice()); // the adjustment is written into a copy
  const n = tags.length;
  const entrySelector = Math.floor(Math.log2(n));
  let size = 12 + 16 * n;
  const offsets = tags.map((tag) => {
    const at = size;
    size += (tables.get(tag)!.length + 3) & ~3;
    return at;
  });
  const out = new Uint8Array(size);
  const dv = view(out);
  dv.setUint32(0, 0x00010000);
  dv.setUint16(4, n);
  dv.setUint16(6, 16 * 2 ** entrySelector);
  dv.setUint16(8, entrySelector);
  dv.setUint16(10, 16 * n - 16 * 2 ** entrySelector);
  tags.forEach((tag, i) => {
    const table = tables.get(tag)!;
    if (tag === 'head') view(table).setUint32(8, 0);
    const rec = 12 + 16 * i;
    for (let j = 0; j < 4; j++) dv.setUint8(rec + j, tag.charCodeAt(j));
    dv.setUint32(rec + 4, checksum(table));
    dv.setUint32(rec + 8, offsets[i]!);
    dv.setUint32(rec + 12, table.length);
    out.set(table, offsets[i]!);
  });
  const headAt = offsets[tags.indexOf('head')];
  if (headAt !== undefined) dv.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
