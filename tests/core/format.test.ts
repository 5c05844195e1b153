import { describe, expect, it } from 'vitest';
import { compileEdition, EDITION_2021, sectionHeading, type MatrixTableSpec } from '../../src/index.js';
import { leafChains } from '../../src/format/tree.js';
import { tableGrid } from '../../src/format/grid.js';
import { EDITION_2019 } from '../../src/format/edition-2019.js';
import { EDITION_2019_MARKERS } from '../../src/import/edition-markers.js';

const edition = compileEdition(EDITION_2021);
const table = (key: string) => EDITION_2021.tables.find((t) => t.key === key)!;

describe('the 2021 edition as described (SPEC B §3–§6)', () => {
  it('has the six canonical section headings in order', () => {
    expect(EDITION_2021.sections.map(sectionHeading)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });

  it('gives table 三 25 body rows and 7 value columns, 175 cells', () => {
    const requests = table('requests') as MatrixTableSpec;
    expect(leafChains(requests.rows!)).toHaveLength(25);
    expect(leafChains(requests.columns).map((c) => c.chain.at(-1)!.label)).toEqual([
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '总计',
    ]);
    expect(edition.cells.filter((c) => c.table.key === 'requests')).toHaveLength(175);
  });

  it('spells the labels character for character, curly quotes included', () => {
    const labels = leafChains((table('requests') as MatrixTableSpec).rows!).map((r) => r.chain.at(-1)!.label);
    expect(labels).toContain('3.危及“三安全一稳定”');
    expect(labels).toContain('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    expect(labels).toContain('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请');
    expect((table('requests') as MatrixTableSpec).corner).toBe(
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    );
  });

  it('gives table 四 15 value columns in one unlabelled row', () => {
    const t4 = table('reviewLitigation') as MatrixTableSpec;
    expect(t4.rows).toBeUndefined();
    expect(leafChains(t4.columns)).toHaveLength(15);
  });

  it('derives one relation per rule and cell line', () => {
    const count = (code: string) => edition.relations.filter((r) => r.code === code).length;
    expect(count('T3_ROW_TOTAL')).toBe(25);
    expect(count('T3_RESULTS_SUM')).toBe(7);
    expect(count('T3_BALANCE')).toBe(7);
    expect(count('T4_GROUP_TOTAL')).toBe(3);
    const resultsSum = edition.relations.find((r) => r.code === 'T3_RESULTS_SUM')!;
    expect(resultsSum.terms).toHaveLength(1 + 21);
  });

  it('labels cells the way messages name them', () => {
    const label = (path: string) => edition.byPath.get(path)!.label;
    expect(label('requests.results.total.naturalPerson')).toBe('表三 （七）总计 · 自然人');
    expect(label('requests.results.denied.stateSecret.legalService')).toBe(
      '表三 （三）不予公开 1.属于国家秘密 · 法律服务机构',
    );
    expect(label('reviewLitigation.review.total')).toBe('表四 行政复议 · 总计');
    expect(label('reviewLitigation.litigationDirect.pending')).toBe('表四 行政诉讼 未经复议直接起诉 · 尚未审结');
    expect(label('activeDisclosure.normativeDocuments.inForce')).toBe('表二 行政规范性文件 · 现行有效件数');
    expect(label('activeDisclosure.licensing')).toBe('表二 行政许可 · 本年处理决定数量');
  });
});

describe('the 2019 trial edition as described (SPEC B §9)', () => {
  it('prints table 三 with a single-row （六）其他处理: 23 body rows, 三、本年度办理结果 spanning 20', () => {
    const grid = tableGrid(EDITION_2019.tables.find((t) => t.key === 'requests')!);
    expect(grid.body).toHaveLength(23);
    expect(grid.body[2]![0]).toMatchObject({ text: '三、本年度办理结果', rowspan: 20 });
    expect(grid.body.find((r) => r.some((c) => c.text === '（六）其他处理'))![0]).toMatchObject({
      text: '（六）其他处理',
      colspan: 2,
    });
  });

  it('prints table 二 in five blocks, the last two with two value columns', () => {
    const grid = tableGrid(EDITION_2019.tables.find((t) => t.key === 'activeDisclosure')!);
    const titles = grid.body.filter((r) => r[0]!.kind === 'blockTitle').map((r) => r[0]!.text);
    expect(titles).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
      '第二十条第（九）项',
    ]);
    const procurement = grid.body.find((r) => r[0]!.text === '政府集中采购')!;
    expect(procurement.map((c) => c.colspan)).toEqual([1, 1, 2]);
  });

  it('gives the importer the labels only 2019 prints', () => {
    expect(EDITION_2019_MARKERS).toEqual(
      expect.arrayContaining(['第二十条第（九）项', '本年新制作数量', '上一年项目数量', '其他对外管理服务事项']),
    );
    expect(EDITION_2019_MARKERS).not.toContain('处理决定数量');
    expect(EDITION_2019_MARKERS).not.toContain('规章');
  });
});
