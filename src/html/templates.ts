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
import Handlebars from 'handlebars';
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

/** Handlebars' own helpers: any other name called with arguments fails when the template runs. */
const BUILTIN_HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log']);

/** The partials a template calls by name, its inline partials, and the helpers it calls with arguments. */
class References extends Handlebars.Visitor {
  readonly partials = new Set<string>();
  readonly inline = new Set<string>();
  readonly helpers = new Set<string>();

  override PartialStatement(partial: hbs.AST.PartialStatement): void {
    // `{{> (lookup …)}}` is chosen at run time, and `@partial-block` is Handlebars' own.
    if (partial.name.type === 'PathExpression' && !partial.name.original.startsWith('@')) this.partials.add(partial.name.original);
    super.PartialStatement(partial);
  }

  override DecoratorBlock(block: hbs.AST.DecoratorBlock): void {
    const name = block.params[0];
    if ((block.path as hbs.AST.PathExpression).original === 'inline' && name?.type === 'StringLiteral') this.inline.add((name as hbs.AST.StringLiteral).value);
    super.DecoratorBlock(block);
  }

  override MustacheStatement(node: hbs.AST.MustacheStatement): void {
    this.#called(node);
    super.MustacheStatement(node);
  }

  override BlockStatement(node: hbs.AST.BlockStatement): void {
    this.#called(node);
    super.BlockStatement(node);
  }

  override SubExpression(node: hbs.AST.SubExpression): void {
    this.#called(node);
    super.SubExpression(node);
  }

  #called(node: { path: hbs.AST.PathExpression | hbs.AST.Literal; params: hbs.AST.Expression[]; hash?: hbs.AST.Hash }): void {
    const path = node.path as hbs.AST.PathExpression;
    if (path.type === 'PathExpression' && path.parts.length === 1 && !path.data && (node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0)) {
      this.helpers.add(path.original);
    }
  }
}

/**
 * Compiles every template of a set once, so that a mistake in a caller's template is told when the
 * templates are loaded, naming its file, rather than as a stack trace in the middle of a render.
 * @param set the merged templates
 * @param origins where each came from: `document`, `fragment`, `partials/<name>` → a file or a label
 * @throws TemplateConfigError TEMPLATE_SYNTAX or TEMPLATE_REFERENCE
 */
function checkTemplates(set: TemplateSet, origins: ReadonlyMap<string, string>): void {
  const sources: [string, string][] = [
    ['document', set.document],
    ['fragment', set.fragment],
    ...Object.entries(set.partials).map(([name, source]): [string, string] => [`partials/${name}`, source]),
  ];
  for (const [key, source] of sources) {
    const file = origins.get(key) ?? key;
    let ast: hbs.AST.Program;
    try {
      ast = Handlebars.parse(source);
      Handlebars.precompile(source);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new TemplateConfigError(`模板 ${file} 无法编译 / template ${file} does not compile:\n${detail}`, 'TEMPLATE_SYNTAX');
    }
    const refs = new References();
    refs.accept(ast);
    const partial = [...refs.partials].find((name) => !(name in set.partials) && !refs.inline.has(name));
    if (partial !== undefined) {
      throw new TemplateConfigError(`模板 ${file} 引用了不存在的片段 {{> ${partial}}} / template ${file} calls the partial “${partial}”, which does not exist`, 'TEMPLATE_REFERENCE');
    }
    const helper = [...refs.helpers].find((name) => !BUILTIN_HELPERS.has(name));
    if (helper !== undefined) {
      throw new TemplateConfigError(
        `模板 ${file} 调用了不存在的助手函数 ${helper}（可用：${[...BUILTIN_HELPERS].join('、')}） / template ${file} calls the helper “${helper}”, which does not exist`,
        'TEMPLATE_REFERENCE',
      );
    }
  }
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
  const origins = new Map<string, string>();
  const root = overrides.templates;
  if (root && custom.document) origins.set('document', join(root, 'document.hbs'));
  if (root && custom.fragment) origins.set('fragment', join(root, 'fragment.hbs'));
  for (const name of Object.keys(custom.partials)) origins.set(`partials/${name}`, join(root!, 'partials', `${name}.hbs`));
  for (const name of Object.keys(overrides.partials ?? {})) origins.set(`partials/${name}`, `partials.${name}`);
  checkTemplates(set, origins);
  checkTemplate('document.hbs', set.document, 'page');
  checkTemplate('fragment.hbs', set.fragment, 'page');
  for (const [name, source] of Object.entries(set.partials)) checkTemplate(`partials/${name}.hbs`, source, 'partial');
  return set;
}
