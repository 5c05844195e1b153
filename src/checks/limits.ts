/**
 * The bounds of model/limits.ts over a value already read: nesting, the number of values and of
 * list items (stopping validation when exceeded), and the length of each text and of each of its
 * lines (TEXT_TOO_LONG, LINE_TOO_LONG). One iterative walk (no recursion to overflow, a cycle ends
 * at the depth bound); it stops as soon as a bound that stops validation is crossed.
 */
import type { IssueDraft, PathKey } from '../issues/issue.js';
import type { ValidationLimits } from '../model/limits.js';

/** What the walk found: a bound that stops validation, or the drafts about text lengths. */
export interface LimitCheck {
  /** LIMIT_EXCEEDED: nothing else is to be checked. */
  readonly stop?: IssueDraft;
  readonly drafts: readonly IssueDraft[];
}

/** A value to visit, with the way back to the root (paths are made only for issues). */
interface Frame {
  readonly value: unknown;
  readonly parent: Frame | undefined;
  readonly key: PathKey | undefined;
  readonly depth: number;
}

function pathOf(frame: Frame): PathKey[] {
  const path: PathKey[] = [];
  for (let f: Frame | undefined = frame; f?.parent; f = f.parent) path.push(f.key!);
  return path.reverse();
}

/**
 * Checks a value read from a report against the bounds.
 * @example checkLimits(report, DEFAULT_LIMITS).stop // undefined for any real report
 */
export function checkLimits(root: unknown, limits: ValidationLimits): LimitCheck {
  const drafts: IssueDraft[] = [];
  const stack: Frame[] = [{ value: root, parent: undefined, key: undefined, depth: 0 }];
  let values = 0;
  let items = 0;
  const stop = (limit: 'maxItems' | 'maxDepth' | 'maxValues', actual: number, frame: Frame): LimitCheck => ({
    stop: { code: 'LIMIT_EXCEEDED', path: pathOf(frame), expected: limits[limit], actual, params: { limit } },
    drafts,
  });
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value } = frame;
    if (++values > limits.maxValues) return stop('maxValues', values, frame);
    if (typeof value === 'string') {
      drafts.push(...textLength(value, frame, limits));
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const depth = frame.depth + 1;
    if (depth > limits.maxDepth) return stop('maxDepth', depth, frame);
    if (Array.isArray(value)) {
      items += value.length;
      if (items > limits.maxItems) return stop('maxItems', items, frame);
      // Pushed last to first, so that items are visited (and reported) in order.
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], parent: frame, key: i, depth });
    } else {
      const keys = Object.keys(value);
      if (values + keys.length > limits.maxValues) return stop('maxValues', values + keys.length, frame);
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push({ value: (value as Record<string, unknown>)[keys[i]!], parent: frame, key: keys[i]!, depth });
      }
    }
  }
  return { drafts };
}

function textLength(text: string, frame: Frame, limits: ValidationLimits): IssueDraft[] {
  if (text.length > limits.maxTextLength) {
    return [{ code: 'TEXT_TOO_LONG', path: pathOf(frame), expected: limits.maxTextLength, actual: text.length }];
  }
  if (text.length <= limits.maxLineLength) return [];
  // The longest line, and the first line that long.
  let longest = 0;
  let at = 0;
  let line = 0;
  for (let start = 0; start <= text.length; line++) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > longest) [longest, at] = [stop - start, line];
    start = stop + 1;
  }
  if (longest <= limits.maxLineLength) return [];
  return [{ code: 'LINE_TOO_LONG', path: pathOf(frame), expected: limits.maxLineLength, actual: longest, params: { limit: 'maxLineLength', line: at + 1 } }];
}
