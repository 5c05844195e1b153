/**
 * The service's renderers: one per output format, made once at start from the renderers' own
 * create functions, the PDF one on one shared browser pool. The pool's health is followed here
 * (ready, restarting after a crash, down after a failure) for /healthz and /metrics.
 */
import { createDocxRenderer } from '../docx/renderer.js';
import { createHtmlRenderer } from '../html/renderer.js';
import type { TemplateOverrides } from '../html/templates.js';
import type { FontOptions } from '../pdf/fonts.js';
import type { PdfRenderer } from '../pdf/renderer.js';
import {
  defineRenderer,
  RendererRegistry,
  type RenderBody,
  type RenderContext,
  type Renderer,
  type RenderExtras,
} from '../render/contract.js';

/** The formats the service renders, in the order the docs list them. */
export const SERVICE_FORMATS = ['pdf', 'html', 'fragment', 'docx'] as const;

/** A format the service renders. */
export type ServiceFormat = (typeof SERVICE_FORMATS)[number];

/** The file name ending of each format. */
export const FORMAT_SUFFIX: Record<ServiceFormat, string> = {
  pdf: '.pdf',
  html: '.html',
  fragment: '.fragment.html',
  docx: '.docx',
};

/** The browser's state: `ready` (or not started yet), `restarting` after a crash, `down` after a failure. */
export type BrowserState = 'ready' | 'restarting' | 'down';

/** How the service's renderers are made: server configuration, never a request's. */
export interface RendererSetup {
  readonly templates?: TemplateOverrides;
  readonly fonts?: FontOptions;
  /** Pages rendering at once in the browser. */
  readonly concurrency: number;
  /** Chromium binary (default `ZFXXGK_CHROMIUM`, then the system's). */
  readonly executablePath?: string;
  /** Time limit of one PDF render attempt, in ms. */
  readonly renderTimeoutMs: number;
  /** Told when a render is retried after Chromium died. */
  readonly onRetry?: () => void;
}

/** The renderers and the browser's health. */
export interface ServiceRenderers {
  readonly registry: RendererRegistry;
  /** The renderer of a format. */
  get(format: ServiceFormat): Renderer<RenderBody, RenderExtras, RenderContext & { tagged?: boolean }>;
  /** The browser's state now. */
  browserState(): BrowserState;
  /** The browser's launches and restarts so far. */
  browserStats(): { launches: number; restarts: number };
  /** Notes how a PDF render ended, for the state. */
  observe(outcome: 'ok' | 'browser-failed'): void;
}

/**
 * Makes the renderers. Fonts are checked (and prepared when missing) now; Chromium starts at the
 * first PDF.
 * @throws FontsUnavailableError when fonts cannot be had; MissingPackageError without puppeteer-core
 * @example const renderers = await createServiceRenderers({ concurrency: 2, renderTimeoutMs: 30_000 });
 */
export async function createServiceRenderers(setup: RendererSetup): Promise<ServiceRenderers> {
  const { createPdfRenderer } = await import('../pdf/renderer.js');
  const { ensureFonts } = await import('../pdf/fonts-policy.js');
  const { requireChromium } = await import('../pdf/browser/find-chromium.js');
  const templates = setup.templates ?? {};
  await ensureFonts(setup.fonts);
  let state: BrowserState = 'ready';
  const pdf: PdfRenderer = createPdfRenderer({
    ...templates,
    ...(setup.fonts ? { fonts: setup.fonts } : {}),
    pool: {
      size: setup.concurrency,
      executablePath: setup.executablePath ?? requireChromium(),
      timeoutMs: setup.renderTimeoutMs,
      onRetry: () => {
        state = 'restarting';
        setup.onRetry?.();
      },
    },
  });
  const html = createHtmlRenderer(templates);
  const fragment = defineRenderer<string>({
    name: 'fragment',
    mediaType: html.mediaType,
    render: (input, ctx = {}) => html.render(input, { ...ctx, fragment: true }),
  });
  const registry = new RendererRegistry()
    .register(pdf)
    .register(html)
    .register(fragment)
    .register(createDocxRenderer());
  return {
    registry,
    get: (format) => registry.get(format)!,
    browserState: () => state,
    browserStats: () => {
      const { launches, restarts } = pdf.pool.stats();
      return { launches, restarts };
    },
    observe(outcome) {
      state = outcome === 'ok' ? 'ready' : 'down';
    },
  };
}
