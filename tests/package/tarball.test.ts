/**
 * The packed tarball, installed into a scratch project as a user installs it: every entry point
 * loads through `require` and `import` and works; a CommonJS TypeScript project type-checks and
 * runs; the plain install brings no Chromium driver and no document readers, and the features that
 * need them say which package to install, except that the CLI fetches the PDF driver on first use
 * (first-use-pdf.ts); the core and zfxxgk/html, bundled from it for the browser, run in Chromium
 * (in-browser.ts); once installed, PDF output and import work (from CommonJS too, where pdfjs-dist
 * is ESM only). Needs `npm run build` first; one scratch project serves every case.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../helpers/reports.js';
import { OPTIONAL_PACKAGES } from '../../src/node/optional.js';
import { describeFirstUsePdf } from './first-use-pdf.js';
import { describeInBrowser } from './in-browser.js';
import { CJS_SCRIPT, type ConsumerReport, ENTRY_POINTS, ESM_SCRIPT } from './consumer-script.js';
import { folderBytes, installedPackages, makeScratch, optionalPeers, type Scratch } from './scratch.js';

const fixtures = {
  text: projectPath('tests/fixtures/gongbujiangda-2023.txt'),
  pdf: projectPath('tests/fixtures/huaian-city-2024.pdf'),
  docx: projectPath('tests/fixtures/national-template-2021.docx'),
};

let scratch: Scratch;
const consumer = async (script: string): Promise<ConsumerReport> => {
  const r = await scratch.run(process.execPath, [script], { env: { ZFXXGK_FIXTURES: JSON.stringify(fixtures) } });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as ConsumerReport;
};
const tsc = projectPath('node_modules/typescript/bin/tsc');

// A CommonJS TypeScript consumer of the core, HTML, Word and import; `module` is set per case
// (commonjs = node10 resolution, node16). zfxxgk/pdf's types use puppeteer-core's, so it is left out.
const TS_CONSUMER = `import { readFileSync } from 'fs';
import { validate, type Issue, type Report } from 'zfxxgk';
import { createHtmlRenderer, type HtmlResult } from 'zfxxgk/html';
import { createDocxRenderer } from 'zfxxgk/docx';
import { importReport, type ImportResult } from 'zfxxgk/import';

async function main(): Promise<void> {
  const result = validate(readFileSync(require.resolve('zfxxgk/package.json').replace(/package\\.json$/, 'examples/gongbujiangda-2023.json'), 'utf8'));
  const issues: readonly Issue[] = result.issues;
  const report: Report | undefined = result.report;
  const html: HtmlResult = await createHtmlRenderer().render(result);
  const docx = await createDocxRenderer().render(result);
  const imported: ImportResult = await importReport('一、总体情况\\n无。', { kind: 'text' });
  console.log(JSON.stringify({ ok: result.ok, issues: issues.length, agency: report?.agency, html: html.body.length > 1000, docx: docx.body.length > 1000, imported: typeof imported.complete }));
}
main().catch((e) => { console.error(e); process.exit(1); });
`;

beforeAll(async () => {
  expect(existsSync(projectPath('dist/index.cjs')), 'run npm run build first').toBe(true);
  scratch = await makeScratch();
}, 300_000);
afterAll(() => scratch?.remove());

describe('the packed tarball, installed without its optional packages', () => {
  it('brings no Chromium driver and no PDF or Word reader, and stays small', () => {
    const installed = installedPackages(scratch.dir);
    for (const heavy of [...Object.keys(optionalPeers()), '@napi-rs/canvas', 'chromium-bidi', 'devtools-protocol']) {
      expect(installed, heavy).not.toContain(heavy);
    }
    const megabytes = folderBytes(join(scratch.dir, 'node_modules')) / 1e6;
    console.log(`core install: ${installed.length} packages, ${megabytes.toFixed(1)} MB`);
    // 179 MB before puppeteer-core, pdfjs-dist and mammoth became optional; most of the rest is date-fns.
    expect(megabytes).toBeLessThan(40);
  });

  it('declares exactly the packages that src/node/optional.ts loads as optional peers', () => {
    expect(Object.keys(optionalPeers()).sort()).toEqual(Object.keys(OPTIONAL_PACKAGES).sort());
    expect(Object.keys(optionalPeers())).toEqual(expect.arrayContaining(['mammoth', 'pdfjs-dist', 'puppeteer-core']));
  });

  it.each([
    ['require (CommonJS)', 'check.cjs', CJS_SCRIPT],
    ['import (ESM)', 'check.mjs', ESM_SCRIPT],
  ])(
    'loads every entry point through %s and renders HTML and Word; PDF and import name the package to install',
    async (_, file, script) => {
      const report = await consumer(scratch.write(file, script));
      for (const entry of ENTRY_POINTS) expect(report.exports[entry]!.length, entry).toBeGreaterThan(2);
      expect(report.exports.zfxxgk).toContain('validate');
      expect(report.exports['zfxxgk/pdf']).toContain('MissingPackageError');
      expect(report.schemaId).toMatch(/json-schema\.org/);
      expect(report.version).toBe(JSON.parse(readFileSync(projectPath('package.json'), 'utf8')).version);
      expect(report.valid).toBe(true);
      expect(report.html).toEqual({ mediaType: 'text/html', hasAgency: true });
      expect(report.docx.zip).toBe(true);
      expect(report.textImport.cells).toBeGreaterThan(100);
      const peers = optionalPeers();
      for (const [feature, name] of [
        ['pdfRender', 'puppeteer-core'],
        ['pdfImport', 'pdfjs-dist'],
        ['docxImport', 'mammoth'],
      ] as const) {
        const outcome = report.optional[feature];
        expect(outcome, feature).toMatchObject({ ok: false, name: 'MissingPackageError', code: 'MISSING_PACKAGE' });
        expect(outcome.ok === false && outcome.message, feature).toContain(`npm install "${name}@${peers[name]}"`);
      }
    },
  );

  it('exports the same names through require and import', async () => {
    const cjs = (await consumer(scratch.write('same.cjs', CJS_SCRIPT))).exports;
    const esm = (await consumer(scratch.write('same.mjs', ESM_SCRIPT))).exports;
    expect(cjs).toEqual(esm);
  });

  it.each(['commonjs', 'node16'])(
    'type-checks and runs a CommonJS TypeScript project (module %s)',
    async (module) => {
      scratch.write(`ts-${module}/index.ts`, TS_CONSUMER);
      scratch.write(
        `ts-${module}/tsconfig.json`,
        JSON.stringify({
          compilerOptions: {
            module,
            target: 'es2022',
            strict: true,
            esModuleInterop: true,
            skipLibCheck: false,
            outDir: 'out',
            types: ['node'],
            typeRoots: [projectPath('node_modules/@types')],
          },
          files: ['index.ts'],
        }),
      );
      const compiled = await scratch.run(process.execPath, [tsc, '-p', `ts-${module}`]);
      expect(compiled.stdout + compiled.stderr).toBe('');
      expect(compiled.status).toBe(0);
      const ran = await scratch.run(process.execPath, [`ts-${module}/out/index.js`]);
      expect(ran.stderr).toBe('');
      expect(JSON.parse(ran.stdout)).toEqual({
        ok: true,
        issues: 3,
        agency: '工布江达县人民政府',
        html: true,
        docx: true,
        imported: 'boolean',
      });
    },
    180_000,
  );

  it('renders HTML and Word from the CLI, and says which package PDF output needs (exit 2, no stack)', async () => {
    const example = join(scratch.dir, 'node_modules/zfxxgk/examples/gongbujiangda-2023.json');
    const light = await scratch.run('npx', [
      '--no-install',
      'zfxxgk',
      'render',
      example,
      '-o',
      'out/r.html',
      '-o',
      'out/r.docx',
    ]);
    expect(light.stderr).toBe('');
    expect(light.status).toBe(0);
    const pdf = await scratch.run('npx', ['--no-install', 'zfxxgk', 'render', example, '-o', 'out/r.pdf'], {
      env: { XDG_CACHE_HOME: scratch.emptyFolder('cache-'), ZFXXGK_NO_INSTALL: '1' },
    });
    expect(pdf.status).toBe(2);
    expect(pdf.stderr).toContain(`npm install "puppeteer-core@${optionalPeers()['puppeteer-core']}"`);
    expect(pdf.stderr).not.toMatch(/内部错误|\n\s+at /);
    expect(existsSync(join(scratch.dir, 'out/r.pdf'))).toBe(false);
  });

  it('says in one command every package zfxxgk serve needs (exit 2, no stack)', async () => {
    const served = await scratch.run('npx', ['--no-install', 'zfxxgk', 'serve', '--port', '0']);
    expect(served.status).toBe(2);
    const peers = optionalPeers();
    const specs = ['fastify', '@fastify/multipart', 'prom-client', 'zod-openapi'].map(
      (name) => `"${name}@${peers[name]}"`,
    );
    expect(served.stderr).toContain(`npm install ${specs.join(' ')}`);
    expect(served.stderr).not.toMatch(/内部错误|\n\s+at /);
  });
});

// Before the optional packages are installed below: these need the project without them.
describeFirstUsePdf(() => scratch);
describeInBrowser(() => scratch);

describe('the packed tarball with its optional packages installed', () => {
  beforeAll(async () => {
    await scratch.install(Object.entries(optionalPeers()).map(([name, range]) => `${name}@${range}`));
  }, 300_000);

  it.each([
    ['require (CommonJS)', 'full.cjs', CJS_SCRIPT],
    ['import (ESM)', 'full.mjs', ESM_SCRIPT],
  ])(
    'makes PDFs and imports PDF and Word through %s',
    async (_, file, script) => {
      const { optional } = await consumer(scratch.write(file, script));
      expect(optional.pdfRender).toEqual({ ok: true, detail: { pages: 7, head: '%PDF-' } });
      expect(optional.pdfImport).toEqual({ ok: true, detail: { complete: true, cells: 200 } });
      expect(optional.docxImport).toMatchObject({ ok: true, detail: { kind: 'docx' } });
    },
    120_000,
  );

  it('makes a PDF with npx zfxxgk render', async () => {
    const example = join(scratch.dir, 'node_modules/zfxxgk/examples/gongbujiangda-2023.json');
    const r = await scratch.run('npx', ['--no-install', 'zfxxgk', 'render', example, '-o', 'out/r.pdf']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(join(scratch.dir, 'out/r.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 120_000);
});
