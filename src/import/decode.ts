/**
 * Bytes to text: a byte-order mark, then the caller's encoding, then (for HTML) the page's
 * `<meta charset>`, then UTF-8 if the bytes are valid UTF-8, else GB18030 (which reads GBK and
 * GB2312), as many government sites still publish.
 */

/** Decoded text and the encoding used. */
export interface Decoded {
  readonly text: string;
  readonly encoding: string;
}

/**
 * Decodes a file's bytes.
 * @param bytes the file
 * @param options `encoding` forces one (any WHATWG label: `gbk`, `gb18030`, `utf-8`); `html` sniffs `<meta charset>`
 * @example decodeText(bytes, { html: true }).encoding // 'gbk'
 */
export function decodeText(bytes: Uint8Array, options: { encoding?: string; html?: boolean } = {}): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes.subarray(2), 'utf-16be');
  if (options.encoding) return decode(bytes, options.encoding);
  if (options.html) {
    const declared = sniffMetaCharset(bytes);
    if (declared) return decode(bytes, declared);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return decode(bytes, 'gb18030');
  }
}

function decode(bytes: Uint8Array, label: string): Decoded {
  const decoder = new TextDecoder(label.toLowerCase());
  return { text: decoder.decode(bytes), encoding: decoder.encoding };
}

/** The charset a page declares in its first 4 KB (`<meta charset="gbk">` or the http-equiv form). */
export function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  const label = match?.[1]?.toLowerCase();
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}
