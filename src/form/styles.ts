/**
 * The form's CSS, scoped to `.zfxxgk-form`. Tables follow the official template as the HTML
 * renderer draws it (templates/styles/report.css): thin rules, shaded 表二 block titles, centred
 * column headings. Colours can be changed through the custom properties.
 */
export const FORM_CSS = `
.zfxxgk-form {
  --zf-rule: #000; --zf-block-title-fill: #c6d9f1; --zf-error: #b00020; --zf-warning: #8a5a00;
  --zf-focus: #1d70b8; --zf-derived: #555;
  font: 15px/1.5 "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: #111;
}
.zfxxgk-form *, .zfxxgk-form *::before, .zfxxgk-form *::after { box-sizing: border-box; }
.zfxxgk-form .zf-top { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid #ccc; padding: 6px 0; }
.zfxxgk-form .zf-toolbar { display: flex; flex-wrap: wrap; gap: 6px; }
.zfxxgk-form button, .zfxxgk-form .zf-button {
  font: inherit; font-size: 14px; padding: 3px 10px; border: 1px solid #777; border-radius: 3px; background: #f3f3f3; color: #111; cursor: pointer;
}
.zfxxgk-form button:hover, .zfxxgk-form .zf-button:hover { background: #e4e4e4; }
.zfxxgk-form button:disabled { color: #767676; cursor: default; }
.zfxxgk-form .zf-file { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
.zfxxgk-form .zf-file:focus + .zf-button { outline: 3px solid var(--zf-focus); }
.zfxxgk-form .zf-status { margin: 4px 0 0; min-height: 1.5em; font-size: 14px; color: #333; }
.zfxxgk-form .zf-layout { display: flex; gap: 16px; align-items: flex-start; }
.zfxxgk-form .zf-main { flex: 1 1 auto; min-width: 0; max-width: 60em; }
.zfxxgk-form .zf-issues { flex: 0 0 20em; position: sticky; top: 80px; max-height: calc(100vh - 90px); overflow: auto; border-left: 1px solid #ccc; padding-left: 12px; }
.zfxxgk-form h2 { font-size: 17px; margin: 18px 0 8px; }
.zfxxgk-form .zf-field { margin: 6px 0; }
.zfxxgk-form .zf-field > label { display: block; font-size: 14px; color: #333; }
.zfxxgk-form .zf-header input, .zfxxgk-form .zf-header select { font: inherit; padding: 2px 4px; }
.zfxxgk-form .zf-wide { width: 100%; }
.zfxxgk-form .zf-text { width: 100%; font: inherit; padding: 4px; resize: vertical; }
.zfxxgk-form .zf-blocks, .zfxxgk-form .zf-paragraphs { list-style: none; margin: 0; padding: 0; }
.zfxxgk-form .zf-block { border: 1px solid #ddd; padding: 4px 8px; margin: 6px 0; }
.zfxxgk-form .zf-paragraphs { margin-left: 1.5em; }
.zfxxgk-form .zf-heading-row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.zfxxgk-form .zf-heading-input { flex: 1 1 12em; font: inherit; padding: 2px 4px; }
.zfxxgk-form .zf-block-tools, .zfxxgk-form .zf-add { display: flex; gap: 4px; margin: 4px 0; }
.zfxxgk-form .zf-table-wrap { position: relative; }
.zfxxgk-form .zf-table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 13px; line-height: 1.35; }
.zfxxgk-form .zf-table-requests { min-width: 46em; }
.zfxxgk-form .zf-table-reviewLitigation { min-width: 50em; }
.zfxxgk-form .zf-table caption { font-weight: bold; padding: 4px; }
.zfxxgk-form .zf-table th, .zfxxgk-form .zf-table td { border: 1px solid var(--zf-rule); padding: 2px 3px; vertical-align: middle; font-weight: normal; }
.zfxxgk-form .zf-table th.zf-columnHeader { text-align: center; }
.zfxxgk-form .zf-table th.zf-rowHeader { text-align: left; }
.zfxxgk-form .zf-table th[scope="rowgroup"] { text-align: center; }
.zfxxgk-form .zf-table th.zf-blockTitle { background: var(--zf-block-title-fill); text-align: left; }
.zfxxgk-form .zf-table td.zf-corner { font-size: 12px; text-align: left; }
.zfxxgk-form .zf-table td.zf-value { padding: 0; position: relative; }
/* In a table the message would stretch the row: it opens under its cell on hover or focus. */
.zfxxgk-form .zf-table .zf-msg {
  display: none; position: absolute; left: 0; top: 100%; z-index: 3; width: 18em; text-align: left;
  background: #fff; border: 1px solid currentColor; box-shadow: 0 2px 6px rgba(0,0,0,.25); padding: 4px 6px;
}
.zfxxgk-form .zf-table td.zf-value:nth-last-child(-n+3) .zf-msg { left: auto; right: 0; }
.zfxxgk-form .zf-table td.zf-value:hover .zf-msg, .zfxxgk-form .zf-table td.zf-value:focus-within .zf-msg { display: block; }
.zfxxgk-form .zf-input { display: block; width: 100%; border: 0; padding: 4px 2px; font: inherit; text-align: center; background: transparent; }
.zfxxgk-form .zf-input:focus { outline: 3px solid var(--zf-focus); outline-offset: -3px; background: #fffbe6; }
.zfxxgk-form .zf-total { background: #f4f6f9; }
.zfxxgk-form .zf-input::placeholder { color: var(--zf-derived); font-style: italic; opacity: 1; }
.zfxxgk-form .zf-has-error { background: #fde8e8; box-shadow: inset 0 0 0 2px var(--zf-error); }
.zfxxgk-form .zf-has-warning { box-shadow: inset 0 0 0 2px var(--zf-warning); }
.zfxxgk-form .zf-msg { display: block; font-size: 12px; line-height: 1.3; padding: 2px; }
.zfxxgk-form .zf-msg-error { color: var(--zf-error); }
.zfxxgk-form .zf-msg-warning { color: var(--zf-warning); }
.zfxxgk-form .zf-summary { font-weight: bold; margin: 0 0 6px; }
.zfxxgk-form .zf-summary-bad { color: var(--zf-error); }
.zfxxgk-form .zf-summary-good { color: #00703c; }
.zfxxgk-form .zf-issue-list { list-style: none; margin: 0; padding: 0; }
.zfxxgk-form .zf-issue { display: block; width: 100%; text-align: left; margin: 0 0 4px; background: #fff; border: 1px solid #ccc; font-size: 13px; }
.zfxxgk-form .zf-issue-error { border-left: 4px solid var(--zf-error); }
.zfxxgk-form .zf-issue-warning { border-left: 4px solid var(--zf-warning); }
.zfxxgk-form .zf-issue-info { border-left: 4px solid #767676; }
.zfxxgk-form .zf-severity { font-weight: bold; }
.zfxxgk-form .zf-issue code { font-size: 11px; color: #444; }
@media (max-width: 900px) { .zfxxgk-form .zf-layout { display: block; } .zfxxgk-form .zf-issues { position: static; border: 0; padding: 0; max-height: none; } }
`;
