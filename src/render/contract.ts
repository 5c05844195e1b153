/**
 * The renderer contract (STYLE.md point 7): a renderer is `{ name, mediaType, render(input, ctx) }`,
 * async, with one context object. `defineRenderer` types one; a `RendererRegistry` keys them by
 * name so third parties can add their own.
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
  /** Validate leniently (hand-typed cells) before rendering. */
  readonly lenient?: boolean;
}

/** A renderer of reports into one kind of output. */
export interface Renderer<Output = unknown, Context extends RenderContext = RenderContext> {
  /** Key in a registry: `html`, `pdf`, … */
  readonly name: string;
  /** Media type of the output: `text/html`, `application/pdf`, … */
  readonly mediaType: string;
  /** Renders a report (an object or its JSON/YAML text). */
  render(input: unknown, ctx?: Context): Promise<Output>;
}

/**
 * Identity helper that types a renderer.
 * @example
 * const csv = defineRenderer({ name: 'csv', mediaType: 'text/csv', async render(input) { return '…'; } });
 */
export function defineRenderer<Output, Context extends RenderContext = RenderContext>(
  renderer: Renderer<Output, Context>,
): Renderer<Output, Context> {
  return renderer;
}

/** Thrown when a report with errors is rendered without `draft`: carries every issue. */
export class RenderRefusedError extends Error {
  override readonly name = 'RenderRefusedError';
  constructor(readonly issues: readonly Issue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    super(`报告有 ${errors.length} 个错误，未渲染（可用草稿模式）：${errors.slice(0, 3).map((i) => i.message).join('；')}${errors.length > 3 ? '……' : ''}`);
  }
}

/** Renderers keyed by name. */
export class RendererRegistry {
  private readonly byName = new Map<string, Renderer<unknown, RenderContext>>();

  /** Adds a renderer; a name already taken is refused unless `replace` is set. */
  register(renderer: Renderer<unknown, never>, options: { replace?: boolean } = {}): this {
    if (this.byName.has(renderer.name) && !options.replace) {
      throw new RangeError(`renderer "${renderer.name}" is already registered`);
    }
    this.byName.set(renderer.name, renderer as unknown as Renderer<unknown, RenderContext>);
    return this;
  }

  /** The renderer of that name, or `undefined`. */
  get(name: string): Renderer<unknown, RenderContext> | undefined {
    return this.byName.get(name);
  }

  /** Names of the registered renderers. */
  names(): string[] {
    return [...this.byName.keys()];
  }
}
