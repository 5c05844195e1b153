/**
 * A local rule profile: the rules a city or province adds on top of the national format (a shorter
 * 总体情况, earlier deadlines), as a value a platform passes to `validate(input, { profiles })`.
 * Its checks return issue drafts under its own codes; the runner namespaces them (`wuwei-2025/…`)
 * and makes their messages from the profile's own code table, so a profile words its own issues.
 */
import type { CompiledEdition } from '../format/compile.js';
import type { Lang } from '../issues/message-kit.js';
import type { IssueValue, PathKey, Severity } from '../issues/values.js';
import type { AgencyKind, Report } from '../model/types.js';

/** The published notice a profile takes its rules from. */
export interface ProfileSource {
  /** The notice's title, as published. */
  readonly title: string;
  /** Where it is published. */
  readonly url: string;
  /** 文号 (`武政办发〔2025〕54号`), when it has one. */
  readonly number?: string;
  /** Date of the notice, ISO. */
  readonly date?: string;
}

/** An issue of a profile before its code is namespaced and its message made. */
export interface ProfileDraft {
  /** One of the profile's own codes (a key of its `codes`), without the namespace. */
  readonly code: string;
  readonly path: readonly PathKey[];
  /** When the check overrides the code's default severity. */
  readonly severity?: Severity;
  readonly expected?: IssueValue;
  readonly actual?: IssueValue;
  readonly params?: Readonly<Record<string, IssueValue>>;
}

/** What a profile's message template is given: the draft and the label of its path. */
export type ProfileMessageContext = ProfileDraft & {
  /** Label of the draft's path from the format description (`一、总体情况`). */
  readonly label: string;
};

/** One code of a profile's code table: its severity, its meaning, its message in each language. */
export interface ProfileCodeSpec {
  readonly severity: Severity;
  /** What the code means, in Chinese and in English (for the docs). */
  readonly zh: string;
  readonly en: string;
  readonly message: { readonly [L in Lang]: (c: ProfileMessageContext) => string };
}

/**
 * A deadline a profile sets, earlier (or other) than 《条例》第四十九条's: reports it covers
 * dated after `${year + 1}-${date}` get the profile's `LATE_PUBLICATION`.
 */
export interface ProfileDeadline {
  /** Month and day in the year after the reporting year, `MM-DD`. */
  readonly date: string;
  /** The kinds of agency it binds (explicit `agencyKind`, or inferred from the name); all when absent. */
  readonly kinds?: readonly AgencyKind[];
  /** Only agencies whose name (spaces removed) matches (`/^怀化市/` for the city's own departments). */
  readonly agency?: RegExp;
  /** Only agencies whose name does not match (the counties' names, for the city's own departments). */
  readonly notAgency?: RegExp;
  /** The rule in words, for the message (`市直单位于1月28日前在市政府门户网站公布`). */
  readonly rule: { readonly [L in Lang]: string };
}

/** What a profile's check is given besides the report. */
export interface ProfileContext {
  /** The compiled edition of the report: labels, cells, sections and topics. */
  readonly edition: CompiledEdition;
}

/**
 * A local rule profile.
 * @example
 * const mine = defineProfile({ id: 'my-city-2025', name: '某市 2025 年度报告要求', sources: [...],
 *   codes: { NO_CONTACT: { severity: 'warning', zh: '…', en: '…', message: { zh: () => '…', en: () => '…' } } },
 *   check: (report) => (report.preamble?.length ? [] : [{ code: 'NO_CONTACT', path: ['preamble'] }]) });
 */
export interface Profile {
  /** Lower case letters, digits and `-` (`wuwei-2025`): the namespace of its codes. */
  readonly id: string;
  /** Its name in Chinese (`武威市 2025 年度报告编制要求`). */
  readonly name: string;
  /** The published notices its rules come from. */
  readonly sources: readonly ProfileSource[];
  /** Reporting years it applies to; a report of another year is not checked by it (no issue). */
  readonly years?: { readonly first: number; readonly last?: number };
  /** Its own codes, without the namespace. `LATE_PUBLICATION` is provided for its deadlines unless it defines one. */
  readonly codes: Readonly<Record<string, ProfileCodeSpec>>;
  /** Deadlines it sets. */
  readonly deadlines?: readonly ProfileDeadline[];
  /**
   * Its checks over a report that passed the national checks (every total present). Synchronous;
   * returns drafts under its own codes. A check that throws is reported as PROFILE_FAILED.
   */
  readonly check?: (report: Report, context: ProfileContext) => readonly ProfileDraft[];
}

/**
 * Declares a profile, keeping its literal types (an identity function, for type inference).
 * @param profile the profile
 * @returns the same profile
 * @example export const profile = defineProfile({ id: 'my-city-2025', name: '…', sources: [], codes: {} });
 */
export function defineProfile<const P extends Profile>(profile: P): P {
  return profile;
}
