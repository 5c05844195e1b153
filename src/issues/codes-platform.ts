/**
 * Codes of the checks a platform runs over a batch of reports: the roster of units expected to
 * report (who is missing, who is not on it, who reported twice, which names matched only after
 * normalising) and the roll-up of a region's or a system's report against its units' reports.
 */
import type { CodeTable } from './message-kit.js';

/** What is wrong with a row of a roster file (ROSTER_INVALID's `params.problem`). */
export type RosterProblem =
  /** The file is not CSV; `detail` is the parser's code (`CSV_QUOTE_NOT_CLOSED`), or `unsupported` in the browser build. */
  | 'csv'
  /** The header row names no column for the unit's name. */
  | 'noNameColumn'
  /** The header names a column the roster does not have; `detail` is its name. */
  | 'unknownColumn'
  /** A row with no name. */
  | 'emptyName'
  /** A row with more cells than the header has columns. */
  | 'extraCells'
  /** `kind` is not a kind of agency; `detail` is the value. */
  | 'unknownKind'
  /** `rollup` is neither `region` nor `system`; `detail` is the value. */
  | 'unknownRollup'
  /** `parent` names no unit of the roster; `detail` is the value. */
  | 'unknownParent'
  /** The unit is its own parent, through others or directly. */
  | 'parentCycle'
  /** The name or an alias matches (after normalising) another unit; `detail` names that unit. */
  | 'nameClash';

/** How a report's agency was matched to a roster unit when the names are not the same text. */
export interface NameMatchParams {
  /** The unit, as the roster names it. */
  readonly unit: string;
  /** The agency, as the report names it. */
  readonly agency: string;
  /** `alias`: one of the unit's aliases; `normalised`: the name or an alias after the rules. */
  readonly via: 'alias' | 'normalised';
  /** The roster text the agency matched: the alias, or the name. */
  readonly matched: string;
  /** The ids of the normalisation rules that made the two equal (see NAME_RULES). */
  readonly rules: readonly string[];
  readonly file?: string;
}

/** What the platform codes carry. Their path is `[]` except ROLLUP_MISMATCH's (the cell). */
export interface PlatformFacts {
  ROSTER_INVALID: {
    params: {
      readonly line: number;
      readonly problem: RosterProblem;
      readonly name?: string;
      readonly detail?: string;
    };
  };
  ROSTER_MISSING: {
    params: { readonly unit: string; readonly year: number; readonly kind?: string; readonly parent?: string };
  };
  ROSTER_EXTRA: { params: { readonly agency: string; readonly year: number; readonly file?: string } };
  /** `reports`: the files (or, without files, the agency names) of the unit's reports. */
  ROSTER_DUPLICATE: { params: { readonly unit: string; readonly year: number; readonly reports: readonly string[] } };
  ROSTER_NAME_MATCHED: { params: NameMatchParams };
  /** `units`: the units whose reports were summed. */
  ROLLUP_MISMATCH: {
    params: {
      readonly unit: string;
      readonly declared: number;
      readonly sum: number;
      readonly units: readonly string[];
    };
  };
  /** `missing`: units with no report; `invalid`: units whose report has errors (not summed). */
  ROLLUP_PARTIAL: {
    params: { readonly unit: string; readonly missing: readonly string[]; readonly invalid: readonly string[] };
  };
}

const PROBLEM_ZH: Record<RosterProblem, (d: string) => string> = {
  csv: (d) =>
    d === 'unsupported' ? '浏览器构建不读 CSV：请自行解析名单，把单位交给 checkRoster' : `不是有效的 CSV（${d}）`,
  noNameColumn: () => '标题行没有“名称”（name）列',
  unknownColumn: (d) => `名单没有“${d}”这一列`,
  emptyName: () => '单位名称为空',
  extraCells: () => '单元格比标题行的列多',
  unknownKind: (d) => `类型“${d}”不是 department（部门）、government（政府）、township（乡镇、街道）之一`,
  unknownRollup: (d) => `汇总“${d}”不是 region（本地区）或 system（本系统）`,
  unknownParent: (d) => `上级“${d}”不在名单中`,
  parentCycle: () => '上级关系构成循环（单位是自己的上级）',
  nameClash: (d) => `名称或别名与“${d}”规范化后相同，无法区分`,
};

const PROBLEM_EN: Record<RosterProblem, (d: string) => string> = {
  csv: (d) =>
    d === 'unsupported'
      ? 'the browser build reads no CSV: parse the roster yourself and pass its units to checkRoster'
      : `not valid CSV (${d})`,
  noNameColumn: () => 'the header row has no `name` column',
  unknownColumn: (d) => `the roster has no column “${d}”`,
  emptyName: () => 'the unit has no name',
  extraCells: () => 'more cells than the header has columns',
  unknownKind: (d) => `kind “${d}” is not department, government or township`,
  unknownRollup: (d) => `rollup “${d}” is neither region nor system`,
  unknownParent: (d) => `parent “${d}” is not on the roster`,
  parentCycle: () => 'the unit is its own parent',
  nameClash: (d) => `its name or an alias normalises to the same as “${d}”`,
};

const named = (name: string | undefined) => (name ? `“${name}”` : '');

/** The platform part of the code table. */
export const PLATFORM_CODES = {
  ROSTER_INVALID: {
    severity: 'error',
    zh: '单位名单文件有误',
    en: 'The roster file has a mistake',
    message: {
      zh: ({ params: p }) => `名单第 ${p.line} 行${named(p.name)}：${PROBLEM_ZH[p.problem](p.detail ?? '')}`,
      en: ({ params: p }) =>
        `Roster line ${p.line}${p.name ? ` (${p.name})` : ''}: ${PROBLEM_EN[p.problem](p.detail ?? '')}`,
    },
  },
  ROSTER_MISSING: {
    severity: 'warning',
    zh: '名单中的单位没有本年度报告',
    en: 'A unit on the roster has no report for the year',
    message: {
      zh: ({ params: p }) => `“${p.unit}”${p.parent ? `（上级：${p.parent}）` : ''}没有 ${p.year} 年度报告`,
      en: ({ params: p }) => `“${p.unit}”${p.parent ? ` (under ${p.parent})` : ''} has no report for ${p.year}`,
    },
  },
  ROSTER_EXTRA: {
    severity: 'warning',
    zh: '报告机关不在单位名单中',
    en: 'A report from a unit not on the roster',
    message: {
      zh: ({ params: p }) => `${p.file ? `${p.file}：` : ''}“${p.agency}”的 ${p.year} 年度报告，但该机关不在名单中`,
      en: ({ params: p }) =>
        `${p.file ? `${p.file}: ` : ''}a ${p.year} report from “${p.agency}”, who is not on the roster`,
    },
  },
  ROSTER_DUPLICATE: {
    severity: 'warning',
    zh: '同一单位有多份本年度报告',
    en: 'A unit has more than one report for the year',
    message: {
      zh: ({ params: p }) => `“${p.unit}”有 ${p.reports.length} 份 ${p.year} 年度报告：${p.reports.join('、')}`,
      en: ({ params: p }) => `“${p.unit}” has ${p.reports.length} reports for ${p.year}: ${p.reports.join(', ')}`,
    },
  },
  ROSTER_NAME_MATCHED: {
    severity: 'info',
    zh: '报告机关名称与名单不完全相同，规范化后匹配',
    en: 'A report’s agency matched a roster unit by an alias or after normalising',
    message: {
      zh: ({ params: p }) =>
        `${p.file ? `${p.file}：` : ''}报告机关“${p.agency}”${p.matched === p.agency ? '是' : `按${p.via === 'alias' ? '别名' : '规范化后的名称'}“${p.matched}”认定为`}名单中“${p.unit}”${p.matched === p.agency ? '的别名' : ''}${p.rules.length ? `（规则：${p.rules.join('、')}）` : ''}`,
      en: ({ params: p }) =>
        `${p.file ? `${p.file}: ` : ''}“${p.agency}” taken as the roster’s “${p.unit}” by ${p.via === 'alias' ? 'its alias' : 'its name normalised'} “${p.matched}”${p.rules.length ? ` (rules: ${p.rules.join(', ')})` : ''}`,
    },
  },
  ROLLUP_MISMATCH: {
    severity: 'warning',
    zh: '汇总报告的数字与所属单位报告之和不符',
    en: 'A figure of a roll-up report differs from the sum over its units',
    message: {
      zh: ({ label, params: p }) =>
        `“${p.unit}”${label}：填报 ${p.declared}，所属 ${p.units.length} 个单位的报告合计 ${p.sum}`,
      en: ({ label, params: p }) =>
        `“${p.unit}” ${label}: declared ${p.declared}, the reports of its ${p.units.length} units sum to ${p.sum}`,
    },
  },
  ROLLUP_PARTIAL: {
    severity: 'warning',
    zh: '汇总比对不完整：有所属单位没有可用的报告',
    en: 'The roll-up comparison is partial: some units have no usable report',
    message: {
      zh: ({ params: p }) =>
        `“${p.unit}”的汇总比对只计入了有报告的单位${p.missing.length ? `；没有报告：${p.missing.join('、')}` : ''}${p.invalid.length ? `；报告有错误未计入：${p.invalid.join('、')}` : ''}`,
      en: ({ params: p }) =>
        `The roll-up of “${p.unit}” counts only the units with a report${p.missing.length ? `; no report: ${p.missing.join(', ')}` : ''}${p.invalid.length ? `; left out for errors: ${p.invalid.join(', ')}` : ''}`,
    },
  },
} as const satisfies CodeTable<PlatformFacts>;
