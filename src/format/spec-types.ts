/**
 * The vocabulary in which an edition of the national format is described.
 *
 * An edition is plain data (see `edition-2021.ts`): sections with their canonical headings, and
 * tables as trees of rows and columns with keys, official labels and which cells are totals.
 * Schemas, types, labels, checks, HTML grids and the importer are all derived from it.
 */

/** What a value cell holds. */
export type ValueKind =
  /** A count (件/个): a non-negative safe integer. */
  | 'count'
  /** A non-negative decimal amount, such as the fee in 万元. */
  | 'amount'
  /** A signed integer, such as the 2019 edition's 本年增/减. */
  | 'signedCount';

/** A row or column node of a matrix table. */
export interface AxisNode {
  /**
   * The JSON key of this node. A node without a key is a visual grouping only (such as
   * 法人或其他组织): its children sit directly in the parent object.
   */
  readonly key?: string;
  /** The official label, character-exact. */
  readonly label: string;
  /** Sub-nodes, for a group. */
  readonly children?: readonly AxisNode[];
  /**
   * A total: the sum of every leaf among its siblings (recursively). May be omitted on input, and
   * is then derived.
   */
  readonly total?: boolean;
  /** Alternative spellings seen in real reports, for the importer. */
  readonly aliases?: readonly string[];
}

/** A table drawn as a grid of row labels × value columns, like tables 三 and 四. */
export interface MatrixTableSpec {
  readonly kind: 'matrix';
  /** The report key holding this table's values (`requests`, `reviewLitigation`). */
  readonly key: string;
  /** Short name used in messages, such as `表三`. */
  readonly name: string;
  /** The note printed in the top-left corner (table 三), spanning the label columns. */
  readonly corner?: string;
  /** Row tree. Absent when the table has a single unlabelled data row (table 四). */
  readonly rows?: readonly AxisNode[];
  /** Column tree; leaves are the value columns. */
  readonly columns: readonly AxisNode[];
  /** What each cell holds. */
  readonly value: ValueKind;
  /** Relative widths of the grid columns (label columns first), from the official template. */
  readonly columnWidths?: readonly number[];
  /** Codes of the total rules: a total column (within a row) and a total row (within a column). */
  readonly totalCodes: { readonly column?: string; readonly row?: string };
  /** Equations between rows that hold in every column (the 勾稽关系). */
  readonly balances?: readonly BalanceSpec[];
  /** A row that continues last year's report (this year's 上年结转 = last year's 结转下年度). */
  readonly carry?: { readonly code: string; readonly from: readonly string[]; readonly to: readonly string[] };
}

/** `Σ left = Σ right` in every value column. Row paths are arrays of row keys. */
export interface BalanceSpec {
  readonly code: string;
  readonly left: readonly (readonly string[])[];
  readonly right: readonly (readonly string[])[];
  /** The row reported when the equation fails and no single cell explains it. */
  readonly reportAt: readonly string[];
}

/** One block of table 二: a full-width title row, a header row and item rows. */
export interface BlockSpec {
  /** Block title, such as `第二十条第（一）项`. */
  readonly title: string;
  /** Header of the item column (`信息内容`). */
  readonly itemHeader: string;
  /** Value columns of this block. */
  readonly columns: readonly BlockColumnSpec[];
  /**
   * When true the block has a single value column and each item's JSON value is that number
   * itself (`"licensing": 821`), not an object.
   */
  readonly scalar?: boolean;
  readonly rows: readonly BlockRowSpec[];
  /**
   * A stock that continues last year's report: this year's `stock` should equal last year's
   * `stock` + `added` − `removed` (现行有效件数).
   */
  readonly continuity?: {
    readonly code: string;
    readonly stock: string;
    readonly added: string;
    readonly removed: string;
  };
}

export interface BlockColumnSpec {
  readonly key: string;
  readonly label: string;
  readonly value: ValueKind;
  /** A free-text unit beside the value (the 2019 edition's 采购总金额). */
  readonly unitKey?: string;
  readonly aliases?: readonly string[];
}

export interface BlockRowSpec {
  readonly key: string;
  readonly label: string;
  readonly aliases?: readonly string[];
  /** Hint codes attached to this row (see checks/hints). */
  readonly hints?: readonly string[];
}

/** A table made of titled blocks, like table 二. */
export interface BlockTableSpec {
  readonly kind: 'blocks';
  readonly key: string;
  readonly name: string;
  /** Number of grid columns (label + values). */
  readonly gridColumns: number;
  readonly blocks: readonly BlockSpec[];
}

export type TableSpec = MatrixTableSpec | BlockTableSpec;

/** One of the six sections of the report. */
export interface SectionSpec {
  /** JSON key of the section. */
  readonly key: string;
  /** Chinese ordinal (`一`). */
  readonly number: string;
  /** Heading without its ordinal (`总体情况`). */
  readonly title: string;
  /** Narrative sections hold blocks of text; table sections hold one table. */
  readonly body: 'narrative' | 'table';
  /** Variants of the heading seen in real reports (SPEC B §3.1). */
  readonly variants: readonly string[];
  /** Placeholder of the official template (`（文字描述）`). */
  readonly placeholder?: string;
}

/** A recommended sub-topic of a narrative section (the five areas of 一、总体情况). */
export interface TopicSpec {
  readonly title: string;
  readonly variants: readonly string[];
}

/** A whole edition of the national format. */
export interface EditionSpec {
  /** The `format` value of report files of this edition. */
  readonly format: string;
  /** The notice that issued it. */
  readonly notice: string;
  /** First and last reporting years the edition applies to (`last` open-ended when absent). */
  readonly years: { readonly first: number; readonly last?: number };
  readonly sections: readonly SectionSpec[];
  readonly tables: readonly TableSpec[];
  /** Recommended sub-topics of narrative sections, by section key. */
  readonly topics: Readonly<Record<string, readonly TopicSpec[]>>;
}
