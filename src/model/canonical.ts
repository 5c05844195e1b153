/** Puts the keys of a report in the order of the format description (for files people read). */
import { z } from 'zod';
import type { EditionSpec } from '../format/spec-types.js';
import { shapeSchemaFor } from './schemas.js';

/**
 * Returns a copy of `value` whose object keys follow the schema's order; unknown keys keep their
 * place after the known ones. Arrays and primitives are copied as they are.
 */
export function canonicalOrder<T>(spec: EditionSpec, value: T): T {
  return order(shapeSchemaFor(spec), value) as T;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema;
  while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s;
}

function order(schema: z.ZodType | undefined, value: unknown): unknown {
  const s = unwrap(schema);
  if (Array.isArray(value)) {
    const element = s instanceof z.ZodArray ? (s.element as z.ZodType) : undefined;
    return value.map((v) => order(element, v));
  }
  if (value === null || typeof value !== 'object') return value;
  let shape: Record<string, z.ZodType> = {};
  if (s instanceof z.ZodObject) shape = s.shape as Record<string, z.ZodType>;
  else if (s instanceof z.ZodUnion) {
    const object = (s.options as z.ZodType[]).find((o) => o instanceof z.ZodObject) as z.ZodObject | undefined;
    shape = (object?.shape ?? {}) as Record<string, z.ZodType>;
  }
  const input = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) if (key in input) out[key] = order(shape[key], input[key]);
  for (const key of Object.keys(input)) if (!(key in out)) out[key] = input[key];
  return out;
}
