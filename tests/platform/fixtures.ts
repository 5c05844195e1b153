/**
 * A county's roster and reports for the platform tests: the real seed report (工布江达县人民政府
 * 2023) and copies of it under the names of units of the same county.
 */
import { seedReport } from '../helpers/reports.js';

/** The seed report under another agency's name (title and preamble left as published: only the header is matched). */
export function reportOf(agency: string): Record<string, any> & { agency: string; year: number } {
  return { ...seedReport(), agency, year: 2023 };
}

/**
 * The county government reports for the county as a whole (`rollup: region`); three departments
 * report under it. 教育局 has an alias; 卫生健康委员会 is also known as 卫健委.
 */
export const COUNTY_ROSTER = [
  'name,kind,parent,aliases,rollup',
  '工布江达县人民政府,government,,,region',
  '工布江达县教育局,department,工布江达县人民政府,,',
  '工布江达县卫生健康委员会,department,工布江达县人民政府,工布江达县卫健委|县卫健委,',
  '工布江达县财政局,department,工布江达县人民政府,,',
  '',
].join('\n');
