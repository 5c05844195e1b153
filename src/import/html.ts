/**
 * HTML as government sites publish it: the report's paragraphs and `<table>`s somewhere inside a
 * page of navigation and footers. Block elements and `<br>` end paragraphs; a table holding other
 * tables (or a single cell) is page layout, not data; merged cells are expanded; the page chrome
 * is cut away by keeping only what lies inside the element that holds the report's section
 * headings, and the title is looked for just before it.
 */
import type { DefaultTreeAdapterMap } from 'parse5';
import { matchSectionHeading, type FormatLabels } from './format-labels.js';
import { parseLean } from './html-tree.js';
import { tidyInline } from './inline.js';
import { limitNote, SkipTally, type ImportLimits } from './limits.js';
import type { Where } from './report.js';
import { GridBudget, type SourceDoc, type SourceItem, type SpannedCell } from './source.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const BLOCKS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'blockquote',
  'pre',
  'center',
  'dl',
  'dt',
  'dd',
  'form',
  'address',
  'figure',
  'figcaption',
  'nav',
  'body',
  'html',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'hr',
  'br',
]);
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'select',
  'button',
  'iframe',
  'svg',
  'object',
  'textarea',
]);
const INLINE_LEADS = new Set(['strong', 'b', 'span', 'font', 'em', 'i', 'u']);

const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
const lineOf = (n: Node): Where => {
  const line = (n as { sourceCodeLocation?: { startLine?: number } | null }).sourceCodeLocation?.startLine;
  return line === undefined ? {} : { line };
};

/**
 * A block element an item sits in, for finding the report's container. Elements are numbered in
 * document order, so an element's descendants are numbered `id + 1` to `end`: whether an item lies
 * inside an element is one comparison, and no item carries the whole chain of its ancestors.
 */
interface Scope {
  readonly id: number;
  end: number;
  readonly depth: number;
  readonly up?: Scope;
}

const ROOT: Scope = { id: 0, end: Infinity, depth: 0 };

/** An item and the innermost block it sits in. */
interface Placed {
  readonly item: SourceItem;
  readonly scope: Scope;
}

/** One run of text inside a paragraph, and the top-level inline element it came from. */
interface Run {
  readonly text: string;
  readonly owner: Owner | undefined;
}

/** An inline element (`<strong>`, `<span style>`) and how it looks, to tell a leading run apart. */
interface Owner {
  readonly id: number;
  readonly look: string;
}

/**
 * Reads an HTML page (or a fragment, or mammoth's rendering of a DOCX).
 * @param html the markup
 * @param labels the format's labels
 * @param limits the import's limits: `depth` of nesting, `lineChars` of a paragraph or cell, `tableCells`
 * @param options `where: 'paragraph'` numbers paragraphs instead of giving source lines (DOCX)
 */
export function readHtml(
  html: string,
  labels: FormatLabels,
  limits: ImportLimits,
  options: { where?: 'line' | 'paragraph' } = {},
): SourceDoc {
  const { document: doc, flattened } = parseLean(html, { lines: options.where !== 'paragraph', depth: limits.depth });
  const tooLong = new SkipTally('lineChars', limits.lineChars);
  const grids = new GridBudget(limits);
  const placed: Placed[] = [];
  let ids = 0;
  let tables = 0;
  let paragraphs = 0;
  let runs: Run[] = [];
  let start: { where: Where; scope: Scope; title: boolean } | undefined;
  let pageTitle = '';

  const flush = () => {
    const text = tidyInline(runs.map((r) => r.text).join(''));
    if (start && text.length > limits.lineChars) tooLong.skip(text.length, start.where);
    else if (start && text !== '') {
      paragraphs++;
      const where = options.where === 'paragraph' ? { paragraph: paragraphs } : start.where;
      const lead = leadOf(runs, text);
      placed.push({
        item: { kind: 'paragraph', text, where, ...(start.title ? { title: true } : {}), ...(lead ? { lead } : {}) },
        scope: start.scope,
      });
    }
    runs = [];
    start = undefined;
  };

  const visit = (node: Node, scope: Scope, owner: Owner | undefined, inTitle: boolean) => {
    if (!isElement(node)) {
      if (node.nodeName === '#text') {
        const value = (node as { value: string }).value;
        if (!start) start = { where: lineOf(node), scope, title: inTitle };
        runs.push({ text: value, owner });
      } else for (const child of childrenOf(node)) visit(child, scope, owner, inTitle);
      return;
    }
    const tag = node.tagName;
    if (tag === 'title') pageTitle = textOf(node);
    if (SKIPPED.has(tag)) return;
    const id = ++ids;
    if (tag === 'table' && !isLayoutTable(node)) {
      flush();
      const table = readTable(node, ++tables, grids, tooLong);
      if (table) placed.push({ item: table, scope: { id, end: id, depth: scope.depth + 1, up: scope } });
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    const title = inTitle || tag === 'h1' || /(?:^|[\s_-])title(?:$|[\s_-])/i.test(attr(node, 'class') ?? '');
    const inner = block ? { id, end: id, depth: scope.depth + 1, up: scope } : scope;
    const look = `${tag} ${attr(node, 'class') ?? ''} ${attr(node, 'style') ?? ''}`;
    const innerOwner = block ? undefined : (owner ?? (INLINE_LEADS.has(tag) ? { id, look } : undefined));
    for (const child of childrenOf(node)) visit(child, inner, innerOwner, title);
    if (block) {
      flush();
      inner.end = ids;
    }
  };
  visit(doc, ROOT, undefined, false);
  flush();
  const notes = [
    ...(flattened > 0 ? [limitNote('depth', limits.depth, limits.depth + 1, { count: flattened })] : []),
    ...tooLong.notes(),
    ...grids.notes(),
  ];
  return { items: keepReport(placed, labels, pageTitle), notes };
}

function childrenOf(node: Element | Node): readonly Node[] {
  if (isElement(node) && node.tagName === 'template') return [];
  return 'childNodes' in node ? (node.childNodes as Node[]) : [];
}

/**
 * The leading run of a paragraph printed apart (`<strong>（一）主动公开情况。</strong>一是…`): the
 * text of the first inline elements that look alike, when the rest looks different.
 */
function leadOf(runs: readonly Run[], whole: string): string | undefined {
  const first = runs.findIndex((r) => r.text.trim() !== '');
  const owner = runs[first]?.owner;
  if (first < 0 || owner === undefined) return undefined;
  let text = '';
  for (const run of runs.slice(first)) {
    if (run.owner?.look !== owner.look) break;
    text += run.text;
  }
  const lead = tidyInline(text);
  return lead.length > 0 && lead.length < whole.length ? lead : undefined;
}

/**
 * A table used for page layout: it holds another table, or it is a single cell. The walk stops at
 * the first table inside, so each element is walked for its nearest table only (not once for
 * every table around it).
 */
function isLayoutTable(table: Element): boolean {
  let cells = 0;
  const nested = (n: Node, depth: number): boolean => {
    if (!isElement(n)) return false;
    if (depth > 0 && n.tagName === 'table') return true;
    if (n.tagName === 'td' || n.tagName === 'th') cells++;
    return childrenOf(n).some((c) => nested(c, depth + 1));
  };
  return nested(table, 0) || cells <= 1;
}

/** A data table, or `undefined` when a cell is too long or the grid does not fit in the budget. */
function readTable(table: Element, number: number, grids: GridBudget, tooLong: SkipTally): SourceItem | undefined {
  const rows: SpannedCell[][] = [];
  let longest: { size: number; where: Where } | undefined;
  const walk = (n: Node) => {
    if (!isElement(n)) return;
    if (n.tagName === 'tr') {
      const row: SpannedCell[] = [];
      for (const c of childrenOf(n)) {
        if (!isElement(c) || (c.tagName !== 'td' && c.tagName !== 'th')) continue;
        const cell = {
          text: tidyInline(textOf(c)),
          where: lineOf(c),
          rowspan: span(attr(c, 'rowspan')),
          colspan: span(attr(c, 'colspan')),
        };
        if (cell.text.length > tooLong.value && !(longest && longest.size >= cell.text.length))
          longest = { size: cell.text.length, where: cell.where };
        row.push(cell);
      }
      rows.push(row);
      return;
    }
    for (const c of childrenOf(n)) walk(c);
  };
  walk(table);
  const where = { ...lineOf(table), table: number };
  // A cell too long to read leaves the whole table unread: reading it without the cell would misplace the rest.
  if (longest) return void tooLong.skip(longest.size, { ...longest.where, table: number });
  const grid = grids.expand(rows, number, where);
  return grid && { kind: 'table', rows: grid, where };
}

const span = (value: string | undefined) => {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
};

/** Text of an element; the lines of a cell (`商业<br>企业`) are joined without a separator. */
function textOf(node: Node): string {
  if (!isElement(node)) return node.nodeName === '#text' ? (node as { value: string }).value : '';
  if (SKIPPED.has(node.tagName) && node.tagName !== 'title') return '';
  return childrenOf(node)
    .map((c) => (isElement(c) && BLOCKS.has(c.tagName) ? textOf(c).trim() : textOf(c)))
    .join('');
}

/**
 * Keeps the part of the page that holds the report: everything inside the innermost element that
 * contains its first and last section headings (and its tables), with the title found before it.
 */
function keepReport(placed: readonly Placed[], labels: FormatLabels, pageTitle: string): SourceItem[] {
  const anchors = placed.filter((p) => p.item.kind === 'table' || matchSectionHeading(labels, p.item.text));
  if (anchors.length < 2)
    return withPageTitle(
      placed.map((p) => p.item),
      pageTitle,
    );
  // The innermost element holding every anchor: the common ancestor of the first and the last in document order.
  let first = anchors[0]!.scope;
  let last = first;
  for (const a of anchors) {
    if (a.scope.id < first.id) first = a.scope;
    if (a.scope.id > last.id) last = a.scope;
  }
  const container = commonAncestor(first, last);
  const inside = (p: Placed) => container.id <= p.scope.id && p.scope.id <= container.end;
  const firstInside = placed.findIndex(inside);
  const kept = placed.filter(inside).map((p) => p.item);
  const hasTitle = kept.some((i) => i.kind === 'paragraph' && (i.title || i.text.endsWith('报告')));
  if (hasTitle) return kept;
  // The title often sits just above the article body, outside its container.
  for (let k = firstInside - 1; k >= 0 && k >= firstInside - 30; k--) {
    const item = placed[k]!.item;
    if (item.kind === 'paragraph' && isTitleLike(item.text)) return [{ ...item, title: true }, ...kept];
  }
  return withPageTitle(kept, pageTitle);
}

function commonAncestor(a: Scope, b: Scope): Scope {
  let x: Scope | undefined = a;
  let y: Scope | undefined = b;
  while (x && y && x.depth > y.depth) x = x.up;
  while (x && y && y.depth > x.depth) y = y.up;
  while (x && y && x !== y) {
    x = x.up;
    y = y.up;
  }
  return x ?? ROOT;
}

function withPageTitle(items: SourceItem[], pageTitle: string): SourceItem[] {
  if (items.some((i) => i.kind === 'paragraph' && i.title)) return items;
  const title =
    tidyInline(pageTitle)
      .split(/[_|｜]| - /u)[0]
      ?.trim() ?? '';
  return isTitleLike(title) ? [{ kind: 'paragraph', text: title, where: {}, title: true }, ...items] : items;
}

function isTitleLike(text: string): boolean {
  return text.length <= 60 && /年度报告|工作报告/.test(text) && !/[。；]$/.test(text);
}
