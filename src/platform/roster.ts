/**
 * The roster: the units a platform expects a report from each year, read from a CSV file whose
 * header row names its columns (in English or Chinese, in any order). Every mistake in the file
 * is an issue with its line (ROSTER_INVALID), all of them at once.
 */
import { AGENCY_KIND_VALUES } from '../format/header.js';
import { CURRENT_EDITION } from '../format/editions.js';
import type { RosterProblem } from '../issues/codes-platform.js';
import { finalizeIssues } from '../issues/finalize.js';
import type { Issue, IssueDraft } from '../issues/issue.js';
import type { Lang } from '../issues/message-kit.js';
import type { AgencyKind } from '../model/types.js';
import { decodeReport } from '../read/encoding.js';
import { readCsv, type CsvRow } from './csv.js';
import { nameKey } from './names.js';

/** What a roll-up report covers: the units of its region, or of its system (a vertical line of departments). */
export type RollupScope = 'region' | 'system';

/** One unit expected to report. */
export interface RosterUnit {
  readonly name: string;
  readonly kind?: AgencyKind;
  /** The name of the unit above it, as the roster names it. */
  readonly parent?: string;
  /** Other names its reports may carry. */
  readonly aliases: readonly string[];
  /** Set when the unit's report covers its region or system: its tables are compared with the sum over the units under it. */
  readonly rollup?: RollupScope;
  /** The line of the roster file, when read from one. */
  readonly line?: number;
}

/** A roster read from a file: its units, or the issues that stopped it being read. */
export type RosterRead =
  | { readonly ok: true; readonly units: readonly RosterUnit[]; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly units?: undefined; readonly issues: readonly Issue[] };

/** The columns of a roster file and the header names each may go by (compared after NFKC, case ignored). */
export const ROSTER_COLUMNS = {
  name: ['name', '名称', '单位', '单位名称'],
  kind: ['kind', '类型', '机关类型'],
  parent: ['parent', '上级', '上级单位'],
  aliases: ['aliases', 'alias', '别名'],
  rollup: ['rollup', '汇总'],
} as const satisfies Record<string, readonly string[]>;

type Column = keyof typeof ROSTER_COLUMNS;

/** Values of `kind` besides the codes themselves: the words a clerk types. */
const KIND_WORDS: Readonly<Record<string, AgencyKind>> = {
  部门: 'department',
  政府部门: 'department',
  政府: 'government',
  人民政府: 'government',
  乡镇: 'township',
  街道: 'township',
};

/** Values of `rollup` besides `region` and `system`. */
const ROLLUP_WORDS: Readonly<Record<string, RollupScope>> = {
  本地区: 'region',
  地区: 'region',
  本系统: 'system',
  系统: 'system',
};

/** Aliases are separated by `|` or `;` (full-width `；` too: NFKC makes it `;`). */
const ALIAS_SEPARATOR = /[|;]/;

/** Records a problem of a roster line. */
type Problem = (line: number, p: RosterProblem, name?: string, detail?: string) => void;

const headerName = (cell: string) => cell.normalize('NFKC').trim().toLowerCase();

function kindOf(value: string): AgencyKind | undefined {
  return (AGENCY_KIND_VALUES as readonly string[]).includes(value) ? (value as AgencyKind) : KIND_WORDS[value];
}

/** Options of {@link readRosterCsv}. */
export interface RosterCsvOptions {
  /** The language of the issues' messages (`zh` by default). */
  readonly lang?: Lang;
  /**
   * Bytes without a byte-order mark are read in this encoding; UTF-8 by default. A spreadsheet
   * program on a Chinese system saves CSV as `gbk`: bytes invalid in UTF-8 give ENCODING_INVALID
   * with that suggestion.
   */
  readonly encoding?: string;
}

/**
 * Reads a roster from CSV. The header row names the columns: `name` (required), `kind`,
 * `parent`, `aliases` (separated by `|` or `;`), `rollup` (`region` or `system`), or their Chinese
 * names (名称, 类型, 上级, 别名, 汇总).
 * @param input the file's text, or its bytes (UTF-8 unless `encoding` says otherwise; a byte-order mark is fine)
 * @param options the language of the messages, the encoding of bytes
 * @returns the units, or ROSTER_INVALID issues naming every line that is wrong (ENCODING_INVALID for bytes that do not decode)
 * @example readRosterCsv('name,parent\n某县政府,\n某县教育局,某县政府\n').units?.length // 2
 */
export function readRosterCsv(input: string | Uint8Array, options: RosterCsvOptions = {}): RosterRead {
  const lang = options.lang ?? 'zh';
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const decoded = decodeReport(input, options.encoding);
    if (!decoded.ok) return { ok: false, issues: finalizeIssues(CURRENT_EDITION, [decoded.issue], lang) };
    text = decoded.text;
  }
  const csv = readCsv(text);
  const problems: IssueDraft[] = [];
  const problem: Problem = (line, p, name, detail) =>
    problems.push({
      code: 'ROSTER_INVALID',
      path: [],
      params: { line, problem: p, ...(name ? { name } : {}), ...(detail !== undefined ? { detail } : {}) },
    });
  if (!csv.ok) {
    problem(csv.line, 'csv', undefined, csv.reason);
    return { ok: false, issues: finalizeIssues(CURRENT_EDITION, problems, lang) };
  }
  const [header, ...rows] = csv.rows;
  const columns = new Map<number, Column>();
  header?.cells.forEach((cell, i) => {
    const wanted = headerName(cell);
    const column = (Object.keys(ROSTER_COLUMNS) as Column[]).find((c) =>
      ROSTER_COLUMNS[c].some((n) => headerName(n) === wanted),
    );
    if (column) columns.set(i, column);
    else if (wanted !== '') problem(header.line, 'unknownColumn', undefined, cell.trim());
  });
  if (![...columns.values()].includes('name')) problem(header?.line ?? 1, 'noNameColumn');
  if (problems.length > 0) return { ok: false, issues: finalizeIssues(CURRENT_EDITION, problems, lang) };

  const units = rows.flatMap((row) => unitOf(row, header!.cells.length, columns, problem));
  checkNames(units, problem);
  checkParents(units, problem);
  const issues = finalizeIssues(CURRENT_EDITION, problems, lang);
  return problems.length > 0 ? { ok: false, issues } : { ok: true, units, issues };
}

function unitOf(row: CsvRow, width: number, columns: ReadonlyMap<number, Column>, problem: Problem): RosterUnit[] {
  const cell: Partial<Record<Column, string>> = {};
  row.cells.forEach((text, i) => {
    const column = columns.get(i);
    if (column) cell[column] = text.normalize('NFKC').trim();
  });
  const name = row.cells[[...columns].find(([, c]) => c === 'name')![0]]?.trim() ?? '';
  if (row.cells.length > width && row.cells.slice(width).some((c) => c.trim() !== ''))
    problem(row.line, 'extraCells', name || undefined);
  if (name === '') {
    problem(row.line, 'emptyName');
    return [];
  }
  const kind = cell.kind ? kindOf(cell.kind) : undefined;
  if (cell.kind && !kind) problem(row.line, 'unknownKind', name, cell.kind);
  const rollup = cell.rollup
    ? ['region', 'system'].includes(cell.rollup)
      ? (cell.rollup as RollupScope)
      : ROLLUP_WORDS[cell.rollup]
    : undefined;
  if (cell.rollup && !rollup) problem(row.line, 'unknownRollup', name, cell.rollup);
  const aliases = (cell.aliases ?? '')
    .split(ALIAS_SEPARATOR)
    .map((a) => a.trim())
    .filter(Boolean);
  return [
    {
      name,
      ...(kind ? { kind } : {}),
      ...(cell.parent ? { parent: cell.parent } : {}),
      aliases,
      ...(rollup ? { rollup } : {}),
      line: row.line,
    },
  ];
}

/** Two units whose names or aliases normalise alike cannot be told apart by a report. */
function checkNames(units: readonly RosterUnit[], problem: Problem): void {
  const owner = new Map<string, RosterUnit>();
  for (const unit of units) {
    const keys = new Set([unit.name, ...unit.aliases].map((n) => nameKey(n).key));
    for (const key of keys) {
      const other = owner.get(key);
      if (other && other !== unit) problem(unit.line ?? 0, 'nameClash', unit.name, other.name);
      else owner.set(key, unit);
    }
  }
}

function checkParents(units: readonly RosterUnit[], problem: Problem): void {
  const byKey = new Map(units.map((u) => [nameKey(u.name).key, u]));
  for (const unit of units) {
    if (unit.parent === undefined) continue;
    if (!byKey.has(nameKey(unit.parent).key)) {
      problem(unit.line ?? 0, 'unknownParent', unit.name, unit.parent);
      continue;
    }
    // Walk up; reaching the unit again is a cycle. Bounded by the roster's size.
    let at: RosterUnit | undefined = unit;
    for (let steps = 0; at?.parent !== undefined && steps <= units.length; steps++) {
      at = byKey.get(nameKey(at.parent).key);
      if (at === unit) {
        problem(unit.line ?? 0, 'parentCycle', unit.name);
        break;
      }
    }
  }
}
