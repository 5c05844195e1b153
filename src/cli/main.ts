/**
 * The CLI's dispatcher: finds the command, parses its options, prints help, and turns every
 * failure into an exit code and a message. Returns the exit code; only `bin.ts` exits.
 */
import { parseArgs } from 'node:util';
import { EXIT, UsageError, type CommandIO, type CommandSpec, type ExitCode, type OptionsConfig } from './command.js';
import { aggregateCommand } from './commands/aggregate.js';
import { batchCommand } from './commands/batch.js';
import { fontsCommand } from './commands/fonts.js';
import { importCommand } from './commands/import.js';
import { initCommand } from './commands/init.js';
import { renderCommand } from './commands/render.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import { packageVersion } from './io.js';
import { MissingPackageError } from '../node/optional.js';
import { envelope, printJson, terminalSafe } from './output.js';
import { userErrorOf } from './user-errors.js';

// Each command is listed once, here.
const COMMANDS: readonly CommandSpec<OptionsConfig>[] = [
  validateCommand,
  renderCommand,
  batchCommand,
  initCommand,
  aggregateCommand,
  importCommand,
  schemaCommand,
  fontsCommand,
] as unknown as CommandSpec<OptionsConfig>[];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `zfxxgk ${packageVersion()} — 政府信息公开工作年度报告工具 / government information disclosure annual reports`,
    '',
    '用法 / usage: zfxxgk <命令> [选项]',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    '每个命令都有 --help；--json 输出统一的 JSON 信封。退出码：0 正常，1 报告有错误，2 用法或文件问题。',
    'Every command has --help; --json prints one stable envelope. Exit codes: 0 ok, 1 a report has errors, 2 usage or I/O.',
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
    `  ${'--help'.padEnd(22)} 显示本帮助 / show this help`,
  ].join('\n');
}

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code. Everything
 * it takes from its process — streams, working folder, environment, Ctrl-C — comes through `io`,
 * so tests run it in process.
 * @example
 * const code = await runCli(['validate', 'report.json'], { stdout, stderr, stdin, cwd, env, signal });
 */
export async function runCli(argv: readonly string[], io: CommandIO): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${mainHelp()}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  const wantsJson = rest.includes('--json');
  try {
    if (!command) throw new UsageError(`未知命令 ${name}。可用命令：${COMMANDS.map((c) => c.name).join('、')}`, 'UNKNOWN_COMMAND');
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(`${commandHelp(command)}\n`);
      return EXIT.ok;
    }
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(`${(error as Error).message}\n运行 zfxxgk ${command.name} --help 查看用法`);
    }
    return await command.run(parsed as never, io);
  } catch (error) {
    // A mistake of the user's (a bad template, no Chromium, a render over time) says how to fix it;
    // a missing optional package is a set-up problem with its own message, like a usage error.
    const usage = error instanceof MissingPackageError ? error : userErrorOf(error);
    const code = usage ? usage.code : 'INTERNAL';
    const message = usage ? usage.message : `内部错误：${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    if (wantsJson) printJson(io, envelope(name, EXIT.usage, undefined, { code, message }));
    else io.stderr.write(`zfxxgk ${terminalSafe(name)}：${terminalSafe(message, { keepNewlines: true })}\n`);
    return EXIT.usage;
  }
}
