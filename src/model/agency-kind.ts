/**
 * Which deadline of 《政府信息公开条例》第四十九条 applies to a report: departments publish by
 * 31 January, the 本级人民政府 report of a county-level or higher government by 31 March; the
 * statute sets no date for townships and sub-districts (SPEC B §2.1).
 */
import type { AgencyKind } from './types.js';

/** What each kind means and its deadline (month and day of the year after the reporting year). */
export const AGENCY_KINDS: Readonly<
  Record<AgencyKind, { label: string; deadline?: { month: number; day: number }; rule: string }>
> = {
  department: { label: '政府部门', deadline: { month: 1, day: 31 }, rule: '政府部门于每年1月31日前公布' },
  government: {
    label: '县级以上人民政府（本级政府报告）',
    deadline: { month: 3, day: 31 },
    rule: '县级以上人民政府本级报告于每年3月31日前公布',
  },
  township: { label: '乡镇人民政府或街道办事处', rule: '《条例》未规定乡镇、街道的公布期限' },
};

/**
 * Infers the kind of agency from its name.
 * @example inferAgencyKind('工布江达县人民政府') // 'government'
 * @example inferAgencyKind('淮安市人民政府办公室') // 'department'
 */
export function inferAgencyKind(agency: string): AgencyKind {
  const name = agency.replace(/\s+/g, '');
  if (/(乡|镇|苏木)人民政府$|街道办事处$|(乡|镇)政府$/.test(name)) return 'township';
  if (/人民政府$/.test(name)) return 'government';
  return 'department';
}
