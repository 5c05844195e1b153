/**
 * The 2021 edition of the national format (国办公开办函〔2021〕30号), for reporting year 2021
 * onward. SPEC A2–A3, B §3–§6. This file and `common.ts` are the only places rows and labels are
 * listed.
 */
import { OVERVIEW_TOPICS, REVIEW_LITIGATION_TABLE, SECTIONS, requestsTable } from './common.js';
import type { BlockTableSpec, EditionSpec } from './spec-types.js';

const DECISIONS = [{ key: 'decisions', label: '本年处理决定数量', value: 'count' }] as const;

/** Table 二 (SPEC B §4). */
export const ACTIVE_DISCLOSURE_2021 = {
  kind: 'blocks',
  key: 'activeDisclosure',
  name: '表二',
  gridColumns: 4,
  blocks: [
    {
      title: '第二十条第（一）项',
      itemHeader: '信息内容',
      columns: [
        { key: 'issued', label: '本年制发件数', value: 'count' },
        { key: 'repealed', label: '本年废止件数', value: 'count', aliases: ['本年废纸件数'] },
        { key: 'inForce', label: '现行有效件数', value: 'count' },
      ],
      continuity: { code: 'T2_INFORCE_CONTINUITY', stock: 'inForce', added: 'issued', removed: 'repealed' },
      rows: [
        { key: 'regulations', label: '规章', hints: ['REGULATIONS_LOCAL'] },
        { key: 'normativeDocuments', label: '行政规范性文件', aliases: ['规范性文件'] },
      ],
    },
    {
      title: '第二十条第（五）项',
      itemHeader: '信息内容',
      columns: DECISIONS,
      scalar: true,
      rows: [{ key: 'licensing', label: '行政许可' }],
    },
    {
      title: '第二十条第（六）项',
      itemHeader: '信息内容',
      columns: DECISIONS,
      scalar: true,
      rows: [
        { key: 'punishment', label: '行政处罚' },
        { key: 'coercion', label: '行政强制' },
      ],
    },
    {
      title: '第二十条第（八）项',
      itemHeader: '信息内容',
      columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', value: 'amount' }],
      scalar: true,
      rows: [{ key: 'fees', label: '行政事业性收费', hints: ['FEE_UNIT_SUSPECT'] }],
    },
  ],
} as const satisfies BlockTableSpec;

/** Table 三 (SPEC B §5): （六）其他处理 has three sub-items in this edition. */
export const REQUESTS_2021 = requestsTable({
  key: 'other',
  label: '（六）其他处理',
  children: [
    {
      key: 'overdueCorrection',
      label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      aliases: ['1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请'],
    },
    {
      key: 'overdueFee',
      label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      aliases: ['2.申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请'],
    },
    { key: 'other', label: '3.其他' },
  ],
} as const);

/** The 2021 edition. */
export const EDITION_2021 = {
  format: '2021',
  notice: '国办公开办函〔2021〕30号',
  years: { first: 2021 },
  sections: SECTIONS,
  tables: [ACTIVE_DISCLOSURE_2021, REQUESTS_2021, REVIEW_LITIGATION_TABLE],
  topics: { overview: OVERVIEW_TOPICS },
} as const satisfies EditionSpec;
