/**
 * The labels an import note or unread reason names, read from the format description by key: a
 * table's name, a section's heading, a row's label, an edition's notice. Readers record keys; words
 * are made last.
 */
import type { CompiledEdition } from '../format/compile.js';
import { EDITION_2019 } from '../format/edition-2019.js';
import { sectionHeading } from '../format/labels.js';

/** See {@link importTerms}. */
export interface ImportTerms {
  /** `requests` → `表三`. */
  table(key: string): string;
  /** `problems` → `五、存在的主要问题及改进情况`. */
  section(key: string): string;
  /** A row by its path: `requests.results.other` → `（六）其他处理`, `activeDisclosure.licensing` → `行政许可`. */
  row(path: string): string;
  /** The notice that issued an edition: `2019` → `国办公开办函〔2019〕60号`. */
  notice(format: string): string;
}

const cache = new WeakMap<CompiledEdition, ImportTerms>();

/** The terms of an edition (unknown keys are shown as they are). */
export function importTerms(edition: CompiledEdition): ImportTerms {
  const hit = cache.get(edition);
  if (hit) return hit;
  const spec = edition.spec;
  const terms: ImportTerms = {
    table: (key) => spec.tables.find((t) => t.key === key)?.name ?? key,
    section: (key) => {
      const section = spec.sections.find((s) => s.key === key);
      return section ? sectionHeading(section) : key;
    },
    row(path) {
      const keys = path.split('.');
      const cell = edition.cells.find((c) => c.path.slice(0, keys.length).join('.') === path);
      if (!cell) return path;
      if (cell.blockRow) return cell.blockRow.label;
      // The row node at the depth of the path (a group such as （六）其他处理, or a leaf row).
      return cell.rowChain[keys.length - 2]?.label ?? cell.rowChain[cell.rowChain.length - 1]?.label ?? path;
    },
    notice: (format) => [spec, EDITION_2019].find((e) => e.format === format)?.notice ?? format,
  };
  cache.set(edition, terms);
  return terms;
}
