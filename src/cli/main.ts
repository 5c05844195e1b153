/**
 * The CLI's dispatcher: takes the global options, finds the command (suggesting the nearest for a
 * typo), loads it and hands it its arguments. Returns the exit code; only `bin.ts` exits. Each
 * command is loaded only when run, with its own runner (run-command.ts: options, help, failures),
 * so `--help` and every command load only what they use.
 */
import { EXIT, UsageError, type CommandIO, type ExitCode } from './command.js';
import { globalHelp, EXIT_CODES_TEXT } from './help.js';
import { takeGlobalFlags } from './global-flags.js';
import { reportFailure, terminalSafe } from './output.js';
import { COMMANDS } from './registry.js';
import { closestWord } from './suggest.js';
import { packageVersion } from '../node/package-root.js';

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

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code. Everything
 * it takes from its process — streams, working folder, environment, Ctrl-C — comes through `io`,
 * so tests run it in process.
 * @example
 * const code = await runCli(['validate', 'report.json'], { stdout, stderr, stdin, cwd, env, signal });
 */
export async function runCli(argv: readonly string[], io: CommandIO): Promise<ExitCode> {
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
    return await (await entry.load()).execute(rest, io, flags);
  } catch (error) {
    // Only the dispatcher's own failures land here (a bad global option, an unknown command, a
    // command that could not be loaded): a command's runner prints its own.
    const failure =
      error instanceof UsageError
        ? { code: error.code, message: error.message, exit: error.exitCode }
        : {
            code: 'INTERNAL',
            message: `内部错误 / internal error：${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
            exit: EXIT.usage,
          };
    reportFailure(io, name, argv.includes('--json'), failure);
    return failure.exit;
  }
}
