/**
 * Hostile strings in every text field of a real report: validate() never throws, always ends, never
 * writes to its input, and every control, bidi control, lone surrogate and line separator in a
 * field is an issue on that field's path. The expected kinds are found here by a reference written
 * apart from src/model/text-rules.ts (regular expressions over code points).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { deepFreeze, seedReport } from '../helpers/reports.js';

type Path = readonly (string | number)[];

/** Where a text can go, and how to put it there. */
const FIELDS: readonly { path: Path; write: (r: Record<string, any>, t: string) => void }[] = [
  { path: ['agency'], write: (r, t) => (r.agency = t) },
  { path: ['title'], write: (r, t) => (r.title = t) },
  { path: ['preamble', 0], write: (r, t) => (r.preamble[0] = t) },
  { path: ['overview', 0], write: (r, t) => (r.overview[0] = t) },
  { path: ['overview', 1, 'heading'], write: (r, t) => (r.overview[1].heading = t) },
  { path: ['overview', 1, 'paragraphs', 0], write: (r, t) => (r.overview[1].paragraphs[0] = t) },
  { path: ['problems', 0], write: (r, t) => (r.problems[0] = t) },
  { path: ['otherMatters', 0], write: (r, t) => (r.otherMatters[0] = t) },
];

/** Pieces that have broken text handling somewhere. */
const PIECES = [
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\r',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u202e',
  '\u202a',
  '\u2066',
  '\u2069',
  '\u200e',
  '\ud800',
  '\udfff',
  '\ud83d\ude00',
  '\u2028',
  '\u2029',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u00ad',
  '\ufffd',
  '\t',
  '\n',
  '<script>',
  '{{x}}',
  '"',
  '\\',
  '　',
  '（一）',
  '国办',
  '包括',
  '六个部分',
  '收到申请',
  '2023年',
  ' '.repeat(50),
];

/** A hostile string: random UTF-16 code units (lone surrogates included), pieces, plain text. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 8 }),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.constant('政府信息公开'),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** The issue codes a text must give, by the reference's reading of it. */
function expectedCodes(text: string): string[] {
  const codes: string[] = [];
  if (/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(text)) codes.push('CONTROL_CHARACTER');
  if (/[\u202a-\u202e\u2066-\u2069]/.test(text)) codes.push('BIDI_CONTROL');
  if (/\p{Surrogate}/u.test(text)) codes.push('LONE_SURROGATE');
  if (/[\u2028\u2029]/.test(text)) codes.push('LINE_SEPARATOR');
  if (/\ufffd/.test(text)) codes.push('REPLACEMENT_CHARACTER');
  return codes;
}

const samePath = (a: Path, b: Path) => a.length === b.length && a.every((k, i) => k === b[i]);

describe('validate() over hostile text in every field', () => {
  it('never throws, never writes to its input, and reports every forbidden character on its field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), hostile, fc.boolean(), (field, text, asText) => {
        const report = seedReport();
        field.write(report, text);
        const input = asText ? JSON.stringify(report) : deepFreeze(report);
        const result = validate(input);
        const onField = result.issues.filter((i) => samePath(i.path, field.path)).map((i) => i.code);
        for (const code of expectedCodes(text)) expect(onField, `${code} in ${JSON.stringify(text)}`).toContain(code);
        if (expectedCodes(text).length > 0) expect(result.ok).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('reports text with no visible character as TEXT_EMPTY or TEXT_INVISIBLE', () => {
    const invisible = fc
      .array(
        fc.constantFrom(
          ' ',
          '\u3000',
          '\u200b',
          '\u200c',
          '\u200d',
          '\u2060',
          '\ufeff',
          '\u00ad',
          '\u180e',
          '\u3164',
          '\u200e',
        ),
        { minLength: 1, maxLength: 20 },
      )
      .map((a) => a.join(''));
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), invisible, (field, text) => {
        const report = seedReport();
        field.write(report, text);
        const codes = validate(report)
          .issues.filter((i) => samePath(i.path, field.path))
          .map((i) => i.code);
        expect(codes).toContain(text.trim() === '' ? 'TEXT_EMPTY' : 'TEXT_INVISIBLE');
      }),
      { numRuns: 200 },
    );
  });

  it('ends on long hostile text in every field at once', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 1, max: 2000 }), (text, times) => {
        const report = seedReport();
        for (const field of FIELDS) field.write(report, text.repeat(times));
        expect(() => validate(JSON.stringify(report))).not.toThrow();
      }),
      { numRuns: 30 },
    );
  });
});
