/**
 * The PDF renderer: the HTML document, printed by Debian's Chromium through a shared browser pool,
 * laid out per GB/T 9704 (A4, 37/35/28/26 mm, 22 lines of 3号 text, page numbers "— N —").
 * Offline: every request other than our own font assets is blocked, and the page runs no script.
 */
import type { HTTPRequest, Page } from 'puppeteer-core';
import { compileTemplates, drawHtml } from '../html/renderer.js';
import { loadTemplates, type TemplateOverrides } from '../html/templates.js';
import {
  defineRenderer,
  type RenderContext,
  type RenderExtras,
  type Renderer,
  type RendererStats,
  type RenderResult,
} from '../render/contract.js';
import { prepareView } from '../render/prepare.js';
import type { ReportView } from '../render/view-model.js';
import { deterministicPdf } from './deterministic.js';
import { createBrowserPool, type BrowserPool, type BrowserPoolOptions } from './browser/index.js';
import { resolveFonts, uncoveredCharacters, type FontOptions, type FontSetup } from './fonts.js';
import { checkFonts, ensureFonts, willPrepare } from './fonts-policy.js';
import { fontsConfPath, writeFontsConf } from './fonts-prepare.js';

/** Options of one PDF render. */
export interface PdfContext extends RenderContext {
  /** Tagged (accessible) PDF, the default; false is a little faster and smaller. */
  readonly tagged?: boolean;
  /** Time limit of the render in ms (default 30 000). */
  readonly timeoutMs?: number;
}

/** What a PDF render reports besides the bytes. */
export interface PdfExtras extends RenderExtras {
  /** Number of pages. */
  readonly pages: number;
  /** 1, or 2 when Chromium died during the first attempt and the render was retried. */
  readonly attempts: number;
  /** Characters no prepared font covers: they fall back to a system font (printed as Type 3). */
  readonly uncovered: readonly string[];
  /** Where the text's fonts came from; `system` only with `fonts.allowType3`. */
  readonly fontSource: FontSetup['source'];
  /** Type 3 fonts in the PDF, counted in its bytes (0 unless characters fell back to system fonts). */
  readonly type3Fonts: number;
  /** Requests the page tried to make and that were blocked (none for our own templates). */
  readonly blocked: readonly string[];
}

/** What a PDF render returns: the PDF's bytes, the report's issues, and the PDF's extras. */
export type PdfResult = RenderResult<Uint8Array, PdfExtras>;

/** Media type of a PDF. */
export const PDF_MEDIA_TYPE = 'application/pdf';

/** How to make a PDF renderer. */
export interface PdfRendererOptions extends TemplateOverrides {
  readonly fonts?: FontOptions;
  /** A pool to share (the caller closes it), or options for the renderer's own pool. */
  readonly pool?: BrowserPool | BrowserPoolOptions;
}

/** A PDF renderer owns (or borrows) a browser: close it when done. */
export interface PdfRenderer extends Renderer<Uint8Array, PdfExtras, PdfContext> {
  readonly pool: BrowserPool;
  readonly fonts: FontSetup;
  /**
   * Starts Chromium and opens its pages now, so that they are ready by the first render (see the
   * pool's `warm`); does nothing while the fonts are not prepared yet, as Chromium reads their
   * fontconfig file when it starts.
   */
  warm(): void;
  /** Closes the renderer's own pool (a borrowed one is left open). */
  close(): Promise<void>;
  /** The pool's launches, restarts and retries (of every renderer sharing it). */
  stats(): RendererStats;
}

/** What the request guard of a page serves and has blocked, for the render now using the page. */
interface PageGuard {
  assets: ReadonlyMap<string, { bytes: Uint8Array; type: string }>;
  blocked: string[];
}

const guards = new WeakMap<Page, PageGuard>();

/**
 * Makes a page offline, once: no script, print media, and every request intercepted — our own
 * font assets are served from memory, `data:` URLs pass, anything else is blocked and recorded.
 * The guard belongs to the page, so renderers sharing a pool share it; each render sets the
 * assets it serves before it loads its document.
 */
async function guardPage(page: Page): Promise<PageGuard> {
  const existing = guards.get(page);
  if (existing) return existing;
  const guard: PageGuard = { assets: new Map(), blocked: [] };
  guards.set(page, guard);
  await page.setJavaScriptEnabled(false);
  await page.emulateMediaType('print');
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    const asset = guard.assets.get(url);
    if (asset) {
      void request.respond({
        status: 200,
        contentType: asset.type,
        // Fonts of a setContent page load cross-origin: without this header they silently fail.
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: Buffer.from(asset.bytes),
      });
    } else if (url.startsWith('data:')) {
      void request.continue();
    } else {
      guard.blocked.push(url);
      void request.abort('blockedbyclient');
    }
  });
  return guard;
}

const isPool = (p: unknown): p is BrowserPool => typeof (p as BrowserPool | undefined)?.run === 'function';

/** A PDF's bytes as latin1 text: one character per byte, to search with regular expressions. */
const latin1 = (pdf: Uint8Array): string => Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
const type3In = (text: string): number => (text.match(/\/Subtype\s*\/Type3\b/g) ?? []).length;
const pagesIn = (text: string): number => (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

/** Counts Type 3 font dictionaries (Chromium writes them uncompressed). */
export function countType3Fonts(pdf: Uint8Array): number {
  return type3In(latin1(pdf));
}

/** Counts `/Type /Page` objects (not `/Pages`). */
export function countPages(pdf: Uint8Array): number {
  return pagesIn(latin1(pdf));
}

/** All the text a view prints, to check font coverage. */
function viewText(view: ReportView): string {
  const parts: string[] = [view.title, view.agency, view.date];
  const blocks = (list: ReportView['preamble']) => {
    for (const b of list) {
      if (b.paragraph) parts.push(b.text);
      else parts.push(b.number, b.heading, b.lead ?? '', ...b.paragraphs);
    }
  };
  blocks(view.preamble);
  for (const s of view.sections) {
    parts.push(s.heading);
    if (s.blocks) blocks(s.blocks);
    if (s.table) for (const row of [...s.table.head, ...s.table.body]) for (const c of row) parts.push(c.text);
  }
  for (const i of view.issues) parts.push(i.severityText, i.message, i.code);
  return parts.join('');
}

/**
 * Makes a PDF renderer.
 * @param options fonts, house style, and the browser pool to use or its options
 * @returns a renderer named `pdf`; `render()` resolves to `{ body, mediaType, issues, draft, extras }`
 *   with `extras` of `{ pages, attempts, uncovered, blocked }`; `close()` it when done
 * @example
 * const pdf = createPdfRenderer();
 * try { const { body, extras } = await pdf.render(report); } finally { await pdf.close(); }
 */
export function createPdfRenderer(options: PdfRendererOptions = {}): PdfRenderer {
  const templates = compileTemplates(loadTemplates(options));
  // Refuses now, before any work, when fonts are missing and cannot be prepared.
  checkFonts(options.fonts);
  let fonts = resolveFonts(options.fonts);
  // Prepared on the first render when missing; a failure is retried by the next render.
  let ready: Promise<FontSetup> | undefined;
  const fontsReady = () => {
    ready ??= ensureFonts(options.fonts).then(
      (setup) => (fonts = setup),
      (error: unknown) => {
        ready = undefined;
        throw error;
      },
    );
    return ready;
  };
  // fontconfig's file, when prepared fonts are there or will be before the browser starts.
  const fontconfigFile = fonts.prepared || willPrepare(options.fonts) ? fontsConfPath(fonts.fontDir) : undefined;
  const ownPool = !isPool(options.pool);
  const pool: BrowserPool = isPool(options.pool)
    ? options.pool
    : createBrowserPool({
        ...(options.pool ?? {}),
        ...(fontconfigFile ? { env: { FONTCONFIG_FILE: fontconfigFile } } : {}),
        setupPage: async (page) => {
          await guardPage(page);
        },
      });

  const renderer = defineRenderer<Uint8Array, PdfExtras, PdfContext>({
    name: 'pdf',
    mediaType: PDF_MEDIA_TYPE,
    async render(input, ctx = {}) {
      const { view, issues, draft } = prepareView(input, ctx);
      const fonts = await fontsReady();
      // A failed first-use preparation under allowType3: fontconfig still needs its file.
      if (fontconfigFile && !fonts.prepared) await writeFontsConf(fonts.fontDir);
      const html = drawHtml(templates, view, { css: fonts.css });
      const { value, attempts } = await pool.run(
        async (page) => {
          const state = await guardPage(page);
          state.assets = fonts.assets;
          state.blocked = [];
          await page.setContent(html, { waitUntil: 'load' });
          const tagged = ctx.tagged ?? true;
          const pdf = await page.pdf({
            preferCSSPageSize: true,
            printBackground: true,
            tagged,
            // The outline is made from the tags: without them Chromium would tag the PDF anyway.
            outline: tagged,
            displayHeaderFooter: false,
          });
          return { pdf, blocked: state.blocked };
        },
        { ...(ctx.timeoutMs ? { timeoutMs: ctx.timeoutMs } : {}), ...(ctx.signal ? { signal: ctx.signal } : {}) },
      );
      // Read as text once for both counts.
      const text = latin1(value.pdf);
      return {
        body: deterministicPdf(value.pdf, view.publishedAt),
        mediaType: PDF_MEDIA_TYPE,
        issues,
        draft,
        extras: {
          pages: pagesIn(text),
          attempts,
          uncovered: uncoveredCharacters(viewText(view), fonts),
          fontSource: fonts.source,
          type3Fonts: type3In(text),
          blocked: value.blocked,
        },
      };
    },
  });

  return {
    ...renderer,
    pool,
    get fonts() {
      return fonts;
    },
    warm() {
      if (fontconfigFile && !fonts.prepared) return;
      pool.warm();
    },
    async close() {
      if (ownPool) await pool.close();
    },
    stats() {
      const { launches, restarts, retries } = pool.stats();
      return { launches, restarts, retries };
    },
  };
}
