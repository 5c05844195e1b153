/**
 * `zfxxgk/docx`: the DOCX renderer — hand-written OOXML zipped with fflate, laid out per GB/T 9704,
 * the three tables in the official template's merged-cell layout. Needs no browser and no Node API.
 */
export { createDocxRenderer, DOCX_MEDIA_TYPE } from './renderer.js';
export type { DocxRendererOptions, DocxResult } from './renderer.js';
export { DEFAULT_FONTS } from './fonts.js';
export type { DocxFonts } from './fonts.js';
export { RenderRefusedError } from '../render/contract.js';
export type { Renderer, RenderContext, RenderExtras, RenderResult } from '../render/contract.js';
