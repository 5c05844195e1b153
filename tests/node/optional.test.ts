import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadOptional, loadOptionalTogether, MissingPackageError, OPTIONAL_PACKAGES } from '../../src/node/optional.js';
import { projectPath } from '../helpers/reports.js';

const pkg = JSON.parse(readFileSync(projectPath('package.json'), 'utf8'));
const notFound = (message: string, code = 'ERR_MODULE_NOT_FOUND') => Object.assign(new Error(message), { code });

describe('loadOptional', () => {
  it('lists exactly the optional peer dependencies of package.json', () => {
    const optionalPeers = Object.keys(pkg.peerDependencies).filter((name) => pkg.peerDependenciesMeta[name]?.optional);
    expect(Object.keys(OPTIONAL_PACKAGES).sort()).toEqual(optionalPeers.sort());
  });

  it('returns what the package gives when it loads', async () => {
    await expect(loadOptional('mammoth', async () => ({ convertToHtml: 1 }))).resolves.toEqual({ convertToHtml: 1 });
  });

  it.each([
    [
      'ESM',
      "Cannot find package 'pdfjs-dist' imported from /app/node_modules/zfxxgk/dist/pdf.js",
      'ERR_MODULE_NOT_FOUND',
    ],
    [
      'CommonJS',
      "Cannot find module 'pdfjs-dist/legacy/build/pdf.mjs'\nRequire stack:\n- /app/x.cjs",
      'MODULE_NOT_FOUND',
    ],
  ])(
    'names the package and the command to install it, in Chinese and English, when %s cannot find it',
    async (_, message, code) => {
      const cause = notFound(message, code);
      const error = await loadOptional('pdfjs-dist', () => Promise.reject(cause)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MissingPackageError);
      const install = `npm install "pdfjs-dist@${pkg.peerDependencies['pdfjs-dist']}"`;
      expect(error).toMatchObject({ code: 'MISSING_PACKAGE', packageName: 'pdfjs-dist', install, cause });
      expect((error as Error).message).toBe(
        `导入 PDF：需要 pdfjs-dist，但它没有安装。请运行：${install}\n` +
          `Importing PDF needs the package pdfjs-dist, which is not installed. Run: ${install}`,
      );
    },
  );

  it('passes on any other failure unchanged: a package of its own missing, or an error while loading', async () => {
    const inner = notFound("Cannot find package 'jszip' imported from /app/node_modules/mammoth/lib/zipfile.js");
    await expect(loadOptional('mammoth', () => Promise.reject(inner))).rejects.toBe(inner);
    const broken = new SyntaxError('Unexpected token');
    await expect(loadOptional('puppeteer-core', () => Promise.reject(broken))).rejects.toBe(broken);
  });
});

describe('loadOptionalTogether', () => {
  const missing = (name: string) => () =>
    Promise.reject(notFound(`Cannot find package '${name}' imported from /app/x.js`));

  it('names every package missing, and one command that installs them all', async () => {
    const error = await loadOptionalTogether([
      ['fastify', missing('fastify')],
      ['@fastify/multipart', async () => ({})],
      ['prom-client', missing('prom-client')],
      ['zod-openapi', missing('zod-openapi')],
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingPackageError);
    const spec = (name: string) => `"${name}@${pkg.peerDependencies[name]}"`;
    const install = `npm install ${spec('fastify')} ${spec('prom-client')} ${spec('zod-openapi')}`;
    expect(error).toMatchObject({
      packageName: 'fastify',
      packageNames: ['fastify', 'prom-client', 'zod-openapi'],
      install,
    });
    expect((error as Error).message).toBe(
      `运行报告服务（zfxxgk serve / edit）：需要 fastify、prom-client、zod-openapi，但它们没有安装。请运行：${install}\n` +
        `Running the report service (zfxxgk serve / edit) needs the packages fastify, prom-client, zod-openapi, which are not installed. Run: ${install}`,
    );
  });

  it('resolves when all load, and passes on a failure other than a missing package', async () => {
    await expect(loadOptionalTogether([['fastify', async () => ({})]])).resolves.toBeUndefined();
    const broken = new SyntaxError('Unexpected token');
    await expect(
      loadOptionalTogether([
        ['fastify', missing('fastify')],
        ['prom-client', () => Promise.reject(broken)],
      ]),
    ).rejects.toBe(broken);
  });
});
