/**
 * Reading a report file: bytes (in any encoding of `encoding.ts`) or text, JSON, or YAML with the
 * same shape. Never throws. What stops reading comes back as one issue draft (ENCODING_INVALID,
 * JSON_SYNTAX naming the line and column, LIMIT_EXCEEDED); what can be read past comes back with
 * the value (JSON_DUPLICATE_KEY, YAML_UNKNOWN_TAG). The browser build reads JSON only: YAML text
 * there is JSON_SYNTAX with `problem: 'unsupported'`.
 */
import type { IssueDraft } from '../issues/issue.js';
import { DEFAULT_LIMITS, type ValidationLimits } from '../model/limits.js';
import { decodeReport } from './encoding.js';
import { scanJson } from './json-scan.js';
import { readYaml } from './yaml.js';

/** The syntax of report text: `auto` tells JSON from YAML by the first character. */
export type SourceSyntax = 'json' | 'yaml' | 'auto';

/** How to read report text or bytes. */
export interface SourceOptions {
  /** `auto` (default) reads text starting with `{` or `[` as JSON and anything else as YAML. */
  readonly syntax?: SourceSyntax;
  /**
   * Bytes without a byte-order mark are read as this encoding (`gbk`, `gb18030`, any WHATWG name);
   * by default as UTF-8, or UTF-16 when their NUL bytes say so. Invalid bytes are an issue, never `�`.
   */
  readonly encoding?: string;
  /** The bounds of size and nesting (`maxInputBytes`, `maxDepth`); the others are validate()'s. */
  readonly limits?: Pick<ValidationLimits, 'maxInputBytes' | 'maxDepth'>;
}

/**
 * The value read, with the problems found on the way (duplicate keys, unknown YAML tags), or the
 * one problem that stopped reading.
 */
export type SourceResult =
  | { ok: true; value: unknown; problems: readonly IssueDraft[] }
  | { ok: false; issue: IssueDraft };

/** Bytes of `text` in UTF-8, counted without encoding it. */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x800)
      bytes += c >= 0xd800 && c <= 0xdbff ? 1 : 2; // 3 bytes, or 4 for a pair (2 + 2)
    else if (c >= 0x80) bytes += 1;
  }
  return bytes;
}

const tooLarge = (size: number, max: number): SourceResult => ({
  ok: false,
  issue: { code: 'LIMIT_EXCEEDED', path: [], expected: max, actual: size, params: { limit: 'maxInputBytes' } },
});

/**
 * Reads a report file.
 * @param input the file's bytes, or its text (a leading byte-order mark is ignored)
 * @param options the syntax (or just the syntax, as a string), the encoding of bytes, the bounds
 * @returns `{ ok: true, value, problems }`, or `{ ok: false, issue }`
 * @example parseSource(bytes, { encoding: 'gbk' })
 */
export function parseSource(input: string | Uint8Array, options: SourceSyntax | SourceOptions = {}): SourceResult {
  const {
    syntax = 'auto',
    encoding,
    limits = DEFAULT_LIMITS,
  } = typeof options === 'string' ? { syntax: options } : options;
  let text: string;
  if (typeof input === 'string') {
    // A code unit is at most 3 bytes: measure only when the text could be over the bound.
    if (input.length * 3 > limits.maxInputBytes) {
      const size = utf8Length(input);
      if (size > limits.maxInputBytes) return tooLarge(size, limits.maxInputBytes);
    }
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    if (input.length > limits.maxInputBytes) return tooLarge(input.length, limits.maxInputBytes);
    const decoded = decodeReport(input, encoding);
    if (!decoded.ok) return decoded;
    text = decoded.text;
  }
  const json = syntax === 'json' || (syntax === 'auto' && /^\s*[[{]/.test(text));
  if (text.trim() === '')
    return {
      ok: false,
      issue: { code: 'JSON_SYNTAX', path: [], params: { syntax: json ? 'json' : 'yaml', problem: 'empty' } },
    };
  return json ? parseJson(text, limits.maxDepth) : parseYamlText(text, limits.maxDepth);
}

function tooDeep(depth: number, max: number): SourceResult {
  return {
    ok: false,
    issue: { code: 'LIMIT_EXCEEDED', path: [], expected: max, actual: depth, params: { limit: 'maxDepth' } },
  };
}

function parseJson(text: string, maxDepth: number): SourceResult {
  const scan = scanJson(text, maxDepth);
  if (scan.tooDeep) return tooDeep(scan.tooDeep.depth, maxDepth);
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    return syntaxError('json', message, position ? lineColumn(text, Number(position[1])) : undefined);
  }
  const problems = scan.duplicates.map(
    (d): IssueDraft => ({
      code: 'JSON_DUPLICATE_KEY',
      path: d.path,
      actual: d.key,
      params: { line: d.line, column: d.column },
    }),
  );
  return { ok: true, value, problems };
}

/**
 * The deepest nesting of YAML flow collections (`[`, `{`), counted over the whole text, quoted or
 * not: an upper bound, so that text nested past the bound never reaches the parser (which runs out
 * of stack, or of memory, on a million `[`). Block nesting is bounded by the input's size.
 */
function flowDepth(text: string, max: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return depth;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return depth;
}

function parseYamlText(text: string, maxDepth: number): SourceResult {
  const depth = flowDepth(text, maxDepth);
  if (depth > maxDepth) return tooDeep(depth, maxDepth);
  const read = readYaml(text);
  if (read.ok) return read;
  if ('unsupported' in read)
    return { ok: false, issue: { code: 'JSON_SYNTAX', path: [], params: { syntax: 'yaml', problem: 'unsupported' } } };
  return syntaxError(
    'yaml',
    read.detail,
    read.line !== undefined ? { line: read.line, column: read.column ?? 1 } : undefined,
  );
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** A JSON_SYNTAX draft: the parser's own message as `detail`, the place when it is known. */
function syntaxError(syntax: 'json' | 'yaml', detail: string, at?: { line: number; column: number }): SourceResult {
  return { ok: false, issue: { code: 'JSON_SYNTAX', path: [], params: { syntax, problem: 'syntax', ...at, detail } } };
}
