import { defineConfig } from 'tsup';
import { browserFiles } from './scripts/browser-files.js';

const entry = { index: 'src/index.ts', html: 'src/html/index.ts', pdf: 'src/pdf/index.ts', docx: 'src/docx/index.ts', import: 'src/import/index.ts' };

export default defineConfig([
  {
    entry: { ...entry, cli: 'src/cli/bin.ts' },
    format: ['esm'],
    target: 'node20',
    dts: { entry },
    clean: ['!browser/**'],
    sourcemap: true,
  },
  // The `browser` condition of `.` and `./html`: the same entries with the Node-only files swapped out.
  {
    entry: { index: 'src/index.ts', html: 'src/html/index.ts' },
    outDir: 'dist/browser',
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    esbuildPlugins: [browserFiles()],
    clean: true,
    sourcemap: true,
  },
]);
