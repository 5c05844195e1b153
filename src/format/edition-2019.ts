/**
 * The 2019 trial edition (国办公开办函〔2019〕60号), for reporting years 2019 and 2020 (SPEC B §9):
 * table 二 in five blocks with other columns, table 三 with a single-row （六）其他处理, table 四
 * and the six sections as in 2021.
 *
 * Described so that what reads reports (the importer's edition detection) knows its labels. It
 * is not in `EDITIONS` yet: validating and rendering files of `format: "2019"` is not supported.
 */
import { OVERVIEW_TOPICS, REVIEW_LITIGATION_TABLE, SECTIONS, requestsTable } from './common.js';
import type { BlockTableSpec, EditionSpec } from './spec-types.js';

const ITEM_CHANGES = [
  { key: 'previousItems', label: '上一年项目数量', value: 'count' },
  // Decreases are written as negative numbers (Hubei's guidance, SPEC B §9.1).
  { key: 'change', label: '本年增/减', value: 'signedCount' },
] as const;

/** Table 二 of 2019 (SPEC B §9.1). */
export const ACTIVE_DISCLOSURE_2019 = {
  kind: 'blocks',
  key: 'activeDisclosure',
  name: '表二',
  gridColumns: 4,
  blocks: [
    {
      title: '第二十条第（一）项',
      itemHeader: '信息内容',
      columns: [
        { key: 'newlyMade', label: '本年新制作数量', value: 'count' },
        { key: 'newlyPublished', label: '本年新公开数量', value: 'count' },
        { key: 'totalPublished', label: '对外公开总数量', value: 'count' },
      ],
      rows: [
        { key: 'regulations', label: '规章' },
        { key: 'normativeDocuments', label: '规范性文件' },
      ],
    },
    {
      title: '第二十条第（五）项',
      itemHeader: '信息内容',
      columns: [...ITEM_CHANGES, { key: 'decisions', label: '处理决定数量', value: 'count' }],
      rows: [
        { key: 'licensing', label: '行政许可' },
        { key: 'otherServices', label: '其他对外管理服务事项' },
      ],
    },
    {
      title: '第二十条第（六）项',
      itemHeader: '信息内容',
      columns: [...ITEM_CHANGES, { key: 'decisions', label: '处理决定数量', value: 'count' }],
      rows: [
        { key: 'punishment', label: '行政处罚' },
        { key: 'coercion', label: '行政强制' },
      ],
    },
    {
      title: '第二十条第（八）项',
      itemHeader: '信息内容',
      columns: ITEM_CHANGES,
      rows: [{ key: 'fees', label: '行政事业性收费' }],
    },
    {
      title: '第二十条第（九）项',
      itemHeader: '信息内容',
      columns: [
        { key: 'projects', label: '采购项目数量', value: 'count' },
        // No unit is printed; Shanghai wrote `251000元` in the cell (SPEC B §9.1).
        { key: 'amount', label: '采购总金额', value: 'amount', unitKey: 'amountUnit' },
      ],
      rows: [{ key: 'procurement', label: '政府集中采购' }],
    },
  ],
} as const satisfies BlockTableSpec;

/** Table 三 of 2019: （六）其他处理 is one row (SPEC B §9.2). */
export const REQUESTS_2019 = requestsTable({ key: 'other', label: '（六）其他处理' } as const);

/** The 2019 trial edition. */
export const EDITION_2019 = {
  format: '2019',
  notice: '国办公开办函〔2019〕60号',
  years: { first: 2019, last: 2020 },
  sections: SECTIONS,
  tables: [ACTIVE_DISCLOSURE_2019, REQUESTS_2019, REVIEW_LITIGATION_TABLE],
  topics: { overview: OVERVIEW_TOPICS },
} as const satisfies EditionSpec;
