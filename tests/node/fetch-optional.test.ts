import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { npmCommand } from '../../src/node/npm-install.js';
import { projectPath } from '../helpers/reports.js';
import { fakeNpm, type FakeNpm } from './fake-npm.js';

const range = JSON.parse((await import('node:fs')).readFileSync(projectPath('package.json'), 'utf8')).peerDependencies[
  'puppeteer-core'
] as string;
const absent = () =>
  Promise.reject(
    Object.assign(new Error("Cannot find package 'puppeteer-core' imported from /app/dist/cli.js"), {
      code: 'ERR_MODULE_NOT_FOUND',
    }),
  );
type Driver = { launch: () => string; installedBy: number };

/** A fresh copy of the module, as a new process has: nothing fetched yet. */
async function fresh() {
  vi.resetModules();
  const fetch = await import('../../src/node/fetch-optional.js');
  const optional = await import('../../src/node/optional.js');
  return { ...fetch, ...optional };
}

let npm: FakeNpm;
beforeEach(() => {
  npm = fakeNpm();
});
afterEach(() => npm.remove());

describe('loadOrFetch (the CLI installs the PDF driver on first use)', () => {
  it('installs it once into the cache with npm, saying so, and loads it from there', async () => {
    const { loadOrFetch, cachedPackageDir, loadOptional } = await fresh();
    const notices: string[] = [];
    const driver = await loadOrFetch<Driver>('puppeteer-core', absent, {
      env: npm.env,
      notice: (l) => notices.push(l),
    });
    expect(driver.launch()).toBe('fake launch');
    const dir = cachedPackageDir('puppeteer-core', npm.env);
    expect(dir).toBe(join(npm.cache, 'zfxxgk', 'packages', `puppeteer-core@${range.replace('^', '_')}`));
    expect(existsSync(join(dir, 'node_modules/puppeteer-core/package.json'))).toBe(true);
    expect(readdirSync(join(dir, '..'))).toEqual([`puppeteer-core@${range.replace('^', '_')}`]);
    const [call] = npm.calls();
    expect(call?.args).toEqual(
      expect.arrayContaining(['install', '--prefix', '--no-save', '--omit=dev', `puppeteer-core@${range}`]),
    );
    expect(call?.skip).toBe('1');
    const install = `npm install "puppeteer-core@${range}"`;
    expect(notices).toEqual([
      `生成 PDF：需要 puppeteer-core，正在用 npm 安装到 ${dir}（约 46 MB，只需一次）；在项目中运行 ${install} 或设 ZFXXGK_NO_INSTALL=1 可免去此步 / ` +
        `installing puppeteer-core@${range} (about 46 MB, once) into the cache; ${install} or ZFXXGK_NO_INSTALL=1 avoids this`,
    ]);
    // The rest of the process (the PDF renderer's own loadOptional) finds it too.
    await expect(loadOptional('puppeteer-core', absent)).resolves.toBe(driver);
  });

  it('loads an earlier install from the cache without running npm again', async () => {
    const first = await fresh();
    await first.loadOrFetch('puppeteer-core', absent, { env: npm.env });
    const { loadOrFetch } = await fresh();
    const notices: string[] = [];
    const driver = await loadOrFetch<Driver>('puppeteer-core', absent, {
      env: npm.env,
      notice: (l) => notices.push(l),
    });
    expect(driver.launch()).toBe('fake launch');
    expect(npm.calls()).toHaveLength(1);
    expect(notices).toEqual([]);
  });

  it('uses the package installed beside zfxxgk when there is one, and never runs npm', async () => {
    const { loadOrFetch } = await fresh();
    const own = { launch: () => 'own' };
    await expect(loadOrFetch('puppeteer-core', async () => own, { env: npm.env })).resolves.toBe(own);
    expect(npm.calls()).toEqual([]);
  });

  it('with ZFXXGK_NO_INSTALL=1 installs nothing and names the package to add', async () => {
    const { loadOrFetch, MissingPackageError } = await fresh();
    const error = await loadOrFetch('puppeteer-core', absent, { env: { ...npm.env, ZFXXGK_NO_INSTALL: '1' } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MissingPackageError);
    expect((error as Error).message).toContain(`npm install "puppeteer-core@${range}"`);
    expect(npm.calls()).toEqual([]);
    expect(existsSync(join(npm.cache, 'zfxxgk'))).toBe(false);
  });

  it('when npm fails (offline), says so with npm’s reason and the command, and leaves nothing behind', async () => {
    const { loadOrFetch, PackageInstallError, cachedPackageDir } = await fresh();
    const error = await loadOrFetch('puppeteer-core', absent, { env: { ...npm.env, FAKE_NPM: 'offline' } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PackageInstallError);
    expect(error).toMatchObject({
      code: 'PACKAGE_INSTALL_FAILED',
      packageName: 'puppeteer-core',
      reason:
        'network request to https://registry.npmjs.org/puppeteer-core failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org',
      install: `npm install "puppeteer-core@${range}"`,
    });
    expect((error as Error).message).toMatch(/^生成 PDF：需要 puppeteer-core，自动安装失败（npm：network request to/);
    expect((error as Error).message).toContain('Rendering PDF needs the package puppeteer-core');
    expect(readdirSync(join(cachedPackageDir('puppeteer-core', npm.env), '..'))).toEqual([]);
  });

  it('two processes installing at once both load it, and one finished install stays', async () => {
    const env = { ...npm.env, FAKE_NPM_DELAY_MS: '300' };
    const a = await fresh();
    const b = await fresh();
    const [one, two] = await Promise.all([
      a.loadOrFetch<Driver>('puppeteer-core', absent, { env }),
      b.loadOrFetch<Driver>('puppeteer-core', absent, { env }),
    ]);
    expect(one.launch()).toBe('fake launch');
    expect(two.launch()).toBe('fake launch');
    expect(npm.calls()).toHaveLength(2);
    const parent = join(a.cachedPackageDir('puppeteer-core', env), '..');
    expect(readdirSync(parent)).toEqual([`puppeteer-core@${range.replace('^', '_')}`]);
  });

  it('never uses a half install: a dead install’s folder is ignored, then removed once old', async () => {
    const { loadOrFetch, cachedPackageDir } = await fresh();
    const parent = join(cachedPackageDir('puppeteer-core', npm.env), '..');
    const dead = join(parent, '.install-dead');
    mkdirSync(join(dead, 'node_modules/puppeteer-core'), { recursive: true });
    writeFileSync(join(dead, 'node_modules/puppeteer-core/index.js'), 'exports.launch = () => "half";');
    const twoHoursAgo = new Date(Date.now() - 7_200_000);
    utimesSync(dead, twoHoursAgo, twoHoursAgo);
    const driver = await loadOrFetch<Driver>('puppeteer-core', absent, { env: npm.env });
    expect(driver.launch()).toBe('fake launch');
    expect(readdirSync(parent)).toEqual([`puppeteer-core@${range.replace('^', '_')}`]);
  });
});

describe('npmCommand', () => {
  it('runs the npm that runs us (npx), else npm on the PATH (pnpm and yarn take other flags)', () => {
    expect(npmCommand({ npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js', npm_node_execpath: '/n' })).toEqual({
      file: '/n',
      args: ['/usr/lib/node_modules/npm/bin/npm-cli.js'],
      shell: false,
    });
    expect(npmCommand({ npm_execpath: '/x/pnpm/bin/pnpm.cjs' }, 'linux')).toEqual({
      file: 'npm',
      args: [],
      shell: false,
    });
    expect(npmCommand({}, 'win32')).toEqual({ file: 'npm.cmd', args: [], shell: true });
  });
});
