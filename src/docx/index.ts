/**
 * `zfxxgk/docx`: the DOCX renderer (hand-written OOXML zipped with fflate; runs anywhere).
 */
export { createDocxRenderer, DOCX_MEDIA_TYPE } from './renderer.js';
export type { DocxRendererOptions } from './renderer.js';
export { DEFAULT_FONTS } from './fonts.js';
export type { DocxFonts } from './fonts.js';
export { docxParts, docxPackage } from './package.js';
export type { PackageOptions } from './package.js';
export { RenderRefusedError } from '../render/contract.js';
