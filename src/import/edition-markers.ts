/**
 * Telling the 2019 layout from the edition in force (SPEC B §9.5): the labels only the 2019
 * edition's tables print, taken from the two descriptions — every 2019 label that no label of the
 * edition in force contains (so `处理决定数量`, inside 2021's `本年处理决定数量`, is no marker).
 * A single-row `（六）其他处理`, the other sign of 2019, is recognised by the table reader with
 * {@link singleRowIn2019}.
 */
import { EDITION_2019 } from '../format/edition-2019.js';
import { CURRENT_EDITION } from '../format/editions.js';
import { printedLabels } from '../format/labels.js';
import type { TableSpec } from '../format/spec-types.js';
import { leafChains } from '../format/tree.js';
import { labelKey } from './labels.js';

const KEYS_IN_FORCE = printedLabels(CURRENT_EDITION).map(labelKey);

/** Labels printed only by the 2019 edition's tables. */
export const EDITION_2019_MARKERS: readonly string[] = printedLabels(EDITION_2019).filter((label) => {
  const key = labelKey(label);
  return key.length >= 4 && !KEYS_IN_FORCE.some((k) => k.includes(key));
});

const KEYS = EDITION_2019_MARKERS.map((m) => [m, labelKey(m)] as const);

/**
 * The 2019 marker a piece of table text carries, if any.
 * @example edition2019Marker('本年新制作 数量') === '本年新制作数量'
 */
export function edition2019Marker(text: string): string | undefined {
  const key = labelKey(text);
  if (key.length < 4) return undefined;
  return KEYS.find(([, k]) => key === k || (key.length <= k.length + 4 && key.includes(k)))?.[0];
}

/**
 * The 2019 label of a row that the 2019 edition prints as one row where the edition in force
 * splits it into items (table 三's `（六）其他处理`), found from the two descriptions.
 * @param tableKey the table's key, such as `requests`
 * @param keys the row's keys in the edition in force, such as `['results', 'other']`
 * @returns the 2019 label, or `undefined` when the 2019 edition prints no such single row
 * @example singleRowIn2019('requests', ['results', 'other']) === '（六）其他处理'
 */
export function singleRowIn2019(tableKey: string, keys: readonly string[]): string | undefined {
  const tables: readonly TableSpec[] = EDITION_2019.tables;
  const table = tables.find((t) => t.key === tableKey);
  if (table?.kind !== 'matrix' || !table.rows) return undefined;
  const row = leafChains(table.rows).find((leaf) => leaf.keys.join('.') === keys.join('.'));
  return row?.chain[row.chain.length - 1]!.label;
}
