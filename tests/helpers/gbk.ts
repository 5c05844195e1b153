/**
 * Text to GBK bytes, for tests of reading files saved in GBK (Node encodes UTF-8 only). The table
 * is made by decoding every two-byte GBK sequence with the platform's own decoder.
 */
let table: Map<string, [number, number]> | undefined;

function gbkTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (!table.has(char)) table.set(char, [lead, trail]);
      } catch {
        // not a GBK sequence
      }
    }
  }
  return table;
}

/** The GBK bytes of `text` (ASCII as itself); throws on a character GBK cannot hold. */
export function encodeGbk(text: string): Uint8Array {
  const map = gbkTable();
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const pair = map.get(char);
      if (!pair) throw new Error(`not in GBK: ${char}`);
      out.push(...pair);
    }
  }
  return Uint8Array.from(out);
}

/** UTF-16 bytes of `text`, little- or big-endian, without a byte-order mark. */
export function encodeUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 * i + (endian === 'le' ? 0 : 1)] = unit & 0xff;
    out[2 * i + (endian === 'le' ? 1 : 0)] = unit >> 8;
  }
  return out;
}
