/**
 * Reading a .docx back for tests: unzip it, check each XML part is well-formed with a small strict
 * parser (no XML library is installed), and rebuild each table's grid of (text, rowspan, colspan)
 * from `w:gridSpan` and `w:vMerge`.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (XmlElement | string)[];
}

/** Thrown for XML that is not well-formed, with where it went wrong. */
export class XmlSyntaxError extends Error {}

const NAME = '[A-Za-z_][\\w.:-]*';
const START = new RegExp(`^<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>$`);
const ATTR = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
const END = new RegExp(`^</(${NAME})\\s*>$`);
const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const BAD_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function decode(raw: string, where: number): string {
  if (raw.replace(ENTITY, '').includes('&')) throw new XmlSyntaxError(`bare & at ${where}`);
  if (BAD_CHAR.test(raw)) throw new XmlSyntaxError(`character not allowed in XML at ${where}`);
  return raw.replace(ENTITY, (_, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : NAMED[e]!,
  );
}

/** Parses XML strictly (tags balanced, attributes quoted and unique, entities valid, one root). */
export function parseXml(xml: string): XmlElement {
  const tokens = /<\?[\s\S]*?\?>|<\/?[^<>]*>|[^<]+|</g;
  const stack: XmlElement[] = [{ name: '#document', attrs: {}, children: [] }];
  let m: RegExpExecArray | null;
  while ((m = tokens.exec(xml))) {
    const token = m[0];
    const top = stack[stack.length - 1]!;
    if (token.startsWith('<?')) {
      if (m.index !== 0 || !token.startsWith('<?xml '))
        throw new XmlSyntaxError(`processing instruction at ${m.index}`);
    } else if (token.startsWith('</')) {
      const end = END.exec(token);
      if (!end || end[1] !== top.name)
        throw new XmlSyntaxError(`unexpected ${token} at ${m.index} (open: ${top.name})`);
      stack.pop();
    } else if (token.startsWith('<')) {
      const start = START.exec(token);
      if (!start) throw new XmlSyntaxError(`malformed tag ${token.slice(0, 40)} at ${m.index}`);
      const attrs: Record<string, string> = {};
      for (const a of start[2]!.matchAll(ATTR)) {
        if (a[1]! in attrs) throw new XmlSyntaxError(`duplicate attribute ${a[1]} at ${m.index}`);
        attrs[a[1]!] = decode(a[2] ?? a[3] ?? '', m.index);
      }
      const element: XmlElement = { name: start[1]!, attrs, children: [] };
      if (stack.length === 1 && top.children.some((c) => typeof c !== 'string'))
        throw new XmlSyntaxError('two root elements');
      top.children.push(element);
      if (!start[3]) stack.push(element);
    } else {
      if (token.includes(']]>')) throw new XmlSyntaxError(`]]> in text at ${m.index}`);
      if (stack.length === 1) {
        if (token.trim() !== '') throw new XmlSyntaxError(`text outside the root at ${m.index}`);
      } else top.children.push(decode(token, m.index));
    }
  }
  if (stack.length !== 1) throw new XmlSyntaxError(`unclosed <${stack[stack.length - 1]!.name}>`);
  const root = stack[0]!.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!root) throw new XmlSyntaxError('no root element');
  return root;
}

/** Every descendant element of that name, in document order (not inside another match). */
export function find(node: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    if (child.name === name) out.push(child);
    else out.push(...find(child, name));
  }
  return out;
}

/** The first descendant of that name. */
export function first(node: XmlElement, name: string): XmlElement | undefined {
  return find(node, name)[0];
}

/** The text directly inside an element. */
export function ownText(node: XmlElement): string {
  return node.children.filter((c): c is string => typeof c === 'string').join('');
}

/** The text of the `w:t` runs inside a node. */
export function wordText(node: XmlElement): string {
  return find(node, 'w:t')
    .map((t) => t.children.join(''))
    .join('');
}

/** Unzips a .docx into its parts as text. */
export function docxFiles(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

export interface DocxCell {
  text: string;
  rs: number;
  cs: number;
  tc: XmlElement;
}

/**
 * The tables of `word/document.xml` as rows of cells: a `w:vMerge` continue cell is folded into the
 * cell above it (its row span grows), `w:gridSpan` gives the column span.
 */
export function docxTables(documentXml: string): { tbl: XmlElement; rows: DocxCell[][] }[] {
  return find(parseXml(documentXml), 'w:tbl').map((tbl) => {
    const starts = new Map<number, DocxCell>();
    const rows = find(tbl, 'w:tr').map((tr) => {
      const row: DocxCell[] = [];
      let column = 0;
      for (const tc of find(tr, 'w:tc')) {
        const cs = Number(first(tc, 'w:gridSpan')?.attrs['w:val'] ?? 1);
        const merge = first(tc, 'w:vMerge');
        if (merge && merge.attrs['w:val'] !== 'restart') {
          const above = starts.get(column);
          if (!above || above.cs !== cs) throw new Error(`vMerge continue without a cell above at column ${column}`);
          above.rs++;
        } else {
          const cell: DocxCell = { text: wordText(tc), rs: 1, cs, tc };
          starts.set(column, cell);
          row.push(cell);
        }
        column += cs;
      }
      return row;
    });
    return { tbl, rows };
  });
}
