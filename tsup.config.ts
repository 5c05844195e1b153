import { defineConfig } from 'tsup';
import { browserFiles } from './scripts/browser-files.js';

/** The package's entry points (dist/<name>.js, .cjs, .d.ts, .d.cts) and their sources. */
export const ENTRIES = {
  index: 'src/index.ts',
  html: 'src/html/index.ts',
  pdf: 'src/pdf/index.ts',
  docx: 'src/docx/index.ts',
  import: 'src/import/index.ts',
  xlsx: 'src/xlsx/index.ts',
  form: 'src/form/index.ts',
  serve: 'src/serve/index.ts',
};

export default defineConfig([
  // The library, for `import` (ESM, .js) and `require` (CommonJS, .cjs), each with its own types.
  // `splitting` for CommonJS too: the entry points share chunks, so a report validated through
  // `zfxxgk` is known to `zfxxgk/html` and `instanceof` works across them, as in ESM.
  // `shims` gives the CommonJS build an `import.meta.url` (src/node/package-root.ts uses it).
  {
    entry: ENTRIES,
    format: ['esm', 'cjs'],
    target: 'node20',
    splitting: true,
    dts: true,
    shims: true,
    clean: ['!cli.*', '!browser/**', '!form-page/**'],
    sourcemap: true,
  },
  // The bin is ESM only; it is built beside the library (the clean above spares it). zod is bundled
  // into it so that only the parts used are loaded: `zod/mini` from node_modules loads all its 64
  // locale files, about 65 ms of every `zfxxgk validate` (bench/cli-start.bench.ts).
  // Minified because V8 compiles every loaded chunk before it runs: a third less text to compile is
  // about 10 ms of each start (bench/cli-start.bench.ts). The source map keeps stack traces readable
  // under `node --enable-source-maps`.
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
    minify: true,
    noExternal: ['zod'],
  },
  // The `browser` condition of `.` and `./html`: the same entries with the Node-only files swapped out.
  {
    entry: { index: ENTRIES.index, html: ENTRIES.html, form: ENTRIES.form },
    outDir: 'dist/browser',
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    esbuildPlugins: [browserFiles()],
    clean: true,
    sourcemap: true,
  },
  // The script of the form's page (`formPage()` inlines it): the form and the core in one minified file.
  {
    entry: { 'form-page': 'src/form/page-main.ts' },
    outDir: 'dist/form-page',
    format: ['iife'],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    esbuildPlugins: [browserFiles()],
    clean: true,
  },
]);
