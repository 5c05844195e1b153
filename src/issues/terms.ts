/**
 * The labels a message names, read from the format description for one issue's path: the sum and
 * balance rules over its cell, the columns and rows of its block, the row carried from last year.
 * Messages never restate a label (`（一）至（六）`); they ask for it here.
 */
import type { AxisNode } from '../format/spec-types.js';
import type { CellInfo, CompiledEdition } from '../format/compile.js';
import { pathLabel } from '../format/labels.js';
import type { SumTerms, Terms } from './message-kit.js';
import type { PathKey } from './values.js';

const labelMaps = new WeakMap<CompiledEdition, Map<string, string>>();

function cellLabels(edition: CompiledEdition): Map<string, string> {
  let map = labelMaps.get(edition);
  if (!map) labelMaps.set(edition, (map = new Map(edition.cells.map((c) => [c.pathKey, c.label]))));
  return map;
}

/**
 * Label of any path of a report, from the format description.
 * @example labelOf(compileEdition(EDITION_2021), ['requests', 'results', 'total', 'naturalPerson']) // '表三 （七）总计 · 自然人'
 */
export function labelOf(edition: CompiledEdition, path: readonly PathKey[]): string {
  return pathLabel(edition.spec, path, cellLabels(edition));
}

const last = (chain: readonly AxisNode[]): string => chain[chain.length - 1]?.label ?? '';

/**
 * The terms of one issue's path. One object per issue with its methods on the prototype, and the
 * cell looked up only when a message asks for a term: every issue gets terms, few messages use them.
 */
export function termsFor(edition: CompiledEdition, path: readonly PathKey[]): Terms {
  return new PathTerms(edition, path);
}

class PathTerms implements Terms {
  #cell: CellInfo | undefined | null = null;

  constructor(
    private readonly edition: CompiledEdition,
    private readonly at: readonly PathKey[],
  ) {}

  /** The cell at the path, if the path names one (looked up once). */
  private get cell(): CellInfo | undefined {
    if (this.#cell === null) {
      this.#cell = this.edition.cells.length > 0 ? this.edition.byPath.get(this.at.join('.')) : undefined;
    }
    return this.#cell;
  }

  private relationsOf(code: string, kind: 'sum' | 'balance') {
    const { edition, cell } = this;
    return cell
      ? edition.involvement[cell.index]!.map((k) => edition.relations[k]!).filter(
          (r) => r.code === code && r.kind === kind,
        )
      : [];
  }

  path(p: readonly PathKey[]): string {
    return labelOf(this.edition, p);
  }

  sum(code: string): SumTerms | undefined {
    const { edition, cell } = this;
    const rels = this.relationsOf(code, 'sum');
    const rel = rels.find((r) => r.target === cell!.index) ?? rels[0];
    if (!rel) return undefined;
    const target = edition.cells[rel.target]!;
    const addends = rel.terms.slice(1).map((t) => edition.cells[t]!);
    // A row total sums cells of its own row; the others sum down a column.
    const along = addends.every((a) => a.rowChain === target.rowChain) ? 'row' : 'column';
    const chain = (c: CellInfo) => (along === 'row' ? c.colChain : c.rowChain);
    const depth = chain(target).length - 1;
    const atDepth = (c: CellInfo) => chain(c)[depth]?.label ?? last(chain(c));
    return {
      along,
      total: last(chain(target)),
      first: atDepth(addends[0]!),
      last: atDepth(addends[addends.length - 1]!),
    };
  }

  balance(code: string): { readonly left: readonly string[]; readonly right: readonly string[] } | undefined {
    const { edition } = this;
    const rel = this.relationsOf(code, 'balance')[0];
    if (!rel) return undefined;
    const rows = (cells: readonly number[] = []) => cells.map((c) => last(edition.cells[c]!.rowChain));
    return { left: rows(rel.left), right: rows(rel.right) };
  }

  continuity(): { readonly stock: string; readonly added: string; readonly removed: string } {
    const block = this.cell?.block;
    const c = block?.continuity;
    const column = (key: string | undefined) => block?.columns.find((col) => col.key === key)?.label ?? String(key);
    return { stock: column(c?.stock), added: column(c?.added), removed: column(c?.removed) };
  }

  otherRows(): readonly string[] {
    const cell = this.cell;
    return cell?.block ? cell.block.rows.filter((r) => r !== cell.blockRow).map((r) => r.label) : [];
  }

  carryFrom(): string {
    const { edition, at } = this;
    const table = edition.spec.tables.find((t) => t.key === at[0]);
    const carry = table?.kind === 'matrix' ? table.carry : undefined;
    if (!carry) return '';
    const from = edition.cells.find(
      (c) => c.table === table && c.path.slice(1, 1 + carry.from.length).join('.') === carry.from.join('.'),
    );
    return from ? last(from.rowChain) : carry.from.join('.');
  }
}
