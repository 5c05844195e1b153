/**
 * Writes src/html/bundled-templates.ts: the package's templates/ folder (document, fragment,
 * partials, styles) and version as one TypeScript module, so that the HTML renderer needs no file
 * system (it then runs in a browser) and reads no folder at run time. Run by `npm run build`;
 * tests/html/bundled-templates.test.ts fails when the module and the folder differ.
 * Usage: node scripts/inline-templates.mjs
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'templates');
const files = (sub, ext) =>
  Object.fromEntries(
    readdirSync(join(dir, sub))
      .filter((f) => f.endsWith(ext))
      .sort()
      .map((f) => [basename(f, ext), readFileSync(join(dir, sub, f), 'utf8')]),
  );
const set = {
  document: readFileSync(join(dir, 'document.hbs'), 'utf8'),
  fragment: readFileSync(join(dir, 'fragment.hbs'), 'utf8'),
  partials: files('partials', '.hbs'),
  styles: files('styles', '.css'),
};
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = `/**
 * The package's templates/ folder and version, written by scripts/inline-templates.mjs: do not edit
 * (edit templates/ and run the script, which \`npm run build\` runs).
 */
import type { TemplateSet } from './template-set.js';

/** The package's own templates, as in its templates/ folder. */
export const BUNDLED_TEMPLATES: TemplateSet = ${JSON.stringify(set, null, 2)};

/** The package's version, for the page's \`generator\` meta tag. */
export const BUNDLED_VERSION = ${JSON.stringify(version)};
`;
const target = join(root, 'src/html/bundled-templates.ts');
writeFileSync(target, out);
// In the house format (quotes, line width), so that the module reads like the rest; the module is
// valid as written when Biome is not installed.
try {
  execFileSync(join(root, 'node_modules/.bin/biome'), ['format', '--write', target], { stdio: 'ignore' });
} catch {
  // Biome missing (an install without dev dependencies): the unformatted module is kept.
}
