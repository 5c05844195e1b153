/**
 * Cuts a font down to a set of characters with HarfBuzz's subsetter (hb-subset, the wasm build
 * that the harfbuzzjs package ships). One face of a .ttc collection is picked by its index.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

interface HbSubsetExports {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_del(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;

const tag = (s: string) =>
  ((s.charCodeAt(0) << 24) | (s.charCodeAt(1) << 16) | (s.charCodeAt(2) << 8) | s.charCodeAt(3)) >>> 0;

let loaded: Promise<HbSubsetExports> | undefined;

function subsetter(): Promise<HbSubsetExports> {
  loaded ??= (async () => {
    const path = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
    const { instance } = await WebAssembly.instantiate(await readFile(path), {});
    const hb = instance.exports as unknown as HbSubsetExports & { _initialize?: () => void };
    hb._initialize?.();
    return hb;
  })();
  return loaded;
}

/** What to keep. */
export interface SubsetRequest {
  /** Code points to keep; those the font lacks are skipped. */
  readonly codePoints: Iterable<number>;
  /** Layout features to drop besides HarfBuzz's default set (e.g. `locl`). */
  readonly dropFeatures?: readonly string[];
  /** Layout features to keep besides HarfBuzz's default set. */
  readonly addFeatures?: readonly string[];
  /** Tables to drop (e.g. `DSIG`). */
  readonly dropTables?: readonly string[];
}

/**
 * The subset of face `index` of a font file, as a lone font, without hinting.
 * @throws Error when HarfBuzz cannot read or cut the face
 */
export async function subsetFace(file: Uint8Array, index: number, request: SubsetRequest): Promise<Uint8Array> {
  const hb = await subsetter();
  const ptr = hb.malloc(file.byteLength);
  if (ptr === 0) throw new Error('hb-subset: out of memory');
  new Uint8Array(hb.memory.buffer).set(file, ptr);
  const blob = hb.hb_blob_create(ptr, file.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = hb.hb_face_create(blob, index);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  try {
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const cp of request.codePoints) hb.hb_set_add(unicodes, cp);
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    for (const f of request.dropFeatures ?? []) hb.hb_set_del(features, tag(f));
    for (const f of request.addFeatures ?? []) hb.hb_set_add(features, tag(f));
    const tables = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const t of request.dropTables ?? []) hb.hb_set_add(tables, tag(t));
    hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_HINTING);
    const result = hb.hb_subset_or_fail(face, input);
    if (result === 0) throw new Error(`hb-subset could not cut face ${index}`);
    const out = hb.hb_face_reference_blob(result);
    const bytes = new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(out, 0), hb.hb_blob_get_length(out)).slice();
    hb.hb_blob_destroy(out);
    hb.hb_face_destroy(result);
    return bytes;
  } finally {
    hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(ptr);
  }
}
