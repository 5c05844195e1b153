/**
 * The CLI's first-use install of the PDF driver. `npx zfxxgk render x.json -o x.pdf` on a machine
 * with Chromium should simply work, yet `npm install zfxxgk` must not bring the ~50 MB driver to a
 * user who only validates. So the CLI — never the SDK, never `zfxxgk serve` — installs the driver
 * once with npm into the user's cache (`~/.cache/zfxxgk/packages/`) and loads it from there.
 *
 * The install goes into a temporary folder that is renamed into place when npm has finished: a
 * half install (npm killed, disk full) is never used, and two processes installing at once each
 * finish their own copy and one rename wins. `ZFXXGK_NO_INSTALL=1` turns the install off.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cacheRoot } from './cache-dir.js';
import { NpmInstallError, npmInstall } from './npm-install.js';
import { loadOptional, MissingPackageError, OPTIONAL_PACKAGES, optionalRange, provideOptional } from './optional.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The packages the CLI may install on first use, and their install size (measured, for the notice). */
export const FETCHABLE_PACKAGES = {
  // npm install puppeteer-core@24.43.1 --omit=dev: 81 packages, 46 MB of files (57 MB on disk).
  'puppeteer-core': { megabytes: 46 },
} as const;

/** A package the CLI may install on first use. */
export type FetchablePackage = keyof typeof FETCHABLE_PACKAGES;

/** The environment variable that turns the first-use install off. */
export const NO_INSTALL_ENV = 'ZFXXGK_NO_INSTALL';

/** What {@link loadOrFetch} needs. */
export interface FetchOptions {
  /** Read for `ZFXXGK_NO_INSTALL`, the cache folder (`XDG_CACHE_HOME`) and npm's settings. */
  readonly env: Env;
  /** Told one line before an install starts (left out under `--quiet`). */
  readonly notice?: (line: string) => void;
}

/** npm could not install a package the CLI needs (offline, a registry error). */
export class PackageInstallError extends Error {
  override readonly name = 'PackageInstallError';
  readonly code = 'PACKAGE_INSTALL_FAILED';
  /** The command the user can run instead, as {@link MissingPackageError} names it. */
  readonly install: string;

  /**
   * @param packageName the package that could not be installed
   * @param reason npm's first telling error line
   * @param install the command that installs it by hand
   * @param options npm's error as `cause`
   */
  constructor(
    readonly packageName: FetchablePackage,
    readonly reason: string,
    install: string,
    options?: ErrorOptions,
  ) {
    const purpose = OPTIONAL_PACKAGES[packageName];
    super(
      `${purpose.zh}：需要 ${packageName}，自动安装失败（npm：${reason}）。请运行：${install}\n` +
        `${purpose.en} needs the package ${packageName}, which could not be installed (npm: ${reason}). Run: ${install}`,
      options,
    );
    this.install = install;
  }
}

/**
 * Loads an optional package: from where zfxxgk is installed when it is there, else from the
 * user's cache, installing it there first when it is not (saying so through `notice`). Afterwards
 * {@link loadOptional} finds it too, for the rest of the process.
 * @param name the package
 * @param load the `import()` of it, as for {@link loadOptional}
 * @param options the environment and where to say that an install starts
 * @returns what `load` would give
 * @throws MissingPackageError when it is not installed and `ZFXXGK_NO_INSTALL` is set;
 *   PackageInstallError when npm fails
 * @example await loadOrFetch('puppeteer-core', () => import('puppeteer-core'), { env: process.env });
 */
export async function loadOrFetch<T>(
  name: FetchablePackage,
  load: () => Promise<T>,
  options: FetchOptions,
): Promise<T> {
  try {
    return await loadOptional(name, load);
  } catch (error) {
    if (!(error instanceof MissingPackageError)) throw error;
    const dir = cachedPackageDir(name, options.env);
    if (!isInstalled(dir, name)) {
      if (optedOut(options.env)) throw error;
      await installInto(dir, name, error.install, options);
    }
    const entry = createRequire(join(dir, 'package.json')).resolve(name);
    const loaded = (await import(pathToFileURL(entry).href)) as T;
    provideOptional(name, async () => loaded);
    return loaded;
  }
}

/**
 * The folder the CLI installs `name` into: one per version range zfxxgk asks for, so that a newer
 * zfxxgk asking for a newer driver gets its own.
 * @param name the package
 * @param env read for `XDG_CACHE_HOME`
 * @returns e.g. `~/.cache/zfxxgk/packages/puppeteer-core@_24.43.1`
 * @example cachedPackageDir('puppeteer-core', process.env)
 */
export function cachedPackageDir(name: FetchablePackage, env: Env): string {
  const folder = `${name}@${optionalRange(name) ?? 'latest'}`.replace(/[^\w.@-]/g, '_');
  return join(cacheRoot(env), 'packages', folder);
}

/** Whether the user turned the install off (`ZFXXGK_NO_INSTALL=1`; `0`, `false` and empty do not). */
function optedOut(env: Env): boolean {
  const value = env[NO_INSTALL_ENV]?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

/** Whether `dir` holds a finished install of `name` (it only ever appears finished: see installInto). */
function isInstalled(dir: string, name: string): boolean {
  return existsSync(join(dir, 'node_modules', name, 'package.json'));
}

async function installInto(dir: string, name: FetchablePackage, install: string, options: FetchOptions): Promise<void> {
  const range = optionalRange(name);
  const spec = range ? `${name}@${range}` : name;
  const megabytes = FETCHABLE_PACKAGES[name].megabytes;
  options.notice?.(
    `${OPTIONAL_PACKAGES[name].zh}：需要 ${name}，正在用 npm 安装到 ${dir}（约 ${megabytes} MB，只需一次）；` +
      `在项目中运行 ${install} 或设 ${NO_INSTALL_ENV}=1 可免去此步 / ` +
      `installing ${spec} (about ${megabytes} MB, once) into the cache; ${install} or ${NO_INSTALL_ENV}=1 avoids this`,
  );
  const parent = join(dir, '..');
  await mkdir(parent, { recursive: true });
  await removeAbandoned(parent);
  const temporary = await mkdtemp(join(parent, '.install-'));
  try {
    await writeFile(
      join(temporary, 'package.json'),
      '{ "private": true, "description": "zfxxgk: installed on first use" }\n',
    );
    await npmInstall(temporary, [spec], options.env).catch((error: unknown) => {
      if (error instanceof NpmInstallError)
        throw new PackageInstallError(name, error.reason, install, { cause: error });
      throw error;
    });
    if (!isInstalled(temporary, name))
      throw new PackageInstallError(name, `npm finished without installing ${spec}`, install);
    await moveIntoPlace(temporary, dir, name);
  } finally {
    await rm(temporary, { recursive: true, force: true, maxRetries: 3 });
  }
}

/**
 * Renames a finished install to its place. Another process may have put its own there meanwhile:
 * then that one is used and ours is dropped. A folder there without the package (emptied by hand)
 * is replaced.
 */
async function moveIntoPlace(temporary: string, dir: string, name: string): Promise<void> {
  try {
    await rename(temporary, dir);
    return;
  } catch (error) {
    if (!['EEXIST', 'ENOTEMPTY', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
  if (isInstalled(dir, name)) return;
  const broken = `${temporary}-broken`;
  await rename(dir, broken);
  await rename(temporary, dir);
  await rm(broken, { recursive: true, force: true, maxRetries: 3 });
}

/** Temporary folders of installs that died (killed, power lost) more than an hour ago. */
async function removeAbandoned(parent: string): Promise<void> {
  const hourAgo = Date.now() - 3_600_000;
  for (const entry of await readdir(parent)) {
    if (!entry.startsWith('.install-')) continue;
    const path = join(parent, entry);
    const info = await stat(path).catch(() => undefined);
    if (info && info.mtimeMs < hourAgo) await rm(path, { recursive: true, force: true });
  }
}
