/** Reads the tables of an HTML page back into grids of (text, rowspan, colspan), for tests. */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (n: Node): n is Element => 'tagName' in n;

export function elements(root: Node, tag: string): Element[] {
  const out: Element[] = [];
  const visit = (n: Node) => {
    if (isElement(n) && n.tagName === tag) out.push(n);
    if ('childNodes' in n) n.childNodes.forEach(visit);
    if (isElement(n) && n.tagName === 'template') visit((n as any).content);
  };
  visit(root);
  return out;
}

export function textOf(n: Node): string {
  if ('value' in n && n.nodeName === '#text') return (n as any).value as string;
  return 'childNodes' in n ? n.childNodes.map(textOf).join('') : '';
}

export const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;

export interface CellShape {
  text: string;
  rs: number;
  cs: number;
  tag: string;
  scope?: string;
}

/** Every table of a document as rows of cells, header rows first. */
export function tablesOf(html: string): { className: string; caption: string; rows: CellShape[][] }[] {
  const doc = parse(html);
  return elements(doc, 'table').map((table) => ({
    className: attr(table, 'class') ?? '',
    caption: elements(table, 'caption').map(textOf).join(''),
    rows: elements(table, 'tr').map((tr) =>
      tr.childNodes
        .filter(isElement)
        .filter((c) => c.tagName === 'td' || c.tagName === 'th')
        .map((c) => ({
          text: textOf(c).trim(),
          rs: Number(attr(c, 'rowspan') ?? 1),
          cs: Number(attr(c, 'colspan') ?? 1),
          tag: c.tagName,
          ...(attr(c, 'scope') ? { scope: attr(c, 'scope') } : {}),
        })),
    ),
  }));
}
