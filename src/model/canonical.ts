/** Puts the keys of a report in the order of the format description (for files people read). */
import * as z from 'zod/mini';
import type { EditionSpec } from '../format/spec-types.js';
import { shapeSchemaFor } from './schemas.js';

/**
 * Returns a copy of `value` whose object keys follow the schema's order; unknown keys keep their
 * place after the known ones. Arrays and primitives are copied as they are.
 */
export function canonicalOrder<T>(spec: EditionSpec, value: T): T {
  return order(shapeSchemaFor(spec), value) as T;
}

function unwrap(schema: z.ZodMiniType | undefined): z.ZodMiniType | undefined {
  let s = schema;
  while (s instanceof z.ZodMiniOptional) s = s._zod.def.innerType as z.ZodMiniType;
  return s;
}

function order(schema: z.ZodMiniType | undefined, value: unknown): unknown {
  const s = unwrap(schema);
  if (Array.isArray(value)) {
    const element = s instanceof z.ZodMiniArray ? (s._zod.def.element as z.ZodMiniType) : undefined;
    return value.map((v) => order(element, v));
  }
  if (value === null || typeof value !== 'object') return value;
  let shape: Record<string, z.ZodMiniType> = {};
  if (s instanceof z.ZodMiniObject) shape = s._zod.def.shape as Record<string, z.ZodMiniType>;
  else if (s instanceof z.ZodMiniUnion) {
    const object = (s._zod.def.options as z.ZodMiniType[]).find((o) => o instanceof z.ZodMiniObject) as
      | z.ZodMiniObject
      | undefined;
    shape = (object?._zod.def.shape ?? {}) as Record<string, z.ZodMiniType>;
  }
  const input = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) if (key in input) out[key] = order(shape[key], input[key]);
  for (const key of Object.keys(input)) if (!(key in out)) out[key] = input[key];
  return out;
}
