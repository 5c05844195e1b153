/**
 * The CLI's message table: every line the CLI prints in its own words, in Chinese and English,
 * made from typed parameters at the last moment (`say`). Errors carry a {@link CliText} — the key
 * and its parameters — and are worded by the dispatcher in the language chosen. Only plain
 * functions here: loading the table costs `zfxxgk --help` nothing measurable.
 */
import type { Lang } from '../../issues/message-kit.js';
import { BATCH_MESSAGES } from './batch.js';
import { COMMON_MESSAGES } from './common.js';
import { DISPATCH_MESSAGES } from './dispatch.js';
import { FILE_MESSAGES } from './files.js';
import { IMPORT_MESSAGES } from './import.js';
import { wordsOf, type CliMessage } from './kit.js';
import { REPORT_MESSAGES } from './report.js';

/** Every message of the CLI, by key. */
export const CLI_MESSAGES = {
  ...DISPATCH_MESSAGES,
  ...COMMON_MESSAGES,
  ...REPORT_MESSAGES,
  ...BATCH_MESSAGES,
  ...FILE_MESSAGES,
  ...IMPORT_MESSAGES,
} as const;

/** The key of a CLI message. */
export type CliKey = keyof typeof CLI_MESSAGES;

/** The parameters of the message `K`. */
export type CliParams<K extends CliKey> = (typeof CLI_MESSAGES)[K] extends CliMessage<infer P> ? P : never;

/** The arguments after the key: none for a message without parameters. */
type ParamArgs<K extends CliKey> = [CliParams<K>] extends [void] ? [] : [CliParams<K>];

/** A message not yet worded: its key and parameters, as an error carries it. */
export type CliText = { readonly [K in CliKey]: { readonly key: K; readonly params: CliParams<K> } }[CliKey];

/**
 * The message `key` in `lang`.
 * @example say('en', 'counts', { error: 1, warning: 0, info: 2 }) // '1 error(s), 0 warning(s), 2 info'
 */
export function say<K extends CliKey>(lang: Lang, key: K, ...params: ParamArgs<K>): string {
  return wordsOf(CLI_MESSAGES[key] as CliMessage<unknown>, lang, params[0]);
}

/**
 * A message kept as a value, worded later (by {@link sayText}).
 * @example throw new UsageError(cliText('notFound', { file: 'a.json' }))
 */
export function cliText<K extends CliKey>(key: K, ...params: ParamArgs<K>): CliText {
  return { key, params: params[0] } as CliText;
}

/** The words of a message kept as a value, in `lang`. */
export function sayText(lang: Lang, text: CliText): string {
  return wordsOf(CLI_MESSAGES[text.key] as CliMessage<unknown>, lang, text.params);
}

export type { Lang };
