/**
 * The browser build's stand-in for `template-folder.ts`: a browser has no folders to read, so a
 * templates folder is refused with a TemplateConfigError naming what to give instead.
 */
import { TemplateConfigError } from './template-error.js';
import type { TemplateSet } from './template-set.js';

const refusal = (what: string) =>
  new TemplateConfigError(
    `浏览器中不能读取模板目录（${what}），请用 partials 与 css 覆盖 / a templates folder (${what}) cannot be read in a browser: give partials and css instead`,
    'TEMPLATES_FOLDER_UNSUPPORTED',
  );

/**
 * Refuses: the package's templates are built into the renderer, there is no folder to name.
 * @example packageTemplatesDir() // throws TemplateConfigError (TEMPLATES_FOLDER_UNSUPPORTED)
 */
export function packageTemplatesDir(): string {
  throw refusal('templates/');
}

/** Refuses to read a folder. */
export function readTemplateFolder(root: string): TemplateSet {
  throw refusal(root);
}
