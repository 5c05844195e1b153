/**
 * Building the form's DOM. User text only ever goes in through `textContent` and attribute values,
 * never through `innerHTML`, so whatever a report holds is shown as text.
 */

/** Attributes and text of a new element; `false`/`undefined` attributes are left out. */
export interface ElementProps {
  readonly [name: string]: string | number | boolean | undefined;
}

/**
 * Makes an element with attributes and children (strings become text nodes).
 * @example el('button', { type: 'button' }, '添加段落')
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** A button that runs `onClick`. */
export function button(text: string, onClick: () => void, props: ElementProps = {}): HTMLButtonElement {
  const node = el('button', { type: 'button', ...props }, text);
  node.addEventListener('click', onClick);
  return node;
}

let counter = 0;

/** A document-unique id with a prefix, for `aria-describedby` and `for`. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
