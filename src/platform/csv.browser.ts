/**
 * The browser build's stand-in for `csv.ts`: it reads no CSV, so that csv-parse (which needs
 * Node's Buffer) stays out of the browser bundle. {@link readRosterCsv} turns the answer into
 * ROSTER_INVALID with `problem: 'csv'`; a page that has a roster parses it itself and passes the
 * units to `checkRoster`.
 */
import type { CsvRead, CsvRow } from './csv.js';

export type { CsvRead, CsvRow };

/**
 * Reads no CSV.
 * @example readCsv('name\n某县') // { ok: false, line: 0, reason: 'unsupported', unsupported: true }
 */
export function readCsv(_text: string): CsvRead {
  return { ok: false, line: 0, reason: 'unsupported', unsupported: true };
}
