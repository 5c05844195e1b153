/**
 * One linear pass over JSON text for what `JSON.parse` does not tell: how deeply it nests (checked
 * before parsing, so that a file of a million `[` is refused at once) and which keys appear twice in
 * one object (`JSON.parse` silently keeps the last value; YAML refuses such a file). On text that
 * is not JSON the answers mean nothing, and `JSON.parse` reports the syntax error.
 */
import type { PathKey } from '../issues/issue.js';

/** A key written twice in one object. */
export interface DuplicateKey {
  /** Path of the object, then the key. */
  readonly path: readonly PathKey[];
  readonly key: string;
  /** Where the second one is written (from 1). */
  readonly line: number;
  readonly column: number;
}

/** What the pass found. */
export interface JsonScan {
  /** Set when the nesting went past `maxDepth`: the pass stopped there. */
  readonly tooDeep?: { readonly depth: number; readonly line: number; readonly column: number };
  readonly duplicates: readonly DuplicateKey[];
}

interface Container {
  readonly object: boolean;
  /** Keys seen so far (objects only). */
  readonly keys: Set<string> | undefined;
  /** The key or index of the value being read in this container. */
  at: PathKey;
  /** Objects: the next string is a key. */
  expectKey: boolean;
}

/** The key a string token stands for (escapes decoded). */
function keyText(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** The index of the quote that closes the string opened at `open`, or -1. */
function closingQuote(text: string, open: number): number {
  let at = open;
  for (;;) {
    at = text.indexOf('"', at + 1);
    if (at === -1) return -1;
    let backslashes = 0;
    for (let k = at - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
}

/**
 * Scans JSON text.
 * @param maxDepth nesting of objects and arrays past which the pass stops
 * @example scanJson('{"a": 1, "a": 2}', 16).duplicates // [{ path: ['a'], key: 'a', line: 1, column: 10 }]
 */
export function scanJson(text: string, maxDepth: number): JsonScan {
  const stack: Container[] = [];
  const duplicates: DuplicateKey[] = [];
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = closingQuote(text, i);
      if (end === -1) break;
      const top = stack[stack.length - 1];
      if (top?.object && top.expectKey) {
        const key = keyText(text.slice(i + 1, end));
        if (top.keys!.has(key)) {
          const path = [...stack.slice(0, -1).map((s) => s.at), key];
          duplicates.push({ path, key, line, column: i - lineStart + 1 });
        } else top.keys!.add(key);
        top.at = key;
        top.expectKey = false;
      }
      i = end;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const object = c === 0x7b;
      stack.push({ object, keys: object ? new Set() : undefined, at: 0, expectKey: object });
      if (stack.length > maxDepth)
        return { tooDeep: { depth: stack.length, line, column: i - lineStart + 1 }, duplicates };
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.object) top.expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
    } else if (c === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { duplicates };
}
