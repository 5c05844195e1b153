/**
 * Tolerant label matching. Labels are compared by a key that ignores what real reports change
 * without meaning to: full-/half-width forms, spaces and line breaks, punctuation and the style of
 * numbering (`1.` `1、` `（1）`). Aliases from the format description catch known typos; a small
 * edit distance catches the rest of the slips.
 */

import { editDistance } from '../util/edit-distance.js';
import { LEADING_NUMERALS } from '../util/ordinals.js';

/** How well a text matched a label, best first. */
export type MatchQuality = 'exact' | 'alias' | 'loose' | 'fuzzy' | 'prefix';

const QUALITY_RANK: Readonly<Record<MatchQuality, number>> = { exact: 5, alias: 4, loose: 3, fuzzy: 2, prefix: 1 };

/** Ranks a match quality (higher is better). */
export function qualityRank(q: MatchQuality): number {
  return QUALITY_RANK[q];
}

/**
 * The comparison key of a label: NFKC, every character that is not a letter or digit removed.
 * @example labelKey('（二）部分公开 (区分处理的,只计这一情形)') === labelKey('（二）部分公开（区分处理的，只计这一情形）')
 */
export function labelKey(text: string): string {
  return text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
}

/** The key without a leading ordinal (`三`, `1`, `（六）`): for labels whose numbering is missing or wrong. */
export function looseKey(key: string): string {
  return key.replace(LEADING_NUMERALS, '');
}

/** The text with all whitespace removed: two labels that differ only here are the same label. */
export function withoutSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '');
}

/** A label the matcher knows, and what it stands for. */
export interface LabelEntry<T> {
  /** The format's text. */
  readonly canonical: string;
  /** Known misspellings and older wordings. */
  readonly aliases?: readonly string[];
  readonly target: T;
}

/** A successful match. */
export interface LabelMatch<T> {
  /** Every entry with this label (the same header may head several blocks). */
  readonly targets: readonly T[];
  readonly canonical: string;
  readonly quality: MatchQuality;
  /** True when the text differs from the canonical text (whitespace aside). */
  readonly differs: boolean;
  /**
   * For an exact match, the other labels the text also names once numbering is ignored (`总计` is
   * the column 总计, and also row `（七）总计` printed without its number).
   */
  readonly alsoLoosely?: readonly LabelMatch<T>[];
}

interface Keyed<T> {
  readonly key: string;
  readonly canonical: string;
  readonly targets: T[];
}

/** Finds the entries a piece of text stands for. */
export type LabelMatcher<T> = (text: string) => LabelMatch<T> | undefined;

/**
 * Builds a matcher over a set of labels.
 * @param entries the labels, from the format description
 * @param options `fuzzy` (default true) allows small edit distances and prefixes
 * @example
 * const match = createLabelMatcher([{ canonical: '行政许可', target: 'licensing' }]);
 * match('行政 许可')?.targets // ['licensing']
 */
export function createLabelMatcher<T>(
  entries: readonly LabelEntry<T>[],
  options: { fuzzy?: boolean } = {},
): LabelMatcher<T> {
  const exact = new Map<string, Keyed<T>>();
  const alias = new Map<string, Keyed<T>>();
  const loose = new Map<string, Keyed<T>[]>();
  const add = (map: Map<string, Keyed<T>>, key: string, canonical: string, target: T) => {
    const hit = map.get(key);
    if (hit) {
      if (!hit.targets.includes(target)) hit.targets.push(target);
    } else map.set(key, { key, canonical, targets: [target] });
  };
  for (const e of entries) {
    add(exact, labelKey(e.canonical), e.canonical, e.target);
    for (const a of e.aliases ?? []) {
      add(alias, labelKey(a), e.canonical, e.target);
      const la = looseKey(labelKey(a));
      if (la.length >= 4) add(alias, la, e.canonical, e.target);
    }
  }
  for (const keyed of exact.values()) {
    const lk = looseKey(keyed.key);
    if (lk.length >= 2) loose.set(lk, [...(loose.get(lk) ?? []), keyed]);
  }
  const all = [...exact.values()];
  const fuzzy = options.fuzzy !== false;

  return (text: string) => {
    const key = labelKey(text);
    if (key === '') return undefined;
    const result = (keyed: Keyed<T>, quality: MatchQuality): LabelMatch<T> => ({
      targets: keyed.targets,
      canonical: keyed.canonical,
      quality,
      differs: withoutSpaces(text).normalize('NFC') !== withoutSpaces(keyed.canonical),
    });
    const hit = exact.get(key);
    if (hit) {
      const others = (loose.get(key) ?? []).filter((k) => k !== hit);
      return others.length > 0
        ? { ...result(hit, 'exact'), alsoLoosely: others.map((k) => result(k, 'loose')) }
        : result(hit, 'exact');
    }
    const aliased = alias.get(key) ?? alias.get(looseKey(key));
    if (aliased) return result(aliased, 'alias');
    const lk = looseKey(key);
    const loosely = loose.get(lk);
    if (loosely && loosely.length === 1) return result(loosely[0]!, 'loose');
    if (!fuzzy || key.length < 5) return undefined;
    return nearest(all, lk, result);
  };
}

/** The one label within a small edit distance of the text (numbering aside), or the one it is a long prefix of. */
function nearest<T>(
  all: readonly Keyed<T>[],
  lk: string,
  result: (keyed: Keyed<T>, quality: MatchQuality) => LabelMatch<T>,
): LabelMatch<T> | undefined {
  let best: Keyed<T> | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const keyed of all) {
    const target = looseKey(keyed.key);
    const limit = Math.floor(Math.max(target.length, lk.length) * 0.2);
    if (limit < 1 || Math.abs(target.length - lk.length) > limit) continue;
    const d = editDistance(lk, target, limit);
    if (d > limit) continue;
    if (d < bestDistance) {
      best = keyed;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && keyed.canonical !== best?.canonical) tie = true;
  }
  if (best && !tie) return result(best, 'fuzzy');
  // A label cut short (a line lost at a page break, an abbreviated note): a unique long prefix.
  const prefixed = all.filter((k) => {
    const target = looseKey(k.key);
    return lk.length >= 5 && lk.length >= target.length * 0.5 && lk.length < target.length && target.startsWith(lk);
  });
  if (prefixed.length === 1) return result(prefixed[0]!, 'prefix');
  return undefined;
}
