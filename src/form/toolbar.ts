/**
 * The form's toolbar: open and save a JSON file, load last year's report, fill the derived totals,
 * and whatever buttons the host adds (the page adds downloads through the service, or saving back
 * to the file `zfxxgk edit` opened).
 */
import { button, el, uniqueId } from './dom.js';
import { download, fileStem, readJsonFile, reportJson } from './files.js';
import type { ReportForm } from './form.js';

/** A button the host adds: its text and what it does (it may say how it went through `say`). */
export interface FormAction {
  readonly label: string;
  /** `data-action` of the button, for tests and host styling. */
  readonly name: string;
  readonly run: (form: ReportForm, say: (text: string) => void) => void | Promise<void>;
}

function fileButton(label: string, name: string, onFile: (file: File) => void): HTMLElement {
  const id = uniqueId('zf-file');
  const input = el('input', {
    type: 'file',
    id,
    accept: '.json,application/json',
    class: 'zf-file',
    'data-action': name,
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) onFile(file);
  });
  return el('span', {}, input, el('label', { for: id, class: 'zf-button' }, label));
}

/** Draws the toolbar of `form`; messages go to `status`. */
export function drawToolbar(form: ReportForm, status: HTMLElement, actions: readonly FormAction[]): HTMLElement {
  const say = (text: string) => {
    status.textContent = text;
  };
  const bar = el(
    'div',
    { class: 'zf-toolbar', role: 'toolbar', 'aria-label': '报告操作' },
    fileButton('打开 JSON 文件', 'open', async (file) => {
      const read = await readJsonFile(file);
      if (!read.ok) return say(read.reason);
      form.setReport(read.value);
      say(`已打开 ${file.name}`);
    }),
    button(
      '保存 JSON 文件',
      () => {
        const report = form.getReport();
        download(`${fileStem(report)}.json`, new Blob([reportJson(report)], { type: 'application/json' }));
        say('已生成 JSON 文件');
      },
      { 'data-action': 'save' },
    ),
    fileButton('载入上年报告', 'previous', async (file) => {
      const read = await readJsonFile(file);
      if (!read.ok) return say(read.reason);
      const outcome = form.setPrevious(read.value);
      const errors = outcome.issues.filter((i) => i.severity === 'error').length;
      say(
        outcome.ok
          ? `已载入上年报告 ${file.name}：沿用 ${outcome.carried.length} 格（上年结转、现行有效件数），并进行跨年度检查`
          : `上年报告 ${file.name} 有 ${errors} 个错误，未能沿用；请先改正上年报告`,
      );
    }),
    button('填入计算的总计', () => say(`已填入 ${form.fillDerivedTotals()} 个计算的总计`), {
      'data-action': 'fill-totals',
    }),
    ...actions.map((action) =>
      button(
        action.label,
        () =>
          void Promise.resolve(action.run(form, say)).catch((e: unknown) =>
            say(`${action.label}失败：${e instanceof Error ? e.message : String(e)}`),
          ),
        {
          'data-action': action.name,
        },
      ),
    ),
  );
  return el('div', { class: 'zf-top' }, bar, status);
}
