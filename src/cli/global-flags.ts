/**
 * The options every command takes, wherever they stand on the command line: `--quiet`,
 * `--color[=always|never|auto]` and `--lang zh|en`. They are taken out before a command parses
 * its own options, and turned into what the command sees: `io.quiet`, `io.lang`, and the
 * environment's `FORCE_COLOR` / `NO_COLOR`, which is what decides colour (see `painter`).
 *
 * The language: `--lang`, else the environment variable `ZFXXGK_LANG`, else Chinese. `LANG` is not
 * read: servers and containers are set to `en_US.UTF-8` or `C.UTF-8` whoever uses them, and a
 * clerk's messages must not turn English because of how a machine was installed.
 */
import type { Lang } from '../issues/message-kit.js';
import { UsageError, type CommandEnv, type GlobalFlagValues } from './command.js';
import { cliText, say } from './messages/index.js';
import { terminalSafe } from './output.js';

/** What the global options asked for. */
export type GlobalFlags = GlobalFlagValues;

/**
 * The help lines of the global options, for `zfxxgk --help` and every command's help.
 * @example globalOptionHelp('en')[0] // ['--quiet, -q', 'print only what went wrong']
 */
export function globalOptionHelp(lang: Lang): readonly (readonly [string, string])[] {
  return [
    ['--quiet, -q', say(lang, 'quietOption')],
    ['--color[=when]', say(lang, 'colorOption')],
    ['--lang <zh|en>', say(lang, 'langOption')],
  ];
}

const COLOR_WHEN = ['always', 'never', 'auto'] as const;

/** `zh`, `en`, or a locale of either (`en_US.UTF-8`, `zh-CN`); undefined for anything else. */
function langNamed(value: string | undefined): Lang | undefined {
  const match = /^(zh|en)(?:[-_.@].*)?$/i.exec(value?.trim() ?? '');
  return match ? (match[1]!.toLowerCase() as Lang) : undefined;
}

/**
 * The language asked for, as far as it can be told, never throwing: for wording an error found
 * before the options are taken (a bad `--color` under `--lang en`).
 * @example langOf(['validate', '--lang', 'en'], {}) // 'en'
 */
export function langOf(argv: readonly string[], env: CommandEnv = {}): Lang {
  let lang = langNamed(env['ZFXXGK_LANG']) ?? 'zh';
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined) lang = langNamed(value) ?? lang;
  }
  return lang;
}

/**
 * Takes the global options out of `argv` (up to a `--`).
 * @param env where `ZFXXGK_LANG` is read
 * @returns the flags and the arguments left for the command
 * @example takeGlobalFlags(['validate', 'a.json', '-q']) // { flags: { quiet: true, … }, rest: ['validate', 'a.json'] }
 */
export function takeGlobalFlags(argv: readonly string[], env: CommandEnv = {}): { flags: GlobalFlags; rest: string[] } {
  let quiet = false;
  let lang: Lang | undefined;
  let color: GlobalFlags['color'] = 'auto';
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--quiet' || arg === '-q') quiet = true;
    else if (arg === '--color' || arg === '--colour') color = 'always';
    else if (arg === '--no-color') color = 'never';
    else if (arg.startsWith('--color=') || arg.startsWith('--colour=')) {
      const when = arg.slice(arg.indexOf('=') + 1);
      if (!(COLOR_WHEN as readonly string[]).includes(when))
        throw new UsageError(cliText('colorValue', { given: terminalSafe(when) }));
      color = when as GlobalFlags['color'];
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (value !== 'zh' && value !== 'en')
        throw new UsageError(cliText('langValue', { given: terminalSafe(value ?? ''), from: '--lang' }));
      lang = value;
    } else rest.push(arg);
  }
  if (lang === undefined) {
    const fromEnv = env['ZFXXGK_LANG'];
    lang = fromEnv === undefined || fromEnv === '' ? 'zh' : langNamed(fromEnv);
    if (lang === undefined)
      throw new UsageError(cliText('langValue', { given: terminalSafe(fromEnv!), from: 'ZFXXGK_LANG' }));
  }
  return { flags: { quiet, lang, color }, rest };
}

/** The environment a command sees: `--color` decides over NO_COLOR and FORCE_COLOR. */
export function colorEnv(env: CommandEnv, color: GlobalFlags['color']): CommandEnv {
  if (color === 'always') return { ...env, NO_COLOR: undefined, FORCE_COLOR: '1' };
  if (color === 'never') return { ...env, NO_COLOR: '1', FORCE_COLOR: undefined };
  return env;
}
