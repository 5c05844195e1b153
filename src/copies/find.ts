/**
 * Copied text across a batch: paragraphs two agencies share beyond boilerplate (see
 * boilerplate.ts), found with MinHash and LSH over character shingles, verified on their exact
 * shingles, and summed per pair of reports into the share of each report's text that was copied.
 */
import { CURRENT_EDITION, getEdition } from '../format/editions.js';
import type { EditionSpec } from '../format/spec-types.js';
import { finalizeIssues } from '../issues/finalize.js';
import type { IssueDraft } from '../issues/issue.js';
import { boilerplateThreshold, commonShingles, formatShingles, unionOf, without } from './boilerplate.js';
import { bandKeys, DEFAULT_BANDING } from './minhash.js';
import { pairsOf, visibleLength, type Compared, type Entry } from './pairs.js';
import { reportParagraphs } from './paragraphs.js';
import { foldText, ownNames, sharedCount, shingles } from './shingles.js';
import { repeatedTables, type YearEntry } from './tables.js';
import type { CopiesResult, CopyInput, CopyOptions } from './types.js';

/** Paragraph ids are packed beside a 31-bit band key in one float64 (53 bits). */
const MAX_PARAGRAPHS = 2 ** 22;

function readEntry(input: CopyInput, index: number): Entry | undefined {
  const report = input.report as { agency?: unknown; year?: unknown; format?: unknown } | null;
  if (report === null || typeof report !== 'object' || typeof report.agency !== 'string') return undefined;
  const spec = getEdition(report.format) ?? CURRENT_EDITION;
  const names = ownNames(report.agency);
  const paragraphs = reportParagraphs(spec, report);
  return {
    index,
    ...(input.id === undefined ? {} : { id: input.id }),
    agency: report.agency,
    agencyKey: names[0] ?? report.agency,
    ...(typeof report.year === 'number' ? { year: report.year } : {}),
    spec,
    paragraphs,
    sets: paragraphs.map((p) => shingles(foldText(p.text, names))),
    length: paragraphs.reduce((n, p) => n + visibleLength(p.text), 0),
  };
}

/**
 * Finds text copied between agencies, and tables an agency repeated from one year to the next,
 * across a batch of reports.
 * @param inputs the reports (objects as read; reports of the same agency are never compared for copies)
 * @param options how boilerplate is told from copied text; the language of the messages
 * @returns the pairs of reports sharing text, largest share first, and each input's issues
 * @example
 * const { pairs, issues } = findCopies(files.map((f) => ({ id: f.name, report: f.value })));
 * for (const p of pairs) console.log(p.a.agency, p.b.agency, p.share);
 */
export function findCopies(inputs: readonly CopyInput[], options: CopyOptions = {}): CopiesResult {
  const entries = inputs.map(readEntry);
  const present = entries.filter((e): e is Entry => e !== undefined);
  const minShingles = options.minShingles ?? 15;
  const minSimilarity = options.minSimilarity ?? 0.5;
  const minShared = options.minShared ?? 8;

  // Boilerplate: the format's wording, and shingles many agencies carry.
  const perAgency = new Map<string, Uint32Array[]>();
  for (const e of present) perAgency.set(e.agencyKey, [...(perAgency.get(e.agencyKey) ?? []), ...e.sets]);
  const threshold = boilerplateThreshold(perAgency.size, {
    minAgencies: options.boilerplate?.minAgencies ?? 5,
    share: options.boilerplate?.share ?? 0.01,
  });
  const common = commonShingles([...perAgency.values()].map(unionOf), threshold);
  const formats = new Map<string, Set<number>>();
  const formatSet = (spec: EditionSpec) => {
    let set = formats.get(spec.format);
    if (!set) formats.set(spec.format, (set = formatShingles(spec, options.boilerplate?.texts)));
    return set;
  };

  const compared: Compared[] = [];
  let paragraphs = 0;
  for (const e of present) {
    paragraphs += e.sets.length;
    e.sets.forEach((set, p) => {
      const rest = without(set, formatSet(e.spec), common);
      if (rest.length >= minShingles) compared.push({ entry: e.index, paragraph: p, set: rest });
    });
  }
  if (compared.length >= MAX_PARAGRAPHS)
    throw new RangeError(`findCopies compares at most ${MAX_PARAGRAPHS} paragraphs`);

  // LSH: every (band key, paragraph) packed in one number, sorted, so that a bucket is a run.
  const banding = options.banding ?? DEFAULT_BANDING;
  const packed = new Float64Array(compared.length * banding.bands);
  compared.forEach((c, id) => {
    const keys = bandKeys(c.set, banding);
    for (let b = 0; b < keys.length; b++) packed[id * banding.bands + b] = keys[b]! * MAX_PARAGRAPHS + id;
  });
  packed.sort();

  const seen = new Set<number>();
  const matches: { x: number; y: number; similarity: number }[] = [];
  for (let i = 0; i < packed.length; ) {
    const key = Math.floor(packed[i]! / MAX_PARAGRAPHS);
    let j = i + 1;
    while (j < packed.length && Math.floor(packed[j]! / MAX_PARAGRAPHS) === key) j++;
    for (let s = i; s < j; s++) {
      const x = packed[s]! % MAX_PARAGRAPHS;
      for (let t = s + 1; t < j; t++) {
        const y = packed[t]! % MAX_PARAGRAPHS;
        const cx = compared[x]!;
        const cy = compared[y]!;
        if (entries[cx.entry]!.agencyKey === entries[cy.entry]!.agencyKey) continue;
        const pairId = Math.min(x, y) * MAX_PARAGRAPHS + Math.max(x, y);
        if (seen.has(pairId)) continue;
        seen.add(pairId);
        // Copies must share text beyond boilerplate; how alike they are is measured on their whole
        // text as well, since a copier's edits add shingles no one else has (never boilerplate) and
        // so weigh more against what is left once boilerplate is taken out.
        const shared = sharedCount(cx.set, cy.set);
        if (shared < minShared) continue;
        const [rx, ry] = [entries[cx.entry]!.sets[cx.paragraph]!, entries[cy.entry]!.sets[cy.paragraph]!];
        const similarity = Math.max(
          shared / Math.min(cx.set.length, cy.set.length),
          sharedCount(rx, ry) / Math.min(rx.length, ry.length),
        );
        if (similarity >= minSimilarity) matches.push({ x, y, similarity });
      }
    }
    i = j;
  }

  const pairs = pairsOf(matches, compared, entries);
  const drafts = new Map<number, IssueDraft[]>();
  const add = (index: number, draft: IssueDraft) => drafts.set(index, [...(drafts.get(index) ?? []), draft]);
  for (const pair of pairs) {
    for (const [self, other, path] of [
      [pair.a, pair.b, pair.paragraph.a],
      [pair.b, pair.a, pair.paragraph.b],
    ] as const) {
      add(self.index, {
        code: 'TEXT_COPIED',
        path,
        actual: self.share,
        params: {
          other: other.agency,
          ...(other.year === undefined ? {} : { otherYear: other.year }),
          ...(other.id === undefined ? {} : { otherFile: other.id }),
          paragraphs: self.paragraphs,
        },
      });
    }
  }
  if (options.tables !== false) {
    const years = present.filter((e): e is Entry & { year: number } => e.year !== undefined);
    const yearEntries: YearEntry[] = years.map((e) => ({ ...e, report: inputs[e.index]!.report }));
    for (const [index, list] of repeatedTables(yearEntries)) for (const d of list) add(index, d);
  }
  const issues = inputs.map((_, i) => {
    const list = drafts.get(i);
    return list ? finalizeIssues(entries[i]?.spec ?? CURRENT_EDITION, list, options.lang) : [];
  });
  return {
    pairs,
    issues,
    boilerplate: { agencies: perAgency.size, threshold, commonShingles: common.size },
    stats: { paragraphs, compared: compared.length, candidates: seen.size },
  };
}
