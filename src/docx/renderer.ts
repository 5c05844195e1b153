/**
 * The DOCX renderer: a report → a Word file laid out per GB/T 9704, written as hand-made OOXML and
 * zipped with fflate. It validates first, once (`prepareView`): a report with errors is refused, or with
 * `draft` drawn as a draft — 草稿 in every header, a watermark, and the issues on a last page.
 */
import { defineRenderer, type RenderContext, type Renderer, type RenderResult } from '../render/contract.js';
import { prepareView } from '../render/prepare.js';
import { DEFAULT_FONTS, type DocxFonts } from './fonts.js';
import { docxPackage } from './package.js';

/** Media type of a .docx file. */
export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** How a DOCX renderer is set up. */
export interface DocxRendererOptions {
  /**
   * Faces to name instead of the official ones, by role (e.g. `{ title: '方正小标宋_GBK' }` for a
   * platform whose machines have that cut).
   */
  readonly fonts?: Partial<DocxFonts>;
  /** `dc:creator` in the document properties; `zfxxgk` by default. */
  readonly creator?: string;
}

/** What a DOCX render returns: the Word file as bytes. */
export type DocxResult = RenderResult<Uint8Array>;

/**
 * Makes a renderer of reports into .docx files (bytes).
 * @param options faces and document properties
 * @returns a renderer named `docx`; `render()` resolves to `{ body, mediaType, issues, draft, extras }`
 * @example
 * const docx = createDocxRenderer();
 * await writeFile('report.docx', (await docx.render(report)).body);
 */
export function createDocxRenderer(options: DocxRendererOptions = {}): Renderer<Uint8Array> {
  const fonts: DocxFonts = { ...DEFAULT_FONTS, ...options.fonts };
  const creator = options.creator ?? 'zfxxgk';
  return defineRenderer<Uint8Array>({
    name: 'docx',
    mediaType: DOCX_MEDIA_TYPE,
    async render(input, ctx: RenderContext = {}) {
      ctx.signal?.throwIfAborted();
      const { view, issues, draft } = prepareView(input, ctx);
      return { body: docxPackage(view, { fonts, creator }), mediaType: DOCX_MEDIA_TYPE, issues, draft, extras: {} };
    },
  });
}
