/**
 * Word (.docx) files: mammoth turns the document into HTML — paragraphs, bold runs as `<strong>`,
 * tables with their merged cells as `rowspan`/`colspan` — which the HTML reader then reads.
 * Images are dropped and no external file is ever opened.
 */
import mammoth from 'mammoth';
import type { FormatLabels } from './format-labels.js';
import { readHtml } from './html.js';
import type { SourceDoc } from './source.js';

/**
 * Reads a .docx file.
 * @param bytes the file
 * @param labels the format's labels
 * @returns the document, or an UNREADABLE_FILE note when the bytes are not a Word document
 */
export async function readDocx(bytes: Uint8Array, labels: FormatLabels): Promise<SourceDoc> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='标题'] => h1:fresh"],
      },
    );
    html = result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { items: [], notes: [{ code: 'UNREADABLE_FILE', params: { reason: `不是有效的 Word（.docx）文件：${reason}` } }] };
  }
  return readHtml(`<body>${html}</body>`, labels, { where: 'paragraph' });
}
