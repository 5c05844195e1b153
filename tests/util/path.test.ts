import { describe, expect, it } from 'vitest';
import { readPath, withPaths, writePath } from '../../src/util/path.js';

describe('readPath', () => {
  it('follows objects and arrays', () => {
    expect(readPath({ a: [{ b: 1 }] }, ['a', 0, 'b'])).toBe(1);
  });
  it('gives undefined for a missing step or a step through a non-object', () => {
    expect(readPath({ a: 1 }, ['a', 'b'])).toBeUndefined();
    expect(readPath(null, ['a'])).toBeUndefined();
  });
  it('follows only the first steps when given a length (the parent of what the path names)', () => {
    const parent = { b: 1 };
    expect(readPath({ a: parent }, ['a', 'b'], 1)).toBe(parent);
    expect(readPath({ a: parent }, ['a', 'b'], 0)).toEqual({ a: parent });
  });
  it('never reads inherited members such as constructor or __proto__', () => {
    expect(readPath({}, ['constructor'])).toBeUndefined();
    expect(readPath({}, ['__proto__'])).toBeUndefined();
  });
});

describe('writePath', () => {
  it('makes the missing objects on the way and keeps the siblings', () => {
    const root: Record<string, unknown> = { a: { keep: 1 } };
    writePath(root, ['a', 'b', 'c'], 2);
    expect(root).toEqual({ a: { keep: 1, b: { c: 2 } } });
  });
  it('does not write through an inherited member', () => {
    const root: Record<string, unknown> = {};
    writePath(root, ['constructor', 'x'], 1);
    expect(root).toEqual({ constructor: { x: 1 } });
    expect(({} as { x?: unknown }).x).toBeUndefined();
  });
});

describe('withPaths', () => {
  it('returns the input itself when there is nothing to write', () => {
    const root = { a: 1 };
    expect(withPaths(root, [])).toBe(root);
  });
  it('copies only the objects on the way, each once, and never changes the input', () => {
    const root = Object.freeze({ a: Object.freeze({ x: 1, y: 2 }), b: Object.freeze({}) });
    const out = withPaths(root, [
      [['a', 'x'], 10],
      [['a', 'y'], 20],
      [['c', 'd'], 3],
    ]);
    expect(out).toEqual({ a: { x: 10, y: 20 }, b: {}, c: { d: 3 } });
    expect(out.b).toBe(root.b);
    expect(root).toEqual({ a: { x: 1, y: 2 }, b: {} });
  });
  it('copies arrays as arrays', () => {
    const out = withPaths({ list: ['a', 'b'] }, [[['list', 1], 'c']]);
    expect(out.list).toEqual(['a', 'c']);
    expect(Array.isArray(out.list)).toBe(true);
  });
});
