/**
 * The shape check: runs the edition's zod schema and turns each zod issue into a zfxxgk issue
 * draft with a stable code (SECTIONS_PRESENT, NONNEG_INT, UNKNOWN_KEY…).
 */
import type { z } from 'zod';
import type { CompiledEdition } from '../format/compile.js';
import { actualOf, receivedOf, type ExpectedKind, type IssueDraft, type PathKey } from '../issues/issue.js';
import { YEAR_RANGE } from '../model/schema.js';
import { shapeSchemaFor } from '../model/schemas.js';
import { textFaults } from '../model/text-rules.js';
import { readPath } from '../util/path.js';
import { closestKey, knownKeysAt } from './keys.js';

type ZodIssue = z.core.$ZodIssue;

/** Checks the shape of a report and returns the drafts of every problem found. */
export function checkStructure(edition: CompiledEdition, raw: unknown): IssueDraft[] {
  const result = shapeSchemaFor(edition.spec).safeParse(raw);
  if (result.success) return [];
  const drafts: IssueDraft[] = [];
  for (const issue of result.error.issues) drafts.push(...mapIssue(edition, raw, issue, []));
  // Two rules of one field can fail alike (a date's pattern and its calendar check): say it once.
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const key = JSON.stringify(d);
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}

/** zod's names of types, as the kinds an issue's `expected` holds. */
const EXPECTED_KINDS: Record<string, ExpectedKind> = {
  string: 'string',
  number: 'number',
  int: 'integer',
  boolean: 'boolean',
  object: 'object',
  array: 'array',
};

/** `actual` and `params.received` of a value found in the input. */
const got = (value: unknown) => ({ actual: actualOf(value), params: receivedOf(value) });

function mapIssue(edition: CompiledEdition, raw: unknown, issue: ZodIssue, prefix: readonly PathKey[]): IssueDraft[] {
  const path = [...prefix, ...(issue.path as PathKey[])];
  const value = readPath(raw, path);
  const head = path[0];

  if (issue.code === 'invalid_union') {
    // A block is a string or a {heading, paragraphs} object: explain against the branch the input chose.
    const branch = typeof value === 'string' ? 0 : value !== null && typeof value === 'object' ? 1 : -1;
    if (branch >= 0 && issue.errors[branch]) {
      return issue.errors[branch]!.flatMap((inner) => mapIssue(edition, raw, inner, path));
    }
    return [{ code: 'FIELD_TYPE', path, expected: 'block', ...got(value) }];
  }
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(edition.spec, path);
    return issue.keys.map((key): IssueDraft => {
      const suggestion = closestKey(key, known);
      // A key is cut like any text received: an issue never carries a megabyte key.
      return {
        code: 'UNKNOWN_KEY',
        path: [...path, key],
        actual: actualOf(key) as string,
        ...(suggestion ? { params: { suggestion } } : {}),
      };
    });
  }
  if (head === 'format') return []; // reported by validate(), which knows what edition it fell back to

  const cell = edition.byPath.get(path.join('.'));
  if (cell) {
    if (value === undefined) return [{ code: 'FIELD_MISSING', path }];
    return [{ code: cell.value === 'amount' ? 'FEE_NONNEG' : 'NONNEG_INT', path, ...got(value) }];
  }
  if (path.length === 1 && value === undefined) {
    const section = edition.spec.sections.find((s) => s.key === head);
    return [{ code: section ? 'SECTIONS_PRESENT' : 'FIELD_MISSING', path }];
  }
  if (head === 'year' && typeof value === 'number' && Number.isFinite(value)) {
    return [{ code: 'YEAR_RANGE', path, actual: value, params: { min: YEAR_RANGE.min, max: YEAR_RANGE.max } }];
  }
  if (value === undefined) return [{ code: 'FIELD_MISSING', path }];
  if (typeof value === 'string') return textIssue(path, value, issue);
  if (issue.code === 'too_small' && Array.isArray(value)) return [{ code: 'NARRATIVE_EMPTY', path }];
  if (issue.code === 'invalid_value') {
    return [
      {
        code: 'FIELD_TYPE',
        path,
        expected: 'oneOf',
        actual: actualOf(value),
        params: { ...receivedOf(value), allowed: issue.values.map(String) },
      },
    ];
  }
  return [{ code: 'FIELD_TYPE', path, expected: expectedKind(issue), ...got(value) }];
}

function expectedKind(issue: ZodIssue): ExpectedKind {
  return issue.code === 'invalid_type' ? (EXPECTED_KINDS[issue.expected] ?? 'valid') : 'valid';
}

function textIssue(path: PathKey[], value: string, issue: ZodIssue): IssueDraft[] {
  if (path[0] === 'publishedAt' && path.length === 1) {
    return [{ code: 'DATE_INVALID', path, ...got(value) }];
  }
  const rule = issue.code === 'custom' ? issue.params?.['zfxxgk'] : undefined;
  if (rule === 'TEXT_FAULT') {
    return textFaults(value).map(
      (f): IssueDraft => ({ code: f.code, path, actual: f.codePoint, params: { offset: f.offset } }),
    );
  }
  if (rule === 'TEXT_EMPTY') return [{ code: 'TEXT_EMPTY', path }];
  if (rule === 'TEXT_INVISIBLE') return [{ code: 'TEXT_INVISIBLE', path, params: { length: value.length } }];
  // Lengths are measured against the caller's limits by checkLimits(), not by the schema's default.
  if (issue.code === 'too_big') return [];
  if (issue.code === 'too_small') return [{ code: 'TEXT_EMPTY', path }];
  return [{ code: 'FIELD_TYPE', path, expected: expectedKind(issue), ...got(value) }];
}
