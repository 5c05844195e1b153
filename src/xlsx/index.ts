/**
 * `zfxxgk/xlsx`: tables 二, 三 and 四 as an Excel workbook — the blank template to collect numbers in,
 * and the renderer that fills it from a report. Read a filled one back with `importReport()`
 * (`zfxxgk/import`). Needs the optional package `exceljs`.
 */
export { createXlsxRenderer, xlsxTemplate, XLSX_MEDIA_TYPE } from './renderer.js';
export type { XlsxResult } from './renderer.js';
export { workbookPlan, HEADER_SHEET } from './layout.js';
export type { HeaderPlace, PlacedCell, SheetPlan, ValuePlace, WorkbookPlan } from './layout.js';
export { RenderRefusedError } from '../render/contract.js';
export type { Renderer, RenderContext, RenderExtras, RenderResult } from '../render/contract.js';
