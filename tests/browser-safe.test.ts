import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { projectPath } from './helpers/reports.js';

describe('the entry points meant for browsers', () => {
  it.each([['zfxxgk (model, checks, builder)', 'src/index.ts'], ['zfxxgk/docx', 'src/docx/index.ts']])(
    '%s bundles for the browser: it imports nothing from Node',
    async (_, entry) => {
      const result = await build({
        entryPoints: [projectPath(entry)],
        bundle: true,
        platform: 'browser',
        format: 'esm',
        write: false,
        logLevel: 'silent',
        metafile: true,
      });
      expect(result.errors).toEqual([]);
      expect(Object.keys(result.metafile!.inputs).some((i) => i.startsWith('node:'))).toBe(false);
      expect(result.outputFiles[0]!.text).not.toMatch(/from\s+["'](node:|fs|path|child_process)["']/);
    },
  );
});
