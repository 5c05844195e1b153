/**
 * parse5 with a lean tree: the HTML reader needs elements, their text, four attributes and the
 * line each starts on. parse5's default tree keeps every attribute, comment and script body and a
 * full source location (start, end, start tag, end tag, each attribute) per node, about 150× the
 * page's size in memory. This tree adapter keeps only what is read, and flattens nesting past a
 * depth limit the way browsers do (an element deeper than the limit becomes a sibling at it).
 */
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];

/** The attributes the reader looks at (row and column spans; class and style for leads and titles). */
const KEPT_ATTRIBUTES = new Set(['rowspan', 'colspan', 'class', 'style']);

/** Elements whose text is never read (scripts, styles…): their text is not stored at all. */
const UNREAD_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'textarea',
  'iframe',
  'xmp',
  'noembed',
  'noframes',
  'template',
]);

/** What parsing leaves to report. */
export interface ParsedHtml {
  readonly document: DefaultTreeAdapterMap['document'];
  /** Elements moved up to the depth limit (0 when none). */
  readonly flattened: number;
}

/**
 * Parses HTML into a lean parse5 tree.
 * @param html the markup
 * @param options `lines`: keep each node's start line (`sourceCodeLocation.startLine`); `depth`: the nesting limit
 */
export function parseLean(html: string, options: { lines: boolean; depth: number }): ParsedHtml {
  const depthOf = new WeakMap<object, number>();
  let flattened = 0;
  const depth = (n: object) => depthOf.get(n) ?? 0;
  // The nearest ancestor (or self) still above the limit: where a too-deep element goes instead.
  const within = (parent: ParentNode): ParentNode => {
    let p: ParentNode = parent;
    while (depth(p) >= options.depth && 'parentNode' in p && p.parentNode) p = p.parentNode;
    return p;
  };
  const place = (parent: ParentNode, node: Node): ParentNode => {
    if (!('tagName' in node)) return parent;
    const target = within(parent);
    if (target !== parent) flattened++;
    depthOf.set(node, depth(target) + 1);
    return target;
  };
  const adapter: TreeAdapter<DefaultTreeAdapterMap> = {
    ...defaultTreeAdapter,
    createElement: (tagName, namespaceURI, attrs) =>
      defaultTreeAdapter.createElement(
        tagName,
        namespaceURI,
        attrs.filter((a) => KEPT_ATTRIBUTES.has(a.name)),
      ),
    // Comments are made (parse5 needs a node) but never attached, and keep no text.
    createCommentNode: () => defaultTreeAdapter.createCommentNode(''),
    appendChild: (parent, node) => {
      if (node.nodeName === '#comment') return;
      defaultTreeAdapter.appendChild(place(parent, node), node);
    },
    insertBefore: (parent, node, reference) => {
      if (node.nodeName === '#comment') return;
      const target = place(parent, node);
      if (target === parent) defaultTreeAdapter.insertBefore(parent, node, reference);
      else defaultTreeAdapter.appendChild(target, node);
    },
    insertText: (parent, text) => {
      if (!UNREAD_TEXT.has(tagOf(parent))) defaultTreeAdapter.insertText(parent, text);
    },
    insertTextBefore: (parent, text, reference) => {
      if (!UNREAD_TEXT.has(tagOf(parent))) defaultTreeAdapter.insertTextBefore(parent, text, reference);
    },
    // Only the start line is kept; parse5 may ask about a text node that was not stored.
    getNodeSourceCodeLocation: (node) => (node as Node | undefined)?.sourceCodeLocation,
    setNodeSourceCodeLocation: (node, location) => {
      if (node) node.sourceCodeLocation = location ? ({ startLine: location.startLine } as typeof location) : null;
    },
    updateNodeSourceCodeLocation: () => {},
  };
  const document = parse(html, { sourceCodeLocationInfo: options.lines, treeAdapter: adapter });
  return { document, flattened };
}

const tagOf = (node: ParentNode) => ((node as Element).tagName ?? '') as string;
