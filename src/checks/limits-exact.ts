/**
 * The bounds of checks/limits.ts for a report whose shape the fast shape check has found exact.
 * The shape then fixes every container but the narrative lists, so instead of walking all ~600
 * values, this looks only at what can grow: the lists of blocks (items, and so values) and the
 * texts (lengths). It gives the same issues the full walk would, or `undefined` when a bound is
 * crossed or the shape alone could cross one, and the full walk must say where.
 */
import type { IssueDraft } from '../issues/issue.js';
import type { ValidationLimits } from '../model/limits.js';
import type { ObjectShape } from '../model/shape.js';
import { type BlockPart, blockTextPath } from '../util/blocks.js';
import { type LimitCheck, textLengthDrafts } from './limits.js';

/** What the shape fixes: where texts and lists may be, how deep and how many values at most. */
interface ShapePlan {
  /** Paths of the values that are texts (text, date, enum and literal fields). */
  readonly texts: readonly (readonly string[])[];
  /** Paths of the lists of blocks. */
  readonly blocks: readonly (readonly string[])[];
  /** Nesting of the deepest container, counted as the full walk counts it. */
  readonly depth: number;
  /** Values outside the lists when every optional field is there, the report itself included. */
  readonly values: number;
}

const plans = new WeakMap<ObjectShape, ShapePlan>();

function planOf(shape: ObjectShape): ShapePlan {
  const cached = plans.get(shape);
  if (cached) return cached;
  const texts: string[][] = [];
  const blocks: string[][] = [];
  let values = 1;
  let depth = 1;
  const visit = (node: ObjectShape, path: string[], level: number) => {
    depth = Math.max(depth, level);
    for (const f of node.fields) {
      values++;
      const at = [...path, f.key];
      if (f.node.kind === 'object') visit(f.node, at, level + 1);
      else if (f.node.kind === 'blocks') {
        blocks.push(at);
        // list → block object → its list of paragraphs.
        depth = Math.max(depth, level + 3);
      } else if (f.node.kind !== 'value' && f.node.kind !== 'year') texts.push(at);
    }
  };
  visit(shape, [], 1);
  const plan = { texts, blocks, depth, values };
  plans.set(shape, plan);
  return plan;
}

function at(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string, unknown> | undefined)?.[key];
  return node;
}

/**
 * The bound issues of a report of exactly `shape`, without the full walk.
 * @returns the check, or `undefined` when the full walk must run (a bound is or may be crossed)
 */
export function checkLimitsOfExactShape(
  shape: ObjectShape,
  report: unknown,
  limits: ValidationLimits,
): LimitCheck | undefined {
  const plan = planOf(shape);
  if (plan.depth > limits.maxDepth) return undefined;
  // Texts this short need no measuring.
  const short = Math.min(limits.maxTextLength, limits.maxLineLength);
  const drafts: IssueDraft[] = [];
  for (const path of plan.texts) {
    const text = at(report, path);
    if (typeof text === 'string' && text.length > short) drafts.push(...textLengthDrafts(text, [...path], limits));
  }
  const measure = (text: string, path: readonly string[], block: number, part: BlockPart) => {
    if (text.length > short) drafts.push(...textLengthDrafts(text, [...path, ...blockTextPath(block, part)], limits));
  };
  let items = 0;
  // Keys of the sub-headed blocks (heading, paragraphs, runIn): values too.
  let keys = 0;
  // One pass over each list, counting and measuring: the shape is exact, so a block is a text or
  // a sub-headed block of texts.
  for (const path of plan.blocks) {
    const list = at(report, path) as readonly (string | ExactBlock)[] | undefined;
    if (!list) continue;
    items += list.length;
    for (let i = 0; i < list.length; i++) {
      const block = list[i]!;
      if (typeof block === 'string') {
        measure(block, path, i, undefined);
        continue;
      }
      const { heading, paragraphs } = block;
      items += paragraphs.length;
      keys += 3;
      measure(heading, path, i, 'heading');
      for (let j = 0; j < paragraphs.length; j++) measure(paragraphs[j]!, path, i, j);
    }
  }
  if (items > limits.maxItems || plan.values + items + keys > limits.maxValues) return undefined;
  return { drafts };
}

/** A sub-headed block of a report of exact shape. */
interface ExactBlock {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}
