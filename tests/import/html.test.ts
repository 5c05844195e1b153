/**
 * Importing HTML: our own pages round-trip, and pages made the way government sites publish them
 * (chrome around the article, merged and unmerged cells, `&nbsp;`, typos, GBK) give the numbers.
 */
import { describe, expect, it } from 'vitest';
import { compileEdition } from '../../src/format/compile.js';
import { EDITION_2021 } from '../../src/format/edition-2021.js';
import { createHtmlRenderer } from '../../src/html/index.js';
import { importReport } from '../../src/import/index.js';
import { huaianReport, seedReport } from '../helpers/reports.js';
import { encodeGbk } from './helpers/gbk.js';
import { govPage, govTables } from './helpers/gov-page.js';

const html = createHtmlRenderer();
const TABLE_KEYS = ['activeDisclosure', 'requests', 'reviewLitigation'] as const;
const tablesOf = (report: Record<string, unknown>) => Object.fromEntries(TABLE_KEYS.map((k) => [k, report[k]]));

describe('importReport on HTML made by our renderer', () => {
  it('gives back the seed report exactly, from the document and from the fragment', async () => {
    for (const fragment of [false, true]) {
      const page = (await html.render(seedReport(), { fragment })).body;
      const result = await importReport(page, { kind: 'html' });
      expect(result.report).toEqual(seedReport());
      expect(result).toMatchObject({ kind: 'html', complete: true, unread: [], labels: [], notes: [] });
    }
  });

  it('gives back the 淮安 report exactly', async () => {
    const result = await importReport(new TextEncoder().encode((await html.render(huaianReport())).body), {
      fileName: 'huaian.html',
    });
    expect(result.report).toEqual(huaianReport());
  });

  it('keeps sub-headings on their own line, several paragraphs under one, and spaces between Latin words', async () => {
    const report = seedReport();
    report.overview = [
      { heading: '主动公开', paragraphs: ['第一段。', '第二段，含 ASCII words 与 2024 年。'] },
      { heading: '依申请公开情况', paragraphs: ['内容。'], runIn: true },
    ];
    const result = await importReport((await html.render(report)).body, { kind: 'html' });
    expect(result.report['overview']).toEqual(report.overview);
  });

  it('says where each cell was found: the line of its <td>', async () => {
    const page = (await html.render(seedReport())).body;
    const { cells } = await importReport(page, { kind: 'html' });
    const licensing = cells.find((c) => c.path.join('.') === 'activeDisclosure.licensing')!;
    expect(page.split('\n')[licensing.where.line! - 1]).toContain('>821</td>');
    expect(licensing.where).toMatchObject({ table: 1, row: 7, column: 2 });
  });
});

describe('importReport on pages as government sites publish them', () => {
  it('reads every number of the 淮安 tables despite blanks, /, —, separators, full-width digits and typos', async () => {
    const result = await importReport(govPage(huaianReport()), { kind: 'html' });
    expect(tablesOf(result.report)).toEqual(tablesOf(huaianReport()));
    expect(result.unread).toEqual([]);
    expect(result.cells.filter((c) => c.blank).length).toBeGreaterThan(50);
    expect(result.cells.find((c) => c.path.join('.') === 'requests.newReceived.naturalPerson')).toMatchObject({
      raw: '3,001',
      value: 3001,
    });
  });

  it('cuts away the page around the article: title, agency, year, date and narrative come back exactly', async () => {
    const result = await importReport(govPage(huaianReport()), { kind: 'html' });
    expect(result.report).toEqual(huaianReport());
    expect(result.complete).toBe(true);
  });

  it('lists each label that differs from the format, with its line', async () => {
    const page = govPage(huaianReport());
    const result = await importReport(page, { kind: 'html' });
    expect(result.labels.map((l) => `${l.found} → ${l.canonical}`)).toEqual([
      '第二十条 第(一)项 → 第二十条第（一）项',
      '本年废纸件数 → 本年废止件数',
      '规范性文件 → 行政规范性文件',
      '（二）部分公开(区分处理的,只计这一情形，不计其他情形) → （二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '2.其他法律行政止公开 → 2.其他法律行政法规禁止公开',
      '1、申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请 → 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 → 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '3、其他 → 3.其他',
    ]);
    const typo = result.labels.find((l) => l.found === '本年废纸件数')!;
    expect(page.split('\n')[typo.where.line! - 1]).toContain('本年废纸件数');
  });

  it('reads a GBK page by its <meta charset>, and the seed report comes back exactly', async () => {
    const result = await importReport(encodeGbk(govPage(seedReport(), { charset: 'gb2312' })), {
      fileName: 'nb.shtml',
    });
    expect(result.report).toEqual(seedReport());
    expect(result.notes.map((n) => n.code)).toEqual(['DECODED_AS', 'BLANK_CELLS']);
  });

  it('reads a GBK page without a declared charset too', async () => {
    const page = govPage(seedReport()).replace(/<meta[^>]*>/, '');
    const result = await importReport(encodeGbk(page), { kind: 'html' });
    expect(tablesOf(result.report)).toEqual(tablesOf(seedReport()));
    expect(result.notes[0]).toMatchObject({ code: 'DECODED_AS', params: { encoding: 'gb18030' } });
  });

  it('reads tables laid out inside a layout table', async () => {
    const [t2, t3, t4] = govTables(huaianReport());
    const page = `<table><tr><td><p>二、主动公开政府信息情况</p>${t2}<p>三、收到和处理政府信息公开申请情况</p>${t3}<p>四、政府信息公开行政复议、行政诉讼情况</p>${t4}</td></tr></table>`;
    const result = await importReport(page, { kind: 'html' });
    expect(tablesOf(result.report)).toEqual(tablesOf(huaianReport()));
  });

  it('is not fooled by a page that is not a report', async () => {
    const result = await importReport(
      '<html><head><title>通知公告</title></head><body><p>关于开展2024年度政务公开培训的通知</p><table><tr><td>序号</td><td>1</td></tr></table></body></html>',
      { kind: 'html' },
    );
    expect(result.complete).toBe(false);
    expect(result.notes.map((n) => n.code)).toEqual(['NOT_A_REPORT']);
    expect(result.unread).toHaveLength(compileEdition(EDITION_2021).cells.length);
  });
});

describe('importReport on a report in the 2019 layout', () => {
  const grid2019 = `
<table>
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>规范性文件</td><td>3</td><td>3</td><td>20</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
<tr><td>行政许可</td><td>40</td><td>-2</td><td>512</td></tr>
<tr><td>其他对外管理服务事项</td><td>5</td><td>0</td><td>7</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
<tr><td>行政处罚</td><td>30</td><td>+1</td><td>86</td></tr>
<tr><td>行政强制</td><td>4</td><td>0</td><td>2</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td colspan="2">本年增/减</td></tr>
<tr><td>行政事业性收费</td><td>2</td><td colspan="2">0</td></tr>
<tr><td colspan="4">第二十条第（九）项</td></tr>
<tr><td>信息内容</td><td>采购项目数量</td><td colspan="2">采购总金额</td></tr>
<tr><td>政府集中采购</td><td>3</td><td colspan="2">251000元</td></tr>
</table>`;

  /** Table 三 of 2019: （六）其他处理 is one row of its own. */
  function table3of2019(): string {
    const [, t3] = govTables(seedReport());
    return t3!
      .replace(/rowspan="22"/, 'rowspan="20"')
      .replace(
        /<tr><td rowspan="3"[^]*?（六）其他处理[^]*?<\/tr>\n<tr>[^]*?<\/tr>\n<tr>[^]*?<\/tr>/,
        '<tr><td colspan="2">（六）其他处理</td><td>3</td><td></td><td></td><td></td><td></td><td></td><td>3</td></tr>',
      );
  }

  it('is recognised, keeps what maps to 2021 and lists the rest as unread', async () => {
    const page = `<p>某县人民政府2020年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p>${grid2019}<p>三、收到和处理政府信息公开申请情况</p>${table3of2019()}`;
    const result = await importReport(page, { kind: 'html' });
    expect(result.edition).toBe('2019');
    expect(result.report).toMatchObject({
      year: 2020,
      activeDisclosure: { licensing: 512, punishment: 86, coercion: 2 },
    });
    expect(result.report).not.toHaveProperty('activeDisclosure.regulations');
    expect(result.report).not.toHaveProperty('activeDisclosure.fees');
    expect(result.report).toHaveProperty('requests.results.total.naturalPerson', 3);
    expect(result.notes.slice(0, 3)).toEqual([
      expect.objectContaining({ code: 'EDITION_2019', severity: 'warning', params: { marker: '本年新制作数量' } }),
      expect.objectContaining({
        code: 'TABLE_MISSING',
        params: { table: 'reviewLitigation', cells: 15 },
        message: '未找到表四（15 个单元格均未读）',
      }),
      expect.objectContaining({
        code: 'OTHER_SINGLE_ROW',
        params: { row: 'requests.results.other', values: ['3', '', '', '', '', '', '3'] },
        message:
          '表三“（六）其他处理”为单行（2019 版格式），合计 3 空 空 空 空 空 3 中为 0 的栏各小项按 0 计，其余无法拆分到各小项，列为未读',
      }),
    ]);
    const reasons = new Map(result.unread.map((u) => [u.path.join('.'), u.reason]));
    expect(reasons.get('activeDisclosure.regulations.issued')).toBe('2019 版表二没有“本年制发件数”一栏');
    expect(reasons.get('activeDisclosure.fees')).toBe('2019 版表二没有“本年收费金额（单位：万元）”一栏');
    expect(reasons.get('requests.results.other.overdueFee.total')).toBe('“（六）其他处理”印成了单行，无法拆分到各小项');
    expect(reasons.get('requests.results.other.other.naturalPerson')).toBe(
      '“（六）其他处理”印成了单行，无法拆分到各小项',
    );
  });

  it('is recognised from a single-row （六）其他处理 alone', async () => {
    const result = await importReport(`<p>三、收到和处理政府信息公开申请情况</p>${table3of2019()}`, { kind: 'html' });
    expect(result.edition).toBe('2019');
    expect(result.notes[0]).toMatchObject({ code: 'EDITION_2019', params: { marker: '（六）其他处理（单行）' } });
  });
});
