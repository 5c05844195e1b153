/** The editions zfxxgk knows, keyed by the `format` value of a report file. */
import { EDITION_2021 } from './edition-2021.js';
import type { EditionSpec } from './spec-types.js';

/** Every known edition, newest first. */
export const EDITIONS: readonly EditionSpec[] = [EDITION_2021];

/**
 * The edition in force: the one new reports use and the default wherever an edition is not given.
 * Supporting a new edition is describing it and pointing this at it.
 */
export const CURRENT_EDITION = EDITION_2021;

/** The `format` value of the edition in force. */
export const CURRENT_FORMAT = CURRENT_EDITION.format;

/**
 * The description of one edition.
 * @param format the `format` value of a report file, such as `"2021"`
 * @returns the edition, or `undefined` when zfxxgk does not know it
 * @example getEdition('2021')?.notice // '国办公开办函〔2021〕30号'
 */
export function getEdition(format: unknown): EditionSpec | undefined {
  return EDITIONS.find((e) => e.format === format);
}

/** The edition a reporting year should use (SPEC B §1). */
export function editionForYear(year: number): EditionSpec | undefined {
  return EDITIONS.find((e) => year >= e.years.first && (e.years.last === undefined || year <= e.years.last));
}
