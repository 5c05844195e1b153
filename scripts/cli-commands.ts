/**
 * The esbuild plugin of zfxxgk's bin. The dispatcher's `import('./commands/<name>.js')` (in
 * src/cli/registry.ts) is left as an import of the command's own built file,
 * dist/commands/<name>.js, instead of pulling every command into the dispatcher. The CLI's message
 * table (src/cli/messages/index.ts), which the dispatcher and every command use, is left as an
 * import of its own built file, dist/cli-messages.js, so that a run compiles it once, not twice.
 * Used by tsup.config.ts.
 */
import type { Plugin } from 'esbuild';
import { resolve } from 'node:path';

const MESSAGES = resolve('src/cli/messages/index.ts');

/**
 * @param messages how the files of this build import the built message table: `./cli-messages.js`
 *   from dist/, `../cli-messages.js` from dist/commands/
 * @returns an esbuild plugin keeping each command, and the message table, out of the files that load them
 * @example build({ entryPoints: ['src/cli/bin.ts'], plugins: [commandsStayOwnFiles('./cli-messages.js')] })
 */
export function commandsStayOwnFiles(messages: string): Plugin {
  return {
    name: 'zfxxgk-commands-stay-own-files',
    setup(build) {
      build.onResolve({ filter: /^\.\/commands\/[a-z-]+\.js$/ }, (args) =>
        args.importer.endsWith('/src/cli/registry.ts') ? { path: args.path, external: true } : undefined,
      );
      build.onResolve({ filter: /\/messages\/index\.js$/ }, (args) =>
        resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')) === MESSAGES
          ? { path: messages, external: true }
          : undefined,
      );
    },
  };
}
