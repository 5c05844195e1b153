/**
 * How the CLI's own words are written: one entry per message, a function per language from typed
 * parameters to text. Commands keep values (a file name, a count, a code) and make words last, in
 * the language `--lang` chose; an error keeps its message as a key and parameters
 * ({@link CliText}) so that the dispatcher words it in that language, wherever it was thrown.
 */
import type { Lang } from '../../issues/message-kit.js';

/** One message of the CLI: its words in each language. */
export interface CliMessage<P> {
  readonly zh: (p: P) => string;
  readonly en: (p: P) => string;
  /**
   * A developer reads it (a usage error, a set-up failure): under `zh` the English follows the
   * Chinese after ` / `, so a message can be searched for and understood by anyone; under `en`
   * only the English is given.
   */
  readonly both?: boolean;
}

/**
 * A message for a clerk (a result line): Chinese under `zh`, English under `en`.
 * @example const passed = clerk<{ n: number }>((p) => `${p.n} 个通过`, (p) => `${p.n} passed`);
 */
export function clerk<P = void>(zh: (p: P) => string, en: (p: P) => string): CliMessage<P> {
  return { zh, en };
}

/**
 * A message a developer reads: Chinese with the English beside under `zh`, English under `en`.
 * @example const needFile = dev(() => '请给出报告文件', () => 'give a report file');
 */
export function dev<P = void>(zh: (p: P) => string, en: (p: P) => string): CliMessage<P> {
  return { zh, en, both: true };
}

/**
 * The words of `message` in `lang`.
 * @example wordsOf(needFile, 'zh', undefined) // '请给出报告文件 / give a report file'
 */
export function wordsOf<P>(message: CliMessage<P>, lang: Lang, params: P): string {
  if (lang === 'en') return message.en(params);
  const zh = message.zh(params);
  if (!message.both) return zh;
  const en = message.en(params);
  // Line by line: a line the same in both (a listed file name) is given once.
  const zhLines = zh.split('\n');
  const enLines = en.split('\n');
  if (zhLines.length !== enLines.length) return `${zh}\n${en}`;
  return zhLines.map((line, i) => (line === enLines[i] ? line : `${line} / ${enLines[i]}`)).join('\n');
}
