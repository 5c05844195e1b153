/**
 * Import notes and unread cells are values too: a code and params a program can read, words made
 * last from one table, in Chinese or English.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMPORT_NOTES, importReport, UNREAD_REASONS, type ImportResult } from '../../src/import/index.js';
import { LANGS } from '../../src/index.js';
import { projectPath } from '../helpers/reports.js';

const seedText = readFileSync(projectPath('tests/fixtures/gongbujiangda-2023.txt'), 'utf8');
const lines = seedText.split('\n');
const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** Inputs that give many notes and unread cells: rows and tables cut away, a cell that is no number, a duplicated row. */
const damaged: Record<string, string> = {
  'table 三 cut short, table 四 gone': [
    ...lines.slice(0, lineOf('4.保护第三方合法权益') - 1),
    ...lines.slice(lineOf('五、存在的主要问题') - 1),
  ].join('\n'),
  'a cell that is no number': seedText.replace('\t821', '\t约821'),
  'a row printed twice, a section missing': seedText
    .replace('\t行政许可\n\t821\n', '\t行政许可\n\t821\n\n\t行政许可\n\t822\n')
    .replace(/五、存在的主要问题及改进情况/, '五、'),
  'a placeholder left in': seedText.replace(
    /(六、其他需要报告的事项\s*\n)[^\n]*/,
    '$1（文字描述，收取信息处理费情况在此处报告。）',
  ),
  'only the tables of table 三': lines
    .slice(lineOf('三、收到和处理政府信息公开申请情况') - 1, lineOf('四、政府信息公开行政复议') - 1)
    .join('\n'),
};

/** Every string in the params of notes and unread cells. */
function paramStrings(result: ImportResult): string[] {
  const all = [...result.notes.map((n) => n.params), ...result.unread.map((u) => u.params)];
  return all.flatMap((p) => Object.values(p ?? {}).flat()).filter((v): v is string => typeof v === 'string');
}

describe('import notes and unread cells', () => {
  it('carry codes, and params with no words of ours (only keys, numbers and text from the input)', async () => {
    let seen = 0;
    for (const [name, text] of Object.entries(damaged)) {
      const result = await importReport(text);
      seen += result.notes.length + result.unread.length;
      for (const u of result.unread) expect(Object.keys(UNREAD_REASONS), name).toContain(u.code);
      const ours = paramStrings(result).filter((s) => CJK.test(s) && !text.includes(s.replace(/…$/, '')));
      expect(ours, name).toEqual([]);
    }
    expect(seen).toBeGreaterThan(100);
  });

  it('name rows, tables and sections by their keys, worded from the format description', async () => {
    const result = await importReport(damaged['table 三 cut short, table 四 gone']!);
    expect(result.notes).toContainEqual(
      expect.objectContaining({
        code: 'TABLE_MISSING',
        params: { table: 'reviewLitigation', cells: 15 },
        message: '未找到表四（15 个单元格均未读）',
      }),
    );
    expect(result.notes).toContainEqual(
      expect.objectContaining({
        code: 'SECTION_MISSING',
        params: { section: 'reviewLitigation' },
        message: '未找到“四、政府信息公开行政复议、行政诉讼情况”部分',
      }),
    );
    const twice = await importReport(damaged['a row printed twice, a section missing']!);
    expect(twice.notes).toContainEqual(
      expect.objectContaining({
        code: 'DUPLICATE_ROW',
        params: { row: 'activeDisclosure.licensing' },
        message: '“行政许可”出现了不止一次，只取第一次的数值',
      }),
    );
  });

  it('come in English when asked, with the same codes and params', async () => {
    for (const text of Object.values(damaged)) {
      const [zh, en] = [await importReport(text), await importReport(text, { lang: 'en' })];
      const strip = (r: ImportResult) => ({
        notes: r.notes.map(({ message: _, ...n }) => n),
        unread: r.unread.map(({ reason: _, ...u }) => u),
        report: r.report,
      });
      expect(strip(en)).toEqual(strip(zh));
      for (const n of en.notes) expect(n.message, n.code).toMatch(/[A-Za-z]{3}/);
      for (const u of en.unread) expect(u.reason, u.code).toMatch(/[A-Za-z]{3}/);
    }
    const cut = await importReport(damaged['table 三 cut short, table 四 gone']!, { lang: 'en' });
    expect(cut.unread[0]).toMatchObject({ code: 'ROW_NOT_FOUND', reason: 'row not found' });
    expect(cut.notes).toContainEqual(
      expect.objectContaining({ code: 'TABLE_MISSING', message: 'Table 表四 was not found (its 15 cells are unread)' }),
    );
  });

  it('every note code and every unread reason has words in Chinese and in English', () => {
    for (const [code, spec] of Object.entries(IMPORT_NOTES))
      for (const lang of LANGS) expect(typeof spec.message[lang], code).toBe('function');
    for (const [code, words] of Object.entries(UNREAD_REASONS))
      for (const lang of LANGS) expect(typeof words[lang], code).toBe('function');
  });
});
