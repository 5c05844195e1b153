/**
 * HTML as government sites publish it: the report's paragraphs and `<table>`s somewhere inside a
 * page of navigation and footers. Block elements and `<br>` end paragraphs; a table holding other
 * tables (or a single cell) is page layout, not data; merged cells are expanded; the page chrome
 * is cut away by keeping only what lies inside the element that holds the report's section
 * headings, and the title is looked for just before it.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { matchSectionHeading, type FormatLabels } from './format-labels.js';
import { tidyInline } from './inline.js';
import type { Where } from './report.js';
import { expandGrid, type SourceDoc, type SourceItem, type SpannedCell } from './source.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'section', 'article', 'header', 'footer', 'main',
  'aside', 'blockquote', 'pre', 'center', 'dl', 'dt', 'dd', 'form', 'address', 'figure', 'figcaption', 'nav', 'body',
  'html', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'hr', 'br',
]);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'select', 'button', 'iframe', 'svg', 'object', 'textarea']);
const INLINE_LEADS = new Set(['strong', 'b', 'span', 'font', 'em', 'i', 'u']);

const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
const lineOf = (n: Node): Where => {
  const line = (n as { sourceCodeLocation?: { startLine?: number } | null }).sourceCodeLocation?.startLine;
  return line === undefined ? {} : { line };
};

/** An item with the chain of elements it sits in, for finding the report's container. */
interface Placed {
  readonly item: SourceItem;
  readonly path: readonly number[];
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
 * @param options `where: 'paragraph'` numbers paragraphs instead of giving source lines (DOCX)
 */
export function readHtml(html: string, labels: FormatLabels, options: { where?: 'line' | 'paragraph' } = {}): SourceDoc {
  const doc = parse(html, { sourceCodeLocationInfo: options.where !== 'paragraph' });
  const placed: Placed[] = [];
  let ids = 0;
  let tables = 0;
  let paragraphs = 0;
  let runs: Run[] = [];
  let start: { where: Where; path: readonly number[]; title: boolean } | undefined;
  let pageTitle = '';

  const flush = () => {
    const text = tidyInline(runs.map((r) => r.text).join(''));
    if (start && text !== '') {
      paragraphs++;
      const where = options.where === 'paragraph' ? { paragraph: paragraphs } : start.where;
      const lead = leadOf(runs, text);
      placed.push({
        item: { kind: 'paragraph', text, where, ...(start.title ? { title: true } : {}), ...(lead ? { lead } : {}) },
        path: start.path,
      });
    }
    runs = [];
    start = undefined;
  };

  const visit = (node: Node, path: readonly number[], owner: Owner | undefined, inTitle: boolean) => {
    if (!isElement(node)) {
      if (node.nodeName === '#text') {
        const value = (node as { value: string }).value;
        if (!start) start = { where: lineOf(node), path, title: inTitle };
        runs.push({ text: value, owner });
      } else for (const child of childrenOf(node)) visit(child, path, owner, inTitle);
      return;
    }
    const tag = node.tagName;
    if (tag === 'title') pageTitle = textOf(node);
    if (SKIPPED.has(tag)) return;
    const id = ++ids;
    if (tag === 'table' && !isLayoutTable(node)) {
      flush();
      placed.push({ item: readTable(node, ++tables), path: [...path, id] });
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    const title = inTitle || tag === 'h1' || /(?:^|[\s_-])title(?:$|[\s_-])/i.test(attr(node, 'class') ?? '');
    const inner = block ? [...path, id] : path;
    const look = `${tag} ${attr(node, 'class') ?? ''} ${attr(node, 'style') ?? ''}`;
    const innerOwner = block ? undefined : (owner ?? (INLINE_LEADS.has(tag) ? { id, look } : undefined));
    for (const child of childrenOf(node)) visit(child, inner, innerOwner, title);
    if (block) flush();
  };
  visit(doc, [], undefined, false);
  flush();
  return { items: keepReport(placed, labels, pageTitle), notes: [] };
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

/** A table used for page layout: it holds another table, or it is a single cell. */
function isLayoutTable(table: Element): boolean {
  let nested = false;
  let cells = 0;
  const walk = (n: Node, depth: number) => {
    if (!isElement(n)) return;
    if (depth > 0 && n.tagName === 'table') nested = true;
    if (n.tagName === 'td' || n.tagName === 'th') cells++;
    for (const c of childrenOf(n)) walk(c, depth + 1);
  };
  walk(table, 0);
  return nested || cells <= 1;
}

function readTable(table: Element, number: number): SourceItem {
  const rows: SpannedCell[][] = [];
  const walk = (n: Node) => {
    if (!isElement(n)) return;
    if (n.tagName === 'tr') {
      rows.push(
        childrenOf(n)
          .filter(isElement)
          .filter((c) => c.tagName === 'td' || c.tagName === 'th')
          .map((c) => ({ text: tidyInline(textOf(c)), where: lineOf(c), rowspan: span(attr(c, 'rowspan')), colspan: span(attr(c, 'colspan')) })),
      );
      return;
    }
    for (const c of childrenOf(n)) walk(c);
  };
  walk(table);
  return { kind: 'table', rows: expandGrid(rows, number), where: { ...lineOf(table), table: number } };
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
  if (anchors.length < 2) return withPageTitle(placed.map((p) => p.item), pageTitle);
  let prefix = anchors[0]!.path;
  for (const a of anchors) {
    let n = 0;
    while (n < prefix.length && n < a.path.length && prefix[n] === a.path[n]) n++;
    prefix = prefix.slice(0, n);
  }
  const inside = (p: Placed) => prefix.every((id, i) => p.path[i] === id);
  const first = placed.findIndex(inside);
  const kept = placed.filter(inside).map((p) => p.item);
  const hasTitle = kept.some((i) => i.kind === 'paragraph' && (i.title || /报告$/.test(i.text)));
  if (hasTitle) return kept;
  // The title often sits just above the article body, outside its container.
  for (let k = first - 1; k >= 0 && k >= first - 30; k--) {
    const item = placed[k]!.item;
    if (item.kind === 'paragraph' && isTitleLike(item.text)) return [{ ...item, title: true }, ...kept];
  }
  return withPageTitle(kept, pageTitle);
}

function withPageTitle(items: SourceItem[], pageTitle: string): SourceItem[] {
  if (items.some((i) => i.kind === 'paragraph' && i.title)) return items;
  const title = tidyInline(pageTitle).split(/[_|｜]| - /u)[0]?.trim() ?? '';
  return isTitleLike(title) ? [{ kind: 'paragraph', text: title, where: {}, title: true }, ...items] : items;
}

function isTitleLike(text: string): boolean {
  return text.length <= 60 && /年度报告|工作报告/.test(text) && !/[。；]$/.test(text);
}
