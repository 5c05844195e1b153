/**
 * Reading the facts a report states in words: agency and year from its title
 * (`工布江达县人民政府2023年政府信息公开工作年度报告`), the reporting year from its statistical
 * period, and the closing date (`2024年1月27日`, `二〇二四年一月二十七日`).
 */
import { LEADING_ORDINAL, readChineseNumber } from '../util/ordinals.js';
import { withoutSpaces } from './labels.js';

/** Agency and year named by a title. */
export interface TitleFacts {
  readonly agency?: string;
  readonly year?: number;
}

/**
 * Agency and year from a title, whichever way round they are written.
 * @example titleFacts('2023年度某某局政府信息公开工作年度报告') // { agency: '某某局', year: 2023 }
 */
export function titleFacts(title: string): TitleFacts {
  const t = withoutSpaces(title.normalize('NFKC')).replace(/^关于/, '');
  // The first year, then the first 信息公开 after it: two searches, each one pass over the title
  // (one pattern `^(.*?)年(.*?)信息公开` would take time growing with the square of a long title).
  const year = /((?:19|20)\d{2})年度?/u.exec(t);
  if (!year) return {};
  const after = year.index + year[0].length;
  const topic = /政府信息公开|政务公开|信息公开/gu;
  topic.lastIndex = after;
  const found = topic.exec(t);
  if (!found) return { year: Number(year[1]) };
  const agency = (t.slice(0, year.index) || t.slice(after, found.index)).replace(/[《》“”]/gu, '');
  return { year: Number(year[1]), ...(agency ? { agency } : {}) };
}

/** The reporting year from a statistical period (`统计时限为2023年1月1日至2023年12月31日`). */
export function periodYear(text: string): number | undefined {
  const m = /((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日\s*(?:起)?\s*(?:至|到|—|-|－)/u.exec(text.normalize('NFKC'));
  return m ? Number(m[1]) : undefined;
}

const DATE =
  /^([\d〇О零一二三四五六七八九]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*日$/u;

/**
 * An ISO date from a closing date, or `undefined` when the text is not just a date.
 * @example isoDate('2024年1月27日') === '2024-01-27'
 * @example isoDate('二〇二四年一月二十七日') === '2024-01-27'
 */
export function isoDate(text: string): string | undefined {
  const m = DATE.exec(withoutSpaces(text.normalize('NFKC')));
  if (!m) return undefined;
  const [y, mo, d] = [readChineseNumber(m[1]!), readChineseNumber(m[2]!), readChineseNumber(m[3]!)];
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** How the names of agencies end (人民政府, 局, 委员会, 办公室, 街道办事处…). */
const AGENCY_END =
  /(?:政府|局|委员会|委|办公室|办|厅|院|中心|所|站|处|署|会|部|镇|乡|街道|管理区|公司|集团|队|馆|社|校|室|司)$/u;

/** Whether a line can be a closing agency name: short, no sentence punctuation, not numbered, ends like an agency. */
export function isAgencyLine(text: string): boolean {
  const t = withoutSpaces(text);
  return (
    t.length >= 2 && t.length <= 40 && !/[。，；：！？,;:!?]/u.test(t) && !LEADING_ORDINAL.test(t) && AGENCY_END.test(t)
  );
}
