/**
 * `mount()`: the clerk's form in any element — header, the six parts in order (narrative editors
 * and the tables 二, 三, 四 in their official layout), checked with `validate()` a moment after
 * each change, every issue shown at its field and in a list beside the form.
 */
import { compileEdition, type CompiledEdition } from '../format/compile.js';
import { CURRENT_EDITION } from '../format/editions.js';
import { editionGrids } from '../format/grid.js';
import { sectionHeading } from '../format/labels.js';
import type { Issue } from '../issues/issue.js';
import { createSkeleton } from '../model/skeleton.js';
import { validate } from '../validate.js';
import { readPath, writePath } from '../util/path.js';
import { el } from './dom.js';
import { drawHeader } from './header.js';
import { drawIssueList, IssueMarks } from './issue-marks.js';
import { drawNarrative } from './narrative.js';
import { drawTable, type DrawnTable } from './tables.js';
import { cellText, cellValue, deletePath } from './values.js';
import { wireCells } from './cell-keys.js';
import { derivedTotals, showDerived } from './derived.js';
import { drawToolbar, type FormAction } from './toolbar.js';
import { FORM_CSS } from './styles.js';
import { loadDraft, saveDraft } from './files.js';
import { carryForward } from './carry.js';

/** What the form reports after each check. */
export interface FormState {
  /** A copy of the report as edited (totals left empty are absent). */
  readonly report: Record<string, unknown>;
  readonly issues: readonly Issue[];
  /** True when the report has no error. */
  readonly ok: boolean;
}

/** How to mount the form. */
export interface FormOptions {
  /** The report to edit; by default the autosaved draft, or an empty report of last year. */
  readonly report?: unknown;
  /** Last year's report: its carried values fill empty cells, and the cross-year checks run. */
  readonly previous?: unknown;
  /** Called after each check with the report and its issues. */
  readonly onChange?: (state: FormState) => void;
  /** The localStorage key of the autosaved draft (default `zfxxgk-report-form`), or false for none. */
  readonly autosave?: string | false;
  /** Milliseconds of quiet after a change before it is checked (default 15). */
  readonly debounceMs?: number;
  /** Extra buttons for the toolbar (the page's download and save buttons). */
  readonly actions?: readonly FormAction[];
}

/** A mounted form. */
export interface ReportForm {
  /** A copy of the report as edited. */
  getReport(): Record<string, unknown>;
  /** Replaces the report being edited (and redraws). */
  setReport(report: unknown): void;
  /** Sets last year's report: carries its values into empty cells and turns on the cross-year checks. */
  setPrevious(previous: unknown): { ok: boolean; carried: readonly string[]; issues: readonly Issue[] };
  /** The issues of the last check. */
  getIssues(): readonly Issue[];
  /** Checks now instead of after the pause, and returns the state. */
  check(): FormState;
  /** Writes every derived total into its empty cell; returns how many. */
  fillDerivedTotals(): number;
  /** Removes the form from its element. */
  destroy(): void;
}

/** The empty report a new form starts from: every detail cell 0, totals left to be derived. */
export function blankReport(): Record<string, unknown> {
  const report = createSkeleton(CURRENT_EDITION, { agency: '', year: new Date().getFullYear() - 1 });
  report['overview'] = (CURRENT_EDITION.topics['overview'] ?? []).map((t) => ({
    heading: `${t.title}情况`,
    paragraphs: [''],
  }));
  return report;
}

function asReport(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? structuredClone(value as Record<string, unknown>)
    : blankReport();
}

/**
 * Mounts the form in `element`.
 * @example const form = mount(document.querySelector('#report')!, { onChange: ({ ok }) => console.log(ok) });
 */
export function mount(element: HTMLElement, options: FormOptions = {}): ReportForm {
  const edition: CompiledEdition = compileEdition(CURRENT_EDITION);
  const autosave = options.autosave === undefined ? 'zfxxgk-report-form' : options.autosave;
  let report = asReport(options.report ?? (autosave ? loadDraft(autosave) : undefined));
  let previous: unknown;
  let issues: readonly Issue[] = [];
  let tables: DrawnTable[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const marks = new IssueMarks();
  const main = el('form', { class: 'zf-main', novalidate: true, 'aria-label': '年度报告' });
  main.addEventListener('submit', (e) => e.preventDefault());
  const issuesHost = el('div', { class: 'zf-issues-body' });
  const summary = el('p', { class: 'zf-summary', role: 'status', 'aria-live': 'polite' });
  const status = el('p', { class: 'zf-status', role: 'status', 'aria-live': 'polite' });
  const root = el('div', { class: 'zfxxgk-form' }, el('style', {}, FORM_CSS));

  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(check, options.debounceMs ?? 15);
  };

  const setCell = (input: HTMLInputElement, path: readonly string[], text: string) => {
    input.value = text;
    const value = cellValue(text);
    if (value === undefined) deletePath(report, path);
    else writePath(report, path, value);
  };

  function draw(): void {
    tables = [];
    const parts: HTMLElement[] = [
      el('section', { class: 'zf-part' }, el('h2', {}, '报告信息'), drawHeader(report, changed)),
    ];
    const preamble = el('div');
    drawNarrative(preamble, report, 'preamble', () => changed());
    parts.push(el('section', { class: 'zf-part' }, el('h2', {}, '开头段落'), preamble));
    const grids = editionGrids(CURRENT_EDITION);
    for (const section of CURRENT_EDITION.sections) {
      const heading = sectionHeading(section);
      const box = el('section', { class: 'zf-part', 'data-section': section.key }, el('h2', {}, heading));
      if (section.body === 'narrative') {
        const host = el('div');
        drawNarrative(host, report, section.key, () => changed());
        box.append(host);
      } else {
        const grid = grids.get(section.key)!;
        const drawn = drawTable(edition, grid, `${grid.name} ${section.title}`);
        for (const row of drawn.rows) for (const slot of row) slot.input.value = cellText(readPath(report, slot.path));
        tables.push(drawn);
        box.append(el('div', { class: 'zf-table-wrap' }, drawn.element));
      }
      parts.push(box);
    }
    main.replaceChildren(...parts);
  }

  function check(): FormState {
    clearTimeout(timer);
    const result = validate(report, previous === undefined ? {} : { previous });
    issues = result.issues;
    marks.show(main, issues);
    showDerived(tables, derivedTotals(edition, report));
    drawIssueList(issuesHost, summary, main, issues);
    if (autosave && !saveDraft(autosave, report)) status.textContent = '浏览器存储不可用或已满，草稿未能自动保存';
    // A copy: the host may keep or change it without touching the form's own.
    const state: FormState = { report: structuredClone(report), issues, ok: result.ok };
    options.onChange?.(state);
    return state;
  }

  const form: ReportForm = {
    getReport: () => structuredClone(report),
    setReport(next) {
      report = asReport(next);
      draw();
      check();
    },
    setPrevious(last) {
      const checked = validate(last);
      if (!checked.ok) return { ok: false, carried: [], issues: checked.issues };
      previous = checked.report;
      const written = carryForward(edition, report, checked.report);
      draw();
      check();
      return { ok: true, carried: written, issues: checked.issues };
    },
    getIssues: () => issues,
    check,
    fillDerivedTotals() {
      const derived = derivedTotals(edition, report);
      let n = 0;
      for (const table of tables)
        for (const row of table.rows)
          for (const slot of row) {
            const value = derived.get(slot.path.join('.'));
            if (slot.input.value.trim() === '' && value !== undefined) {
              setCell(slot.input, slot.path, cellText(value));
              n++;
            }
          }
      check();
      return n;
    },
    destroy() {
      clearTimeout(timer);
      root.remove();
    },
  };

  const toolbar = drawToolbar(form, status, options.actions ?? []);
  root.append(
    toolbar,
    el(
      'div',
      { class: 'zf-layout' },
      main,
      el('aside', { class: 'zf-issues', 'aria-label': '检查结果' }, el('h2', {}, '检查结果'), summary, issuesHost),
    ),
  );
  wireCells(main, () => tables, setCell, changed, status);
  element.replaceChildren(root);
  draw();
  if (options.previous !== undefined) {
    const outcome = form.setPrevious(options.previous);
    if (!outcome.ok) status.textContent = '上年报告有错误，未能沿用；请先改正上年报告';
  } else check();
  return form;
}
