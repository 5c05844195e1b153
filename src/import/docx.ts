/**
 * Word (.docx) files: mammoth turns the document into HTML — paragraphs, bold runs as `<strong>`,
 * tables with their merged cells as `rowspan`/`colspan` — which the HTML reader then reads.
 * Images are dropped and no external file is ever opened.
 */
import { loadOptional } from '../node/optional.js';
import { boundedDocx } from './docx-unzip.js';
import type { FormatLabels } from './format-labels.js';
import { readHtml } from './html.js';
import { LimitExceeded, type ImportLimits } from './limits.js';
import type { SourceDoc } from './source.js';

interface MammothRun {
  type: string;
  styleId: string | null;
  font: string | null;
  isBold: boolean;
  children?: unknown[];
}

/**
 * A paragraph opening with runs in their own character style or font (a run-in sub-heading set in
 * 楷体) gets those runs marked bold, so that they come out as `<strong>` and are read as the lead.
 */
function markLeadingRuns<P extends { children: unknown[] }>(paragraph: P): P {
  const runs = paragraph.children.filter((c): c is MammothRun => (c as MammothRun).type === 'run');
  if (runs.length < 2) return paragraph;
  const look = (r: MammothRun) => `${r.styleId ?? ''}|${r.font ?? ''}|${r.isBold}`;
  const first = look(runs[0]!);
  if (first === look(runs[runs.length - 1]!) || (runs[0]!.styleId === null && runs[0]!.font === null)) return paragraph;
  for (const r of runs) {
    if (look(r) !== first) break;
    r.isBold = true;
  }
  return paragraph;
}

/** Applies a change to every paragraph of mammoth's document tree (mammoth's typings omit its `transforms`). */
function eachParagraph(change: (p: { children: unknown[] }) => unknown) {
  const visit = (element: { type?: string; children?: unknown[] }): unknown => {
    if (element.children) element.children = element.children.map((c) => visit(c as typeof element));
    return element.type === 'paragraph' ? change(element as { children: unknown[] }) : element;
  };
  return visit;
}

/**
 * Reads a .docx file.
 * @param bytes the file
 * @param labels the format's labels
 * @param limits the import's limits (entries and inflated size of the zip; then those of HTML)
 * @returns the document, or an UNREADABLE_FILE note when the bytes are not a Word document
 * @throws LimitExceeded when the zip passes a limit
 */
export async function readDocx(bytes: Uint8Array, labels: FormatLabels, limits: ImportLimits): Promise<SourceDoc> {
  const mammoth = (await loadOptional('mammoth', () => import('mammoth'))).default;
  let html: string;
  try {
    const checked = boundedDocx(bytes, limits);
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(checked.buffer, checked.byteOffset, checked.byteLength) },
      {
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='标题'] => h1:fresh"],
        transformDocument: eachParagraph(markLeadingRuns),
      },
    );
    html = result.value;
  } catch (error) {
    if (error instanceof LimitExceeded) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    return { items: [], notes: [{ code: 'UNREADABLE_FILE', params: { kind: 'docx', detail } }] };
  }
  return readHtml(`<body>${html}</body>`, labels, limits, { where: 'paragraph' });
}
