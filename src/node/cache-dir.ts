/** The user's cache folder for zfxxgk: prepared fonts, and the PDF driver the CLI fetches on first use. */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The cache folder of zfxxgk: `$XDG_CACHE_HOME/zfxxgk`, else `~/.cache/zfxxgk`. An empty
 * `XDG_CACHE_HOME` counts as unset, as the XDG specification says (else the cache would land in
 * the working folder).
 * @param env the environment to read `XDG_CACHE_HOME` from
 * @returns an absolute path (it may not exist yet)
 * @example join(cacheRoot(process.env), 'fonts') // '/home/me/.cache/zfxxgk/fonts'
 */
export function cacheRoot(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return resolve(env['XDG_CACHE_HOME'] || join(homedir(), '.cache'), 'zfxxgk');
}
