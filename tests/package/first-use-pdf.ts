/**
 * Plain `npx zfxxgk render x.json -o x.pdf` in a project that installed zfxxgk without its
 * optional packages, on a machine with Chromium: the CLI installs puppeteer-core into the user's
 * cache once (src/node/fetch-optional.ts), then renders. Part of tarball.test.ts, which owns the
 * scratch project.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo } from '../helpers/pdf-tools.js';
import { defaultFontDir } from '../../src/pdf/fonts.js';
import { fakeNpm } from '../node/fake-npm.js';
import { folderBytes, installedPackages, optionalPeers, type Scratch } from './scratch.js';

/** The tests of the first-use install, on the scratch project that `scratch()` gives once it is made. */
export function describeFirstUsePdf(scratch: () => Scratch): void {
  describe('npx zfxxgk render x.json -o x.pdf without puppeteer-core: the CLI fetches it once', () => {
    // A fresh cache for the driver; the fonts prepared by the set-up stay where they are.
    let cache: string;
    const env = () => ({
      XDG_CACHE_HOME: cache,
      ZFXXGK_FONT_DIR: defaultFontDir(process.env),
      // From npm's cache (filled by npm ci), the registry only for what it lacks.
      npm_config_prefer_offline: 'true',
    });
    const driverDir = () =>
      join(cache, 'zfxxgk/packages', `puppeteer-core@${optionalPeers()['puppeteer-core']}`.replace(/[^\w.@-]/g, '_'));
    const render = async (output: string) => {
      const example = join(scratch().dir, 'node_modules/zfxxgk/examples/gongbujiangda-2023.json');
      const started = Date.now();
      const ran = await scratch().run('npx', ['--no-install', 'zfxxgk', 'render', example, '-o', output], {
        env: env(),
      });
      return { ...ran, seconds: (Date.now() - started) / 1000 };
    };
    beforeAll(() => {
      cache = scratch().emptyFolder('cache-');
    });
    // Each test but the last uses the real npm; the last a stand-in that fails, with its own empty cache.

    it('installs the driver into the cache, saying so on stderr, and writes the PDF', async () => {
      const first = await render('out/first.pdf');
      expect(first.stderr).toMatch(
        /^生成 PDF：需要 puppeteer-core，正在用 npm 安装到 .*（约 46 MB，只需一次）.*ZFXXGK_NO_INSTALL=1 avoids this\n$/,
      );
      expect(first.status).toBe(0);
      expect(Number(pdfInfo(join(scratch().dir, 'out/first.pdf'))['Pages'])).toBeGreaterThanOrEqual(1);
      expect(existsSync(join(driverDir(), 'node_modules/puppeteer-core/package.json'))).toBe(true);
      // The project itself is left as it was: the driver is in the cache only.
      expect(installedPackages(scratch().dir)).not.toContain('puppeteer-core');
      const megabytes = folderBytes(driverDir()) / 1e6;
      console.log(
        `first PDF (install + render): ${first.seconds.toFixed(1)} s; driver in the cache: ${megabytes.toFixed(1)} MB`,
      );
    }, 300_000);

    it('uses the cached driver on later runs without installing again', async () => {
      const installed = statSync(driverDir()).ino;
      const again = await render('out/again.pdf');
      expect(again.stderr).toBe('');
      expect(again.status).toBe(0);
      expect(Number(pdfInfo(join(scratch().dir, 'out/again.pdf'))['Pages'])).toBeGreaterThanOrEqual(1);
      expect(statSync(driverDir()).ino).toBe(installed);
      console.log(`later PDF (cached driver): ${again.seconds.toFixed(1)} s`);
    }, 120_000);

    it('when npm fails (offline) exits 2 with npm’s reason and the command; --quiet keeps the notice back', async () => {
      // The bin itself, not through npx (which would set npm_execpath to the real npm).
      const npm = fakeNpm();
      try {
        const example = join(scratch().dir, 'node_modules/zfxxgk/examples/gongbujiangda-2023.json');
        const bin = join(scratch().dir, 'node_modules/zfxxgk/dist/cli.js');
        const ran = await scratch().run(
          process.execPath,
          [bin, 'render', example, '-o', 'out/offline.pdf', '--quiet'],
          {
            env: { ...env(), ...npm.env, FAKE_NPM: 'offline' },
          },
        );
        expect(ran.status).toBe(2);
        const install = `npm install "puppeteer-core@${optionalPeers()['puppeteer-core']}"`;
        expect(ran.stderr).toBe(
          `zfxxgk render：生成 PDF：需要 puppeteer-core，自动安装失败（npm：network request to https://registry.npmjs.org/puppeteer-core failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org）。请运行：${install}\n` +
            `Rendering PDF needs the package puppeteer-core, which could not be installed (npm: network request to https://registry.npmjs.org/puppeteer-core failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org). Run: ${install}\n`,
        );
        expect(npm.calls()).toHaveLength(1);
        expect(existsSync(join(scratch().dir, 'out/offline.pdf'))).toBe(false);
      } finally {
        npm.remove();
      }
    }, 60_000);
  });
}
