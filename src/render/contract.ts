/**
 * The renderer contract (STYLE.md point 7): a renderer is `{ name, mediaType, render(input, ctx) }`,
 * async, with one context object, and every renderer answers with the same `RenderResult` — the
 * body, its media type, the issues of the report it drew and its own extras — so callers treat
 * every format alike. `defineRenderer` types one; a `RendererRegistry` keys them by name so third
 * parties can add their own.
 */
import type { Issue } from '../issues/issue.js';

/** What every render call may be given. Renderers add their own options to it. */
export interface RenderContext {
  /**
   * Render a report that has errors as a draft: watermarked 草稿, its issues listed on a last page.
   * Without it, a report with errors is refused with a `RenderRefusedError` carrying the issues.
   */
  readonly draft?: boolean;
  /** Abort the render (e.g. on Ctrl-C). */
  readonly signal?: AbortSignal;
  /** Validate leniently (hand-typed cells) before rendering; ignored for a result of `validate()`. */
  readonly lenient?: boolean;
}

/** What a renderer's output is: text (HTML) or bytes (PDF, DOCX). */
export type RenderBody = string | Uint8Array;

/**
 * Extras a renderer may report, with meanings shared by every renderer so callers can show them
 * without knowing the format. A renderer adds its own beside them.
 */
export interface RenderExtras {
  /** Pages of the output, for a renderer that lays out pages. */
  readonly pages?: number;
  /** Attempts the render took: 2 when a first attempt failed (a browser crash) and was retried. */
  readonly attempts?: number;
  /** Characters the output cannot show in its own fonts. */
  readonly uncovered?: readonly string[];
}

/** What every renderer returns. */
export interface RenderResult<Body extends RenderBody = RenderBody, Extras extends RenderExtras = RenderExtras> {
  /** The output: text or bytes, ready to write to a file. */
  readonly body: Body;
  /** Media type of the body: `text/html`, `application/pdf`, … */
  readonly mediaType: string;
  /** Issues of the report drawn: warnings and infos, and for a draft its errors too. */
  readonly issues: readonly Issue[];
  /** True when the report had errors and was drawn as a draft (watermarked, its issues listed). */
  readonly draft: boolean;
  /** What this renderer reports besides (pages, attempts, …). */
  readonly extras: Extras;
}

/** Counters of a renderer that runs an outside program (a browser), over all its renders so far. */
export interface RendererStats {
  /** Starts of the program, the first one included. */
  readonly launches: number;
  /** Starts after the program died. */
  readonly restarts: number;
  /** Renders tried again after the program died during them. */
  readonly retries: number;
}

/** A renderer of reports into one kind of output. */
export interface Renderer<
  Body extends RenderBody = RenderBody,
  Extras extends RenderExtras = RenderExtras,
  Context extends RenderContext = RenderContext,
> {
  /** Key in a registry: `html`, `pdf`, … */
  readonly name: string;
  /** Media type of the output: `text/html`, `application/pdf`, … */
  readonly mediaType: string;
  /**
   * Renders a report: a result of `validate()` or its `report` (not validated again), any other
   * object, or the report's JSON/YAML text or bytes (validated first).
   */
  render(input: unknown, ctx?: Context): Promise<RenderResult<Body, Extras>>;
  /** Releases what the renderer holds (a browser); absent when it holds nothing. */
  close?(): Promise<void>;
  /** For a renderer that runs an outside program: how often it started, restarted and retried it. */
  stats?(): RendererStats;
}

/** Any renderer, whatever its body, extras and context: what a registry holds. */
export type AnyRenderer = Renderer<RenderBody, RenderExtras, never>;

/**
 * Identity helper that types a renderer.
 * @example
 * const csv = defineRenderer({
 *   name: 'csv',
 *   mediaType: 'text/csv',
 *   async render(input, ctx) {
 *     const { value, issues, draft } = prepareReport(input, ctx); // validates once, refuses or drafts
 *     return { body: `agency\n${(value as Report).agency}`, mediaType: 'text/csv', issues, draft, extras: {} };
 *   },
 * });
 */
export function defineRenderer<
  Body extends RenderBody,
  Extras extends RenderExtras = RenderExtras,
  Context extends RenderContext = RenderContext,
>(renderer: Renderer<Body, Extras, Context>): Renderer<Body, Extras, Context> {
  return renderer;
}

/** Thrown when a report with errors is rendered without `draft`: carries every issue. */
export class RenderRefusedError extends Error {
  override readonly name = 'RenderRefusedError';
  constructor(readonly issues: readonly Issue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    super(
      `报告有 ${errors.length} 个错误，未渲染（可用草稿模式）：${errors
        .slice(0, 3)
        .map((i) => i.message)
        .join('；')}${errors.length > 3 ? '……' : ''}`,
    );
  }
}

/** Renderers keyed by name. */
export class RendererRegistry {
  private readonly byName = new Map<string, Renderer<RenderBody, RenderExtras, RenderContext>>();

  /** Adds a renderer; a name already taken is refused unless `replace` is set. */
  register(renderer: AnyRenderer, options: { replace?: boolean } = {}): this {
    if (this.byName.has(renderer.name) && !options.replace) {
      throw new RangeError(`renderer "${renderer.name}" is already registered`);
    }
    // Every context extends RenderContext, so a registered renderer may be called with one.
    this.byName.set(renderer.name, renderer as unknown as Renderer<RenderBody, RenderExtras, RenderContext>);
    return this;
  }

  /** The renderer of that name, or `undefined`. */
  get(name: string): Renderer<RenderBody, RenderExtras, RenderContext> | undefined {
    return this.byName.get(name);
  }

  /**
   * The counters of every renderer that keeps them, added up; `undefined` when none does.
   * @example registry.stats() // { launches: 1, restarts: 0, retries: 0 }
   */
  stats(): RendererStats | undefined {
    const all = [...this.byName.values()].flatMap((r) => (r.stats ? [r.stats()] : []));
    if (all.length === 0) return undefined;
    return all.reduce((a, b) => ({
      launches: a.launches + b.launches,
      restarts: a.restarts + b.restarts,
      retries: a.retries + b.retries,
    }));
  }

  /** Names of the registered renderers, in the order they were added. */
  names(): string[] {
    return [...this.byName.keys()];
  }

  /** Closes every registered renderer that holds something; all are tried even when one fails. */
  async close(): Promise<void> {
    const closing = await Promise.allSettled([...this.byName.values()].map((r) => r.close?.()));
    const failed = closing.find((c): c is PromiseRejectedResult => c.status === 'rejected');
    if (failed) throw failed.reason;
  }
}
