import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { browserFiles } from '../scripts/browser-files.js';
import { projectPath } from './helpers/reports.js';

describe('the entry points meant for browsers', () => {
  it.each([
    ['zfxxgk (model, checks, builder)', 'src/index.ts'],
    ['zfxxgk/html', 'src/html/index.ts'],
    ['zfxxgk/docx', 'src/docx/index.ts'],
  ])(
    '%s bundles for the browser (with the *.browser.ts files of the browser build): it imports nothing from Node, nor the YAML library',
    async (_, entry) => {
      const result = await build({
        entryPoints: [projectPath(entry)],
        bundle: true,
        platform: 'browser',
        format: 'esm',
        write: false,
        logLevel: 'silent',
        metafile: true,
        plugins: [browserFiles()],
      });
      expect(result.errors).toEqual([]);
      const inputs = Object.keys(result.metafile!.inputs);
      expect(inputs.filter((i) => i.startsWith('node:') || /node_modules\/yaml\//.test(i))).toEqual([]);
      expect(result.outputFiles[0]!.text).not.toMatch(/from\s+["'](node:|fs|path|child_process)["']/);
    },
  );
});
