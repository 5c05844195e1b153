/**
 * The esbuild plugin of zfxxgk's browser build: where a source file `x.ts` has a sibling
 * `x.browser.ts`, an import of `./x.js` gets the sibling instead. The Node-only parts (reading YAML
 * with the `yaml` library, reading a templates folder from disk) are swapped out this way, so the
 * browser build has the same entry points and exports as the Node build and nothing of Node.
 * Used by tsup.config.ts and by tests/browser.
 */
import type { Plugin } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * @returns an esbuild plugin swapping in `*.browser.ts` files
 * @example build({ entryPoints: ['src/index.ts'], plugins: [browserFiles()], platform: 'browser' })
 */
export function browserFiles(): Plugin {
  return {
    name: 'zfxxgk-browser-files',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
        if (!args.importer.endsWith('.ts')) return undefined;
        const swapped = resolve(dirname(args.importer), args.path.replace(/\.js$/, '.browser.ts'));
        return existsSync(swapped) ? { path: swapped } : undefined;
      });
    },
  };
}
