/**
 * The words of a report: its title (and from it the agency and year), the paragraphs before
 * 一、总体情况, the six sections found by their headings, the blocks of each narrative section, and
 * the closing agency and date.
 */
import type { SectionSpec } from '../format/spec-types.js';
import type { Block } from '../model/types.js';
import { matchSectionHeading, type FormatLabels } from './format-labels.js';
import { withoutSpaces } from './labels.js';
import type { NoteDraft } from './notes.js';
import type { LabelDifference } from './report.js';
import type { SourceItem, SourceParagraph } from './source.js';
import { toBlocks } from './subheadings.js';
import { isAgencyLine, isoDate, periodYear, titleFacts } from './title.js';

/** What the words gave. */
export interface NarrativeRead {
  readonly title?: string;
  readonly agency?: string;
  readonly year?: number;
  readonly publishedAt?: string;
  readonly preamble: readonly Block[];
  /** Narrative sections found, by key. */
  readonly sections: ReadonlyMap<string, readonly Block[]>;
  /** Keys of every section whose heading was found (tables included). */
  readonly found: ReadonlySet<string>;
  readonly labels: readonly LabelDifference[];
  readonly notes: readonly NoteDraft[];
}

interface Heading {
  readonly index: number;
  readonly section: SectionSpec;
}

/**
 * Reads the narrative of a document.
 * @param items the document's items
 * @param labels the format's labels
 */
export function readNarrative(items: readonly SourceItem[], labels: FormatLabels): NarrativeRead {
  const notes: NoteDraft[] = [];
  const diffs: LabelDifference[] = [];
  const headings = findHeadings(items, labels, diffs);
  const firstHeading = headings[0]?.index ?? items.length;
  const title = findTitle(items, firstHeading);
  const ends = closing(items, headings);
  const paragraphsIn = (from: number, to: number) =>
    items.slice(from, to).filter((i): i is SourceParagraph => i.kind === 'paragraph');

  const sections = new Map<string, readonly Block[]>();
  headings.forEach((h, k) => {
    const to = Math.min(headings[k + 1]?.index ?? items.length, ends.cut);
    const paragraphs = paragraphsIn(h.index + 1, Math.max(h.index + 1, to));
    if (h.section.body === 'narrative') {
      sections.set(h.section.key, toBlocks(paragraphs));
      const placeholder = h.section.placeholder;
      if (placeholder && paragraphs.some((p) => withoutSpaces(p.text) === placeholder)) {
        notes.push({ code: 'PLACEHOLDER_TEXT', params: { section: h.section.key, text: placeholder } });
      }
    } else {
      for (const p of paragraphs) {
        if (isTableText(labels, p.text)) continue;
        notes.push({
          code: 'IGNORED_TEXT',
          params: { text: p.text.length > 40 ? `${p.text.slice(0, 40)}…` : p.text },
          where: p.where,
        });
      }
    }
  });
  const found = new Set(headings.map((h) => h.section.key));
  for (const s of labels.spec.sections) {
    if (!found.has(s.key)) notes.push({ code: 'SECTION_MISSING', params: { section: s.key } });
  }

  const preamble = paragraphsIn(title.end, Math.min(firstHeading, ends.cut)).map((p) => p.text);
  const fromTitle = title.text ? titleFacts(title.text) : {};
  const agency = ends.agency ?? fromTitle.agency;
  if (ends.agency && fromTitle.agency && ends.agency !== fromTitle.agency) {
    notes.push({
      code: 'AGENCY_DIFFERS',
      params: { title: fromTitle.agency, signature: ends.agency, chosen: 'signature' },
    });
  }
  const year =
    fromTitle.year ??
    preamble.map(periodYear).find((y) => y !== undefined) ??
    (ends.date ? Number(ends.date.slice(0, 4)) - 1 : undefined);
  if (!title.text) notes.push({ code: 'TITLE_NOT_FOUND' });
  if (!agency) notes.push({ code: 'AGENCY_NOT_FOUND' });
  if (year === undefined) notes.push({ code: 'YEAR_NOT_FOUND' });
  if (!ends.date) notes.push({ code: 'DATE_NOT_FOUND' });
  if (ends.dropped > 0) notes.push({ code: 'TRAILING_TEXT', params: { count: ends.dropped } });
  return {
    ...(title.text ? { title: title.text } : {}),
    ...(agency ? { agency } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(ends.date ? { publishedAt: ends.date } : {}),
    preamble,
    sections,
    found,
    labels: diffs,
    notes,
  };
}

/** Text of a table that reached the paragraphs (a header line copied as text): not worth a note. */
function isTableText(labels: FormatLabels, text: string): boolean {
  return text.split(/[\s\u3000]{2,}/u).every((part) => labels.table(part) !== undefined);
}

/** Section headings, each section once and in the format's order (a later match out of order is text). */
function findHeadings(items: readonly SourceItem[], labels: FormatLabels, diffs: LabelDifference[]): Heading[] {
  const order = labels.spec.sections;
  const out: Heading[] = [];
  let last = -1;
  items.forEach((item, index) => {
    if (item.kind !== 'paragraph') return;
    const match = matchSectionHeading(labels, item.text);
    if (!match) return;
    const position = order.indexOf(match.section);
    if (position <= last) return;
    last = position;
    out.push({ index, section: match.section });
    if (match.differs) diffs.push({ kind: 'heading', found: item.text, canonical: match.canonical, where: item.where });
  });
  return out;
}

/**
 * The title: paragraphs a reader marked as title, or else the short lines at the very top, up to
 * the one that ends in 报告.
 */
function findTitle(items: readonly SourceItem[], firstHeading: number): { text?: string; end: number } {
  const marked = items.slice(0, firstHeading).findIndex((i) => i.kind === 'paragraph' && i.title);
  if (marked >= 0) {
    let end = marked;
    const parts: string[] = [];
    while (end < firstHeading && items[end]!.kind === 'paragraph' && (items[end] as SourceParagraph).title) {
      parts.push((items[end] as SourceParagraph).text);
      end++;
    }
    return { text: withoutSpaces(parts.join('')), end };
  }
  const parts: string[] = [];
  for (let k = 0; k < firstHeading && k < 4; k++) {
    const item = items[k]!;
    if (item.kind !== 'paragraph' || item.text.length > 40 || /[。；，]$/u.test(item.text)) break;
    parts.push(item.text);
    if (/报告$/u.test(item.text)) return { text: withoutSpaces(parts.join('')), end: k + 1 };
  }
  return { end: 0 };
}

/**
 * The closing agency and date: the first paragraph after the last heading that is only a date
 * (with the agency on the line before it, or on the same line). What follows it — an attachment, a
 * site's footer, a draft's list of issues — is not part of the report and is cut off.
 */
function closing(
  items: readonly SourceItem[],
  headings: readonly Heading[],
): { agency?: string; date?: string; cut: number; dropped: number } {
  const after = headings.length > 0 ? headings[headings.length - 1]!.index + 1 : 0;
  const paragraphsAfter = (index: number) => items.slice(index + 1).filter((i) => i.kind === 'paragraph').length;
  for (let index = after; index < items.length; index++) {
    const item = items[index]!;
    if (item.kind !== 'paragraph') continue;
    const date = isoDate(item.text);
    if (date) {
      const previous = items[index - 1];
      const agency =
        previous?.kind === 'paragraph' && index - 1 >= after && isAgencyLine(previous.text)
          ? withoutSpaces(previous.text)
          : undefined;
      return { date, cut: agency ? index - 1 : index, dropped: paragraphsAfter(index), ...(agency ? { agency } : {}) };
    }
    const joined = agencyThenDate(item.text);
    const split = joined && isAgencyLine(joined.agency) ? isoDate(joined.date) : undefined;
    if (split)
      return { agency: withoutSpaces(joined!.agency), date: split, cut: index, dropped: paragraphsAfter(index) };
  }
  return { cut: items.length, dropped: 0 };
}

const YEAR = /(?:19|20)\d{2}\s*年/u;

/**
 * A closing written on one line, `某某局 2024年1月27日`: the text before the first year, and the
 * rest when it ends in 日. Found with one search, not with a pattern that would try every split of
 * the line (`^(.*?)\s*(年.*日)$` takes time growing with the square of a long line's length).
 */
function agencyThenDate(text: string): { agency: string; date: string } | undefined {
  if (!text.endsWith('日') || /[\n\r\u2028\u2029]/u.test(text)) return undefined;
  const year = YEAR.exec(text);
  return year ? { agency: text.slice(0, year.index).trimEnd(), date: text.slice(year.index) } : undefined;
}
