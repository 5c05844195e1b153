/**
 * Loads puppeteer-core, the Chromium driver. Its CommonJS build is required rather than its ES
 * modules imported: the same code, loaded with about 120 ms less CPU (about 170 against 290 ms
 * here: Node 20 reads and links its hundreds of ES modules one by one), which every process that
 * prints a PDF pays once, `zfxxgk render` and `zfxxgk batch` included.
 */
import { createRequire } from 'node:module';
import { loadOptional } from '../../node/optional.js';

/** What puppeteer-core exports. */
export type Driver = typeof import('puppeteer-core');

const requireHere = createRequire(import.meta.url);

/**
 * puppeteer-core's CommonJS build, or the error of a failed `require` (for `loadOptional` and the
 * CLI's first-use install to tell "not installed" apart).
 * @example const { connect } = await requireDriver();
 */
export async function requireDriver(): Promise<Driver> {
  return requireHere('puppeteer-core') as Driver;
}

/**
 * Whether puppeteer-core can be required from where zfxxgk is installed (a few `stat` calls: it is
 * not loaded). The CLI's own cache of it, used on first use, does not count.
 * @example if (driverInstalled()) renderer.warm();
 */
export function driverInstalled(): boolean {
  try {
    requireHere.resolve('puppeteer-core');
    return true;
  } catch {
    return false;
  }
}

/**
 * puppeteer-core, or a MissingPackageError saying how to install it.
 * @example const { connect } = await loadDriver();
 */
export function loadDriver(): Promise<Driver> {
  return loadOptional('puppeteer-core', requireDriver);
}
