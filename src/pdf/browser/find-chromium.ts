/** Finds the system Chromium zfxxgk drives; zfxxgk never downloads a browser. */
import { accessSync, constants, statSync } from 'node:fs';
import { ChromiumNotFoundError, type ChromiumCandidate } from './errors.js';

/** Environment variables read, as a plain map (so tests pass their own). */
export type ChromiumEnv = Readonly<Record<string, string | undefined>>;

/**
 * Where Chromium usually lives, best first. Debian's `chromium-headless-shell` comes first: the
 * same Blink and the same PDF printing without the desktop browser around them, it prints our
 * pages pixel for pixel the same, with the same tags and bookmarks, at less than half the CPU of a
 * warm print job and about 40 % of a cold start (measured in `bench/throughput.bench.ts`).
 * `/usr/lib/chromium/chromium` is the full browser's real binary; `/usr/bin/chromium` is a wrapper
 * script that works too but starts a shell first.
 */
export const CHROMIUM_PATHS: readonly string[] = [
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

interface Search {
  readonly path?: string;
  readonly tried: readonly ChromiumCandidate[];
  readonly explicit?: ChromiumCandidate;
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function search(env: ChromiumEnv, paths: readonly string[]): Search {
  const tried: ChromiumCandidate[] = [];
  for (const source of ['ZFXXGK_CHROMIUM', 'PUPPETEER_EXECUTABLE_PATH'] as const) {
    const path = env[source];
    if (!path) continue;
    const candidate = { path, source };
    tried.push(candidate);
    // A variable names the browser the user wants: if it is wrong, say so instead of using another.
    return isExecutableFile(path) ? { path, tried } : { tried, explicit: candidate };
  }
  for (const path of paths) {
    tried.push({ path, source: 'default' });
    if (isExecutableFile(path)) return { path, tried };
  }
  return { tried };
}

/**
 * Finds the Chromium executable: `ZFXXGK_CHROMIUM`, then `PUPPETEER_EXECUTABLE_PATH`, then the
 * usual places ({@link CHROMIUM_PATHS}). A variable that is set wins outright: when it names
 * something that is not an executable file the answer is `undefined`, not another browser.
 * @param env the environment to read (default `process.env`)
 * @param paths the usual places to look, best first
 * @returns the path of an executable file, or `undefined`
 * @example findChromium() // '/usr/lib/chromium/chromium-headless-shell' on Debian
 */
export function findChromium(
  env: ChromiumEnv = process.env,
  paths: readonly string[] = CHROMIUM_PATHS,
): string | undefined {
  return search(env, paths).path;
}

/**
 * Like {@link findChromium}, but throws when nothing is found.
 * @param env the environment to read (default `process.env`)
 * @param paths the usual places to look, best first
 * @returns the path of an executable file
 * @throws ChromiumNotFoundError naming every path tried and telling how to install Chromium
 * @example const executablePath = requireChromium();
 */
export function requireChromium(env: ChromiumEnv = process.env, paths: readonly string[] = CHROMIUM_PATHS): string {
  const found = search(env, paths);
  if (found.path !== undefined) return found.path;
  throw new ChromiumNotFoundError(found.tried, found.explicit);
}
