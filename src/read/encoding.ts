/**
 * Report bytes to text, never silently: a byte-order mark (UTF-8, UTF-16 LE/BE) decides, then
 * UTF-16 without a mark (told by its NUL bytes: a report's text starts with ASCII), then the
 * caller's encoding (`gbk`…), else UTF-8. Bytes that are not valid in the encoding are refused
 * with ENCODING_INVALID naming the first bad byte — never decoded to U+FFFD — and when UTF-8 fails
 * but GBK reads the bytes, the issue says so.
 */
import type { IssueDraft } from '../issues/issue.js';

/** Text decoded, or why not. */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: string }
  | { readonly ok: false; readonly issue: IssueDraft };

/** The encoding a byte-order mark names, and the mark's length. */
function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * UTF-16 without a byte-order mark: in the first 256 bytes, NUL at many odd (LE) or even (BE)
 * positions and few at the others, as ASCII text (`{`, `"format"`, `format:`) gives in UTF-16.
 * UTF-8 text of a report has no NUL at all.
 */
function sniffUtf16(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 256) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  // A CJK character can have a zero byte too (开 is U+5F00): the pattern, not every pair, decides.
  const pairs = n / 2;
  if (odd >= pairs / 4 && odd > 4 * even) return 'utf-16le';
  if (even >= pairs / 4 && even > 4 * odd) return 'utf-16be';
  return undefined;
}

function strictDecoder(encoding: string): TextDecoder | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true });
  } catch {
    return undefined;
  }
}

/** Whether the first `length` bytes decode without error (a sequence cut at the end is allowed when `partial`). */
function decodes(encoding: string, bytes: Uint8Array, length: number, partial: boolean): boolean {
  try {
    // A fresh decoder each time: one left mid-stream would carry the cut sequence over.
    new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, length), { stream: partial });
    return true;
  } catch {
    return false;
  }
}

/**
 * Where the first invalid sequence starts. The shortest failing prefix is found by bisection (the
 * decoder says only that the bytes fail, not where), then the start of the sequence it ends in:
 * the last point before it where the text decodes completely.
 */
function firstInvalidByte(encoding: string, bytes: Uint8Array): number {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (decodes(encoding, bytes, mid, true)) good = mid;
    else bad = mid;
  }
  let start = bad - 1;
  for (let back = 1; back <= 4 && start > 0; back++) {
    if (decodes(encoding, bytes, bad - back, false)) break;
    start = bad - back - 1;
  }
  return start;
}

function invalid(bytes: Uint8Array, encoding: string, skip: number): IssueDraft {
  const offset = skip + firstInvalidByte(encoding, bytes.subarray(skip));
  // Lines are counted by line-feed bytes, which is right for the ASCII-compatible encodings.
  let line = 1;
  if (!encoding.startsWith('utf-16')) for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  const readsAsGbk = encoding === 'utf-8' && decodes('gbk', bytes.subarray(skip), bytes.length - skip, false);
  return {
    code: 'ENCODING_INVALID',
    path: [],
    params: {
      encoding,
      problem: 'invalid',
      offset,
      ...(encoding.startsWith('utf-16') ? {} : { line }),
      ...(readsAsGbk ? { suggestion: 'gbk' } : {}),
    },
  };
}

/**
 * Decodes a report file's bytes.
 * @param bytes the file
 * @param encoding an encoding to read with when there is no byte-order mark (any WHATWG name:
 *   `gbk`, `gb18030`, `utf-16le`…); by default UTF-8 (or UTF-16, told by its NUL bytes)
 * @returns the text, or ENCODING_INVALID
 * @example decodeReport(bytes, 'gbk')
 */
export function decodeReport(bytes: Uint8Array, encoding?: string): Decoded {
  const mark = byteOrderMark(bytes);
  const chosen = mark?.encoding ?? (encoding && encoding !== 'auto' ? encoding : (sniffUtf16(bytes) ?? 'utf-8'));
  const decoder = strictDecoder(chosen);
  if (!decoder)
    return {
      ok: false,
      issue: { code: 'ENCODING_INVALID', path: [], params: { encoding: chosen, problem: 'unsupported' } },
    };
  const skip = mark?.length ?? 0;
  try {
    // ignoreBOM is false by default, so the decoder drops a mark of its own encoding.
    return { ok: true, text: decoder.decode(bytes), encoding: decoder.encoding };
  } catch {
    return { ok: false, issue: invalid(bytes, decoder.encoding, skip) };
  }
}
