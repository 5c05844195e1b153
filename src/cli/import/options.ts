/**
 * The options `zfxxgk import` passes to `importReport()`, checked once for one file or many:
 * `--kind`, `--encoding`, `--lang` and `--assume`.
 */
import { LANGS, type Lang } from '../../issues/message-kit.js';
import { ASSUMPTION_CODES, assumptionOption } from '../../import/assumptions.js';
import type { Assumption, ImportKind } from '../../import/report.js';
import { UsageError } from '../command.js';
import { cliText } from '../messages/index.js';
import { terminalSafe } from '../output.js';

/** The kinds of input `--kind` accepts. */
export const IMPORT_KINDS: readonly ImportKind[] = ['text', 'docx', 'html', 'pdf', 'xlsx'];

/** What the options say, ready for `importReport()` (a file's own kind is guessed from its name). */
export interface ImportChoices {
  readonly kind?: ImportKind;
  readonly encoding?: string;
  readonly lang: Lang;
  readonly assume: readonly Assumption[];
}

/** The options as parsed. */
export interface ImportOptionValues {
  readonly kind?: string | undefined;
  readonly encoding?: string | undefined;
  readonly lang?: string | undefined;
  readonly assume?: readonly string[] | undefined;
}

/**
 * Checks the options; a wrong one is a usage error naming what is allowed.
 * @param values the parsed options
 * @param globalLang the language of the global `--lang`, if given
 * @example importChoices({ assume: ['single-row-to-other,merged-to-first'] }).assume // ['SINGLE_ROW_TO_OTHER', 'MERGED_TO_FIRST']
 */
export function importChoices(values: ImportOptionValues, globalLang?: Lang): ImportChoices {
  const { kind } = values;
  if (kind !== undefined && !IMPORT_KINDS.includes(kind as ImportKind))
    throw new UsageError(cliText('importKindValue', { kinds: IMPORT_KINDS, given: terminalSafe(kind) }));
  const lang = values.lang ?? globalLang ?? 'zh';
  if (!LANGS.includes(lang as Lang))
    throw new UsageError(cliText('importLangValue', { langs: LANGS, given: terminalSafe(lang) }));
  if (values.encoding) {
    try {
      new TextDecoder(values.encoding);
    } catch {
      throw new UsageError(cliText('importEncoding', { given: terminalSafe(values.encoding) }));
    }
  }
  return {
    ...(kind ? { kind: kind as ImportKind } : {}),
    ...(values.encoding ? { encoding: values.encoding } : {}),
    lang: lang as Lang,
    assume: assumptionsNamed(values.assume ?? []),
  };
}

/** `--assume a,b --assume c` as assumption codes, each once; an unknown name is a usage error. */
function assumptionsNamed(given: readonly string[]): Assumption[] {
  const byName = new Map(ASSUMPTION_CODES.map((code) => [assumptionOption(code), code]));
  const chosen = new Set<Assumption>();
  for (const name of given.flatMap((g) => g.split(',')).map((n) => n.trim().toLowerCase())) {
    if (!name) continue;
    const code = byName.get(name) ?? byName.get(name.replace(/_/g, '-'));
    if (!code) throw new UsageError(cliText('importAssume', { names: [...byName.keys()], given: terminalSafe(name) }));
    chosen.add(code);
  }
  return [...chosen];
}
