import { defineConfig } from 'tsup';

const entry = { index: 'src/index.ts', html: 'src/html/index.ts', pdf: 'src/pdf/index.ts', docx: 'src/docx/index.ts', import: 'src/import/index.ts' };

export default defineConfig([
  // The library, for `import` (ESM, .js) and `require` (CommonJS, .cjs), each with its own types.
  // `shims` gives the CommonJS build an `import.meta.url` (src/node/package-root.ts uses it).
  { entry, format: ['esm', 'cjs'], target: 'node20', splitting: true, dts: true, shims: true, clean: ['!cli.*'], sourcemap: true },
  // The bin is ESM only; it is built after the library, into the same folder.
  { entry: { cli: 'src/cli/bin.ts' }, format: ['esm'], target: 'node20', sourcemap: true },
]);
