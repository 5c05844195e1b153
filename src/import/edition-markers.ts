/**
 * Telling the 2019 layout from the 2021 one (SPEC B §9.5). The 2019 edition is not described in
 * `src/format/` yet, so the few labels that only it prints are listed here, as markers; when an
 * `EDITION_2019` description exists they should be read from it instead. (A single-row
 * `（六）其他处理`, the other sign of 2019, is recognised from the 2021 description by the table
 * reader.)
 */
import { labelKey } from './labels.js';

/** Labels printed only by the 2019 edition's table 二. */
export const EDITION_2019_MARKERS = ['第二十条第（九）项', '本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '其他对外管理服务事项', '政府集中采购'] as const;

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
