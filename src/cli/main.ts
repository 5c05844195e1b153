/**
 * The CLI's dispatcher: takes the global options, finds the command (suggesting the nearest for a
 * typo), loads it, parses its options, prints help, and turns every failure into an exit code and
 * a message. Returns the exit code; only `bin.ts` exits. Commands are loaded only when run, so
 * `--help` starts fast.
 */
import { EXIT, UsageError, type CommandIO, type CommandSpec, type ExitCode, type OptionsConfig } from './command.js';
import { colorEnv, GLOBAL_OPTION_HELP, takeGlobalFlags } from './global-flags.js';
import { envelope, printJson, terminalSafe } from './output.js';
import { parseCommandArgs } from './parse.js';
import { COMMANDS } from './registry.js';
import { closestWord } from './suggest.js';
import { packageVersion } from '../node/package-root.js';

const EXIT_CODES_TEXT = [
  '退出码：0 正常；1 报告有错误；2 用法错误或输入无法读取；3 无法生成（如没有 Chromium、生成超时）；130 被中断。',
  'Exit codes: 0 ok; 1 a report has errors; 2 bad usage or unreadable input; 3 could not render (no Chromium, a render over time); 130 interrupted.',
];

const globalHelp = () => GLOBAL_OPTION_HELP.map(([flag, text]) => `  ${flag.padEnd(22)} ${text}`);

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `zfxxgk ${packageVersion()} — 政府信息公开工作年度报告工具 / government information disclosure annual reports`,
    '',
    '用法 / usage: zfxxgk <命令> [选项]',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    '通用选项 / options of every command:',
    ...globalHelp(),
    '',
    '每个命令都有 --help；--json 输出统一的 JSON 信封；文件名 - 表示标准输入或标准输出。',
    'Every command has --help; --json prints one stable envelope; - names standard input or output.',
    ...EXIT_CODES_TEXT,
  ].join('\n');
}

function commandHelp(command: CommandSpec<OptionsConfig>): string {
  const options = Object.entries(command.options).map(([name, o]) => {
    const flag = `--${name}${o.type === 'string' ? ' <值>' : ''}`;
    return `  ${flag.padEnd(22)} ${command.optionHelp[name] ?? ''}`;
  });
  return [
    `用法 / usage: zfxxgk ${command.usage}`,
    '',
    command.help,
    '',
    '选项 / options:',
    ...options,
    ...globalHelp(),
    `  ${'--help'.padEnd(22)} 显示本帮助 / show this help`,
    '',
    ...EXIT_CODES_TEXT,
  ].join('\n');
}

function unknownCommand(name: string): UsageError {
  const near = closestWord(
    name,
    COMMANDS.map((c) => c.name),
  );
  const names = COMMANDS.map((c) => c.name).join('、');
  const shown = terminalSafe(name);
  return new UsageError(
    near
      ? `未知命令 ${shown}，是否应为 ${near}？ / unknown command ${shown}, did you mean ${near}?`
      : `未知命令 ${shown}。可用命令：${names} / unknown command ${shown}; commands: ${names}`,
    'UNKNOWN_COMMAND',
  );
}

/** The message and exit code of what a command threw; loaded only when something failed. */
async function failureOf(error: unknown): Promise<{ code: string; message: string; exit: ExitCode }> {
  const [{ userErrorOf }, { MissingPackageError }] = await Promise.all([
    import('./user-errors.js'),
    import('../node/optional.js'),
  ]);
  // A mistake of the user's (a bad template, no Chromium, a render over time) says how to fix it;
  // a missing optional package is a set-up problem with its own message, like a usage error.
  if (error instanceof MissingPackageError) return { code: error.code, message: error.message, exit: EXIT.usage };
  const usage = userErrorOf(error);
  if (usage) return { code: usage.code, message: usage.message, exit: usage.exitCode };
  return {
    code: 'INTERNAL',
    message: `内部错误 / internal error：${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    exit: EXIT.usage,
  };
}

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code. Everything
 * it takes from its process — streams, working folder, environment, Ctrl-C — comes through `io`,
 * so tests run it in process.
 * @example
 * const code = await runCli(['validate', 'report.json'], { stdout, stderr, stdin, cwd, env, signal });
 */
export async function runCli(argv: readonly string[], io: CommandIO): Promise<ExitCode> {
  const wantsJson = argv.includes('--json');
  let name = argv[0] ?? '';
  try {
    const { flags, rest: args } = takeGlobalFlags(argv);
    const [first, ...rest] = args;
    name = first ?? '';
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      io.stdout.write(`${mainHelp()}\n`);
      return first === undefined ? EXIT.usage : EXIT.ok;
    }
    if (first === '--version' || first === '-v') {
      io.stdout.write(`${packageVersion()}\n`);
      return EXIT.ok;
    }
    const entry = COMMANDS.find((c) => c.name === first);
    if (!entry) throw unknownCommand(first);
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(`${commandHelp(command)}\n`);
      return EXIT.ok;
    }
    const parsed = parseCommandArgs(command, rest);
    return await command.run(parsed as never, {
      ...io,
      env: colorEnv(io.env, flags.color),
      quiet: flags.quiet,
      lang: flags.lang,
    });
  } catch (error) {
    const { code, message, exit } = await failureOf(error);
    if (wantsJson) printJson(io, envelope(name, exit, undefined, { code, message }));
    else io.stderr.write(`zfxxgk ${terminalSafe(name)}：${terminalSafe(message, { keepNewlines: true })}\n`);
    return exit;
  }
}
