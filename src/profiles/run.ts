/**
 * Running local rule profiles over a report: their deadlines and checks, their drafts namespaced
 * and worded from their own code tables. A profile that throws, returns something that is not a
 * draft of one of its codes, or is not a profile at all is reported (PROFILE_FAILED), never thrown:
 * a platform's plug-in must not take validation down with it.
 */
import { compileEdition } from '../format/compile.js';
import type { EditionSpec } from '../format/spec-types.js';
import type { ProfileIssue } from '../issues/codes-copies.js';
import { finalizeIssue } from '../issues/finalize.js';
import type { Issue } from '../issues/issue.js';
import type { Lang } from '../issues/message-kit.js';
import { labelOf } from '../issues/terms.js';
import type { IssueValue } from '../issues/values.js';
import type { Report } from '../model/types.js';
import { deadlineDrafts, DEADLINE_CODE } from './deadlines.js';
import type { Profile, ProfileCodeSpec, ProfileDraft } from './types.js';

const PROFILE_ID = /^[a-z0-9][a-z0-9-]*$/;
const SEVERITIES = new Set(['error', 'warning', 'info']);

/** Whether a profile's report year is one it covers. */
function covers(profile: Profile, year: number): boolean {
  const years = profile.years;
  return !years || (year >= years.first && (years.last === undefined || year <= years.last));
}

/** Why a value is not a usable profile, or undefined when it is one. */
function profileProblem(profile: unknown): string | undefined {
  if (profile === null || typeof profile !== 'object') return 'not an object';
  const p = profile as Partial<Profile>;
  if (typeof p.id !== 'string' || !PROFILE_ID.test(p.id))
    return `id ${JSON.stringify(p.id)} is not of the form wuwei-2025`;
  if (p.codes === null || typeof p.codes !== 'object') return 'it has no table of codes (codes)';
  if (p.check !== undefined && typeof p.check !== 'function') return 'check is not a function';
  return undefined;
}

const isValue = (v: unknown): v is IssueValue =>
  v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/** The issue of one draft, or a reason it is not a draft of one of the profile's codes. */
function issueOf(profile: Profile, draft: ProfileDraft, spec: EditionSpec, lang: Lang): ProfileIssue | string {
  if (draft === null || typeof draft !== 'object') return 'a check returned something that is not an issue';
  const entry: ProfileCodeSpec | undefined = Object.hasOwn(profile.codes, draft.code)
    ? profile.codes[draft.code]
    : draft.code === DEADLINE_CODE.code
      ? DEADLINE_CODE.spec
      : undefined;
  if (!entry) return `a check returned the code ${JSON.stringify(draft.code)}, which is not in its table of codes`;
  if (!Array.isArray(draft.path) || !draft.path.every((k) => typeof k === 'string' || typeof k === 'number'))
    return `the issue ${draft.code} has no path (a list of keys)`;
  for (const key of ['expected', 'actual'] as const)
    if (draft[key] !== undefined && !isValue(draft[key]))
      return `the issue ${draft.code} has a ${key} that is not a plain value`;
  const params = draft.params ?? {};
  if (typeof params !== 'object' || !Object.values(params).every(isValue))
    return `the issue ${draft.code} has params that are not plain values`;
  const severity = draft.severity ?? entry.severity;
  if (!SEVERITIES.has(severity)) return `the issue ${draft.code} has the severity ${JSON.stringify(severity)}`;
  const label = labelOf(compileEdition(spec), draft.path);
  const message = entry.message[lang]({ ...draft, label });
  if (typeof message !== 'string') return `the message of ${draft.code} is not text`;
  return {
    code: `${profile.id}/${draft.code}`,
    severity,
    path: [...draft.path],
    ...(draft.expected !== undefined ? { expected: draft.expected } : {}),
    ...(draft.actual !== undefined ? { actual: draft.actual } : {}),
    message,
    params: { ...params, profile: profile.id },
  };
}

function failed(spec: EditionSpec, profile: unknown, detail: string, lang: Lang): Issue {
  const id = (profile as { id?: unknown } | null)?.id;
  const name = typeof id === 'string' ? id : '?';
  return finalizeIssue(spec, { code: 'PROFILE_FAILED', path: [], params: { profile: name, detail } }, lang);
}

/**
 * The issues of every profile over a valid report. Never throws.
 * @param report a report that passed the national checks
 * @param profiles the profiles, in the order their issues are listed
 * @param spec the report's edition
 * @param lang the language of the messages
 * @returns the profiles' issues, namespaced, and PROFILE_FAILED for each that failed
 */
export function runProfiles(
  report: Report,
  profiles: readonly Profile[],
  spec: EditionSpec,
  lang: Lang = 'zh',
): Issue[] {
  const issues: Issue[] = [];
  for (const profile of profiles) {
    const problem = profileProblem(profile);
    if (problem) {
      issues.push(failed(spec, profile, `not a profile: ${problem}`, lang));
      continue;
    }
    if (!covers(profile, report.year)) continue;
    const own: Issue[] = [];
    try {
      const checked = profile.check?.(report, { edition: compileEdition(spec) }) ?? [];
      if (!Array.isArray(checked)) {
        const promise = typeof (checked as { then?: unknown })?.then === 'function';
        throw new Error(promise ? 'check returned a promise: checks are synchronous' : 'check did not return a list');
      }
      for (const draft of [...deadlineDrafts(profile, report), ...(checked as readonly ProfileDraft[])]) {
        const made = issueOf(profile, draft, spec, lang);
        if (typeof made === 'string') throw new Error(made);
        own.push(made);
      }
    } catch (error) {
      // What a failed profile found before it failed is dropped: it may be half of its verdict.
      issues.push(failed(spec, profile, error instanceof Error ? error.message : String(error), lang));
      continue;
    }
    issues.push(...own);
  }
  return issues;
}

/**
 * PROFILE_NOT_RUN for each profile, when the report has errors of the national format.
 * @param profiles the profiles asked for
 */
export function profilesNotRun(profiles: readonly Profile[], spec: EditionSpec, lang: Lang = 'zh'): Issue[] {
  return profiles.map((p) => {
    const id = (p as { id?: unknown } | null)?.id;
    return finalizeIssue(
      spec,
      { code: 'PROFILE_NOT_RUN', path: [], params: { profile: typeof id === 'string' ? id : '?' } },
      lang,
    );
  });
}
