/**
 * The 勾稽 checks (T3_BALANCE, T3_RESULTS_SUM, T3_ROW_TOTAL, T4_GROUP_TOTAL), with each failure
 * traced to the cell that explains it.
 *
 * One wrong cell breaks several equations at once (a wrong 自然人 count in row （三）1 breaks that
 * row's 总计 and the column's （七）总计). Reporting each broken equation would name cells that are
 * right; instead the failures are explained by as few cells as possible:
 *  1. a given cell all of whose equations fail, by amounts that one correction of that cell would
 *     cancel, explains them (when two cells explain the same set equally, neither is chosen);
 *  2. else an equation that only one cell could explain (its other equations all fail too) is
 *     blamed on that cell;
 *  3. what is left is reported on the equation's own total cell.
 * After each step the correction is applied and the rest re-examined, so two independent mistakes
 * give two issues.
 */
import type { CellInfo, CompiledEdition, Relation } from '../format/compile.js';
import type { ArithmeticCode } from '../issues/codes-tables.js';
import type { IssueDraft } from '../issues/issue.js';
import { CellState, type CellValues } from '../model/cells.js';

const EPS = 1e-9;

/** Runs the arithmetic over read cells and returns one draft per wrong cell. */
export function checkArithmetic(edition: CompiledEdition, cells: CellValues): IssueDraft[] {
  const active = activeRelations(edition, cells);
  const residual = new Map<number, number>();
  for (const rel of active) {
    const r = residualOf(rel, cells.values);
    if (Math.abs(r) > EPS) residual.set(rel.index, r);
  }
  if (residual.size === 0) return [];
  return localize(edition, cells, active, residual);
}

/** Relations that are checkable: every cell known, and not the definition of a derived total. */
function activeRelations(edition: CompiledEdition, { states, derivedBy }: CellValues): Relation[] {
  return edition.relations.filter((rel) => {
    if (rel.kind === 'sum' && derivedBy[rel.target] === rel.index) return false;
    return rel.terms.every((t) => states[t] === CellState.Given || states[t] === CellState.Derived);
  });
}

function residualOf(rel: Relation, values: readonly number[]): number {
  let r = 0;
  for (let i = 0; i < rel.terms.length; i++) r += rel.coefs[i]! * values[rel.terms[i]!]!;
  return r;
}

/** A relation rewritten over given cells only (derived totals replaced by what they sum). */
type Expansion = Map<number, number>;

function expand(edition: CompiledEdition, cells: CellValues, rel: Relation): Expansion {
  const out: Expansion = new Map();
  const add = (cell: number, coef: number): void => {
    const by = cells.derivedBy[cell]!;
    if (cells.states[cell] === CellState.Derived && by >= 0) {
      const def = edition.relations[by]!;
      // target = −Σ coef·addend  (the target's own coefficient is +1)
      for (let i = 1; i < def.terms.length; i++) add(def.terms[i]!, -def.coefs[i]! * coef);
      return;
    }
    out.set(cell, (out.get(cell) ?? 0) + coef);
  };
  for (let i = 0; i < rel.terms.length; i++) add(rel.terms[i]!, rel.coefs[i]!);
  for (const [cell, coef] of out) if (Math.abs(coef) < EPS) out.delete(cell);
  return out;
}

/** The relations rewritten over given cells, and for each cell the relations it stands in. */
interface Expansions {
  readonly expansions: ReadonlyMap<number, Expansion>;
  readonly involved: ReadonlyMap<number, readonly number[]>;
}

/**
 * When every relation is checkable and no total was derived (a complete report, the usual case),
 * the expansions are the relations themselves, the same for every report of the edition: made
 * once per edition and only read, not once per report with a wrong cell.
 */
const completeExpansions = new WeakMap<CompiledEdition, Expansions>();

function expansionsOf(edition: CompiledEdition, cells: CellValues, active: readonly Relation[]): Expansions {
  const complete = active.length === edition.relations.length && !cells.states.includes(CellState.Derived);
  const known = complete ? completeExpansions.get(edition) : undefined;
  if (known) return known;
  const expansions = new Map<number, Expansion>();
  const involved = new Map<number, number[]>();
  for (const rel of active) {
    const e = expand(edition, cells, rel);
    expansions.set(rel.index, e);
    for (const cell of e.keys()) {
      const list = involved.get(cell);
      if (list) list.push(rel.index);
      else involved.set(cell, [rel.index]);
    }
  }
  const made = { expansions, involved };
  if (complete) completeExpansions.set(edition, made);
  return made;
}

interface Blame {
  readonly cell: number;
  readonly delta: number;
  readonly relations: readonly number[];
}

function localize(
  edition: CompiledEdition,
  cells: CellValues,
  active: readonly Relation[],
  residual: Map<number, number>,
): IssueDraft[] {
  const { expansions, involved } = expansionsOf(edition, cells, active);
  const failing = () => [...residual.keys()];
  const isFailing = (k: number) => Math.abs(residual.get(k) ?? 0) > EPS;
  const plausible = (cell: number, delta: number) =>
    edition.cells[cell]!.value !== 'count' || cells.values[cell]! - delta >= -EPS;
  const apply = (cell: number, delta: number) => {
    for (const k of involved.get(cell) ?? []) {
      const next = (residual.get(k) ?? 0) - delta * expansions.get(k)!.get(cell)!;
      if (Math.abs(next) > EPS) residual.set(k, next);
      else residual.delete(k);
    }
  };

  const blames: Blame[] = [];
  for (;;) {
    const full = fullExplanation();
    if (full) {
      blames.push(full);
      apply(full.cell, full.delta);
      continue;
    }
    const single = soleCandidate();
    if (single) {
      blames.push(single);
      apply(single.cell, single.delta);
      continue;
    }
    break;
  }
  const drafts = blames.map((b) => blameDraft(edition, cells, b));

  // What no single cell explains is reported on each equation's own total, sums before balances.
  const rest = failing()
    .map((k) => edition.relations[k]!)
    .sort((a, b) => (a.kind === b.kind ? a.index - b.index : a.kind === 'sum' ? -1 : 1));
  for (const rel of rest) {
    const r = residual.get(rel.index);
    if (r === undefined || Math.abs(r) <= EPS) continue;
    const coef = expansions.get(rel.index)!.get(rel.target) ?? rel.coefs[rel.terms.indexOf(rel.target)]!;
    const delta = r / coef;
    drafts.push(relationDraft(edition, cells, rel, delta));
    if (cells.states[rel.target] === CellState.Given) apply(rel.target, delta);
    else residual.delete(rel.index);
  }
  return drafts;

  /** Tier 1: a cell whose every equation fails by amounts one correction cancels. */
  function fullExplanation(): Blame | undefined {
    const candidates: Blame[] = [];
    const seen = new Set<number>();
    for (const k of failing()) {
      for (const cell of expansions.get(k)!.keys()) {
        if (seen.has(cell) || cells.states[cell] !== CellState.Given) continue;
        seen.add(cell);
        const rels = involved.get(cell)!;
        if (!rels.every(isFailing)) continue;
        const delta = residual.get(rels[0]!)! / expansions.get(rels[0]!)!.get(cell)!;
        const consistent = rels.every((j) => Math.abs(residual.get(j)! - delta * expansions.get(j)!.get(cell)!) <= EPS);
        if (consistent && plausible(cell, delta)) candidates.push({ cell, delta, relations: rels });
      }
    }
    const signature = (b: Blame) => b.relations.join(',');
    const bySignature = new Map<string, number>();
    for (const c of candidates) bySignature.set(signature(c), (bySignature.get(signature(c)) ?? 0) + 1);
    const unique = candidates.filter((c) => bySignature.get(signature(c)) === 1);
    unique.sort((a, b) => b.relations.length - a.relations.length || a.cell - b.cell);
    return unique[0];
  }

  /** Tier 2: a failing equation only one cell can be blamed for. */
  function soleCandidate(): Blame | undefined {
    for (const k of failing()) {
      const expansion = expansions.get(k)!;
      const found: Blame[] = [];
      for (const [cell, coef] of expansion) {
        if (cells.states[cell] !== CellState.Given) continue;
        const rels = involved.get(cell)!;
        if (!rels.every(isFailing)) continue;
        const delta = residual.get(k)! / coef;
        if (plausible(cell, delta)) found.push({ cell, delta, relations: rels });
      }
      if (found.length === 1) return found[0];
    }
    return undefined;
  }
}

/** The code naming a blamed cell: the rule that defines it, or for a plain count the most telling rule. */
function codeForCell(edition: CompiledEdition, info: CellInfo, relations: readonly number[]): ArithmeticCode {
  const codes = info.table.kind === 'matrix' ? info.table.totalCodes : {};
  if ((info.role === 'columnTotal' || info.role === 'bothTotal') && codes.column) return codes.column as ArithmeticCode;
  if (info.role === 'rowTotal' && codes.row) return codes.row as ArithmeticCode;
  const rels = relations.map((k) => edition.relations[k]!);
  const balance = rels.find((r) => r.kind === 'balance');
  if (balance) return balance.code as ArithmeticCode;
  const rowSum = rels.find((r) => r.code === codes.row);
  return (rowSum ?? rels[0]!).code as ArithmeticCode;
}

function blameDraft(edition: CompiledEdition, cells: CellValues, blame: Blame): IssueDraft {
  const info = edition.cells[blame.cell]!;
  const code = codeForCell(edition, info, blame.relations);
  const actual = cells.values[blame.cell]!;
  const rules = [...new Set(blame.relations.map((k) => edition.relations[k]!.code as ArithmeticCode))];
  const balance = blame.relations.map((k) => edition.relations[k]!).find((r) => r.kind === 'balance');
  return {
    code,
    path: info.path,
    expected: actual - blame.delta,
    actual,
    params: {
      rules,
      ...(info.role === 'leaf' && rules.length > 1 ? { leaf: true as const } : {}),
      ...(balance && code === balance.code ? sides(balance, cells.values) : {}),
    },
  };
}

function relationDraft(edition: CompiledEdition, cells: CellValues, rel: Relation, delta: number): IssueDraft {
  const info = edition.cells[rel.target]!;
  const actual = cells.values[rel.target]!;
  return {
    code: rel.code as ArithmeticCode,
    path: info.path,
    expected: actual - delta,
    actual,
    params: { rules: [rel.code as ArithmeticCode], ...(rel.kind === 'balance' ? sides(rel, cells.values) : {}) },
  };
}

/** The two sides of a balance, as published. */
function sides(rel: Relation, values: readonly number[]): { left: number; right: number } {
  const sum = (cells: readonly number[] | undefined) => (cells ?? []).reduce((s, c) => s + values[c]!, 0);
  return { left: sum(rel.left), right: sum(rel.right) };
}
