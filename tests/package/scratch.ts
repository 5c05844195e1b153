/**
 * A scratch project outside the repository with the packed tarball installed, as a user's would
 * be: `npm pack`, then `npm install <tarball>` from npm's cache (the registry only for what the
 * cache lacks). Run `npm run build` first.
 */
import { execFile, execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { projectPath } from '../helpers/reports.js';

/** A scratch project with zfxxgk installed from its tarball. */
export interface Scratch {
  /** The project folder (holding node_modules/zfxxgk). */
  readonly dir: string;
  /** The packed tarball. */
  readonly tarball: string;
  /** Runs a command in the project; never rejects. Asynchronous, so that the test worker stays responsive. */
  run(command: string, args: readonly string[], options?: { env?: NodeJS.ProcessEnv }): Promise<Ran>;
  /** Writes a file into the project and returns its path. */
  write(relative: string, text: string): string;
  /** Installs packages into the project (from npm's cache where it can). */
  install(specs: readonly string[]): Promise<void>;
  /** Makes a new empty folder beside the project (removed with it) and returns its path. */
  emptyFolder(prefix: string): string;
  /** Removes everything. */
  remove(): void;
}

/** What a command did. */
export interface Ran {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const npmQuiet = ['--no-audit', '--no-fund', '--no-update-notifier', '--loglevel=error'];

/** Packs the package and installs the tarball into a new scratch project. */
export async function makeScratch(): Promise<Scratch> {
  refuseResolvableAbove(tmpdir());
  const root = mkdtempSync(join(tmpdir(), 'zfxxgk-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', root, ...npmQuiet], {
    cwd: projectPath(''),
    encoding: 'utf8',
  });
  const tarball = join(root, (JSON.parse(out) as { filename: string }[])[0]!.filename);
  const dir = join(root, 'project');
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'scratch', version: '1.0.0', private: true })}\n`);

  const run = (command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv } = {}) =>
    new Promise<Ran>((done) => {
      const env = { ...process.env, NO_COLOR: '1', ...options.env };
      execFile(
        command,
        [...args],
        { cwd: dir, encoding: 'utf8', timeout: 240_000, env, maxBuffer: 64e6 },
        (error, stdout, stderr) => {
          const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
          done({ status, stdout, stderr });
        },
      );
    });
  const install = async (specs: readonly string[]) => {
    // Offline first (fast, and no registry needed when the cache has it all); else the registry.
    for (const mode of ['--offline', '--prefer-offline']) {
      const r = await run('npm', ['install', mode, ...npmQuiet, ...specs]);
      if (r.status === 0) return;
      if (mode === '--prefer-offline') throw new Error(`npm install ${specs.join(' ')} failed:\n${r.stderr}`);
    }
  };
  await install([tarball]);
  return {
    dir,
    tarball,
    run,
    install,
    write: (relative, text) => {
      const path = join(dir, relative);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, text);
      return path;
    },
    emptyFolder: (prefix) => mkdtempSync(join(root, prefix)),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * Node looks for packages in every node_modules above a project: one above the temp folder (a
 * /tmp/node_modules left by someone) would hand the scratch project the optional packages it must
 * not have, and the tests of their absence would fail for the wrong reason. Say so plainly instead.
 */
function refuseResolvableAbove(dir: string): void {
  for (let at = resolve(dir); ; at = dirname(at)) {
    for (const name of ['node_modules', 'package.json']) {
      if (existsSync(join(at, name)))
        throw new Error(
          `${join(at, name)} is above the temp folder, so the scratch project would not be alone: point TMPDIR elsewhere`,
        );
    }
    if (dirname(at) === at) return;
  }
}

/** The size of a folder on disk, in bytes (apparent sizes of its files). */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += folderBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/** The names of the packages installed in a project's node_modules (scoped ones as `@scope/name`). */
export function installedPackages(dir: string): string[] {
  const names: string[] = [];
  const modules = join(dir, 'node_modules');
  for (const entry of readdirSync(modules)) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@')) for (const sub of readdirSync(join(modules, entry))) names.push(`${entry}/${sub}`);
    else names.push(entry);
  }
  return names.sort();
}

/** The ranges zfxxgk declares for its optional peer dependencies. */
export function optionalPeers(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as {
    peerDependencies?: Record<string, string>;
    peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  };
  return Object.fromEntries(
    Object.entries(pkg.peerDependencies ?? {}).filter(([name]) => pkg.peerDependenciesMeta?.[name]?.optional),
  );
}
