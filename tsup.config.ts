import { defineConfig } from 'tsup';

const entry = { index: 'src/index.ts', html: 'src/html/index.ts', pdf: 'src/pdf/index.ts', docx: 'src/docx/index.ts', import: 'src/import/index.ts' };

export default defineConfig({
  entry: { ...entry, cli: 'src/cli/bin.ts' },
  format: ['esm'],
  target: 'node20',
  dts: { entry },
  clean: true,
  sourcemap: true,
});
