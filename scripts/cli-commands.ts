/**
 * The esbuild plugin of zfxxgk's bin: the dispatcher's `import('./commands/<name>.js')` (in
 * src/cli/registry.ts) is left as an import of the command's own built file, dist/commands/<name>.js,
 * instead of pulling every command into the dispatcher. Used by tsup.config.ts.
 */
import type { Plugin } from 'esbuild';

/**
 * @returns an esbuild plugin keeping each command out of the file that loads it
 * @example build({ entryPoints: ['src/cli/bin.ts'], plugins: [commandsStayOwnFiles()] })
 */
export function commandsStayOwnFiles(): Plugin {
  return {
    name: 'zfxxgk-commands-stay-own-files',
    setup(build) {
      build.onResolve({ filter: /^\.\/commands\/[a-z-]+\.js$/ }, (args) =>
        args.importer.endsWith('/src/cli/registry.ts') ? { path: args.path, external: true } : undefined,
      );
    },
  };
}
