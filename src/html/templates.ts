/**
 * Loading the Handlebars templates: the package's own (built into the package from its
 * `templates/` folder), overridden by a caller's folder or strings. Templates are code, and a
 * templates folder is trusted input; still, two things are refused when the templates are loaded,
 * so that no override can break them by mistake: the national tables are always drawn (the
 * partials that draw them, and the partial that lays out the sections they sit in, cannot be
 * replaced, and a replaced document must draw the report), and report data is always escaped (no
 * `{{{…}}}` or `{{& …}}` but our own CSS slot).
 */
import { BUNDLED_TEMPLATES } from './bundled-templates.js';
import { readTemplateFolder } from './template-folder.js';
import { checkTemplates, templateSources } from './template-references.js';
import { checkTemplate } from './template-rules.js';
import { TemplateConfigError } from './template-error.js';
import { LOCKED_PARTIALS, type TemplateOverrides, type TemplateSet } from './template-set.js';

export { TemplateConfigError, LOCKED_PARTIALS };
export { packageTemplatesDir } from './template-folder.js';
export type { TemplateOverrides, TemplateSet };

/**
 * The package's templates with the caller's overrides applied.
 * @throws TemplateConfigError when an override replaces a locked partial, prints data unescaped,
 *   leaves the report out, does not compile, calls a partial or helper that does not exist, or names
 *   a folder that is missing (or any folder, in a browser)
 * @example loadTemplates({ partials: { footer: '<p>{{view.agency}}</p>' } })
 */
export function loadTemplates(overrides: TemplateOverrides = {}): TemplateSet {
  const base = BUNDLED_TEMPLATES;
  const custom: TemplateSet = overrides.templates
    ? readTemplateFolder(overrides.templates)
    : { document: '', fragment: '', partials: {}, styles: {} };
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
  // Where each template came from, for the messages of checkTemplates.
  const origins = new Map<string, string>();
  const root = overrides.templates;
  if (root && custom.document) origins.set('document', `${root}/document.hbs`);
  if (root && custom.fragment) origins.set('fragment', `${root}/fragment.hbs`);
  for (const name of Object.keys(custom.partials)) origins.set(`partials/${name}`, `${root}/partials/${name}.hbs`);
  for (const name of Object.keys(overrides.partials ?? {})) origins.set(`partials/${name}`, `partials.${name}`);
  // Only the caller's templates are checked: the package's own are held to the same checks by
  // tests/html/bundled-templates.test.ts, and checking them here cost every process ~100 ms.
  checkTemplates(set, origins);
  for (const [key, source] of templateSources(set)) {
    if (!origins.has(key)) continue;
    const partial = key.startsWith('partials/');
    checkTemplate(`${key}.hbs`, source, partial ? 'partial' : 'page');
  }
  return set;
}
