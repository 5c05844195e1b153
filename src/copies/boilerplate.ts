/**
 * What counts as boilerplate, text two reports may share without one having copied the other:
 *
 * 1. the format's own wording — section headings and their variants, the sub-topics of
 *    总体情况, every label the tables print, the notice's number — read from src/format;
 * 2. text carried by many agencies in the batch: a shingle found in the reports of at least
 *    {@link boilerplateThreshold} agencies (the standard opening sentences, 本年度未收取信息处理费,
 *    phrases of the yearly work points) is common wording, whoever wrote it first;
 * 3. wording the caller names (a province's own template sentences).
 *
 * Copy detection compares paragraphs on what is left.
 */
import { printedLabels, sectionHeading } from '../format/labels.js';
import type { EditionSpec } from '../format/spec-types.js';
import { foldText, shingles } from './shingles.js';

/** The format's own wording, as shingles. */
export function formatShingles(spec: EditionSpec, extra: readonly string[] = []): Set<number> {
  const texts: string[] = [spec.notice, ...printedLabels(spec), ...extra];
  for (const section of spec.sections) {
    texts.push(sectionHeading(section), section.title, ...section.variants);
    if (section.placeholder) texts.push(section.placeholder);
  }
  for (const topics of Object.values(spec.topics)) for (const t of topics) texts.push(t.title, ...t.variants);
  const out = new Set<number>();
  for (const text of texts) for (const h of shingles(foldText(text))) out.add(h);
  return out;
}

/**
 * How many agencies must carry a shingle for it to be boilerplate: `minAgencies`, or `share` of the
 * agencies in the batch when that is more.
 * @example boilerplateThreshold(5000, { minAgencies: 5, share: 0.01 }) === 50
 */
export function boilerplateThreshold(agencies: number, rule: { minAgencies: number; share: number }): number {
  return Math.max(rule.minAgencies, Math.ceil(agencies * rule.share));
}

/**
 * The shingles carried by at least `threshold` agencies.
 * @param perAgency each agency's distinct shingles (one set per agency, ascending)
 */
export function commonShingles(perAgency: readonly Uint32Array[], threshold: number): Set<number> {
  const all = sortedConcat(perAgency);
  const common = new Set<number>();
  for (let i = 0; i < all.length; ) {
    let j = i + 1;
    while (j < all.length && all[j] === all[i]) j++;
    if (j - i >= threshold) common.add(all[i]!);
    i = j;
  }
  return common;
}

/** The ascending union of ascending sets. */
export function unionOf(sets: readonly Uint32Array[]): Uint32Array {
  if (sets.length === 1) return sets[0]!;
  const all = sortedConcat(sets);
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i]!;
  return all.slice(0, n);
}

/** A set without the shingles of `drop`. */
export function without(set: Uint32Array, drop: ReadonlySet<number>, alsoDrop?: ReadonlySet<number>): Uint32Array {
  const out = new Uint32Array(set.length);
  let n = 0;
  for (let i = 0; i < set.length; i++) {
    const h = set[i]!;
    if (!drop.has(h) && !alsoDrop?.has(h)) out[n++] = h;
  }
  return n === set.length ? set : out.slice(0, n);
}

/** Every value of the sets, in one ascending array (repeats kept). */
function sortedConcat(sets: readonly Uint32Array[]): Uint32Array {
  let total = 0;
  for (const set of sets) total += set.length;
  const all = new Uint32Array(total);
  let offset = 0;
  for (const set of sets) {
    all.set(set, offset);
    offset += set.length;
  }
  return all.sort();
}
