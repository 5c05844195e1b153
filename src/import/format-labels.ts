/**
 * The labels the importer looks for, taken from the format description: section headings with
 * their variants, and every label of every table (block titles, headers, row and column labels,
 * the corner note) with what it stands for. Built once per edition.
 */
import { sectionHeading } from '../format/labels.js';
import type {
  AxisNode,
  BlockColumnSpec,
  BlockRowSpec,
  BlockSpec,
  BlockTableSpec,
  EditionSpec,
  MatrixTableSpec,
  SectionSpec,
} from '../format/spec-types.js';
import { leafChains, type LeafChain } from '../format/tree.js';
import { SECTION_ORDINAL } from '../util/ordinals.js';
import { createLabelMatcher, labelKey, withoutSpaces, type LabelMatcher } from './labels.js';

/** What a table label stands for. */
export type TableLabel =
  | { readonly kind: 'blockTitle'; readonly table: BlockTableSpec; readonly block: BlockSpec }
  | { readonly kind: 'itemHeader'; readonly table: BlockTableSpec; readonly block: BlockSpec }
  | {
      readonly kind: 'blockColumn';
      readonly table: BlockTableSpec;
      readonly block: BlockSpec;
      readonly column: BlockColumnSpec;
      readonly index: number;
    }
  | { readonly kind: 'blockRow'; readonly table: BlockTableSpec; readonly block: BlockSpec; readonly row: BlockRowSpec }
  | {
      readonly kind: 'row';
      readonly table: MatrixTableSpec;
      readonly node: AxisNode;
      /** Keys from the table to this node. */
      readonly keys: readonly string[];
      /** Leaf rows under this node (itself, for a leaf). */
      readonly leaves: readonly LeafChain[];
    }
  | { readonly kind: 'column'; readonly table: MatrixTableSpec; readonly node: AxisNode }
  | { readonly kind: 'corner'; readonly table: MatrixTableSpec };

/** The labels of one edition, ready for matching. */
export interface FormatLabels {
  readonly spec: EditionSpec;
  /** Every table label. */
  readonly table: LabelMatcher<TableLabel>;
  /** Section titles without their ordinal, with variants. */
  readonly section: LabelMatcher<SectionSpec>;
}

const cache = new WeakMap<EditionSpec, FormatLabels>();

/** The labels of an edition (built once). */
export function formatLabels(spec: EditionSpec): FormatLabels {
  const hit = cache.get(spec);
  if (hit) return hit;
  const entries: { canonical: string; aliases?: readonly string[]; target: TableLabel }[] = [];
  for (const table of spec.tables) {
    if (table.kind === 'blocks') {
      for (const block of table.blocks) {
        entries.push({ canonical: block.title, target: { kind: 'blockTitle', table, block } });
        entries.push({ canonical: block.itemHeader, target: { kind: 'itemHeader', table, block } });
        block.columns.forEach((column, index) =>
          entries.push({
            canonical: column.label,
            aliases: column.aliases ?? [],
            target: { kind: 'blockColumn', table, block, column, index },
          }),
        );
        for (const row of block.rows)
          entries.push({
            canonical: row.label,
            aliases: row.aliases ?? [],
            target: { kind: 'blockRow', table, block, row },
          });
      }
      continue;
    }
    if (table.corner) entries.push({ canonical: table.corner, target: { kind: 'corner', table } });
    const visitRows = (nodes: readonly AxisNode[], above: readonly AxisNode[]) => {
      for (const node of nodes) {
        const chain = [...above, node];
        const keys = chain.flatMap((n) => (n.key === undefined ? [] : [n.key]));
        const leaves = node.children?.length ? leafChains(node.children, chain) : [{ chain, keys }];
        entries.push({
          canonical: node.label,
          aliases: node.aliases ?? [],
          target: { kind: 'row', table, node, keys, leaves },
        });
        if (node.children) visitRows(node.children, chain);
      }
    };
    visitRows(table.rows ?? [], []);
    const visitColumns = (nodes: readonly AxisNode[]) => {
      for (const node of nodes) {
        entries.push({ canonical: node.label, aliases: node.aliases ?? [], target: { kind: 'column', table, node } });
        if (node.children) visitColumns(node.children);
      }
    };
    visitColumns(table.columns);
  }
  const sections = spec.sections.map((s) => ({ canonical: s.title, aliases: s.variants, target: s }));
  const labels: FormatLabels = { spec, table: createLabelMatcher(entries), section: createLabelMatcher(sections) };
  cache.set(spec, labels);
  return labels;
}

/** A section heading recognised in a line of text. */
export interface HeadingMatch {
  readonly section: SectionSpec;
  /** The format's heading (`一、总体情况`). */
  readonly canonical: string;
  /** True when the text differs from it (whitespace aside). */
  readonly differs: boolean;
}

/**
 * Recognises a section heading: `一、总体情况`, `二、行政机关主动公开政府信息情况`,
 * `五、政府信息公开工作存在的主要问题及改进情况。`. A heading without its ordinal is recognised only
 * when its text is exactly the format's title.
 */
export function matchSectionHeading(labels: FormatLabels, text: string): HeadingMatch | undefined {
  if (text.length > 60) return undefined;
  const ordinal = SECTION_ORDINAL.exec(text);
  const rest = ordinal ? text.slice(ordinal[0].length) : text;
  const match = labels.section(rest);
  if (!match) return undefined;
  const section = match.targets[0]!;
  if (!ordinal && match.quality !== 'exact') return undefined;
  // A paragraph that merely starts like a heading is no heading.
  const key = labelKey(rest);
  if (key.length > labelKey(match.canonical).length + 8) return undefined;
  const canonical = sectionHeading(section);
  return { section, canonical, differs: withoutSpaces(text) !== canonical };
}
