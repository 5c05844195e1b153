/**
 * Importing text extracted from Word: the seed report, and what real reports do to it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/index.js';
import { validate } from '../../src/validate.js';
import { projectPath, seedReport } from '../helpers/reports.js';

const seedText = readFileSync(projectPath('tests/fixtures/gongbujiangda-2023.txt'), 'utf8');
const lineOf = (needle: string, from = 0) =>
  seedText.split('\n').findIndex((l, i) => i >= from && l.includes(needle)) + 1;

describe('importReport on the seed text', () => {
  it('gives exactly examples/gongbujiangda-2023.json, keys in canonical order', async () => {
    const result = await importReport(seedText);
    expect(result.report).toEqual(seedReport());
    expect(Object.keys(result.report)).toEqual(Object.keys(seedReport()));
    expect(result).toMatchObject({ kind: 'text', edition: '2021', complete: true, unread: [], labels: [], notes: [] });
  });

  it('lists every one of the 200 cells with its line and its text as found', async () => {
    const { cells } = await importReport(seedText);
    expect(cells).toHaveLength(200);
    const fee = cells.find((c) => c.path.join('.') === 'activeDisclosure.fees');
    expect(fee).toEqual({
      path: ['activeDisclosure', 'fees'],
      label: '表二 行政事业性收费 · 本年收费金额（单位：万元）',
      value: 0,
      raw: '0',
      where: expect.objectContaining({ line: lineOf('行政事业性收费') + 1 }),
    });
    const stray = cells.find((c) => c.path.join('.') === 'requests.newReceived.commercial');
    expect(stray).toMatchObject({ value: 0, raw: '  0', where: { line: lineOf('一、本年新收') + 2 } });
    const other = cells.find((c) => c.path.join('.') === 'requests.results.other.other.naturalPerson');
    expect(other).toMatchObject({ value: 3, raw: '3', where: { line: lineOf('3.其他') + 1 } });
  });

  it('reads the same from bytes as from a string, and twice the same', async () => {
    const bytes = new TextEncoder().encode(seedText);
    const copy = bytes.slice();
    const [a, b] = [await importReport(bytes), await importReport(seedText)];
    expect(a).toEqual(b);
    expect(bytes).toEqual(copy);
  });

  it('reads text saved as GBK, and says so', async () => {
    const result = await importReport(new TextEncoder().encode(seedText), { encoding: 'gbk', kind: 'text' });
    expect(result.notes).toContainEqual(expect.objectContaining({ code: 'DECODED_AS', params: { encoding: 'gbk' } }));
  });
});

describe('importReport on text with the mistakes of real reports', () => {
  it('keeps a wrong 总计 as published, and validation then reports it', async () => {
    const lines = seedText.split('\n');
    const total = lineOf('（七）总计');
    expect(lines[total]).toBe('\t3');
    lines[total] = '\t4';
    const result = await importReport(lines.join('\n'));
    expect(result.complete).toBe(true);
    expect(result.report).toMatchObject({ requests: { results: { total: { naturalPerson: 4 } } } });
    const { ok, issues } = validate(result.report);
    expect(ok).toBe(false);
    expect(issues.map((i) => i.code)).toContain('T3_RESULTS_SUM');
  });

  it('reads typos, half-width brackets, 1、 numbering, full-width digits, / and blanks — and lists the labels that differ', async () => {
    const text = seedText
      .replace('2.其他法律行政法规禁止公开', '2.其他法律行政止公开')
      .replace('\t行政规范性文件', '\t规范性文件')
      .replace('第二十条第（五）项', '第二十条 第(五)项')
      .replace('1.申请人无正当理由逾期不补正、行政机关', '1、申请人无正当理由逾期不补正，行政机关')
      .replace('\t821', '\t８２１')
      .replace('\t9\n', '\t/\n');
    const result = await importReport(text);
    expect(result.complete).toBe(true);
    expect(result.report).toMatchObject({
      activeDisclosure: { licensing: 821, punishment: 0, normativeDocuments: { inForce: 12 } },
    });
    expect(result.cells.find((c) => c.path.join('.') === 'activeDisclosure.punishment')).toMatchObject({
      raw: '/',
      value: 0,
      blank: true,
    });
    expect(result.labels.map(({ kind, found, canonical }) => ({ kind, found, canonical }))).toEqual([
      { kind: 'rowLabel', found: '规范性文件', canonical: '行政规范性文件' },
      { kind: 'blockTitle', found: '第二十条 第(五)项', canonical: '第二十条第（五）项' },
      { kind: 'rowLabel', found: '2.其他法律行政止公开', canonical: '2.其他法律行政法规禁止公开' },
      {
        kind: 'rowLabel',
        found: '1、申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请',
        canonical: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      },
    ]);
    expect(result.notes).toContainEqual(expect.objectContaining({ code: 'BLANK_CELLS', params: { count: 1 } }));
  });

  it('accepts a heading variant and says it differs', async () => {
    const result = await importReport(
      seedText.replace('    五、存在的主要问题及改进情况', '五、政府信息公开工作存在的主要问题及改进情况'),
    );
    expect(result.report['problems']).toEqual(seedReport()['problems']);
    expect(result.labels).toEqual([
      {
        kind: 'heading',
        found: '五、政府信息公开工作存在的主要问题及改进情况',
        canonical: '五、存在的主要问题及改进情况',
        where: { line: lineOf('五、存在的主要问题') },
      },
    ]);
  });

  it('reads rows written on one line with their numbers', async () => {
    const text = [
      '某某局2024年政府信息公开工作年度报告',
      '二、主动公开政府信息情况',
      '规章  0  0  0',
      '行政规范性文件  2  1  15',
      '行政许可  1,024',
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量  5  1  0  0  0  0  6',
      '四、政府信息公开行政复议、行政诉讼情况',
      '1 0 0 0 1 0 0 0 0 0 0 0 0 0 0',
    ].join('\n');
    const result = await importReport(text);
    expect(result.report).toMatchObject({
      agency: '某某局',
      year: 2024,
      activeDisclosure: {
        regulations: { issued: 0, repealed: 0, inForce: 0 },
        normativeDocuments: { issued: 2, repealed: 1, inForce: 15 },
        licensing: 1024,
      },
      requests: { newReceived: { naturalPerson: 5, commercial: 1, total: 6 } },
      reviewLitigation: { review: { upheld: 1, total: 1 } },
    });
    expect(result.complete).toBe(false);
  });
});

describe('importReport on the words of a report', () => {
  const skeleton = (ending: string[]) =>
    [
      '2024年度某某市生态环境局',
      '政府信息公开工作年度报告',
      '',
      '一、总体情况',
      '总体情况。',
      '五、存在的主要问题及改进情况',
      '问题。',
      '六、其他需要报告的事项',
      ...ending,
    ].join('\n');

  it('reads the agency from a title that starts with the year, and a date in Chinese numerals', async () => {
    const result = await importReport(skeleton(['本机关无其他需要报告的事项', '二〇二五年一月二十日']));
    expect(result.report).toMatchObject({
      agency: '某某市生态环境局',
      year: 2024,
      publishedAt: '2025-01-20',
      title: '2024年度某某市生态环境局政府信息公开工作年度报告',
      otherMatters: ['本机关无其他需要报告的事项'],
    });
  });

  it('takes the closing agency from the line above the date, and drops what follows the date', async () => {
    const result = await importReport(
      skeleton(['无。', '某某市生态环境局办公室', '2025年1月20日', '（此件公开发布）']),
    );
    expect(result.report).toMatchObject({ agency: '某某市生态环境局办公室', otherMatters: ['无。'] });
    expect(result.notes.map((n) => n.code)).toEqual([
      'TABLE_MISSING',
      'TABLE_MISSING',
      'TABLE_MISSING',
      'SECTION_MISSING',
      'SECTION_MISSING',
      'SECTION_MISSING',
      'AGENCY_DIFFERS',
      'TRAILING_TEXT',
    ]);
  });

  it('notes each missing part: title, agency, year, date', async () => {
    const result = await importReport('一、总体情况\n无。\n六、其他需要报告的事项\n无。');
    expect(result.notes.map((n) => n.code)).toEqual([
      'TABLE_MISSING',
      'TABLE_MISSING',
      'TABLE_MISSING',
      'SECTION_MISSING',
      'SECTION_MISSING',
      'SECTION_MISSING',
      'SECTION_MISSING',
      'TITLE_NOT_FOUND',
      'AGENCY_NOT_FOUND',
      'YEAR_NOT_FOUND',
      'DATE_NOT_FOUND',
    ]);
    expect(result.notes[2]!.message).toBe('未找到表四（15 个单元格均未读）');
    expect(result.complete).toBe(false);
  });
});

describe('importReport on a report with table 三 cut off', () => {
  const lines = seedText.split('\n');
  const cut = [
    ...lines.slice(0, lineOf('4.保护第三方合法权益') - 1),
    ...lines.slice(lineOf('四、政府信息公开行政复议') - 1),
  ].join('\n');

  it('keeps what was read and lists each missing cell, never a silent zero', async () => {
    const result = await importReport(cut);
    expect(result.complete).toBe(false);
    const rows = new Set(result.unread.map((u) => u.path.slice(0, -1).join('.')));
    expect([...rows]).toEqual([
      'requests.results.denied.thirdPartyRights',
      'requests.results.denied.internalAffairs',
      'requests.results.denied.processInformation',
      'requests.results.denied.lawEnforcementFiles',
      'requests.results.denied.administrativeQuery',
      'requests.results.unableToProvide.notHeld',
      'requests.results.unableToProvide.needsCreation',
      'requests.results.unableToProvide.unclearAfterCorrection',
      'requests.results.notProcessed.petitionComplaint',
      'requests.results.notProcessed.duplicate',
      'requests.results.notProcessed.publication',
      'requests.results.notProcessed.excessive',
      'requests.results.notProcessed.confirmationOrReissue',
      'requests.results.other.overdueCorrection',
      'requests.results.other.overdueFee',
      'requests.results.other.other',
      'requests.results.total',
      'requests.carriedForward',
    ]);
    expect(result.unread[0]).toEqual({
      path: ['requests', 'results', 'denied', 'thirdPartyRights', 'naturalPerson'],
      label: '表三 （三）不予公开 4.保护第三方合法权益 · 自然人',
      code: 'ROW_NOT_FOUND',
      reason: '未找到此行',
    });
    expect(result.report).not.toHaveProperty('requests.carriedForward');
    expect(result.report).toHaveProperty('requests.results.denied.threeSecurityOneStability.total', 0);
    expect(result.report['reviewLitigation']).toEqual(seedReport()['reviewLitigation']);
  });

  it('reports a row cut short, cell by cell', async () => {
    // The 规章 row takes part in no equation, so its missing cells stay unread.
    const short = seedText.replace('\t规章\n\t0\n\t0\n\t0\n', '\t规章\n\t0\n');
    const result = await importReport(short);
    expect(result.unread.map((u) => [u.path.at(-1), u.reason])).toEqual([
      ['repealed', '此行只有 1 个数值单元格'],
      ['inForce', '此行只有 1 个数值单元格'],
    ]);
  });

  it('settles the cells of a total row cut short from the equations of their columns', async () => {
    const short = seedText.replace(/(（七）总计\n\t3\n\t {2}0\n\t0)\n\t0\n\t0\n\t0\n\t3/, '$1');
    const result = await importReport(short);
    expect(result.unread).toEqual([]);
    expect(result.report).toEqual(seedReport());
    expect(result.cells.filter((c) => c.inferred).map((c) => [c.path.at(-1), c.inferred!.rule])).toEqual([
      ['socialWelfare', 'EQUATION'],
      ['legalService', 'EQUATION'],
      ['other', 'EQUATION'],
      ['total', 'EQUATION'],
    ]);
  });

  it('says which value it could not read, and why', async () => {
    const result = await importReport(seedText.replace('\t821', '\t约821'));
    expect(result.unread).toEqual([
      {
        path: ['activeDisclosure', 'licensing'],
        label: '表二 行政许可 · 本年处理决定数量',
        code: 'NOT_A_NUMBER',
        reason: '无法识别的数值“约821”',
        raw: '约821',
        where: expect.objectContaining({ line: lineOf('\t821') }),
      },
    ]);
    expect(result.report).not.toHaveProperty('activeDisclosure.licensing');
  });
});
