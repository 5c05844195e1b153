/** Turns issue drafts into issues: severity defaults and the Chinese message, made last. */
import { compileEdition } from '../format/compile.js';
import { pathLabel } from '../format/labels.js';
import type { EditionSpec } from '../format/spec-types.js';
import { ISSUE_CODES } from './codes.js';
import type { Issue, IssueDraft } from './issue.js';

const labelMaps = new WeakMap<EditionSpec, Map<string, string>>();

function cellLabels(spec: EditionSpec): Map<string, string> {
  let map = labelMaps.get(spec);
  if (!map) {
    map = new Map(compileEdition(spec).cells.map((c) => [c.pathKey, c.label]));
    labelMaps.set(spec, map);
  }
  return map;
}

/**
 * Makes the final issue from a draft.
 * @param spec the edition whose labels name the path
 */
export function finalizeIssue(spec: EditionSpec, draft: IssueDraft): Issue {
  const code = ISSUE_CODES[draft.code];
  const params = draft.params ?? {};
  const message = code.message({
    // An unknown key is named by the object it was found in.
    label: pathLabel(spec, draft.code === 'UNKNOWN_KEY' ? draft.path.slice(0, -1) : draft.path, cellLabels(spec)),
    expected: draft.expected,
    actual: draft.actual,
    params,
  });
  const issue: Issue = {
    code: draft.code,
    severity: draft.severity ?? code.severity,
    path: [...draft.path],
    ...(draft.expected !== undefined ? { expected: draft.expected } : {}),
    ...(draft.actual !== undefined ? { actual: draft.actual } : {}),
    message,
    ...(draft.params ? { params: draft.params } : {}),
  };
  return issue;
}

/** Finalizes a list of drafts. */
export function finalizeIssues(spec: EditionSpec, drafts: readonly IssueDraft[]): Issue[] {
  return drafts.map((d) => finalizeIssue(spec, d));
}
