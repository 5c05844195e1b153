/**
 * Tables repeated from one year to the next: the same agency's reports for two consecutive years
 * whose table holds the same figures in every cell. Tables of zeros are left out: an agency that
 * received no request two years running fills table 三 with zeros both times, rightly.
 */
import { compileEdition } from '../format/compile.js';
import type { EditionSpec } from '../format/spec-types.js';
import type { IssueDraft } from '../issues/issue.js';
import { readPath } from '../util/path.js';

/** A report of the batch as the table check reads it. */
export interface YearEntry {
  readonly index: number;
  readonly agencyKey: string;
  readonly year: number;
  readonly id?: string;
  readonly spec: EditionSpec;
  readonly report: unknown;
}

/** The leaf figures of each table, or undefined for a table with a cell that is not a number. */
function tableFigures(entry: YearEntry): Map<string, number[] | undefined> {
  const edition = compileEdition(entry.spec);
  const out = new Map<string, number[] | undefined>();
  for (const cell of edition.cells) {
    if (cell.role !== 'leaf') continue;
    const key = cell.table.key;
    if (!out.has(key)) out.set(key, []);
    const figures = out.get(key);
    if (!figures) continue;
    const value = readPath(entry.report, cell.path);
    if (typeof value === 'number') figures.push(value);
    else out.set(key, undefined);
  }
  return out;
}

/**
 * TABLE_REPEATED drafts, by input index, for each table of a report equal to the same table in its
 * agency's report for the year before.
 */
export function repeatedTables(entries: readonly YearEntry[]): Map<number, IssueDraft[]> {
  const byAgency = new Map<string, YearEntry[]>();
  for (const e of entries) byAgency.set(e.agencyKey, [...(byAgency.get(e.agencyKey) ?? []), e]);
  const out = new Map<number, IssueDraft[]>();
  for (const list of byAgency.values()) {
    if (list.length < 2) continue;
    const byYear = new Map(list.map((e) => [e.year, e]));
    for (const later of list) {
      const earlier = byYear.get(later.year - 1);
      if (!earlier || earlier.spec.format !== later.spec.format) continue;
      const before = tableFigures(earlier);
      for (const [table, figures] of tableFigures(later)) {
        const previous = before.get(table);
        if (!figures || !previous || figures.length !== previous.length) continue;
        if (figures.every((v) => v === 0) || figures.some((v, i) => v !== previous[i])) continue;
        const draft: IssueDraft = {
          code: 'TABLE_REPEATED',
          path: [table],
          actual: later.year,
          params: { previousYear: earlier.year, ...(earlier.id === undefined ? {} : { otherFile: earlier.id }) },
        };
        out.set(later.index, [...(out.get(later.index) ?? []), draft]);
      }
    }
  }
  return out;
}
