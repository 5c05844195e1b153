/**
 * Human labels for cells and fields, made from the official labels of the format description, so
 * that messages name `表三 （七）总计 · 自然人` rather than a JSON path.
 */
import { HEADER_FIELDS } from './header.js';
import type { AxisNode, BlockColumnSpec, BlockRowSpec, EditionSpec, SectionSpec, TableSpec } from './spec-types.js';

/** The canonical heading of a section: `一、总体情况`. */
export function sectionHeading(section: Pick<SectionSpec, 'number' | 'title'>): string {
  return `${section.number}、${section.title}`;
}

/**
 * Label of one value cell.
 * Rows: the leaf's label, preceded by its group when nested (`（三）不予公开 1.属于国家秘密`); the
 * outermost group (`三、本年度办理结果`) is left out for brevity. Columns: the leaf's label, preceded by
 * groups that carry a key or contain keyed groups (`行政诉讼 未经复议直接起诉 · 总计`).
 */
export function cellLabel(
  table: TableSpec,
  rowChain: readonly AxisNode[],
  colChain: readonly AxisNode[],
  block?: { row: BlockRowSpec; column: BlockColumnSpec },
): string {
  if (block) return `${table.name} ${block.row.label} · ${block.column.label}`;
  const rowParts = (rowChain.length > 1 ? rowChain.slice(1) : rowChain).map((n) => n.label);
  const leaf = colChain[colChain.length - 1];
  const groups = colChain.slice(0, -1).filter((n) => n.key !== undefined || hasKeyedGroup(n));
  const colGroups = groups.map((n) => n.label).join(' ');
  const col = leaf ? leaf.label : '';
  if (rowParts.length === 0) return `${table.name} ${colGroups} · ${col}`.replace(/\s+·/, ' ·');
  return `${table.name} ${rowParts.join(' ')} · ${colGroups ? `${colGroups} ` : ''}${col}`;
}

function hasKeyedGroup(node: AxisNode): boolean {
  return (node.children ?? []).some((c) => (c.key !== undefined && c.children) || hasKeyedGroup(c));
}

const FIELD_LABELS: ReadonlyMap<string, string> = new Map(HEADER_FIELDS.map((f) => [f.key, f.label]));

/**
 * Label of any path in a report: a cell, a section, a paragraph or a top-level field.
 * Falls back to the dotted path for keys the format does not know.
 */
export function pathLabel(
  spec: EditionSpec,
  path: readonly (string | number)[],
  cellLabels?: ReadonlyMap<string, string>,
): string {
  if (path.length === 0) return '报告';
  const key = path.join('.');
  const cell = cellLabels?.get(key);
  if (cell) return cell;
  const [head, ...rest] = path;
  const section = spec.sections.find((s) => s.key === head);
  if (section) {
    const heading = sectionHeading(section);
    if (section.body === 'narrative' || rest.length === 0) return heading + narrativeSuffix(rest);
    const table = spec.tables.find((t) => t.key === head);
    return table ? `${table.name} ${tablePartLabel(table, rest)}` : `${heading} ${rest.join('.')}`;
  }
  const field = typeof head === 'string' ? FIELD_LABELS.get(head) : undefined;
  if (field !== undefined) return field + narrativeSuffix(rest);
  return key;
}

/** Labels of the rows (and column groups) a partial table path passes through. */
function tablePartLabel(table: TableSpec, keys: readonly (string | number)[]): string {
  const parts: string[] = [];
  if (table.kind === 'blocks') {
    const row = table.blocks.flatMap((b) => b.rows).find((r) => r.key === keys[0]);
    parts.push(row ? row.label : String(keys[0]));
    if (keys.length > 1) parts.push(keys.slice(1).join('.'));
    return parts.join(' · ');
  }
  let nodes: readonly AxisNode[] = [...(table.rows ?? []), ...table.columns];
  for (const key of keys) {
    const node = findKeyed(nodes, key);
    if (!node) {
      parts.push(String(key));
      break;
    }
    parts.push(node.label);
    nodes = node.children ?? table.columns;
  }
  return parts.join(' ');
}

function findKeyed(nodes: readonly AxisNode[], key: string | number): AxisNode | undefined {
  for (const node of nodes) {
    if (node.key === key) return node;
    if (node.key === undefined && node.children) {
      const inner = findKeyed(node.children, key);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** `第2段` / `第2段 标题` for a path inside a list of blocks. */
function narrativeSuffix(rest: readonly (string | number)[]): string {
  if (rest.length === 0) return '';
  const [index, field, sub] = rest;
  if (typeof index !== 'number') return ` ${rest.join('.')}`;
  let out = ` 第${index + 1}段`;
  if (field === 'heading') out += ' 小标题';
  else if (field === 'paragraphs' && typeof sub === 'number') out += ` 第${sub + 1}自然段`;
  else if (field === 'paragraphs') out += ' 正文';
  else if (field !== undefined) out += ` ${String(field)}`;
  return out;
}

/**
 * Every label an edition's tables print (block titles, headers, row and column labels, the
 * corner note), with the aliases the description knows for them.
 */
export function printedLabels(spec: EditionSpec): string[] {
  const out: string[] = [];
  const nodes = (list: readonly AxisNode[]): void => {
    for (const n of list) {
      out.push(n.label, ...(n.aliases ?? []));
      if (n.children) nodes(n.children);
    }
  };
  for (const table of spec.tables) {
    if (table.kind === 'blocks') {
      for (const block of table.blocks) {
        out.push(block.title, block.itemHeader);
        for (const c of block.columns) out.push(c.label, ...(c.aliases ?? []));
        for (const r of block.rows) out.push(r.label, ...(r.aliases ?? []));
      }
    } else {
      if (table.corner) out.push(table.corner);
      nodes(table.rows ?? []);
      nodes(table.columns);
    }
  }
  return [...new Set(out)];
}
