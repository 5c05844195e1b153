/**
 * Codes of the characters and lengths of text fields: what each carries and how it is worded.
 * The characters are defined in model/text-rules.ts; the lengths in model/limits.ts.
 */
import type { CodeTable } from './message-kit.js';

/** A character found in a text: `actual` is its code point (`U+202E`), `offset` where (UTF-16 units). */
export interface CharacterFacts {
  actual: string;
  params: { readonly offset: number };
}

/** What the text codes carry. */
export interface TextFacts {
  BIDI_CONTROL: CharacterFacts;
  LONE_SURROGATE: CharacterFacts;
  LINE_SEPARATOR: CharacterFacts;
  REPLACEMENT_CHARACTER: CharacterFacts;
  /** `length`: how many (invisible) characters the text holds. */
  TEXT_INVISIBLE: { params: { readonly length: number } };
  /** `expected`: the bound (`maxLineLength`); `actual`: the longest line's length; `line`: which line (from 1). */
  LINE_TOO_LONG: {
    expected: number;
    actual: number;
    params: { readonly limit: 'maxLineLength'; readonly line: number };
  };
}

/** The text part of the code table. */
export const TEXT_CODES = {
  BIDI_CONTROL: {
    severity: 'error',
    zh: '文字中含有改变显示顺序的双向控制字符（嵌入、覆盖、隔离）',
    en: 'Text holds a bidirectional control (embedding, override or isolate) that reorders what is shown',
    message: {
      zh: (c) =>
        `${c.label}：第 ${c.params.offset + 1} 个字符是不可见的双向控制字符 ${c.actual}，会打乱文字的显示顺序，请删除`,
      en: (c) =>
        `${c.label}: character ${c.params.offset + 1} is the invisible bidirectional control ${c.actual}, which reorders the text as shown; delete it`,
    },
  },
  LONE_SURROGATE: {
    severity: 'error',
    zh: '文字中含有不成对的代理码元（不是有效的 Unicode 字符）',
    en: 'Text holds a lone surrogate (not a valid Unicode character)',
    message: {
      zh: (c) =>
        `${c.label}：第 ${c.params.offset + 1} 个字符 ${c.actual} 是不成对的代理码元，不是有效字符（文字可能被截断或转换出错），请重新输入该处文字`,
      en: (c) =>
        `${c.label}: character ${c.params.offset + 1} is a lone surrogate ${c.actual}, not a character (the text was cut or converted wrongly); type that part again`,
    },
  },
  LINE_SEPARATOR: {
    severity: 'error',
    zh: '文字中含有 Unicode 行分隔符或段分隔符',
    en: 'Text holds a Unicode line or paragraph separator',
    message: {
      zh: (c) =>
        `${c.label}：第 ${c.params.offset + 1} 个字符是 ${c.actual}（Unicode 行/段分隔符），各程序显示不一；换行请用换行符，分段请分成两段`,
      en: (c) =>
        `${c.label}: character ${c.params.offset + 1} is ${c.actual} (a Unicode line/paragraph separator), shown differently by each program; use a line feed, or two paragraphs`,
    },
  },
  REPLACEMENT_CHARACTER: {
    severity: 'error',
    zh: '文字中含有替换字符 U+FFFD（文字在转换编码时已经丢失）',
    en: 'Text holds U+FFFD, the replacement character (text lost when converting its encoding)',
    message: {
      zh: (c) =>
        `${c.label}：第 ${c.params.offset + 1} 个字符是替换字符 �（${c.actual}），说明原文在转换编码时丢失了，请从原稿重新复制该处文字`,
      en: (c) =>
        `${c.label}: character ${c.params.offset + 1} is the replacement character � (${c.actual}): the original text was lost in an encoding conversion; copy that part again from the source`,
    },
  },
  TEXT_INVISIBLE: {
    severity: 'error',
    zh: '文字只由不可见字符组成（零宽空格、连接符、字节顺序标记等）',
    en: 'Text made only of invisible characters (zero-width spaces, joiners, byte-order marks…)',
    message: {
      zh: (c) => `${c.label}：只有 ${c.params.length} 个不可见字符（如零宽空格），打印出来是空白；请填写内容或删除此项`,
      en: (c) =>
        `${c.label}: only ${c.params.length} invisible characters (such as zero-width spaces), blank in print; write the text or remove the item`,
    },
  },
  LINE_TOO_LONG: {
    severity: 'error',
    zh: '一行文字过长',
    en: 'A line of text is too long',
    message: {
      zh: (c) => `${c.label}：第 ${c.params.line} 行长 ${c.actual} 字符，超过一行的上限 ${c.expected} 字符`,
      en: (c) =>
        `${c.label}: line ${c.params.line} is ${c.actual} characters long, more than the limit of ${c.expected} for one line`,
    },
  },
} as const satisfies CodeTable<TextFacts>;
