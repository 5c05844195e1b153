/** Issues in the order a clerk reads them: errors first, then by position in the document. */
import type { CompiledEdition } from '../format/compile.js';
import { HEADER_KEYS } from '../format/header.js';
import type { Issue, PathKey } from './issue.js';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Sorts issues by severity, then by where their path is in the report (stable otherwise). */
export function sortIssues(edition: CompiledEdition, issues: readonly Issue[]): Issue[] {
  if (issues.length < 2) return [...issues];
  const top = topKeysOf(edition);
  const position = (path: readonly PathKey[]): number[] => {
    if (path.length === 0) return [-1];
    const head = top.indexOf(String(path[0]));
    const out = [head === -1 ? top.length : head];
    // Within a table: the index of the first cell under the longest known prefix of the path.
    for (let n = path.length; n > 1; n--) {
      const cell = edition.firstCellUnder.get(path.slice(0, n).join('.'));
      if (cell !== undefined) {
        out.push(cell, n === path.length ? 0 : 1);
        return out;
      }
    }
    for (const key of path.slice(1)) out.push(typeof key === 'number' ? key : 0);
    return out;
  };
  const keyed = issues.map((issue, i) => ({
    issue,
    i,
    rank: SEVERITY_RANK[issue.severity],
    pos: position(issue.path),
  }));
  keyed.sort((a, b) => a.rank - b.rank || compare(a.pos, b.pos) || a.i - b.i);
  return keyed.map((k) => k.issue);
}

const topKeys = new WeakMap<CompiledEdition, readonly string[]>();

/** The report's top-level keys in reading order: the header, then the sections. */
function topKeysOf(edition: CompiledEdition): readonly string[] {
  let keys = topKeys.get(edition);
  if (!keys) topKeys.set(edition, (keys = [...HEADER_KEYS, ...edition.spec.sections.map((s) => s.key)]));
  return keys;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
