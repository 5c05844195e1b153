/**
 * Opening a .docx within bounds. A Word file is a zip, and a zip can claim anything: a 1 MB file
 * may inflate to gigabytes, or hold a million entries. So the parts are inflated here, as a
 * stream, counting every byte; only the XML parts are kept (images and embedded files are never
 * inflated); and reading stops at the first limit passed. What mammoth then receives is a small
 * stored (uncompressed) zip of parts already checked.
 */
import { Unzip, UnzipInflate, UnzipPassThrough, zipSync, type Zippable } from 'fflate';
import { LimitExceeded, type ImportLimits } from './limits.js';

/** Compressed bytes pushed at a time: one push can inflate to at most ~1,000× this (DEFLATE's ratio). */
const CHUNK = 16 * 1024;

/** The parts mammoth reads: the document, its styles, numbering, notes and their relationships. */
const isXmlPart = (name: string) => /\.(?:xml|rels)$/i.test(name);

/**
 * The XML parts of a .docx, inflated within the limits, as a stored zip for mammoth.
 * @param bytes the .docx file
 * @param limits `zipEntries` (entries of the zip) and `zipInflatedBytes` (all XML parts together)
 * @throws LimitExceeded when a limit is passed; Error when the bytes are not a zip
 */
export function boundedDocx(
  bytes: Uint8Array,
  limits: Pick<ImportLimits, 'zipEntries' | 'zipInflatedBytes'>,
): Uint8Array {
  const parts: Zippable = {};
  let entries = 0;
  let declared = 0;
  let inflated = 0;
  let failure: Error | undefined;
  const unzip = new Unzip((file) => {
    entries++;
    if (entries > limits.zipEntries) throw new LimitExceeded('zipEntries', limits.zipEntries, entries);
    if (!isXmlPart(file.name)) return;
    // Sizes a zip declares can lie; they are checked first all the same, so an honest bomb is refused before any work.
    declared += file.originalSize ?? 0;
    if (declared > limits.zipInflatedBytes)
      throw new LimitExceeded('zipInflatedBytes', limits.zipInflatedBytes, declared);
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (error) {
        failure ??= error;
        return;
      }
      inflated += chunk.length;
      if (inflated > limits.zipInflatedBytes) {
        failure ??= new LimitExceeded('zipInflatedBytes', limits.zipInflatedBytes, inflated);
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) parts[file.name] = [concat(chunks), { level: 0 }];
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  for (let at = 0; at < bytes.length && !failure; at += CHUNK) {
    unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
  }
  if (failure) throw failure;
  if (entries === 0) throw new Error('不是 zip 文件');
  return zipSync(parts, { level: 0 });
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
