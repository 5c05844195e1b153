/**
 * The shape-only zod schema of each edition, built once from the description (the complete schema,
 * with the 勾稽 checks, is `reportSchemaFor` in checks/).
 */
import { z } from 'zod';
import type { EditionSpec } from '../format/spec-types.js';
import { buildShapeSchema } from './schema.js';

type ShapeSchema = ReturnType<typeof buildShapeSchema>;
const shapes = new WeakMap<EditionSpec, ShapeSchema>();

/** The shape-only schema of an edition (strict objects, value types, text limits). */
export function shapeSchemaFor(spec: EditionSpec): ShapeSchema {
  let schema = shapes.get(spec);
  if (!schema) {
    schema = compiled(buildShapeSchema(spec));
    shapes.set(spec, schema);
  }
  return schema;
}

/** zod's ahead-of-time compiled parser where `new Function` is allowed, the plain one elsewhere. */
function compiled(schema: ShapeSchema): ShapeSchema {
  try {
    return z.compile(schema);
  } catch {
    return schema;
  }
}
