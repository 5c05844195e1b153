/**
 * zfxxgk — the national format of the 政府信息公开工作年度报告 as data, a typed model with its
 * invariants built in, and a builder. This entry point imports nothing from Node, so it also runs
 * in a browser; rendering and file I/O live behind subpaths.
 */
export { validate } from './validate.js';
export type { ValidateOptions, ValidationResult } from './validate.js';
export { ReportBuilder, ReportValidationError } from './builder.js';
export type { DeepPartial, RequestRowPath } from './builder.js';
export { compareYears } from './compare-years.js';
export { defineProfile } from './profiles/types.js';
export type {
  Profile,
  ProfileCodeSpec,
  ProfileContext,
  ProfileDeadline,
  ProfileDraft,
  ProfileMessageContext,
  ProfileSource,
} from './profiles/types.js';
export { WUWEI_2025 } from './profiles/wuwei-2025.js';
export { HUAIHUA_2021 } from './profiles/huaihua-2021.js';
export { BUILTIN_PROFILES } from './profiles/builtin.js';
export { findCopies } from './copies/find.js';
export type { CopiesResult, CopyInput, CopyOptions, CopyPair, CopySide } from './copies/types.js';
export type { Banding } from './copies/minhash.js';

export { reportSchema, reportSchemaFor } from './checks/report-schema.js';
export { reportJsonSchema } from './model/json-schema.js';
export { createSkeleton } from './model/skeleton.js';
export { nextYearSkeleton } from './model/next-year.js';
export type { NextYearHeader } from './model/next-year.js';
export { aggregateTables } from './model/aggregate.js';
export { sumDecimals } from './model/decimal.js';
export type { SkeletonHeader } from './model/skeleton.js';
export { canonicalOrder } from './model/canonical.js';
export { inferAgencyKind, AGENCY_KINDS } from './model/agency-kind.js';
export { DEFAULT_LIMITS, MAX_TEXT_LENGTH } from './model/limits.js';
export type { LimitName, ValidationLimits } from './model/limits.js';
export type {
  ActiveDisclosure,
  AgencyKind,
  ApplicantRow,
  ApplicantRowInput,
  Block,
  HeadedBlock,
  OutcomeCounts,
  Report,
  ReportHeader,
  ReportInput,
  ReportSectionKey,
  RequestsTable,
  RequestsTableInput,
  ReviewLitigationTable,
  ReviewLitigationTableInput,
} from './model/types.js';

export { ISSUE_CODES } from './issues/codes.js';
export type { IssueCode, IssueFacts } from './issues/codes.js';
export { countIssues, hasErrors } from './issues/issue.js';
export type { OtherReport, ProfileCode, ProfileIssue } from './issues/codes-copies.js';
export type {
  ExpectedKind,
  Issue,
  IssueCounts,
  IssueOf,
  IssueValue,
  PathKey,
  Received,
  ReceivedKind,
  Severity,
} from './issues/issue.js';
export { formatMessage } from './issues/finalize.js';
export type { IssueFactsOf } from './issues/finalize.js';
export { LANGS } from './issues/message-kit.js';
export type { Lang } from './issues/message-kit.js';

export { EDITIONS, CURRENT_EDITION, CURRENT_FORMAT, getEdition, editionForYear } from './format/editions.js';
export { EDITION_2021 } from './format/edition-2021.js';
export { EDITION_2019 } from './format/edition-2019.js';
export { compileEdition } from './format/compile.js';
export type { CellInfo, CellRole, CompiledEdition, Relation } from './format/compile.js';
export { sectionHeading, pathLabel } from './format/labels.js';
export type {
  AxisNode,
  BalanceSpec,
  BlockColumnSpec,
  BlockRowSpec,
  BlockSpec,
  BlockTableSpec,
  EditionSpec,
  MatrixTableSpec,
  SectionSpec,
  TableSpec,
  TopicSpec,
  ValueKind,
} from './format/spec-types.js';
export { defineRenderer, RendererRegistry, RenderRefusedError } from './render/contract.js';
export type {
  AnyRenderer,
  Renderer,
  RenderBody,
  RenderContext,
  RendererStats,
  RenderExtras,
  RenderResult,
} from './render/contract.js';
export { prepareReport } from './render/prepare.js';
export { contentKey } from './render/content-key.js';
export type { PreparedReport } from './render/prepare.js';
export { parseSource } from './read/source.js';
export type { SourceOptions, SourceResult, SourceSyntax } from './read/source.js';
export { readLenientNumber } from './read/lenient.js';

export { readRosterCsv, ROSTER_COLUMNS } from './platform/roster.js';
export type { RollupScope, RosterCsvOptions, RosterRead, RosterUnit } from './platform/roster.js';
export { checkRoster } from './platform/roster-check.js';
export type { RosterCheck, RosterOptions, RosterReport } from './platform/roster-check.js';
export { checkRollup } from './platform/rollup.js';
export type { RollupCell, RollupCheck, RollupReport, RollupResult } from './platform/rollup.js';
export { nameKey, NAME_RULES } from './platform/names.js';
export type { NameRule } from './platform/names.js';
export type { NameMatchParams, RosterProblem } from './issues/codes-platform.js';
