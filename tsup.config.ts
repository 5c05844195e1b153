import { defineConfig } from 'tsup';
import { readdirSync } from 'node:fs';
import { browserFiles } from './scripts/browser-files.js';
import { commandsStayOwnFiles } from './scripts/cli-commands.js';

/** Each CLI command, built into its own file beside the bin's dispatcher (dist/commands/<name>.js). */
const CLI_COMMANDS = Object.fromEntries(
  readdirSync('src/cli/commands')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [`commands/${f.slice(0, -3)}`, `src/cli/commands/${f}`]),
);

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
    clean: ['!cli.*', '!commands/**', '!browser/**', '!form-page/**'],
    sourcemap: true,
  },
  // The bin is ESM only; it is built beside the library (the clean above spares it). It is a small
  // dispatcher (dist/cli.js) and one self-contained file per command (dist/commands/<name>.js),
  // loaded when that command runs: one file to load instead of some thirty shared chunks, each of
  // which costs Node's ESM loader its own resolve, read and compile (bench/cli-start.bench.ts).
  // A command's runner and failure handling are bundled with it (src/cli/run-command.ts), so the
  // classes it throws and checks are its own. The message table, plain data and functions that
  // both use, is its own file (dist/cli-messages.js), compiled once. zod is bundled in, so that
  // only the parts used are loaded: `zod/mini` from node_modules loads all its 64 locale files.
  // Minified, and Chinese written as UTF-8 rather than \uXXXX escapes: V8 compiles every loaded
  // file before it runs. The source map keeps stack traces readable under --enable-source-maps.
  ...(
    [
      [{ cli: 'src/cli/bin.ts', 'cli-messages': 'src/cli/messages/index.ts' }, './cli-messages.js'],
      [CLI_COMMANDS, '../cli-messages.js'],
    ] as const
  ).map(([entry, messages]) => ({
    entry,
    format: ['esm' as const],
    target: 'node20',
    splitting: false,
    sourcemap: true,
    minify: true,
    noExternal: ['zod'],
    esbuildPlugins: [commandsStayOwnFiles(messages)],
    esbuildOptions(options: { charset?: string }) {
      options.charset = 'utf8';
    },
  })),
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
