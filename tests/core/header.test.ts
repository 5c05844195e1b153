import { describe, expect, expectTypeOf, it } from 'vitest';
import { peekHeader } from '../../src/cli/io.js';
import { HEADER_FIELDS, type HeaderKey } from '../../src/format/header.js';
import { pathLabel, reportJsonSchema, CURRENT_EDITION, type ReportHeader } from '../../src/index.js';

describe('the header fields, declared once', () => {
  it('are the keys of ReportHeader', () => {
    expectTypeOf<keyof ReportHeader>().toEqualTypeOf<HeaderKey>();
  });

  it('give the JSON Schema its header properties, in file order, with the optional ones not required', () => {
    const schema = reportJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties).slice(0, HEADER_FIELDS.length)).toEqual(HEADER_FIELDS.map((f) => f.key));
    for (const field of HEADER_FIELDS) expect(schema.required.includes(field.key)).toBe(!field.optional);
  });

  it('name each header field in messages', () => {
    for (const field of HEADER_FIELDS) expect(pathLabel(CURRENT_EDITION, [field.key])).toBe(field.label);
  });
});

describe('peekHeader', () => {
  it('reads every header field that holds a value of its type, from a report that does not validate', () => {
    const text = JSON.stringify({
      format: '2021',
      agency: '某县人民政府',
      year: 2023,
      publishedAt: '2024-01-20',
      title: '某县人民政府2023年政府信息公开工作年度报告',
      agencyKind: 'government',
      preamble: ['开头'],
      requests: 'broken',
    });
    expect(peekHeader(text)).toEqual({
      format: '2021',
      agency: '某县人民政府',
      year: 2023,
      publishedAt: '2024-01-20',
      title: '某县人民政府2023年政府信息公开工作年度报告',
      agencyKind: 'government',
    });
  });

  it('leaves out what is of the wrong type, and reads nothing from text that does not parse', () => {
    expect(peekHeader('{"agency": 7, "year": "2023", "agencyKind": "ministry", "title": "标题"}')).toEqual({
      title: '标题',
    });
    expect(peekHeader('{ not json')).toEqual({});
    expect(peekHeader('[1, 2]')).toEqual({});
  });
});
