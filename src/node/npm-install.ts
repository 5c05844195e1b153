/**
 * Runs npm to install packages into a folder of their own: the npm that runs us when there is one
 * (`npx zfxxgk …` sets `npm_execpath`), else `npm` on the PATH.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

/** How to start npm: a program and the arguments that come before npm's own. */
export interface NpmCommand {
  readonly file: string;
  readonly args: readonly string[];
  /** True for `npm.cmd` on Windows, which only a shell can start. */
  readonly shell: boolean;
}

/**
 * The npm to run. `npm_execpath` names npm's own script when npm started us (`npx`, `npm exec`,
 * an npm script); pnpm and yarn set it to theirs, whose install takes other flags, so for them
 * (and when it is unset) it is `npm` on the PATH.
 * @param env the environment (`npm_execpath`, `npm_node_execpath`)
 * @param platform the operating system (`npm.cmd` on Windows)
 * @returns the program and the arguments before npm's own
 * @example npmCommand({ npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js' })
 * // { file: process.execPath, args: ['/usr/lib/node_modules/npm/bin/npm-cli.js'], shell: false }
 */
export function npmCommand(env: Env, platform: NodeJS.Platform = process.platform): NpmCommand {
  const execpath = env['npm_execpath'];
  const node = env['npm_node_execpath'] || process.execPath;
  if (execpath) {
    if (basename(execpath) === 'npm-cli.js') return { file: node, args: [execpath], shell: false };
    const npm = join(dirname(execpath), 'npm-cli.js');
    if (basename(execpath) === 'npx-cli.js' && existsSync(npm)) return { file: node, args: [npm], shell: false };
  }
  return platform === 'win32' ? { file: 'npm.cmd', args: [], shell: true } : { file: 'npm', args: [], shell: false };
}

/** npm did not install what it was asked to. */
export class NpmInstallError extends Error {
  override readonly name = 'NpmInstallError';
  /**
   * @param reason the first telling line of npm's error output (or why npm could not start)
   * @param options npm's exit as `cause`
   */
  constructor(
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`npm install failed: ${reason}`, options);
  }
}

/**
 * Installs `specs` into `prefix` (which holds a package.json): production dependencies only, no
 * lock file, no audit, nothing saved. Puppeteer's browser download is switched off.
 * @param prefix the folder to install into
 * @param specs what to install, e.g. `puppeteer-core@^24.43.1`
 * @param env the environment npm runs in (its registry, cache and proxy settings come from there)
 * @throws NpmInstallError when npm cannot start or exits with an error
 * @example await npmInstall('/tmp/x', ['puppeteer-core@^24.43.1'], process.env);
 */
export function npmInstall(prefix: string, specs: readonly string[], env: Env): Promise<void> {
  const npm = npmCommand(env);
  const args = [
    ...npm.args,
    'install',
    '--prefix',
    prefix,
    '--no-save',
    '--no-package-lock',
    '--omit=dev',
    '--no-audit',
    '--no-fund',
    '--no-update-notifier',
    '--loglevel=error',
    ...specs,
  ];
  // A shell splits on spaces and reads `^` (cmd.exe): each argument is quoted for it.
  const shown = npm.shell ? args.map((a) => `"${a}"`) : args;
  return new Promise((done, fail) => {
    execFile(
      npm.file,
      shown,
      { cwd: prefix, env: npmEnv(env), shell: npm.shell, timeout: 600_000, maxBuffer: 32e6, windowsHide: true },
      (error, _stdout, stderr) => {
        if (!error) return done();
        fail(new NpmInstallError(firstReason(String(stderr)) ?? error.message.split('\n')[0]!, { cause: error }));
      },
    );
  });
}

/**
 * The environment of the install. When npm started us, it left settings of its own run behind
 * (`npm_config_local_prefix`, `npm_config_global`, the running package's `npm_package_*`): they
 * would point this install elsewhere. The user's registry, cache and proxy settings stay.
 */
function npmEnv(env: Env): Record<string, string | undefined> {
  const kept = Object.entries(env).filter(
    ([key]) => !/^npm_(package_|lifecycle_|command$|config_local_prefix$|config_global$)/i.test(key),
  );
  return { ...Object.fromEntries(kept), PUPPETEER_SKIP_DOWNLOAD: '1' };
}

/**
 * The line of npm's error output that says what went wrong: npm writes `npm error code ENOTFOUND`,
 * `npm error syscall …`, then the sentence; the code and the sentence are kept.
 */
function firstReason(stderr: string): string | undefined {
  const lines = stderr
    .split(/\r?\n/)
    .map((l) => l.replace(/^npm (error|ERR!)\s*/, '').trim())
    .filter(Boolean);
  const code = lines.find((l) => /^code\s/.test(l))?.slice(5);
  const sentence = lines.find((l) => !/^(code|errno|syscall|path|dest)\s/.test(l) && !/^A complete log/.test(l));
  if (!sentence) return code;
  return code && !sentence.includes(code) ? `${code}: ${sentence}` : sentence;
}
