/**
 * Reading a tagged PDF's pages as the structure Chromium wrote: each piece of text with the
 * elements it sits in (H2, P, Table, TR, TH, TD…), in document order. This is how the tests tell
 * a heading or a table's header row from body text without guessing from fonts or positions.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One marked piece of text on a page and the structure elements around it, outermost first. */
export interface TaggedText {
  readonly text: string;
  readonly roles: readonly string[];
  /** The table row it belongs to (the same object for every cell of a row on that page). */
  readonly row?: object;
}

interface StructNode {
  readonly role?: string;
  readonly type?: string;
  readonly id?: string;
  readonly children?: readonly StructNode[];
}

/** Every page's tagged text, in document order; text outside the structure (page numbers) is left out. */
export async function taggedPages(pdf: Uint8Array): Promise<TaggedText[][]> {
  const doc = await getDocument({
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    const pages: TaggedText[][] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const textOf = new Map<string, string>();
      let current: string | undefined;
      for (const item of content.items) {
        if ('type' in item) current = item.type === 'beginMarkedContentProps' ? item.id : undefined;
        else if (current) textOf.set(current, (textOf.get(current) ?? '') + item.str);
      }
      const out: TaggedText[] = [];
      const walk = (node: StructNode, chain: readonly StructNode[]) => {
        if (node.type === 'content') {
          const text = (textOf.get(node.id ?? '') ?? '').trim();
          const row = [...chain].reverse().find((n) => n.role === 'TR');
          if (text) out.push({ text, roles: chain.map((n) => n.role!), ...(row ? { row } : {}) });
          return;
        }
        for (const child of node.children ?? []) walk(child, node.role ? [...chain, node] : chain);
      };
      const tree = (await page.getStructTree()) as StructNode | null;
      if (tree) walk(tree, []);
      pages.push(out);
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** True for text inside a heading element (H1–H6). */
export function inHeading(text: TaggedText): boolean {
  return text.roles.some((r) => /^H\d$/.test(r));
}

/** The pieces of text of one table row on one page. */
export function rowTexts(page: readonly TaggedText[], row: object): TaggedText[] {
  return page.filter((t) => t.row === row);
}
