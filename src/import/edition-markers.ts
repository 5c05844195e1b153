/**
 * Telling the 2019 layout from the 2021 one (SPEC B §9.5): the labels only the 2019 edition's
 * tables print, taken from the two descriptions — every 2019 label that no 2021 label contains
 * (so `处理决定数量`, inside 2021's `本年处理决定数量`, is no marker).
 * A single-row `（六）其他处理`, the other sign of 2019, is recognised by the table reader.
 */
import { EDITION_2019 } from '../format/edition-2019.js';
import { EDITION_2021 } from '../format/edition-2021.js';
import { printedLabels } from '../format/labels.js';
import { labelKey } from './labels.js';

const KEYS_2021 = printedLabels(EDITION_2021).map(labelKey);

/** Labels printed only by the 2019 edition's tables. */
export const EDITION_2019_MARKERS: readonly string[] = printedLabels(EDITION_2019).filter((label) => {
  const key = labelKey(label);
  return key.length >= 4 && !KEYS_2021.some((k) => k.includes(key));
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
