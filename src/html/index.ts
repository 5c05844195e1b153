/**
 * `zfxxgk/html`: the HTML renderer (Node: it reads the templates from the package's folder).
 */
export { createHtmlRenderer, compileTemplates, drawHtml } from './renderer.js';
export type { HtmlContext, CompiledTemplates } from './renderer.js';
export { loadTemplates, packageTemplatesDir, LOCKED_PARTIALS, TemplateConfigError } from './templates.js';
export type { TemplateOverrides, TemplateSet } from './templates.js';
export { defineRenderer, RendererRegistry, RenderRefusedError } from '../render/contract.js';
export type { Renderer, RenderContext } from '../render/contract.js';
export { reportView, chineseDate, defaultTitle, printValue } from '../render/view-model.js';
export type { BlockView, CellView, IssueView, ReportView, SectionView, TableView } from '../render/view-model.js';
export { titleLines, textWidth } from '../render/title.js';
export { tableGrid, editionGrids } from '../format/grid.js';
export type { GridCell, GridCellKind, TableGrid } from '../format/grid.js';
