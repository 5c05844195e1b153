/**
 * The header fields of a report that may be invalid elsewhere: what a listing of reports shows
 * for a file that did not validate (its agency and year), read by the one declaration of the
 * header in src/format.
 */
import { AGENCY_KIND_VALUES, HEADER_FIELDS, type HeaderValueKind } from '../format/header.js';
import type { AgencyKind } from './types.js';

type ValueOf<K extends HeaderValueKind> = K extends 'year' ? number : K extends 'agencyKind' ? AgencyKind : string;

/** The header fields of a report that hold a value of their declared type (narrative blocks aside). */
export type HeaderFacts = {
  [F in (typeof HEADER_FIELDS)[number] as F['value'] extends 'blocks' ? never : F['key']]?: ValueOf<F['value']>;
};

function usable(kind: HeaderValueKind, value: unknown): boolean {
  switch (kind) {
    case 'year':
      return typeof value === 'number' && Number.isInteger(value);
    case 'agencyKind':
      return (AGENCY_KIND_VALUES as readonly unknown[]).includes(value);
    case 'blocks':
      return false;
    default:
      return typeof value === 'string';
  }
}

/**
 * Reads the header fields of a parsed report file, keeping each that holds a value of its
 * declared type and leaving out the rest. Never throws.
 * @example readHeader({ agency: '某县人民政府', year: '2023' }) // { agency: '某县人民政府' }
 */
export function readHeader(value: unknown): HeaderFacts {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: Record<string, unknown> = {};
  for (const field of HEADER_FIELDS) {
    if (!Object.prototype.hasOwnProperty.call(value, field.key)) continue;
    const v = (value as Record<string, unknown>)[field.key];
    if (usable(field.value, v)) out[field.key] = v;
  }
  return out as HeaderFacts;
}
