/** Bundling a consumer's script for the browser from the built package (dist/), as a web app would. */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { projectPath } from '../helpers/reports.js';

/** A minified browser bundle of `source`, its gzipped size, and the files it was made of. */
export interface Bundle {
  readonly code: string;
  readonly gzipBytes: number;
  readonly inputs: readonly string[];
}

/**
 * Bundles `source` (which imports `zfxxgk`, `zfxxgk/html`…) with esbuild for the browser: the
 * package resolves through its own `exports`, so the `browser` condition decides what is in it.
 * `resolveDir` is where the imports are resolved from: this repository (its built dist/) by
 * default, or a project that installed the packed tarball.
 */
export async function bundleForBrowser(source: string, resolveDir = projectPath('.')): Promise<Bundle> {
  if (resolveDir === projectPath('.') && !existsSync(projectPath('dist/browser/index.js'))) {
    throw new Error('dist/browser/ is missing: run `npm run build` before the browser tests');
  }
  const result = await build({
    stdin: { contents: source, resolveDir, sourcefile: 'page.js', loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  const output = Object.values((result.metafile as Metafile).outputs)[0]!;
  return { code, gzipBytes: gzipSync(code).length, inputs: Object.keys(output.inputs) };
}
