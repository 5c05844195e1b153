/**
 * What the text says against what the tables say (SPEC B §11): counts of applications stated in
 * the narrative ("共收到依申请公开3件，其中办结3件") against table 三, and the document number the
 * notice of the format is cited with. Only Arabic numerals in one clause are read; anything less
 * certain is left alone, since these are warnings about prose.
 */
import { readPath } from '../util/path.js';
import type { EditionSpec } from '../format/spec-types.js';
import type { IssueDraft, PathKey } from '../issues/issue.js';
import { compileEdition, type CellInfo } from '../format/compile.js';
import { blockTextPath, forEachBlockText } from '../util/blocks.js';

/** Whether a UTF-16 unit ends a clause of running text: `。；;，,` and the line feed. */
function endsClause(unit: number): boolean {
  return unit === 0x3002 || unit === 0xff1b || unit === 0x3b || unit === 0xff0c || unit === 0x2c || unit === 0x0a;
}

/**
 * The clauses of `text` (runs between punctuation that ends a statement) that hold `mark`, each
 * once, in order. Found from each `mark` outwards to the punctuation around it, rather than by
 * cutting the whole text into clauses: a paragraph has dozens of clauses and states a count in one
 * or two. Linear: the stretches looked at around successive marks never overlap.
 */
function clausesHolding(text: string, mark: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, from)) {
    let start = at;
    while (start > from && !endsClause(text.charCodeAt(start - 1))) start--;
    let end = at + mark.length;
    while (end < text.length && !endsClause(text.charCodeAt(end))) end++;
    out.push(text.slice(start, end));
    from = end;
  }
  return out;
}

/** A quick test for a paragraph that may state one of the counts below. */
const STATES_A_COUNT = /收到|新收|受理|办结/;

/** What a clause states, and the row of table 三 it must match (by the balance's sides). */
const STATEMENTS: readonly { pattern: RegExp; side: 'received' | 'concluded' }[] = [
  { pattern: /(?:收到|新收|受理)[^\d]{0,30}?申请[^\d]{0,12}?(\d+)\s*件/, side: 'received' },
  { pattern: /办结[^\d率]{0,12}?(\d+)\s*件/, side: 'concluded' },
];

/** The paragraphs of a list of blocks that match `wanted` (a quick test), with their paths. */
function blocksText(blocks: unknown, wanted: RegExp): { path: readonly PathKey[]; text: string }[] {
  const out: { path: readonly PathKey[]; text: string }[] = [];
  forEachBlockText(blocks, (text, block, part) => {
    if (part !== 'heading' && wanted.test(text)) out.push({ path: blockTextPath(block, part), text });
  });
  return out;
}

interface Targets {
  readonly received?: CellInfo;
  readonly concluded?: CellInfo;
}

const targets = new WeakMap<EditionSpec, Targets>();

/** The 总计 cells of the rows statements are compared with: the first rows of the balance's sides. */
function targetsOf(spec: EditionSpec): Targets {
  const cached = targets.get(spec);
  if (cached) return cached;
  const edition = compileEdition(spec);
  let found: Targets = {};
  for (const table of spec.tables) {
    const balance = table.kind === 'matrix' ? table.balances?.[0] : undefined;
    if (!balance) continue;
    const totalOf = (row: readonly string[]) =>
      edition.cells.find(
        (c) => c.table === table && c.colChain.some((n) => n.total) && c.path.slice(1, -1).join('.') === row.join('.'),
      );
    found = { received: totalOf(balance.left[0]!), concluded: totalOf(balance.right[0]!) };
  }
  targets.set(spec, found);
  return found;
}

export function checkNarrativeNumbers(spec: EditionSpec, report: Record<string, unknown>): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  const cells = targetsOf(spec);
  for (const { path, text } of blocksText(report['overview'], STATES_A_COUNT)) {
    for (const clause of clausesHolding(text, '件')) {
      for (const { pattern, side } of STATEMENTS) {
        const m = pattern.exec(clause);
        const cell = cells[side];
        if (!m || !cell) continue;
        const value = readPath(report, cell.path);
        const stated = Number(m[1]);
        if (typeof value !== 'number' || value === stated) continue;
        drafts.push({
          code: 'NARRATIVE_TABLE_MISMATCH',
          path: ['overview', ...path],
          expected: value,
          actual: stated,
          params: { text: m[0], cellPath: cell.path.join('.') },
        });
      }
    }
  }
  drafts.push(...checkCitation(spec, report));
  return drafts;
}

/** A quick test for a paragraph that may cite a notice of the State Council General Office. */
const CITES_A_NOTICE = /国办/;

/** Brackets real reports use around the year of a document number. */
const CITATION = /(国办[\u4e00-\u9fff]{0,6}?)\s*[〔[［（(]\s*(\d{4})\s*[〕\]］）)]\s*(\d+)\s*号/g;

const notices = new WeakMap<EditionSpec, readonly [issuer: string, year: string, number: string] | null>();

/** The issuer, year and number of the edition's notice (`国办公开办函`, `2021`, `30`), read once. */
function noticeOf(spec: EditionSpec): readonly [issuer: string, year: string, number: string] | null {
  let notice = notices.get(spec);
  if (notice === undefined) {
    const m = /^(.+)〔(\d{4})〕(\d+)号$/.exec(spec.notice);
    notice = m ? [m[1]!, m[2]!, m[3]!] : null;
    notices.set(spec, notice);
  }
  return notice;
}

function checkCitation(spec: EditionSpec, report: Record<string, unknown>): IssueDraft[] {
  const notice = noticeOf(spec);
  if (!notice) return [];
  const [issuer, year, number] = notice;
  const drafts: IssueDraft[] = [];
  // The format is cited in the opening paragraph (SPEC B §3.1).
  for (const key of ['preamble']) {
    for (const { path, text } of blocksText(report[key], CITES_A_NOTICE)) {
      for (const found of text.matchAll(CITATION)) {
        if (found[2] !== year || found[3] !== number || found[1] === issuer) continue;
        drafts.push({ code: 'DOC_NUMBER_CITATION', path: [key, ...path], expected: spec.notice, actual: found[0] });
      }
    }
  }
  return drafts;
}
