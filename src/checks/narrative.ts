/**
 * Advice on the narrative sections: sub-headings that carry their own number (HEADING_NUMBERED),
 * the five areas of 一、总体情况 (OVERVIEW_TOPICS), section names in the opening paragraph
 * (HEADING_TEXT) and 信息处理费 in section 六 (SECTION6_FEE_HINT, SPEC A6).
 */
import type { EditionSpec, SectionSpec, TopicSpec } from '../format/spec-types.js';
import type { IssueDraft } from '../issues/issue.js';
import { blocksPlainText, forEachHeading } from '../util/blocks.js';
import { LEADING_ORDINAL, ORDINAL_NUMERALS } from '../util/ordinals.js';
/** Punctuation a run-in heading ends with (white space too). */
const TRAILING_MARKS = new Set('。：:；;，,');
const SPACE = /\s/;

/**
 * `text` without the punctuation and white space it ends with. A loop from the end, not
 * `/[…\s]+$/`: that pattern retries from every character of a long run of spaces inside a heading
 * and takes quadratic time (minutes on a 4 MB report).
 */
function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && (TRAILING_MARKS.has(text[end - 1]!) || SPACE.test(text[end - 1]!))) end--;
  return text.slice(0, end);
}

/** A sub-heading of a list of blocks, and whether its list of paragraphs is empty. */
interface Heading {
  readonly index: number;
  readonly heading: string;
  readonly empty: boolean;
}

/** The sub-headings of a list of blocks. */
function headings(blocks: unknown): Heading[] {
  const out: Heading[] = [];
  forEachHeading(blocks, (heading, index, paragraphs) =>
    out.push({ index, heading, empty: Array.isArray(paragraphs) && paragraphs.length === 0 }),
  );
  return out;
}

const narrativeKeysOf = new WeakMap<EditionSpec, readonly string[]>();

/** The opening paragraph and the sections written as prose, by key. */
function narrativeKeys(spec: EditionSpec): readonly string[] {
  let keys = narrativeKeysOf.get(spec);
  if (!keys) {
    keys = ['preamble', ...spec.sections.filter((s) => s.body === 'narrative').map((s) => s.key)];
    narrativeKeysOf.set(spec, keys);
  }
  return keys;
}

/** Runs the narrative checks over whatever blocks are well-typed. */
export function checkNarrative(spec: EditionSpec, report: Record<string, unknown>): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  // The sub-headings of each part, read once for the checks below.
  const found = new Map<string, Heading[]>();
  for (const key of narrativeKeys(spec)) {
    const list = headings(report[key]);
    found.set(key, list);
    for (const { index, heading, empty } of list) {
      if (empty) drafts.push({ code: 'HEADING_EMPTY', path: [key, index, 'paragraphs'], actual: heading });
      const number = LEADING_ORDINAL.exec(heading);
      if (number) {
        drafts.push({
          code: 'HEADING_NUMBERED',
          path: [key, index, 'heading'],
          actual: heading,
          params: { number: number[0].trim() },
        });
      }
    }
  }
  drafts.push(...checkTopics(spec, report, found));
  drafts.push(...checkPreambleParts(spec, report['preamble']));
  const other = report['otherMatters'];
  if (Array.isArray(other) && !blocksPlainText(other).includes('信息处理费')) {
    drafts.push({ code: 'SECTION6_FEE_HINT', path: ['otherMatters'] });
  }
  return drafts;
}

/** Characters that may need normalising away; most headings have none (the fast path). */
const NEEDS_NORMALISING = new RegExp(`^\\s*[（(${ORDINAL_NUMERALS}\\d]|[。：:；;，,\\s]`, 'u');

/** A sub-heading without its ordinal, the punctuation it ends with and white space: `（一）主动公开情况。` → `主动公开情况`. */
export function normalizeHeading(heading: string): string {
  if (!NEEDS_NORMALISING.test(heading)) return heading;
  return trimTrailing(heading.replace(LEADING_ORDINAL, '')).replace(/\s+/g, '');
}

/**
 * Whether a sub-heading (normalized by {@link normalizeHeading}) names a topic of the format: its
 * title, a known variant, or a heading that holds the title.
 */
export function namesTopic(bare: string, topic: TopicSpec): boolean {
  return bare === topic.title || topic.variants.includes(bare) || bare.includes(topic.title);
}

function checkTopics(
  spec: EditionSpec,
  report: Record<string, unknown>,
  known: ReadonlyMap<string, readonly Heading[]>,
): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  for (const key in spec.topics) {
    const topics = spec.topics[key]!;
    if (!Array.isArray(report[key])) continue;
    const found = (known.get(key) ?? headings(report[key])).map((h) => normalizeHeading(h.heading));
    const missing = topics.filter((t) => !found.some((h) => namesTopic(h, t))).map((t) => t.title);
    if (missing.length > 0) drafts.push({ code: 'OVERVIEW_TOPICS', path: [key], params: { missing } });
  }
  return drafts;
}

const LIST_WORD = /包括|分为|包含/g;
const SIX_PARTS = /六个?部分/g;

/**
 * The list of parts in an opening paragraph: `包括总体情况、……、其他需要报告的事项等六个部分` gives
 * `总体情况、……、其他需要报告的事项`. The first sentence holding a list word followed by 六个部分
 * is read. Written as searches from sentence to sentence, not as one pattern with a lazy `[^。]*?`,
 * which rescans to the sentence's end from every list word (quadratic on `包括包括包括…`). Linear:
 * the next list word and the next 六个部分 are each searched for again only once passed.
 */
function partsList(text: string): string | undefined {
  let word: RegExpExecArray | null = null;
  let six: RegExpExecArray | null = null;
  let searched = false;
  for (let start = 0; start <= text.length; ) {
    const stop = text.indexOf('。', start);
    const end = stop === -1 ? text.length : stop;
    if (word === null || word.index < start) {
      LIST_WORD.lastIndex = start;
      word = LIST_WORD.exec(text);
      if (word === null) return undefined;
    }
    if (word.index >= end) {
      // No list word in this sentence: on to the sentence of the next one.
      start = text.lastIndexOf('。', word.index) + 1;
      continue;
    }
    const after = word.index + word[0].length;
    if (!searched || (six !== null && six.index < after)) {
      SIX_PARTS.lastIndex = after;
      six = SIX_PARTS.exec(text);
      searched = true;
    }
    if (six === null) return undefined;
    if (six.index < end) {
      const list = text.slice(after, six.index);
      return list.endsWith('等') ? list.slice(0, -1) : list;
    }
    start = end + 1;
  }
  return undefined;
}

const sortedVariants = new WeakMap<SectionSpec, readonly string[]>();

/** A section's variants, longest first (so that a variant containing another wins). */
function longestFirst(section: SectionSpec): readonly string[] {
  let sorted = sortedVariants.get(section);
  if (!sorted) sortedVariants.set(section, (sorted = [...section.variants].sort((a, b) => b.length - a.length)));
  return sorted;
}

/**
 * When the opening paragraph lists the report's parts, each part should be named as the format
 * names it; a known variant is noted, a part not named at all is noted too (SPEC B §11).
 */
function checkPreambleParts(spec: EditionSpec, preamble: unknown): IssueDraft[] {
  const all = blocksPlainText(preamble);
  if (!/六个?部分/.test(all)) return [];
  // Read the list itself (“包括……等六个部分”) where there is one, else the whole paragraph.
  const raw = partsList(all) ?? all;
  // Names are looked for as written, then with line breaks and spaces taken out.
  let squeezed: string | undefined;
  const has = (name: string) => raw.includes(name) || (squeezed ??= raw.replace(/\s+/g, '')).includes(name);
  const drafts: IssueDraft[] = [];
  for (const section of spec.sections) {
    if (has(section.title)) continue;
    const variant = longestFirst(section).find(has);
    drafts.push({
      code: 'HEADING_TEXT',
      severity: 'info',
      path: ['preamble'],
      expected: section.title,
      ...(variant
        ? { actual: variant, params: { section: section.key } }
        : { params: { section: section.key, missing: true as const } }),
    });
  }
  return drafts;
}

/** Whether a section heading as printed matches the format (used by the importer's report). */
export function headingMatches(section: SectionSpec, text: string): 'canonical' | 'variant' | 'other' {
  const bare = normalizeHeading(text);
  if (bare === section.title) return 'canonical';
  return section.variants.includes(bare) ? 'variant' : 'other';
}
