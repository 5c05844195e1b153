/**
 * The values issues carry. `expected` and `actual` hold numbers, ISO dates, codes or short raw
 * values taken from the input — never sentences; words are made last, from the code table.
 */

export type Severity = 'error' | 'warning' | 'info';

/** A value an issue can carry: JSON primitives only, so issues serialise as they are. */
export type IssueValue = string | number | boolean | null;

/** Key of a path step: an object key or an array index. */
export type PathKey = string | number;

/**
 * The kind of a value received, as a code (`params.received` of the issues about a received value):
 * `missing` when there was none, `other` for what JSON cannot hold (a function, a bigint…).
 */
export type ReceivedKind = 'string' | 'number' | 'boolean' | 'null' | 'object' | 'array' | 'missing' | 'other';

/**
 * What a field should hold, as a code (FIELD_TYPE's `expected`): `integer` a whole number, `block`
 * a paragraph or a `{heading, paragraphs}` object, `oneOf` one of `params.allowed`, `valid` a
 * value the schema accepts (for rules with no simpler name).
 */
export type ExpectedKind =
  | 'string'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'object'
  | 'array'
  | 'block'
  | 'oneOf'
  | 'valid';

/** The `params` of an issue about a received value: its kind, and its length when `actual` was cut. */
export interface Received {
  readonly received: ReceivedKind;
  /** Length of a string longer than {@link MAX_ACTUAL_LENGTH}, whose `actual` is its beginning and `…`. */
  readonly length?: number;
}

/** Strings longer than this are cut in `actual`, so an issue never carries a 1 MB paragraph. */
export const MAX_ACTUAL_LENGTH = 40;

/**
 * The kind of a value, as a code.
 * @example receivedKind([]) // 'array'
 */
export function receivedKind(value: unknown): ReceivedKind {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' || type === 'object' ? type : 'other';
}

/**
 * The `actual` of an issue about a received value: a primitive as it is (a number that JSON
 * cannot hold as its name, `'NaN'`; a long string cut and ended with `…`), an object or an array by
 * its kind code, nothing when the value is missing. `params.received` (see {@link receivedOf})
 * tells a kind code from a string that happens to read `object`.
 * @example actualOf('x'.repeat(100)) // 'xxxx…' (41 characters)
 */
export function actualOf(value: unknown): IssueValue | undefined {
  switch (typeof value) {
    case 'undefined':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'boolean':
      return value;
    case 'string':
      return value.length > MAX_ACTUAL_LENGTH ? `${value.slice(0, MAX_ACTUAL_LENGTH)}…` : value;
    case 'bigint':
      return value.toString();
    default:
      return value === null ? null : receivedKind(value);
  }
}

/**
 * The `params` of an issue about a received value.
 * @example receivedOf('x'.repeat(100)) // { received: 'string', length: 100 }
 */
export function receivedOf(value: unknown): Received {
  const received = receivedKind(value);
  return typeof value === 'string' && value.length > MAX_ACTUAL_LENGTH
    ? { received, length: value.length }
    : { received };
}
