/**
 * What every template must keep, read from its Handlebars syntax tree when it is loaded: report
 * data is escaped (no `{{{x}}}` or `{{& x}}` anywhere but the CSS slot of a page), and a page
 * (`document.hbs`, `fragment.hbs`) draws the report — `{{> report}}` once, outside any block, so
 * that no condition can leave the sections and their tables out.
 */
import Handlebars from 'handlebars';
import { TemplateConfigError } from './template-error.js';

/** The one value a page may insert raw: the CSS we assemble from the package's and the caller's styles. */
const RAW_SLOT = 'css';

interface Found {
  readonly raw: { readonly expression: string; readonly line: number }[];
  /** `{{> report}}` at the top level of the template. */
  reportCalls: number;
}

function nameOf(node: hbs.AST.Expression): string {
  return 'original' in node ? String(node.original) : node.type;
}

/** Walks every node of the tree (statements, their programs and inverses). */
function walk(node: unknown, top: boolean, found: Found, page: boolean): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) walk(n, top, found, page);
    return;
  }
  const n = node as hbs.AST.Node;
  if (n.type === 'MustacheStatement') {
    const m = n as hbs.AST.MustacheStatement;
    const expression = nameOf(m.path);
    if (!m.escaped && !(page && top && expression === RAW_SLOT && m.params.length === 0)) {
      found.raw.push({ expression, line: m.loc?.start.line ?? 0 });
    }
    return;
  }
  if (n.type === 'PartialStatement' && top && nameOf((n as hbs.AST.PartialStatement).name) === 'report')
    found.reportCalls++;
  if (n.type === 'Program') {
    walk((n as hbs.AST.Program).body, top, found, page);
    return;
  }
  // Anything inside a block is no longer at the top level.
  const block = n as Partial<hbs.AST.BlockStatement>;
  if (block.program) walk(block.program, false, found, page);
  if (block.inverse) walk(block.inverse, false, found, page);
}

/**
 * Checks one template.
 * @param file the template's name, for the error
 * @param kind `page` for document.hbs and fragment.hbs, `partial` for the others
 * @throws TemplateConfigError `UNESCAPED_OUTPUT` or `REPORT_NOT_DRAWN`
 */
export function checkTemplate(file: string, source: string, kind: 'page' | 'partial'): void {
  const found: Found = { raw: [], reportCalls: 0 };
  walk(Handlebars.parse(source), true, found, kind === 'page');
  const [raw] = found.raw;
  if (raw) {
    throw new TemplateConfigError(
      `模板 ${file} 第 ${raw.line} 行：不允许不转义的输出 {{{${raw.expression}}}}（报告文字必须转义，请改用 {{${raw.expression}}}） / ${file} line ${raw.line}: unescaped output of ${raw.expression} is not allowed (report text is always escaped; use {{${raw.expression}}})`,
      'UNESCAPED_OUTPUT',
    );
  }
  if (kind === 'page' && found.reportCalls !== 1) {
    throw new TemplateConfigError(
      `模板 ${file} 必须在最外层（不在任何块内）恰好调用一次 {{> report}}，以绘制各部分和国家规定的表格 / ${file} must call {{> report}} exactly once, outside any block, so that the sections and the national tables are drawn`,
      'REPORT_NOT_DRAWN',
    );
  }
}
