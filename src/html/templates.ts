/**
 * Loading the Handlebars templates: the package's own `templates/` folder, overridden by a
 * caller's folder or strings. Templates are code, and a templates folder is trusted input; still,
 * two things are refused when the templates are loaded, so that no override can break them by
 * mistake: the national tables are always drawn (the partials that draw them, and the partial that
 * lays out the sections they sit in, cannot be replaced, and a replaced document must draw the
 * report), and report data is always escaped (no `{{{…}}}` or `{{& …}}` but our own CSS slot).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { packageRoot } from '../node/package-root.js';
import { checkTemplate } from './template-rules.js';
import { TemplateConfigError } from './template-error.js';

export { TemplateConfigError };

/**
 * Partials that draw the report's sections and the national tables: fixed by the format, never
 * overridden (`section` too: a section of its own could leave its table out).
 */
export const LOCKED_PARTIALS: readonly string[] = ['report', 'section', 'table', 'cell'];

/** How a caller changes the house style without forking. */
export interface TemplateOverrides {
  /**
   * A folder laid out like the package's `templates/`: any of `document.hbs`, `fragment.hbs`,
   * `partials/*.hbs`, `styles/*.css`. What it holds replaces the package's file of that name.
   */
  readonly templates?: string;
  /** Partials by name (`title`, `letterhead`, `footer`, `signature`, …), as template strings. */
  readonly partials?: Readonly<Record<string, string>>;
  /** CSS appended after the package's styles (custom properties such as `--zfxxgk-font-body`). */
  readonly css?: string;
}

export interface TemplateSet {
  readonly document: string;
  readonly fragment: string;
  readonly partials: Readonly<Record<string, string>>;
  /** `report.css` (scoped) and `page.css` (@page rules), and extra CSS. */
  readonly styles: Readonly<Record<string, string>>;
}

/** The package's own `templates/` folder. */
export function packageTemplatesDir(): string {
  const dir = join(packageRoot(), 'templates');
  if (!existsSync(join(dir, 'document.hbs'))) {
    throw new TemplateConfigError(`zfxxgk: templates not found in ${dir}`, 'TEMPLATES_NOT_FOUND');
  }
  return dir;
}

function readFolder(root: string): TemplateSet {
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

/** The package's templates with the caller's overrides applied. */
export function loadTemplates(overrides: TemplateOverrides = {}): TemplateSet {
  const base = readFolder(packageTemplatesDir());
  let custom: TemplateSet = { document: '', fragment: '', partials: {}, styles: {} };
  if (overrides.templates) {
    if (!existsSync(overrides.templates)) {
      throw new TemplateConfigError(`模板目录不存在：${overrides.templates}`, 'TEMPLATES_NOT_FOUND');
    }
    custom = readFolder(overrides.templates);
  }
  const partials = { ...custom.partials, ...(overrides.partials ?? {}) };
  for (const name of Object.keys(partials)) {
    if (LOCKED_PARTIALS.includes(name)) {
      throw new TemplateConfigError(
        `片段“${name}”绘制国家规定的表格，不能覆盖 / the “${name}” partial draws the national tables and cannot be overridden`,
        'LOCKED_PARTIAL',
      );
    }
  }
  const set: TemplateSet = {
    document: custom.document || base.document,
    fragment: custom.fragment || base.fragment,
    partials: { ...base.partials, ...partials },
    styles: { ...base.styles, ...custom.styles, ...(overrides.css ? { extra: overrides.css } : {}) },
  };
  checkTemplate('document.hbs', set.document, 'page');
  checkTemplate('fragment.hbs', set.fragment, 'page');
  for (const [name, source] of Object.entries(set.partials)) checkTemplate(`partials/${name}.hbs`, source, 'partial');
  return set;
}
