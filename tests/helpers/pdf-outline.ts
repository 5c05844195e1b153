/**
 * A PDF's bookmarks (outline) as plain data: each title, the page it opens (1-based) and its
 * children, read with pdf.js, so two PDFs' outlines compare with `toEqual`.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One bookmark. */
export interface Bookmark {
  readonly title: string;
  /** The page it opens, 1-based; null when its destination is on no page of the file. */
  readonly page: number | null;
  readonly children: readonly Bookmark[];
}

interface OutlineNode {
  readonly title: string;
  readonly dest: string | unknown[] | null;
  readonly items: readonly OutlineNode[];
}

/** Every bookmark of the PDF, nested as in the file. */
export async function pdfOutline(pdf: Uint8Array): Promise<Bookmark[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  const pageOf = async (dest: OutlineNode['dest']): Promise<number | null> => {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
    const ref = explicit?.[0] as { num: number; gen: number } | undefined;
    if (!ref || typeof ref !== 'object') return null;
    return doc.getPageIndex(ref).then(
      (index) => index + 1,
      () => null,
    );
  };
  // One request at a time, in document order.
  const walk = async (nodes: readonly OutlineNode[]): Promise<Bookmark[]> => {
    const out: Bookmark[] = [];
    for (const n of nodes) out.push({ title: n.title, page: await pageOf(n.dest), children: await walk(n.items) });
    return out;
  };
  try {
    return await walk(((await doc.getOutline()) ?? []) as OutlineNode[]);
  } finally {
    await doc.destroy();
  }
}
