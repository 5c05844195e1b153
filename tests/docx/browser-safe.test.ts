import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../helpers/reports.js';

describe('the docx entry point', () => {
  it('bundles for the browser: it imports nothing from Node', async () => {
    const result = await build({
      entryPoints: [projectPath('src/docx/index.ts')],
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
  });
});
