/**
 * Reading a templates folder from disk (Node). The browser build puts `template-folder.browser.ts`
 * in this file's place (scripts/browser-files.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packageRoot } from '../node/package-root.js';
import { TemplateConfigError } from './template-error.js';
import type { TemplateSet } from './template-set.js';

/**
 * The package's own `templates/` folder, to copy or read (the renderer uses the same templates,
 * built into the package).
 * @example cp(packageTemplatesDir(), 'my-style', { recursive: true })
 */
export function packageTemplatesDir(): string {
  const dir = join(packageRoot(), 'templates');
  if (!existsSync(join(dir, 'document.hbs'))) {
    throw new TemplateConfigError(`zfxxgk: templates not found in ${dir}`, 'TEMPLATES_NOT_FOUND');
  }
  return dir;
}

/** Reads a caller's templates folder; files it does not hold are empty in the set. */
export function readTemplateFolder(root: string): TemplateSet {
  if (!existsSync(root)) throw new TemplateConfigError(`模板目录不存在：${root}`, 'TEMPLATES_NOT_FOUND');
  const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
  const files = (dir: string, ext: string) =>
    existsSync(dir)
      ? Object.fromEntries(
          readdirSync(dir)
            .filter((f) => f.endsWith(ext))
            .map((f) => [basename(f, ext), readFileSync(join(dir, f), 'utf8')]),
        )
      : {};
  return {
    document: read(join(root, 'document.hbs')) ?? '',
    fragment: read(join(root, 'fragment.hbs')) ?? '',
    partials: files(join(root, 'partials'), '.hbs'),
    styles: files(join(root, 'styles'), '.css'),
  };
}
