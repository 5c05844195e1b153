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

/**
 * The containers met so far, as parallel lists (index = visit order): the walk allocates no object
 * per value, since it runs on every report validated. A container's path is made from its parent
 * and key only when an issue needs it.
 */
interface Seen {
  readonly parent: number[];
  readonly key: PathKey[];
}

function pathOf(seen: Seen, at: number, last?: PathKey): PathKey[] {
  const path: PathKey[] = last === undefined ? [] : [last];
  for (let i = at; i > 0; i = seen.parent[i]!) path.push(seen.key[i]!);
  return path.reverse();
}

/**
 * Checks a value read from a report against the bounds.
 * @example checkLimits(report, DEFAULT_LIMITS).stop // undefined for any real report
 */
export function checkLimits(root: unknown, limits: ValidationLimits): LimitCheck {
  const drafts: IssueDraft[] = [];
  if (typeof root === 'string') return { drafts: textLengthDrafts(root, [], limits) };
  // Only containers are visited; numbers and texts are looked at where they are found (a report
  // holds ~600 values and ~60 containers).
  const seen: Seen = { parent: [-1], key: [''] };
  const containers: unknown[] = [root];
  const depths: number[] = [0];
  // Containers still to open, as indexes into `seen`; in no particular order: validate() sorts
  // issues by where they are.
  const open: number[] = [0];
  // Texts this short need no measuring.
  const short = Math.min(limits.maxTextLength, limits.maxLineLength);
  let values = 1;
  let items = 0;
  const stop = (limit: 'maxItems' | 'maxDepth' | 'maxValues', actual: number, at: number): LimitCheck => ({
    stop: { code: 'LIMIT_EXCEEDED', path: pathOf(seen, at), expected: limits[limit], actual, params: { limit } },
    drafts,
  });
  // One function for the walk, not a closure per container.
  const visit = (at: number, depth: number, key: PathKey, child: unknown): void => {
    if (typeof child === 'string') {
      if (child.length > short) drafts.push(...textLengthDrafts(child, () => pathOf(seen, at, key), limits));
    } else if (child !== null && typeof child === 'object') {
      open.push(containers.length);
      containers.push(child);
      depths.push(depth);
      seen.parent.push(at);
      seen.key.push(key);
    }
  };
  while (open.length > 0) {
    const at = open.pop()!;
    const value = containers[at] as object;
    const depth = depths[at]! + 1;
    if (depth > limits.maxDepth) return stop('maxDepth', depth, at);
    if (Array.isArray(value)) {
      if ((items += value.length) > limits.maxItems) return stop('maxItems', items, at);
      if ((values += value.length) > limits.maxValues) return stop('maxValues', values, at);
      for (let i = 0; i < value.length; i++) visit(at, depth, i, value[i]);
    } else {
      // Counted as they come, so that an object with a million keys stops the walk at the bound.
      // `hasOwnProperty` as called here, not `Object.hasOwn`: V8 answers it from the for-in's own
      // cache without a lookup (this walk runs on every report that is not of the exact shape).
      for (const key in value) {
        if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
        if (++values > limits.maxValues) return stop('maxValues', values, at);
        visit(at, depth, key, (value as Record<string, unknown>)[key]);
      }
    }
  }
  return { drafts };
}

/**
 * TEXT_TOO_LONG or LINE_TOO_LONG for one text, if it is too long.
 * @param where its path, or a function that makes it (paths are made only for issues)
 */
export function textLengthDrafts(
  text: string,
  where: readonly PathKey[] | (() => PathKey[]),
  limits: ValidationLimits,
): IssueDraft[] {
  const pathOfText = typeof where === 'function' ? where : () => [...where];
  if (text.length > limits.maxTextLength) {
    return [{ code: 'TEXT_TOO_LONG', path: pathOfText(), expected: limits.maxTextLength, actual: text.length }];
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
      path: pathOfText(),
      expected: limits.maxLineLength,
      actual: longest,
      params: { limit: 'maxLineLength', line: at + 1 },
    },
  ];
}
