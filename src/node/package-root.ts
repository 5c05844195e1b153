/** Where this package is installed, and its version (Node-side code only). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: { dir: string; version: string } | undefined;

function find(): { dir: string; version: string } {
  if (root) return root;
  // Upward from this module: src/node/ in the source tree, dist/ once built.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'zfxxgk') return (root = { dir, version: pkg.version ?? '0.0.0' });
    }
    dir = dirname(dir);
  }
  throw new Error('zfxxgk: cannot find the package root (package.json named zfxxgk)');
}

/** The package's root folder (holding package.json, templates/). */
export function packageRoot(): string {
  return find().dir;
}

/** The version of this package. */
export function packageVersion(): string {
  return find().version;
}
