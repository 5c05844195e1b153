/**
 * Compiling a template set once when it is loaded, so that a mistake in a caller's template (it
 * does not compile, or calls a partial or helper that does not exist) is told then, naming its
 * file, rather than as a stack trace in the middle of a render.
 */
import Handlebars from 'handlebars';
import { TemplateConfigError } from './template-error.js';
import type { TemplateSet } from './template-set.js';

/** Handlebars' own helpers: any other name called with arguments fails when the template runs. */
const BUILTIN_HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log']);

/** The partials a template calls by name, its inline partials, and the helpers it calls with arguments. */
class References extends Handlebars.Visitor {
  readonly partials = new Set<string>();
  readonly inline = new Set<string>();
  readonly helpers = new Set<string>();

  override PartialStatement(partial: hbs.AST.PartialStatement): void {
    // `{{> (lookup …)}}` is chosen at run time, and `@partial-block` is Handlebars' own.
    if (partial.name.type === 'PathExpression' && !partial.name.original.startsWith('@'))
      this.partials.add(partial.name.original);
    super.PartialStatement(partial);
  }

  override DecoratorBlock(block: hbs.AST.DecoratorBlock): void {
    const name = block.params[0];
    if ((block.path as hbs.AST.PathExpression).original === 'inline' && name?.type === 'StringLiteral')
      this.inline.add((name as hbs.AST.StringLiteral).value);
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

  #called(node: {
    path: hbs.AST.PathExpression | hbs.AST.Literal;
    params: hbs.AST.Expression[];
    hash?: hbs.AST.Hash;
  }): void {
    const path = node.path as hbs.AST.PathExpression;
    if (
      path.type === 'PathExpression' &&
      path.parts.length === 1 &&
      !path.data &&
      (node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0)
    ) {
      this.helpers.add(path.original);
    }
  }
}

/** The templates of a set by key: `document`, `fragment`, `partials/<name>`. */
export function templateSources(set: TemplateSet): [key: string, source: string][] {
  return [
    ['document', set.document],
    ['fragment', set.fragment],
    ...Object.entries(set.partials).map(([name, source]): [string, string] => [`partials/${name}`, source]),
  ];
}

/**
 * Compiles the caller's templates of a set once, so that a mistake in one is told when the
 * templates are loaded, naming its file, rather than as a stack trace in the middle of a render.
 * The package's own templates are not compiled here: they cannot change, a test holds them to
 * these checks, and compiling them cost every process about 100 ms of CPU before its first render.
 * A caller can add and replace partials but never remove one, so the package's templates keep
 * every partial they call.
 * @param set the merged templates
 * @param origins the caller's templates: `document`, `fragment`, `partials/<name>` → a file or a
 *   label, for the messages; pass every key to check the whole set
 * @throws TemplateConfigError TEMPLATE_SYNTAX or TEMPLATE_REFERENCE
 */
export function checkTemplates(set: TemplateSet, origins: ReadonlyMap<string, string>): void {
  for (const [key, source] of templateSources(set)) {
    const file = origins.get(key);
    if (file === undefined) continue;
    let ast: hbs.AST.Program;
    try {
      ast = Handlebars.parse(source);
      Handlebars.precompile(source);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new TemplateConfigError(
        `模板 ${file} 无法编译 / template ${file} does not compile:\n${detail}`,
        'TEMPLATE_SYNTAX',
      );
    }
    const refs = new References();
    refs.accept(ast);
    const partial = [...refs.partials].find((name) => !(name in set.partials) && !refs.inline.has(name));
    if (partial !== undefined) {
      throw new TemplateConfigError(
        `模板 ${file} 引用了不存在的片段 {{> ${partial}}} / template ${file} calls the partial “${partial}”, which does not exist`,
        'TEMPLATE_REFERENCE',
      );
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
