/**
 * Puts the pieces together: the canonical JSON from the words and the cells read, the list of
 * every cell read and every cell not read, and the notes about the whole.
 */
import type { CompiledEdition } from '../format/compile.js';
import { canonicalOrder } from '../model/canonical.js';
import type { NarrativeRead } from './narrative.js';
import { makeNote, type NoteDraft } from './notes.js';
import type { CellSource, ImportKind, ImportResult, UnreadCell } from './report.js';
import type { TablesRead } from './tables.js';

/** The parts an import is made of. */
export interface ImportParts {
  readonly kind: ImportKind;
  readonly edition: CompiledEdition;
  readonly narrative: NarrativeRead;
  readonly tables: TablesRead;
  /** Notes of the reader (encoding, unreadable file…). */
  readonly readerNotes: readonly NoteDraft[];
}

/**
 * Builds the import result.
 * @param parts what the readers and interpreters found
 */
export function assemble(parts: ImportParts): ImportResult {
  const { edition, narrative, tables } = parts;
  const spec = edition.spec;
  const cells: CellSource[] = [];
  const unread: UnreadCell[] = [];
  const seenTables = new Set<string>();
  for (const key of [...tables.found.keys(), ...tables.failed.keys()]) seenTables.add(key.split('.')[0]!);
  const report: Record<string, unknown> = {};
  for (const cell of edition.cells) {
    const found = tables.found.get(cell.pathKey);
    if (found) {
      cells.push(found);
      setPath(report, cell.path, found.value);
      continue;
    }
    const failed = tables.failed.get(cell.pathKey);
    const tableKey = cell.path[0]!;
    unread.push(failed ?? { path: cell.path, label: cell.label, reason: seenTables.has(tableKey) ? '未找到此行' : `未找到${cell.table.name}` });
  }

  const notes: NoteDraft[] = [...parts.readerNotes];
  // A reader's error (an empty, unreadable or encrypted file, a limit passed) already says why nothing was read.
  const unreadable = parts.readerNotes.some((n) => makeNote(n).severity === 'error');
  if (!unreadable && narrative.found.size === 0 && cells.length === 0) notes.push({ code: 'NOT_A_REPORT' });
  if (tables.edition2019) notes.push({ code: 'EDITION_2019', params: { marker: tables.edition2019 } });
  for (const table of spec.tables) {
    if (!seenTables.has(table.key)) {
      notes.push({ code: 'TABLE_MISSING', params: { table: table.name, cells: edition.cells.filter((c) => c.table === table).length } });
    }
  }
  notes.push(...tables.notes);
  const blanks = cells.filter((c) => c.blank).length;
  if (blanks > 0) notes.push({ code: 'BLANK_CELLS', params: { count: blanks } });
  if (blanks > 0 && blanks === cells.length) notes.push({ code: 'ALL_BLANK' });
  notes.push(...narrative.notes);

  const doc: Record<string, unknown> = {
    format: spec.format,
    ...(narrative.agency ? { agency: narrative.agency } : {}),
    ...(narrative.year !== undefined ? { year: narrative.year } : {}),
    ...(narrative.publishedAt ? { publishedAt: narrative.publishedAt } : {}),
    ...(narrative.title ? { title: narrative.title } : {}),
    ...(narrative.preamble.length > 0 ? { preamble: narrative.preamble } : {}),
  };
  for (const section of spec.sections) {
    if (section.body === 'narrative') {
      const blocks = narrative.sections.get(section.key);
      if (blocks) doc[section.key] = blocks;
    } else if (report[section.key] !== undefined) doc[section.key] = report[section.key];
  }
  // When nothing usable was read, the one error says it all: no cascade of missing parts.
  const fatal = notes.some((n) => makeNote(n).severity === 'error');
  const madeNotes = (fatal ? notes.filter((n) => makeNote(n).severity === 'error' || parts.readerNotes.includes(n)) : notes).map(makeNote);
  const complete =
    unread.length === 0 &&
    spec.sections.every((s) => narrative.found.has(s.key)) &&
    narrative.agency !== undefined &&
    narrative.year !== undefined &&
    !madeNotes.some((n) => n.severity === 'error');
  return {
    report: canonicalOrder(spec, doc),
    kind: parts.kind,
    edition: tables.edition2019 ? '2019' : '2021',
    complete,
    cells,
    unread,
    labels: [...narrative.labels, ...tables.labels],
    notes: madeNotes,
  };
}

function setPath(root: Record<string, unknown>, path: readonly string[], value: number): void {
  let node = root;
  path.forEach((key, i) => {
    if (i === path.length - 1) node[key] = value;
    else node = (node[key] ??= {}) as Record<string, unknown>;
  });
}
