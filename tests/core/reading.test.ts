import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSource, validate, type Issue } from '../../src/index.js';
import { encodeGbk, encodeUtf16 } from '../helpers/gbk.js';
import { projectPath, seedReport } from '../helpers/reports.js';

const seedText = () => readFileSync(projectPath('examples/gongbujiangda-2023.json'), 'utf8');
const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const summary = (issues: readonly Issue[]) => issues.map((i) => [i.code, i.path.join('.')]);

describe('reading bytes in their encoding', () => {
  it('refuses a report saved as GBK, naming the first bad byte and suggesting GBK', () => {
    const bytes = encodeGbk(seedText());
    const result = validate(bytes);
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    const firstNonAscii = bytes.findIndex((b) => b >= 0x80);
    const line = seedText()
      .slice(0, seedText().search(/[^\x00-\x7f]/))
      .split('\n').length;
    expect(issue).toMatchObject({
      code: 'ENCODING_INVALID',
      path: [],
      params: { encoding: 'utf-8', problem: 'invalid', offset: firstNonAscii, line, suggestion: 'gbk' },
    });
    expect(issue!.message).toContain('GBK');
    expect(JSON.stringify(result.issues)).not.toContain('\ufffd');
  });

  it('reads GBK when asked, as the same report', () => {
    const result = validate(encodeGbk(seedText()), { encoding: 'gbk' });
    expect(result.ok).toBe(true);
    expect(summary(result.issues)).toEqual(summary(validate(seedReport()).issues));
  });

  it('refuses invalid UTF-8 at the byte where the bad sequence starts', () => {
    const text = seedText();
    const at = text.indexOf('工布江达县人民政府');
    const head = utf8(text.slice(0, at));
    const bytes = concat(head, [0xe5, 0x28], utf8(text.slice(at + 1)));
    const [issue] = validate(bytes).issues;
    expect(issue).toMatchObject({
      code: 'ENCODING_INVALID',
      params: { encoding: 'utf-8', problem: 'invalid', offset: head.length },
    });
    const stray = concat(head, [0x80], utf8(text.slice(at)));
    expect(validate(stray).issues[0]).toMatchObject({ code: 'ENCODING_INVALID', params: { offset: head.length } });
  });

  it.each([
    ['UTF-8 with a byte-order mark', () => concat([0xef, 0xbb, 0xbf], utf8(seedText()))],
    ['UTF-16 LE with a byte-order mark', () => concat([0xff, 0xfe], encodeUtf16(seedText(), 'le'))],
    ['UTF-16 BE with a byte-order mark', () => concat([0xfe, 0xff], encodeUtf16(seedText(), 'be'))],
    ['UTF-16 LE without a mark', () => encodeUtf16(seedText(), 'le')],
    ['UTF-16 BE without a mark', () => encodeUtf16(seedText(), 'be')],
  ])('reads %s as the same report', (_, bytes) => {
    const result = validate(bytes());
    expect(result.ok).toBe(true);
    expect(summary(result.issues)).toEqual(summary(validate(seedReport()).issues));
  });

  it('refuses UTF-16 holding a lone surrogate, and an encoding it does not know', () => {
    const broken = concat([0xff, 0xfe], encodeUtf16('{"a": "', 'le'), [0x00, 0xd8], encodeUtf16('"}', 'le'));
    expect(validate(broken).issues[0]).toMatchObject({
      code: 'ENCODING_INVALID',
      params: { encoding: 'utf-16le', problem: 'invalid', offset: 16 },
    });
    expect(validate(utf8(seedText()), { encoding: 'klingon' }).issues).toEqual([
      expect.objectContaining({ code: 'ENCODING_INVALID', params: { encoding: 'klingon', problem: 'unsupported' } }),
    ]);
  });
});

describe('keys and tags JSON.parse and YAML would pass silently', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reports a key written twice in one JSON object, with its path and place', () => {
    const text = seedText()
      .replace('"agency": "工布江达县人民政府",', '"agency": "工布江达县人民政府",\n  "agency": "别的机关",')
      .replace('"naturalPerson": 3,', '"naturalPerson": 3, "natural\\u0050erson": 4,');
    const issues = validate(text).issues.filter((i) => i.code === 'JSON_DUPLICATE_KEY');
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: ['agency'],
        actual: 'agency',
        params: { line: 4, column: 3 },
      }),
      expect.objectContaining({ path: ['requests', 'newReceived', 'naturalPerson'], actual: 'naturalPerson' }),
    ]);
    expect(issues[0]!.message).toBe(
      '报告机关：键“agency”在同一对象中重复出现（第 4 行第 3 列），无法确定应取哪个值，请删除多余的一个',
    );
  });

  it('reports a duplicate key inside a block of a list, and none for the same key in two objects', () => {
    const report = seedReport();
    const text = JSON.stringify(report, null, 1).replace('"runIn": true', '"runIn": true, "heading": "又一个"');
    expect(
      validate(text)
        .issues.filter((i) => i.code === 'JSON_DUPLICATE_KEY')
        .map((i) => i.path),
    ).toEqual([['overview', 1, 'heading']]);
    expect(validate(JSON.stringify(report)).issues.filter((i) => i.code === 'JSON_DUPLICATE_KEY')).toEqual([]);
  });

  it('reports unknown YAML tags as issues with their path, and prints nothing', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const error = vi.spyOn(console, 'warn');
    const yaml = `format: "2021"\nagency: !foo 工布江达县人民政府\nyear: 2023\npublishedAt: !!timestamp 2024-01-27\n`;
    const issues = validate(yaml).issues.filter((i) => i.code === 'YAML_UNKNOWN_TAG');
    expect(issues.map((i) => [i.path, i.actual, i.params])).toEqual([
      [['agency'], '!foo', { line: 2, column: 9 }],
      [['publishedAt'], '!!timestamp', { line: 4, column: 14 }],
    ]);
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('keeps parseSource taking a syntax name as before', () => {
    expect(parseSource('{"a": 1}', 'json')).toEqual({ ok: true, value: { a: 1 }, problems: [] });
  });
});
