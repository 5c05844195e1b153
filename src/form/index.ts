/**
 * zfxxgk/form — the clerk's form: the report in the official layout, checked as it is typed.
 * In a browser: `mount(element, options)` or the `<zfxxgk-report-form>` element (after
 * `defineReportForm()`). In Node: `formPage()`, the whole form as one HTML page for a server.
 */
export { mount, blankReport } from './form.js';
export type { FormOptions, FormState, ReportForm } from './form.js';
export { defineReportForm, FORM_TAG } from './element.js';
export type { ReportFormElement } from './element.js';
export type { FormAction } from './toolbar.js';
export { formPage } from './page.js';
export type { FormPageOptions } from './page.js';
export type { PageConfig } from './page-config.js';
export { PAGE_CONFIG_ID } from './page-config.js';
