/** Which keys a report may hold at a path, and the nearest one to a misspelt key. */
import * as z from 'zod/mini';
import type { EditionSpec } from '../format/spec-types.js';
import type { PathKey } from '../issues/issue.js';
import { shapeSchemaFor } from '../model/schemas.js';
import { editDistance } from '../util/edit-distance.js';

/** The keys the edition's schema allows in the object at `path` (empty when it is not an object). */
export function knownKeysAt(spec: EditionSpec, path: readonly PathKey[]): string[] {
  let schema: z.ZodMiniType | undefined = shapeSchemaFor(spec);
  for (const key of path) {
    schema = step(schema, key);
    if (!schema) return [];
  }
  const object = objectOf(schema);
  return object ? Object.keys(object._zod.def.shape) : [];
}

function objectOf(schema: z.ZodMiniType | undefined): z.ZodMiniObject | undefined {
  let s = schema;
  while (s instanceof z.ZodMiniOptional) s = s._zod.def.innerType as z.ZodMiniType;
  if (s instanceof z.ZodMiniObject) return s;
  if (s instanceof z.ZodMiniUnion) {
    for (const option of s._zod.def.options as z.ZodMiniType[]) {
      const o = objectOf(option);
      if (o) return o;
    }
  }
  return undefined;
}

function step(schema: z.ZodMiniType | undefined, key: PathKey): z.ZodMiniType | undefined {
  let s = schema;
  while (s instanceof z.ZodMiniOptional) s = s._zod.def.innerType as z.ZodMiniType;
  if (s instanceof z.ZodMiniArray && typeof key === 'number') return s._zod.def.element as z.ZodMiniType;
  const object = objectOf(s);
  return object && typeof key === 'string' ? (object._zod.def.shape[key] as z.ZodMiniType | undefined) : undefined;
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
