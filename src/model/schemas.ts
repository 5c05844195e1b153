/**
 * The shape-only zod schema of each edition, built once from the description (the complete schema,
 * with the 勾稽 checks, is `reportSchemaFor` in checks/).
 *
 * zod's ahead-of-time `compile()` is not used: it made validate() slower here (a report of the
 * exact shape never reaches zod, and for one that does the compiled path fails and falls back to
 * the runtime parser: 0.95 ms without it, 1.5 ms with it), and it is 29 kB of a browser bundle.
 */
import type { EditionSpec } from '../format/spec-types.js';
import { buildShapeSchema } from './schema.js';

type ShapeSchema = ReturnType<typeof buildShapeSchema>;
const shapes = new WeakMap<EditionSpec, ShapeSchema>();

/** The shape-only schema of an edition (strict objects, value types, text limits). */
export function shapeSchemaFor(spec: EditionSpec): ShapeSchema {
  let schema = shapes.get(spec);
  if (!schema) {
    schema = buildShapeSchema(spec);
    shapes.set(spec, schema);
  }
  return schema;
}
