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
  const top: Frame = { value: root, parent: undefined, key: undefined, depth: 0 };
  if (typeof root === 'string') return { drafts: textLength(root, top, limits) };
  // Only containers go on the stack; numbers and texts are looked at where they are found (a
  // report holds ~600 values and ~60 containers: validate() of a good report stays cheap).
  const stack: Frame[] = [top];
  // Texts this short need no measuring.
  const short = Math.min(limits.maxTextLength, limits.maxLineLength);
  let values = 1;
  let items = 0;
  const stop = (limit: 'maxItems' | 'maxDepth' | 'maxValues', actual: number, frame: Frame): LimitCheck => ({
    stop: { code: 'LIMIT_EXCEEDED', path: pathOf(frame), expected: limits[limit], actual, params: { limit } },
    drafts,
  });
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const value = frame.value;
    if (value === null || typeof value !== 'object') continue;
    const depth = frame.depth + 1;
    if (depth > limits.maxDepth) return stop('maxDepth', depth, frame);
    const array = Array.isArray(value);
    const keys: readonly PathKey[] = array ? [] : Object.keys(value);
    const count = array ? value.length : keys.length;
    if (array && (items += count) > limits.maxItems) return stop('maxItems', items, frame);
    if ((values += count) > limits.maxValues) return stop('maxValues', values, frame);
    // Children last to first, so that the stack gives them back (and issues come) in order.
    for (let i = count - 1; i >= 0; i--) {
      const key = array ? i : keys[i]!;
      const child: unknown = (value as Record<PathKey, unknown>)[key];
      if (typeof child === 'string') {
        if (child.length > short)
          drafts.push(...textLength(child, { value: child, parent: frame, key, depth }, limits));
      } else if (child !== null && typeof child === 'object') stack.push({ value: child, parent: frame, key, depth });
    }
  }
  // In no particular order: validate() sorts issues by where they are.
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
  return [
    {
      code: 'LINE_TOO_LONG',
      path: pathOf(frame),
      expected: limits.maxLineLength,
      actual: longest,
      params: { limit: 'maxLineLength', line: at + 1 },
    },
  ];
}
