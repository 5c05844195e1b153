/**
 * TypeScript types of a report in the canonical JSON shape (SPEC A3), derived from the format
 * description so that no key list is written twice. Each derived type is exported under a name.
 *
 * `…Input` types are what a file may hold (totals optional); the plain names are what validation
 * and the builder return (every total present).
 */
import type { CURRENT_EDITION } from '../format/editions.js';
import type { REVIEW_LITIGATION_TABLE } from '../format/common.js';
import type { AGENCY_KIND_VALUES } from '../format/header.js';

/** The description of the edition in force, as a type: the types below are made from it. */
type Edition = typeof CURRENT_EDITION;
type TableOf<K extends string> = Extract<Edition['tables'][number], { readonly key: K }>;
type RequestsSpec = TableOf<'requests'>;

// ——— helpers over the description's trees (shallow: one level of conditional per step) ———

type ChildrenOf<N> = N extends { readonly children: readonly (infer C)[] } ? C : never;
/** Leaf nodes reachable through unkeyed groups. */
type LeafNodes<N> = N extends { readonly children: readonly unknown[] }
  ? N extends { readonly key: string }
    ? never
    : LeafNodes<ChildrenOf<N>>
  : N;
/** Keyed groups reachable through unkeyed groups. */
type KeyedGroups<N> = N extends { readonly children: readonly unknown[] }
  ? N extends { readonly key: string }
    ? N
    : KeyedGroups<ChildrenOf<N>>
  : never;
type KeyOf<N> = N extends { readonly key: infer K extends string } ? K : never;
type TotalKeys<N> = KeyOf<Extract<N, { readonly total: true }>>;
type Flatten<T> = { [K in keyof T]: T[K] } & {};

/** The cells of one data row: leaf columns, with keyed groups as nested objects. */
type CellsOf<N, Optional extends boolean> = {
  [K in Exclude<KeyOf<LeafNodes<N>>, TotalKeys<LeafNodes<N>>>]: number;
} & (Optional extends true
  ? { [K in TotalKeys<LeafNodes<N>>]?: number }
  : { [K in TotalKeys<LeafNodes<N>>]: number }) & {
    [G in KeyedGroups<N> as KeyOf<G>]: Flatten<CellsOf<ChildrenOf<G>, Optional>>;
  };

/** Rows of a matrix table keyed as in the row tree, each holding `Cells`. */
type RowsOf<N, Cells, Optional extends boolean> = {
  [R in Exclude<N, { readonly total: true }> as KeyOf<R>]: R extends { readonly children: readonly unknown[] }
    ? Flatten<RowsOf<ChildrenOf<R>, Cells, Optional>>
    : Cells;
} & (Optional extends true
  ? { [R in Extract<N, { readonly total: true }> as KeyOf<R>]?: Cells }
  : { [R in Extract<N, { readonly total: true }> as KeyOf<R>]: Cells });

type BlockNodes = TableOf<'activeDisclosure'>['blocks'][number];
type BlockValue<B> = B extends { readonly scalar: true }
  ? number
  : B extends { readonly columns: readonly (infer C)[] }
    ? { [K in KeyOf<C>]: number }
    : never;

// ——— the named types ———

/** Table 三 columns: one row of counts by kind of applicant, 总计 included. */
export type ApplicantRow = Flatten<CellsOf<RequestsSpec['columns'][number], false>>;
/** Table 三 columns as a file may hold them: 总计 may be left out. */
export type ApplicantRowInput = Flatten<CellsOf<RequestsSpec['columns'][number], true>>;

/** Table 三, 收到和处理政府信息公开申请情况. */
export type RequestsTable = Flatten<RowsOf<RequestsSpec['rows'][number], ApplicantRow, false>>;
/** Table 三 as a file may hold it: every 总计 (row or column) may be left out. */
export type RequestsTableInput = Flatten<RowsOf<RequestsSpec['rows'][number], ApplicantRowInput, true>>;

/** Table 四: three groups of outcomes (行政复议, 未经复议直接起诉, 复议后起诉). */
export type ReviewLitigationTable = Flatten<CellsOf<(typeof REVIEW_LITIGATION_TABLE)['columns'][number], false>>;
/** Table 四 as a file may hold it: each group's 总计 may be left out. */
export type ReviewLitigationTableInput = Flatten<CellsOf<(typeof REVIEW_LITIGATION_TABLE)['columns'][number], true>>;
/** One group of table 四: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
export type OutcomeCounts = ReviewLitigationTable['review'];

/** Table 二, 主动公开政府信息情况 (the fee in 万元, counts otherwise). */
export type ActiveDisclosure = Flatten<{
  [R in BlockNodes['rows'][number] as KeyOf<R>]: BlockValue<BlockOf<R>>;
}>;
type BlockOf<R, B = BlockNodes> = B extends { readonly rows: readonly (infer X)[] } ? (R extends X ? B : never) : never;

/** A paragraph, or a sub-heading with its paragraphs (numbered （一）（二）… when rendered). */
export type Block = string | HeadedBlock;

/** A titled part of a narrative section. */
export interface HeadedBlock {
  /** The sub-heading without its number, as published (`主动公开情况`). */
  readonly heading: string;
  readonly paragraphs: readonly string[];
  /** Print the heading at the start of its first paragraph (`（一）主动公开情况。一是…`). */
  readonly runIn?: boolean;
}

/** Which deadline of 《条例》第四十九条 applies. */
export type AgencyKind = (typeof AGENCY_KIND_VALUES)[number];

type SectionKey = Edition['sections'][number]['key'];
type NarrativeKey = Extract<Edition['sections'][number], { readonly body: 'narrative' }>['key'];

/** Fields of a report that are not sections. */
export interface ReportHeader {
  /** Edition of the national format. */
  readonly format: Edition['format'];
  /** 报告机关. */
  readonly agency: string;
  /** 报告年度. */
  readonly year: number;
  /** 落款日期 (ISO date `YYYY-MM-DD`); many reports carry none. */
  readonly publishedAt?: string;
  /** Defaults to `${agency}${year}年政府信息公开工作年度报告`. */
  readonly title?: string;
  /** Whether the deadline of 31 January (department) or 31 March (government) applies. */
  readonly agencyKind?: AgencyKind;
  /** Paragraphs before 一、总体情况. */
  readonly preamble?: readonly Block[];
}

type Narratives = { readonly [K in NarrativeKey]: readonly Block[] };

/** A whole report of the edition in force, every total present. */
export type Report = Flatten<
  ReportHeader &
    Narratives & {
      readonly activeDisclosure: ActiveDisclosure;
      readonly requests: RequestsTable;
      readonly reviewLitigation: ReviewLitigationTable;
    }
>;

/** A report as a file may hold it: totals may be left out (they are derived). */
export type ReportInput = Flatten<
  ReportHeader &
    Narratives & {
      readonly activeDisclosure: ActiveDisclosure;
      readonly requests: RequestsTableInput;
      readonly reviewLitigation: ReviewLitigationTableInput;
    }
>;

/** Keys of the six sections. */
export type ReportSectionKey = SectionKey;
