import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../helpers/reports.js';

describe('the core entry point', () => {
  it('bundles for the browser: it imports nothing from Node', async () => {
    const result = await build({
      entryPoints: [projectPath('src/index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs.some((i) => i.startsWith('node:'))).toBe(false);
    expect(result.errors).toEqual([]);
    const text = result.outputFiles[0]!.text;
    expect(text).not.toMatch(/from\s+["'](node:|fs|path|child_process)["']/);
  });
});
