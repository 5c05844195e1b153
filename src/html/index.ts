/**
 * `zfxxgk/html`: the HTML renderer. Its templates are built in, so it runs in Node and in a browser
 * (where a templates folder cannot be read: override with partials and css).
 */
export { createHtmlRenderer, compileTemplates, drawHtml, HTML_MEDIA_TYPE } from './renderer.js';
export type { HtmlContext, HtmlResult, CompiledTemplates } from './renderer.js';
export { loadTemplates, packageTemplatesDir, LOCKED_PARTIALS, TemplateConfigError } from './templates.js';
export type { TemplateOverrides, TemplateSet } from './templates.js';
export { defineRenderer, RendererRegistry, RenderRefusedError } from '../render/contract.js';
export type {
  AnyRenderer,
  Renderer,
  RenderBody,
  RenderContext,
  RendererStats,
  RenderExtras,
  RenderResult,
} from '../render/contract.js';
export { prepareReport, prepareView } from '../render/prepare.js';
export type { PreparedReport } from '../render/prepare.js';
export { reportView, chineseDate, defaultTitle, printValue } from '../render/view-model.js';
export type { BlockView, CellView, IssueView, ReportView, SectionView, TableView } from '../render/view-model.js';
export { titleLines, textWidth } from '../render/title.js';
export { tableGrid, editionGrids } from '../format/grid.js';
export type { GridCell, GridCellKind, TableGrid } from '../format/grid.js';
