/**
 * The three tables of the seed report as SPEC B §4–§6 (and the official template) lay them out,
 * written out by hand: the oracle every renderer's tables are compared with. A cell is its text,
 * or `[text, rowspan, colspan]` when it spans.
 */
export type SpecCell = string | [string, number, number];

/** Turns cells with rs/cs into SpecCells. */
export function specShape(rows: readonly (readonly { text: string; rs: number; cs: number }[])[]): SpecCell[][] {
  return rows.map((r) => r.map((c): SpecCell => (c.rs === 1 && c.cs === 1 ? c.text : [c.text, c.rs, c.cs])));
}

/** Table 二 of the seed report (SPEC B §4). */
export const SEED_TABLE_2: SpecCell[][] = [
  [['第二十条第（一）项', 1, 4]],
  ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
  ['规章', '0', '0', '0'],
  ['行政规范性文件', '1', '1', '12'],
  [['第二十条第（五）项', 1, 4]],
  ['信息内容', ['本年处理决定数量', 1, 3]],
  ['行政许可', ['821', 1, 3]],
  [['第二十条第（六）项', 1, 4]],
  ['信息内容', ['本年处理决定数量', 1, 3]],
  ['行政处罚', ['9', 1, 3]],
  ['行政强制', ['0', 1, 3]],
  [['第二十条第（八）项', 1, 4]],
  ['信息内容', ['本年收费金额（单位：万元）', 1, 3]],
  ['行政事业性收费', ['0', 1, 3]],
];

/** Table 三's three header rows (SPEC B §5.2). */
export const TABLE_3_HEAD: SpecCell[][] = [
  [
    ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3],
    ['申请人情况', 1, 7],
  ],
  [
    ['自然人', 2, 1],
    ['法人或其他组织', 1, 5],
    ['总计', 2, 1],
  ],
  ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
];

/** Table 三's label cells of its 25 body rows (SPEC B §5.3). */
export const TABLE_3_LABELS: SpecCell[][] = [
  [['一、本年新收政府信息公开申请数量', 1, 3]],
  [['二、上年结转政府信息公开申请数量', 1, 3]],
  [
    ['三、本年度办理结果', 22, 1],
    ['（一）予以公开', 1, 2],
  ],
  [['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 1, 2]],
  [['（三）不予公开', 8, 1], '1.属于国家秘密'],
  ['2.其他法律行政法规禁止公开'],
  ['3.危及“三安全一稳定”'],
  ['4.保护第三方合法权益'],
  ['5.属于三类内部事务信息'],
  ['6.属于四类过程性信息'],
  ['7.属于行政执法案卷'],
  ['8.属于行政查询事项'],
  [['（四）无法提供', 3, 1], '1.本机关不掌握相关政府信息'],
  ['2.没有现成信息需要另行制作'],
  ['3.补正后申请内容仍不明确'],
  [['（五）不予处理', 5, 1], '1.信访举报投诉类申请'],
  ['2.重复申请'],
  ['3.要求提供公开出版物'],
  ['4.无正当理由大量反复申请'],
  ['5.要求行政机关确认或重新出具已获取信息'],
  [['（六）其他处理', 3, 1], '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['3.其他'],
  [['（七）总计', 1, 2]],
  [['四、结转下年度继续办理', 1, 3]],
];

/** The seven values of the seed's table 三 rows that are not all zero: rows 1, 23 and 24 (0-based 0, 22, 23). */
export const SEED_TABLE_3_NONZERO: Readonly<Record<number, string[]>> = {
  0: ['3', '0', '0', '0', '0', '0', '3'],
  22: ['3', '0', '0', '0', '0', '0', '3'],
  23: ['3', '0', '0', '0', '0', '0', '3'],
};

const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

/** Table 四 of the seed report (SPEC B §6). */
export const SEED_TABLE_4: SpecCell[][] = [
  [
    ['行政复议', 1, 5],
    ['行政诉讼', 1, 10],
  ],
  [...OUTCOMES.map((o): SpecCell => [o, 2, 1]), ['未经复议直接起诉', 1, 5], ['复议后起诉', 1, 5]],
  [...OUTCOMES, ...OUTCOMES],
  Array(15).fill('0'),
];

/** Checks a rendered table 三 against the oracle: header, labels, and seven values per row. */
export function table3Parts(rows: SpecCell[][]): { head: SpecCell[][]; labels: SpecCell[][]; values: string[][] } {
  const isValue = (c: SpecCell) => typeof c === 'string' && /^\d+$/.test(c);
  return {
    head: rows.slice(0, 3),
    labels: rows.slice(3).map((r) => r.filter((c) => !isValue(c))),
    values: rows.slice(3).map((r) => r.filter(isValue) as string[]),
  };
}
