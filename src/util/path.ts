/**
 * Reading and writing along a path of keys in plain JSON-like data. Generic: imports nothing of
 * ours. Own properties only, so a key such as `__proto__` or `constructor` in a path never reaches
 * `Object.prototype`.
 */

/** One step of a path: an object key or an array index. */
export type PathStep = string | number;

function isContainer(value: unknown): value is Record<PathStep, unknown> {
  return value !== null && typeof value === 'object';
}

/**
 * Follows a path through plain objects and arrays.
 * @param length how many steps of `path` to follow (all by default): `path.length - 1` reads the
 *   parent of what the path names, without making a shorter path
 * @returns the value at the end, or `undefined` when any step is missing
 * @example readPath({ a: { b: 1 } }, ['a', 'b']) === 1
 */
export function readPath(root: unknown, path: readonly PathStep[], length = path.length): unknown {
  let node: unknown = root;
  for (let i = 0; i < length; i++) {
    const key = path[i]!;
    if (!isContainer(node) || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/**
 * Sets the value at `path` in `root` itself, making empty objects for the missing steps. For
 * objects this code built (a skeleton, an import); never for a caller's input: see {@link withPaths}.
 * @example const r = {}; writePath(r, ['a', 'b'], 1); // r is { a: { b: 1 } }
 */
export function writePath(root: Record<string, unknown>, path: readonly string[], value: unknown): void {
  if (path.length === 0) throw new RangeError('writePath: the path is empty');
  let node = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const next = Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
    if (isContainer(next)) node = next as Record<string, unknown>;
    else node = node[key] = {};
  }
  node[path[path.length - 1]!] = value;
}

/**
 * Returns `root` with each `[path, value]` set, leaving `root` unchanged: the objects and arrays on
 * the way to a written value are copied (each at most once), everything else is shared. With no
 * entries, `root` itself is returned. A step through a missing or non-object value makes an object.
 * @example withPaths({ a: { b: 1 }, c: {} }, [[['a', 'b'], 2]]) // { a: { b: 2 }, c: <the same {}> }
 */
export function withPaths<T>(root: T, entries: Iterable<readonly [readonly PathStep[], unknown]>): T {
  let out: unknown = root;
  const copies = new Set<unknown>();
  const copyOf = (value: unknown): Record<PathStep, unknown> => {
    if (copies.has(value)) return value as Record<PathStep, unknown>;
    const copy = Array.isArray(value) ? [...value] : isContainer(value) ? { ...value } : {};
    copies.add(copy);
    return copy as Record<PathStep, unknown>;
  };
  for (const [path, value] of entries) {
    if (path.length === 0) {
      out = value;
      continue;
    }
    out = copyOf(out);
    let node = out as Record<PathStep, unknown>;
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i]!;
      const child = copyOf(Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined);
      node[key] = child;
      node = child;
    }
    node[path[path.length - 1]!] = value;
  }
  return out as T;
}
