/**
 * The options every command takes, wherever they stand on the command line: `--quiet`,
 * `--color[=always|never|auto]` and `--lang zh|en`. They are taken out before a command parses
 * its own options, and turned into what the command sees: `io.quiet`, `io.lang`, and the
 * environment's `FORCE_COLOR` / `NO_COLOR`, which is what decides colour (see `painter`).
 */
import type { Lang } from '../issues/message-kit.js';
import { UsageError, type CommandEnv, type GlobalFlagValues } from './command.js';
import { terminalSafe } from './output.js';

/** What the global options asked for. */
export type GlobalFlags = GlobalFlagValues;

/** The help lines of the global options, for `zfxxgk --help` and every command's help. */
export const GLOBAL_OPTION_HELP: readonly (readonly [string, string])[] = [
  ['--quiet, -q', '只输出错误，成功时不输出 / print only what went wrong'],
  ['--color[=when]', 'always、never 或 auto（默认；也看 NO_COLOR、FORCE_COLOR） / colour: always, never or auto'],
  ['--lang <zh|en>', '问题说明的语言，默认 zh / language of issue messages, default zh'],
];

const COLOR_WHEN = ['always', 'never', 'auto'] as const;

/**
 * Takes the global options out of `argv` (up to a `--`).
 * @returns the flags and the arguments left for the command
 * @example takeGlobalFlags(['validate', 'a.json', '-q']) // { flags: { quiet: true, … }, rest: ['validate', 'a.json'] }
 */
export function takeGlobalFlags(argv: readonly string[]): { flags: GlobalFlags; rest: string[] } {
  let quiet = false;
  let lang: Lang = 'zh';
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
      if (!(COLOR_WHEN as readonly string[]).includes(when)) {
        throw new UsageError(
          `--color 只能是 always、never 或 auto，实为 ${terminalSafe(when)} / --color takes always, never or auto`,
        );
      }
      color = when as GlobalFlags['color'];
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (value !== 'zh' && value !== 'en') {
        throw new UsageError(`--lang 只能是 zh 或 en，实为 ${terminalSafe(value ?? '（空）')} / --lang takes zh or en`);
      }
      lang = value;
    } else rest.push(arg);
  }
  return { flags: { quiet, lang, color }, rest };
}

/** The environment a command sees: `--color` decides over NO_COLOR and FORCE_COLOR. */
export function colorEnv(env: CommandEnv, color: GlobalFlags['color']): CommandEnv {
  if (color === 'always') return { ...env, NO_COLOR: undefined, FORCE_COLOR: '1' };
  if (color === 'never') return { ...env, NO_COLOR: '1', FORCE_COLOR: undefined };
  return env;
}
