/**
 * Writing XML by hand, safely: every piece of report text passes through `escapeXml`, which also
 * drops what XML 1.0 cannot hold at all (control characters, lone surrogates, U+FFFE/U+FFFF), and
 * elements are made by `el`, which escapes attribute values. Children are XML strings already made.
 */

/** Characters XML 1.0 forbids even when escaped (tab, LF and CR are allowed). */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Escapes text for XML content or an attribute value: `& < > " '` become entities, and characters
 * XML cannot carry are removed (the model forbids them; this is the last line of defence).
 * @example escapeXml('A & <B>') // 'A &amp; &lt;B&gt;'
 */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** Attribute values of an element; `undefined` leaves the attribute out. */
export type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * One element: `<name a="v"/>` when it has no children, else `<name a="v">…</name>`.
 * @param children XML strings already made (use `escapeXml` for text)
 * @example el('w:jc', { 'w:val': 'center' }) // '<w:jc w:val="center"/>'
 */
export function el(name: string, attrs: Attrs = {}, ...children: readonly string[]): string {
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== undefined) open += ` ${key}="${escapeXml(String(value))}"`;
  }
  const inner = children.join('');
  return inner === '' ? `${open}/>` : `${open}>${inner}</${name}>`;
}

/** The XML declaration every part starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * A whole XML part: the declaration, then the root element.
 * @example xmlPart('Types', { xmlns: '…' }, '…')
 */
export function xmlPart(root: string, attrs: Attrs, ...children: readonly string[]): string {
  return XML_DECLARATION + el(root, attrs, ...children);
}
