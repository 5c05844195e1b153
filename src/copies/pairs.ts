/** Matched paragraphs summed per pair of reports: each side's share of copied text, the longest paragraph. */
import type { EditionSpec } from '../format/spec-types.js';
import type { ReportParagraph } from './paragraphs.js';
import type { CopyPair, CopySide } from './types.js';

/** A report as copy detection reads it. */
export interface Entry {
  readonly index: number;
  readonly id?: string;
  readonly agency: string;
  /** The agency's name folded (NFKC, no spaces): reports with the same key are one agency's. */
  readonly agencyKey: string;
  readonly year?: number;
  readonly spec: EditionSpec;
  readonly paragraphs: readonly ReportParagraph[];
  /** Each paragraph's shingles. */
  readonly sets: Uint32Array[];
  /** Characters of narrative (spaces left out): the whole a share is taken of. */
  readonly length: number;
}

/** One paragraph compared: its report, its place in the report, its shingles beyond boilerplate. */
export interface Compared {
  readonly entry: number;
  readonly paragraph: number;
  readonly set: Uint32Array;
}

/** Two compared paragraphs found to be copies, and how alike. */
export interface Match {
  readonly x: number;
  readonly y: number;
  readonly similarity: number;
}

/** Characters of a text without spaces. */
export const visibleLength = (text: string): number => text.replace(/\s+/g, '').length;

const round2 = (x: number) => Math.round(x * 100) / 100;
/** The paragraph shown for a pair is cut here. */
const EXCERPT = 160;

/** The pairs of reports behind a list of matched paragraphs, largest share first. */
export function pairsOf(
  matches: readonly Match[],
  compared: readonly Compared[],
  entries: readonly (Entry | undefined)[],
): CopyPair[] {
  const groups = new Map<number, { lo: number; hi: number; lo_: Set<number>; hi_: Set<number>; best?: Match }>();
  for (const m of matches) {
    let [cx, cy] = [compared[m.x]!, compared[m.y]!];
    let match = m;
    if (cx.entry > cy.entry) {
      [cx, cy] = [cy, cx];
      match = { x: m.y, y: m.x, similarity: m.similarity };
    }
    const key = cx.entry * entries.length + cy.entry;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { lo: cx.entry, hi: cy.entry, lo_: new Set(), hi_: new Set() }));
    g.lo_.add(cx.paragraph);
    g.hi_.add(cy.paragraph);
    const length = (c: Compared) => entries[c.entry]!.paragraphs[c.paragraph]!.text.length;
    if (!g.best || length(cx) > length(compared[g.best.x]!)) g.best = match;
  }
  const pairs: CopyPair[] = [];
  for (const g of groups.values()) {
    const side = (index: number, mine: Set<number>): CopySide => {
      const e = entries[index]!;
      let copied = 0;
      for (const p of mine) copied += visibleLength(e.paragraphs[p]!.text);
      return {
        index,
        ...(e.id === undefined ? {} : { id: e.id }),
        agency: e.agency,
        ...(e.year === undefined ? {} : { year: e.year }),
        share: e.length > 0 ? round2(copied / e.length) : 0,
        paragraphs: mine.size,
      };
    };
    const lo = side(g.lo, g.lo_);
    const hi = side(g.hi, g.hi_);
    const loFirst = lo.share >= hi.share;
    const [a, b] = loFirst ? [lo, hi] : [hi, lo];
    const best = g.best!;
    const [pa, pb] = loFirst ? [compared[best.x]!, compared[best.y]!] : [compared[best.y]!, compared[best.x]!];
    const text = entries[pa.entry]!.paragraphs[pa.paragraph]!;
    pairs.push({
      a,
      b,
      share: a.share,
      paragraph: {
        a: text.path,
        b: entries[pb.entry]!.paragraphs[pb.paragraph]!.path,
        text: text.text.length > EXCERPT ? `${text.text.slice(0, EXCERPT)}…` : text.text,
        similarity: round2(best.similarity),
      },
    });
  }
  return pairs.sort((p, q) => q.share - p.share || p.a.index - q.a.index || p.b.index - q.b.index);
}
