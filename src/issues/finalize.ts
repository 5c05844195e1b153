/** Turns issue drafts into issues: severity defaults and the message, made last, in one language. */
import { type CompiledEdition, compileEdition } from '../format/compile.js';
import { CURRENT_FORMAT, getEdition } from '../format/editions.js';
import type { EditionSpec } from '../format/spec-types.js';
import { ISSUE_CODES } from './codes.js';
import type { Issue, IssueDraft } from './issue.js';
import type { ProfileIssue } from './codes-copies.js';
import type { CodeSpec, Lang, MessageContext } from './message-kit.js';
import { labelOf, termsFor } from './terms.js';

/** The facts of an issue or a draft: all a message is made from. */
export type IssueFactsOf = Pick<IssueDraft, 'code' | 'path' | 'expected' | 'actual' | 'params'>;

function messageOf(edition: CompiledEdition, facts: IssueFactsOf, lang: Lang): string {
  // An unknown key is named by the object it was found in.
  const where = facts.code === 'UNKNOWN_KEY' ? facts.path.slice(0, -1) : facts.path;
  // Field by field, not `{ ...facts }`: drafts come in many shapes, and a spread of them takes
  // V8's slow path (a fifth of validate() on a good report).
  const context = {
    code: facts.code,
    path: facts.path,
    expected: facts.expected,
    actual: facts.actual,
    params: facts.params,
    label: labelOf(edition, where),
    terms: termsFor(edition, facts.path),
  };
  // The union of facts is matched to its own code's template by `code`; TypeScript cannot follow that.
  const entry = ISSUE_CODES[facts.code] as CodeSpec<unknown>;
  return entry.message[lang](context as MessageContext<unknown>);
}

/**
 * Makes the final issue from a draft.
 * @param spec the edition whose labels name the path
 * @param lang the language of the message (`zh` by default)
 */
export function finalizeIssue(spec: EditionSpec, draft: IssueDraft, lang: Lang = 'zh'): Issue {
  return finalizeWith(compileEdition(spec), draft, lang);
}

function finalizeWith(edition: CompiledEdition, draft: IssueDraft, lang: Lang): Issue {
  // The message is made here, once: a getter made per issue (to make it when first read) costs
  // more than the words themselves, since V8 gives each such object its own hidden class. Fields
  // are added one by one in a fixed order (not spread in), so issues share a few hidden classes.
  const issue: Record<string, unknown> = {
    code: draft.code,
    severity: draft.severity ?? ISSUE_CODES[draft.code].severity,
    path: [...draft.path],
  };
  if (draft.expected !== undefined) issue['expected'] = draft.expected;
  if (draft.actual !== undefined) issue['actual'] = draft.actual;
  issue['message'] = messageOf(edition, draft, lang);
  if (draft.params) issue['params'] = draft.params;
  return issue as unknown as Issue;
}

/** Finalizes a list of drafts. */
export function finalizeIssues(spec: EditionSpec, drafts: readonly IssueDraft[], lang: Lang = 'zh'): Issue[] {
  if (drafts.length === 0) return [];
  const edition = compileEdition(spec);
  return drafts.map((d) => finalizeWith(edition, d, lang));
}

const isProfileIssue = (issue: object): issue is Pick<ProfileIssue, 'code' | 'message'> =>
  'message' in issue && String((issue as { code?: unknown }).code).includes('/');

/**
 * The message of an issue in a language, made again from its values: the same words
 * `validate(…, { lang })` would have given.
 * @param issue an issue (or anything with its code, path and values, such as parsed `--json` output);
 *   a local profile's issue keeps the message its profile made (only the profile can word it again)
 * @param lang `zh` (default) or `en`
 * @param format the edition whose labels name the path (by default the current one)
 * @returns the message
 * @example formatMessage(validate(report).issues[0], 'en') // '表三 （七）总计 · 自然人: should be 3, found 0. …'
 */
export function formatMessage(
  issue: IssueFactsOf | Pick<ProfileIssue, 'code' | 'message'>,
  lang: Lang = 'zh',
  format: string = CURRENT_FORMAT,
): string {
  if (isProfileIssue(issue)) return issue.message;
  const spec = getEdition(format) ?? getEdition(CURRENT_FORMAT)!;
  return messageOf(compileEdition(spec), issue, lang);
}
