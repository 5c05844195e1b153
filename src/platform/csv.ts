/**
 * Reading a CSV file into rows of text, each with the line it starts on, by csv-parse (RFC 4180:
 * quoted fields, doubled quotes, line breaks inside quotes). A byte-order mark, as spreadsheet
 * programs write, is dropped; blank rows are skipped.
 */
import { parse } from 'csv-parse/sync';

/** One row of a CSV file. */
export interface CsvRow {
  /** The line of the file the row starts on, from 1. */
  readonly line: number;
  readonly cells: readonly string[];
}

/** The rows of a CSV file, or where and why it could not be read. */
export type CsvRead =
  | { readonly ok: true; readonly rows: readonly CsvRow[] }
  | { readonly ok: false; readonly line: number; readonly reason: string; readonly unsupported?: true };

/**
 * Reads CSV text. Rows may have fewer or more cells than the header: the caller tells what is
 * wrong with them, by name.
 * @example readCsv('name\n某县\n') // { ok: true, rows: [{ line: 1, cells: ['name'] }, { line: 2, cells: ['某县'] }] }
 */
export function readCsv(text: string): CsvRead {
  try {
    const records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    // `info.lines` is the line a record ends on (a quoted field may span lines), so a record starts
    // on the line after the one before it ended. Blank lines are kept as records until here, so
    // that this count holds, and then dropped.
    const rows: CsvRow[] = [];
    let ended = 0;
    for (const { record, info } of records) {
      const line = ended + 1;
      ended = info.lines;
      if (record.every((cell) => cell.trim() === '')) continue;
      rows.push({ line, cells: record });
    }
    return { ok: true, rows };
  } catch (error) {
    // Told by its code, not by class: the package's ESM and CommonJS builds have a class each.
    const { code, lines } = (error ?? {}) as { code?: unknown; lines?: unknown };
    if (typeof code !== 'string' || !/^(CSV_|INVALID_)/.test(code)) throw error;
    return { ok: false, line: typeof lines === 'number' ? lines : 0, reason: code };
  }
}
