/**
 * The script a consumer runs against the installed package, once as CommonJS (`require`) and once
 * as ESM (`import`): it loads every entry point, renders the shipped example, imports documents,
 * and prints what happened as one JSON line. The test reads that line.
 */

/** The entry points of the package and how a consumer names them. */
export const ENTRY_POINTS = [
  'zfxxgk',
  'zfxxgk/html',
  'zfxxgk/pdf',
  'zfxxgk/docx',
  'zfxxgk/import',
  'zfxxgk/xlsx',
  'zfxxgk/form',
  'zfxxgk/serve',
] as const;

/** What the script prints. */
export interface ConsumerReport {
  /** The value names each entry point exports (`default` and `__esModule` left out). */
  readonly exports: Record<string, string[]>;
  readonly schemaId: string | undefined;
  readonly version: string;
  readonly valid: boolean;
  readonly html: { mediaType: string; hasAgency: boolean };
  readonly docx: { mediaType: string; zip: boolean };
  readonly textImport: { complete: boolean; cells: number };
  /** Per optional feature: what came back, or the error it threw. */
  readonly optional: Record<'pdfRender' | 'pdfImport' | 'docxImport', Outcome>;
}

/** A feature's outcome: what it produced, or the error it threw. */
export type Outcome = { ok: true; detail: unknown } | { ok: false; name: string; code: unknown; message: string };

// Written in plain JavaScript so it runs in both module systems unchanged; `load` and `resolve`
// are defined by the header of each flavour.
const BODY = String.raw`
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const fixtures = JSON.parse(process.env.ZFXXGK_FIXTURES);
const outcome = async (run) => {
  try { return { ok: true, detail: await run() }; }
  catch (e) { return { ok: false, name: e.name, code: e.code, message: e.message }; }
};
async function main() {
  const entries = ${JSON.stringify(ENTRY_POINTS)};
  const modules = {};
  for (const entry of entries) modules[entry] = await load(entry);
  const exports = {};
  for (const entry of entries) exports[entry] = Object.keys(modules[entry]).filter((k) => k !== 'default' && k !== '__esModule').sort();
  const schema = await loadJson('zfxxgk/schema.json');
  const pkg = await loadJson('zfxxgk/package.json');
  const root = dirname(resolve('zfxxgk/package.json'));
  const example = readFileSync(join(root, 'examples/gongbujiangda-2023.json'), 'utf8');
  const result = modules.zfxxgk.validate(example);
  const html = await modules['zfxxgk/html'].createHtmlRenderer().render(result);
  const docx = await modules['zfxxgk/docx'].createDocxRenderer().render(result);
  const { importReport } = modules['zfxxgk/import'];
  const text = await importReport(readFileSync(fixtures.text, 'utf8'), { kind: 'text' });
  const optional = {
    pdfRender: await outcome(async () => {
      const pdf = modules['zfxxgk/pdf'].createPdfRenderer();
      try { const r = await pdf.render(result); return { pages: r.extras.pages, head: Buffer.from(r.body.subarray(0, 5)).toString('latin1') }; }
      finally { await pdf.close(); }
    }),
    pdfImport: await outcome(async () => {
      const r = await importReport(readFileSync(fixtures.pdf), { fileName: 'report.pdf' });
      return { complete: r.complete, cells: r.cells.length };
    }),
    docxImport: await outcome(async () => {
      const r = await importReport(readFileSync(fixtures.docx), { fileName: 'report.docx' });
      return { kind: r.kind, notes: r.notes.map((n) => n.code) };
    }),
  };
  process.stdout.write(JSON.stringify({
    exports,
    schemaId: schema.$schema,
    version: pkg.version,
    valid: result.ok,
    html: { mediaType: html.mediaType, hasAgency: html.body.includes('工布江达县人民政府') },
    docx: { mediaType: docx.mediaType, zip: docx.body[0] === 0x50 && docx.body[1] === 0x4b },
    textImport: { complete: text.complete, cells: text.cells.length },
    optional,
  }) + '\n');
}
main().catch((e) => { console.error(e); process.exit(1); });
`;

/** The script as CommonJS (`.cjs`): everything through `require`. */
export const CJS_SCRIPT = `'use strict';
const load = async (id) => require(id);
const loadJson = async (id) => require(id);
const resolve = (id) => require.resolve(id);
${BODY}`;

/** The script as ESM (`.mjs`): everything through `import`. */
export const ESM_SCRIPT = `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const load = (id) => import(id);
const loadJson = async (id) => (await import(id, { with: { type: 'json' } })).default;
const resolve = (id) => require.resolve(id);
${BODY}`;
