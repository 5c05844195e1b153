/**
 * `--profile <name|module path>`: a shipped profile by its id (`wuwei-2025`), or a platform's own
 * from a JavaScript module that exports `profile` (or `profiles`, a list). A module that cannot be
 * loaded, or exports no profile, is a usage error naming the file; a profile that fails while
 * checking is an issue of the report (PROFILE_FAILED), never a crash.
 */
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILTIN_PROFILES } from '../profiles/builtin.js';
import type { Profile } from '../profiles/types.js';
import { UsageError } from './command.js';
import { cliText } from './messages/index.js';
import { terminalSafe } from './output.js';
import { closestWord } from './suggest.js';

const looksLikePath = (arg: string) => /[\\/]|\.[cm]?js$/.test(arg) || isAbsolute(arg);

/**
 * The profiles named on the command line, in order.
 * @param args the values of `--profile`
 * @param cwd the directory module paths are resolved against
 */
export async function loadProfiles(args: readonly string[] | undefined, cwd: string): Promise<Profile[]> {
  const out: Profile[] = [];
  for (const arg of args ?? []) {
    const builtin = Object.hasOwn(BUILTIN_PROFILES, arg) ? BUILTIN_PROFILES[arg] : undefined;
    if (builtin) {
      out.push(builtin);
      continue;
    }
    if (!looksLikePath(arg)) {
      const builtin = Object.keys(BUILTIN_PROFILES);
      const near = closestWord(arg, builtin);
      throw new UsageError(cliText('noProfile', { name: terminalSafe(arg), builtin, ...(near ? { near } : {}) }));
    }
    const file = resolve(cwd, arg);
    let module: { profile?: unknown; profiles?: unknown };
    try {
      module = await import(pathToFileURL(file).href);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new UsageError(cliText('profileLoad', { file: terminalSafe(arg), detail: terminalSafe(detail) }));
    }
    const found = Array.isArray(module.profiles) ? module.profiles : module.profile ? [module.profile] : [];
    if (found.length === 0) throw new UsageError(cliText('profileNone', { file: terminalSafe(arg) }));
    out.push(...(found as Profile[]));
  }
  return out;
}
