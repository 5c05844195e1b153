/**
 * Codes of reading a report file before its content is checked: its encoding, its JSON or YAML,
 * and the bounds of model/limits.ts. What each carries and how it is worded.
 */
import type { CodeTable } from './message-kit.js';

/** The bounds an input can exceed as a whole (text lengths have codes of their own). */
export type StructuralLimit = 'maxInputBytes' | 'maxItems' | 'maxDepth' | 'maxValues';

/** What the reading codes carry. */
export interface ReadingFacts {
  /**
   * `encoding`: the encoding read with (`utf-8`, `utf-16le`, `gbk`…); `problem`: `invalid` bytes or
   * an `unsupported` encoding name; `offset`, `line`: where the first invalid byte is (from 0, from 1);
   * `suggestion`: an encoding that reads the bytes without loss (`gbk`).
   */
  ENCODING_INVALID: {
    params: {
      readonly encoding: string;
      readonly problem: 'invalid' | 'unsupported';
      readonly offset?: number;
      readonly line?: number;
      readonly suggestion?: string;
    };
  };
  /** `actual`: the key; `line`, `column`: where it is written the second time. */
  JSON_DUPLICATE_KEY: { actual: string; params: { readonly line: number; readonly column: number } };
  /** `actual`: the tag (`!foo`); `line`, `column`: where it is written. */
  YAML_UNKNOWN_TAG: { actual: string; params: { readonly line?: number; readonly column?: number } };
  /**
   * `expected`: the bound; `actual`: the size measured (for `maxInputBytes`) or the first count
   * over the bound; `limit`: which bound. Validation stops here: nothing else is checked.
   */
  LIMIT_EXCEEDED: { expected: number; actual: number; params: { readonly limit: StructuralLimit } };
}

const LIMIT_WORDS = {
  zh: {
    maxInputBytes: (n: number) => `文件大小超过上限 ${n} 字节`,
    maxItems: (n: number) => `段落和小标题块共超过 ${n} 个`,
    maxDepth: (n: number) => `对象和数组嵌套超过 ${n} 层`,
    maxValues: (n: number) => `值的总数超过 ${n} 个`,
  },
  en: {
    maxInputBytes: (n: number) => `the file is larger than the limit of ${n} bytes`,
    maxItems: (n: number) => `more than ${n} paragraphs and blocks in all`,
    maxDepth: (n: number) => `objects and lists nested more than ${n} deep`,
    maxValues: (n: number) => `more than ${n} values in all`,
  },
} as const;

const where = {
  zh: (p: { offset?: number; line?: number }) =>
    p.offset !== undefined ? `（第 ${p.offset} 字节${p.line !== undefined ? `，第 ${p.line} 行` : ''}）` : '',
  en: (p: { offset?: number; line?: number }) =>
    p.offset !== undefined ? ` (byte ${p.offset}${p.line !== undefined ? `, line ${p.line}` : ''})` : '',
};
const at = {
  zh: (p: { line?: number; column?: number }) =>
    p.line !== undefined ? `（第 ${p.line} 行第 ${p.column ?? 1} 列）` : '',
  en: (p: { line?: number; column?: number }) =>
    p.line !== undefined ? ` (line ${p.line}, column ${p.column ?? 1})` : '',
};

/** The reading part of the code table. */
export const READING_CODES = {
  ENCODING_INVALID: {
    severity: 'error',
    zh: '文件的字符编码无效或不受支持',
    en: 'The file’s bytes are not valid in its encoding, or the encoding is not supported',
    message: {
      zh: ({ params: p }) =>
        p.problem === 'unsupported'
          ? `无法读取报告：不支持字符编码“${p.encoding}”`
          : `无法读取报告：文件不是有效的 ${p.encoding.toUpperCase()} 编码${where.zh(p)}${p.suggestion ? `；看起来是 ${p.suggestion.toUpperCase()} 编码，请另存为 UTF-8，或指定按 ${p.suggestion.toUpperCase()} 读取（encoding: '${p.suggestion}'）` : '；请另存为 UTF-8'}`,
      en: ({ params: p }) =>
        p.problem === 'unsupported'
          ? `Cannot read the report: the encoding “${p.encoding}” is not supported`
          : `Cannot read the report: the file is not valid ${p.encoding.toUpperCase()}${where.en(p)}${p.suggestion ? `; it reads as ${p.suggestion.toUpperCase()}: save it as UTF-8, or read it as ${p.suggestion.toUpperCase()} (encoding: '${p.suggestion}')` : '; save it as UTF-8'}`,
    },
  },
  JSON_DUPLICATE_KEY: {
    severity: 'error',
    zh: 'JSON 中同一对象里出现重复的键（只有最后一个值会被读到）',
    en: 'A key appears twice in one JSON object (only the last value would be read)',
    message: {
      zh: (c) =>
        `${c.label}：键“${c.actual}”在同一对象中重复出现${at.zh(c.params)}，无法确定应取哪个值，请删除多余的一个`,
      en: (c) =>
        `${c.label}: the key “${c.actual}” appears again in the same object${at.en(c.params)}; which value is meant cannot be told, delete one`,
    },
  },
  YAML_UNKNOWN_TAG: {
    severity: 'error',
    zh: 'YAML 中使用了未知的标签',
    en: 'The YAML uses an unknown tag',
    message: {
      zh: (c) => `${c.label}：YAML 标签“${c.actual}”未知${at.zh(c.params)}，其值无法按标签读取；请删除标签`,
      en: (c) =>
        `${c.label}: the YAML tag “${c.actual}” is unknown${at.en(c.params)}, so its value cannot be read as tagged; remove the tag`,
    },
  },
  LIMIT_EXCEEDED: {
    severity: 'error',
    zh: '报告超出校验的上限（文件大小、段落数、嵌套层数或值的总数），未再检查',
    en: 'The report exceeds a bound of validation (size, paragraphs, nesting or values); nothing more was checked',
    message: {
      zh: (c) =>
        `${c.label}：${LIMIT_WORDS.zh[c.params.limit](c.expected)}（${c.params.limit}），未再检查其余内容；如确需处理更大的报告，可调高此上限`,
      en: (c) =>
        `${c.label}: ${LIMIT_WORDS.en[c.params.limit](c.expected)} (${c.params.limit}); nothing more was checked. Raise the bound if such reports are expected`,
    },
  },
} as const satisfies CodeTable<ReadingFacts>;
