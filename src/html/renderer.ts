/**
 * The HTML renderer: Handlebars templates → a standalone document (CSS inlined, no external
 * references) or a fragment with scoped styles for a CMS page. Every value from the report is
 * escaped by Handlebars' double-stash; only our own CSS is inserted raw.
 */
import Handlebars from 'handlebars';
import {
  defineRenderer,
  type RenderContext,
  type RenderExtras,
  type Renderer,
  type RenderResult,
} from '../render/contract.js';
import { prepareView } from '../render/prepare.js';
import type { ReportView } from '../render/view-model.js';
import { loadTemplates, type TemplateOverrides, type TemplateSet } from './templates.js';
import { BUNDLED_VERSION } from './bundled-templates.js';

/** Options of one HTML render. */
export interface HtmlContext extends RenderContext {
  /** A fragment (`<div>` with scoped `<style>`) instead of a whole document. */
  readonly fragment?: boolean;
  /** Extra CSS for this render only (the PDF renderer adds its fonts and page rules here). */
  readonly css?: string;
}

/** Compiled templates for one house style. */
export interface CompiledTemplates {
  readonly document: Handlebars.TemplateDelegate;
  readonly fragment: Handlebars.TemplateDelegate;
  readonly set: TemplateSet;
}

/** Compiles a template set in its own Handlebars environment (no global registrations). */
export function compileTemplates(set: TemplateSet): CompiledTemplates {
  const hb = Handlebars.create();
  for (const [name, source] of Object.entries(set.partials)) hb.registerPartial(name, source);
  const options = { strict: false, preventIndent: true } as const;
  return { document: hb.compile(set.document, options), fragment: hb.compile(set.fragment, options), set };
}

/** Draws a view with compiled templates. */
export function drawHtml(templates: CompiledTemplates, view: ReportView, ctx: HtmlContext = {}): string {
  const styles = templates.set.styles;
  const css = ctx.fragment
    ? [styles['report'], styles['extra'], ctx.css]
    : [styles['report'], styles['page'], styles['extra'], ctx.css];
  const data = { view, css: css.filter(Boolean).join('\n'), version: BUNDLED_VERSION };
  return (ctx.fragment ? templates.fragment : templates.document)(data);
}

/** What an HTML render returns: the page (or fragment) as text. */
export type HtmlResult = RenderResult<string>;

/** Media type of an HTML page or fragment. */
export const HTML_MEDIA_TYPE = 'text/html';

/**
 * Makes an HTML renderer with a house style.
 * @param overrides a templates folder, partials and CSS replacing the package's (not the tables)
 * @returns a renderer named `html`; `render()` resolves to `{ body, mediaType, issues, draft, extras }`
 * @example
 * const html = createHtmlRenderer({ partials: { letterhead: '<p class="brand">某省政务公开平台</p>' } });
 * const { body: page, issues } = await html.render(report);
 */
export function createHtmlRenderer(overrides: TemplateOverrides = {}): Renderer<string, RenderExtras, HtmlContext> {
  const templates = compileTemplates(loadTemplates(overrides));
  return defineRenderer<string, RenderExtras, HtmlContext>({
    name: 'html',
    mediaType: HTML_MEDIA_TYPE,
    async render(input, ctx = {}) {
      ctx.signal?.throwIfAborted();
      const { view, issues, draft } = prepareView(input, ctx);
      return { body: drawHtml(templates, view, ctx), mediaType: HTML_MEDIA_TYPE, issues, draft, extras: {} };
    },
  });
}
