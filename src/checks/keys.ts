/** Which keys a report may hold at a path, and the nearest one to a misspelt key. */
import { z } from 'zod';
import type { EditionSpec } from '../format/spec-types.js';
import type { PathKey } from '../issues/issue.js';
import { shapeSchemaFor } from '../model/schemas.js';
import { editDistance } from '../util/edit-distance.js';

/** The keys the edition's schema allows in the object at `path` (empty when it is not an object). */
export function knownKeysAt(spec: EditionSpec, path: readonly PathKey[]): string[] {
  let schema: z.ZodType | undefined = shapeSchemaFor(spec);
  for (const key of path) {
    schema = step(schema, key);
    if (!schema) return [];
  }
  const object = objectOf(schema);
  return object ? Object.keys(object.shape) : [];
}

function objectOf(schema: z.ZodType | undefined): z.ZodObject | undefined {
  let s = schema;
  while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  if (s instanceof z.ZodObject) return s;
  if (s instanceof z.ZodUnion) {
    for (const option of s.options as z.ZodType[]) {
      const o = objectOf(option);
      if (o) return o;
    }
  }
  return undefined;
}

function step(schema: z.ZodType | undefined, key: PathKey): z.ZodType | undefined {
  let s = schema;
  while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  if (s instanceof z.ZodArray && typeof key === 'number') return s.element as z.ZodType;
  const object = objectOf(s);
  return object && typeof key === 'string' ? (object.shape[key] as z.ZodType | undefined) : undefined;
}

/** The known key closest to `key` by edit distance, when close enough to be a typo. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const allowed = Math.max(1, Math.floor(key.length / 4));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase(), allowed);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}
