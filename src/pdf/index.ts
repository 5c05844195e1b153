/**
 * `zfxxgk/pdf`: the PDF renderer (Puppeteer with the system Chromium) and its browser pool.
 */
export { createPdfRenderer, countPages, countType3Fonts, PDF_MEDIA_TYPE } from './renderer.js';
export type { PdfContext, PdfExtras, PdfRenderer, PdfRendererOptions, PdfResult } from './renderer.js';
export { resolveFonts, defaultFontDir, uncoveredCharacters, FONT_ROLES, FontFileError, ASSET_ORIGIN } from './fonts.js';
export type { FontOptions, FontRole, FontSetup } from './fonts.js';
export { checkFonts, ensureFonts, FontsUnavailableError } from './fonts-policy.js';
export { prepareFonts, FontPreparationError } from './fonts-prepare.js';
export type { PrepareOptions, PrepareReport } from './fonts-prepare.js';
export {
  createBrowserPool,
  findChromium,
  requireChromium,
  BrowserCrashError,
  BrowserLaunchError,
  BrowserPoolClosedError,
  ChromiumNotFoundError,
  RenderTimeoutError,
} from './browser/index.js';
export type {
  BrowserPool,
  BrowserPoolOptions,
  BrowserPoolStats,
  RenderContext as PageRenderContext,
  RenderFn,
  RetryEvent,
  RunOptions,
  RunResult,
} from './browser/index.js';
export { RenderRefusedError } from '../render/contract.js';
// Thrown on the first render when puppeteer-core is not installed.
export { MissingPackageError } from '../node/optional.js';
export type { Renderer, RenderContext, RendererStats, RenderExtras, RenderResult } from '../render/contract.js';
