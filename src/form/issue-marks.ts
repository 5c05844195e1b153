/**
 * Showing `validate()`'s issues: each at its field (marked, with its message beside it, as GOV.UK's
 * error pattern does) and all of them in a list beside the form, each a button that focuses its
 * field. Each shown issue carries `data-code` and `data-path` for tests and host systems.
 */
import type { Issue } from '../issues/issue.js';
import { button, el, uniqueId } from './dom.js';

const SEVERITY_TEXT = { error: '错误', warning: '警告', info: '提示' } as const;

/** The field an issue belongs to: the one named by its path, or by the nearest path above it. */
export function fieldFor(root: ParentNode, path: readonly (string | number)[]): HTMLElement | undefined {
  for (let n = path.length; n > 0; n--) {
    const name = path.slice(0, n).join('.');
    const found = root.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
    if (found) return found;
  }
  return undefined;
}

/** The marks of the last round, removed before the next. */
export class IssueMarks {
  private marked: { field: HTMLElement; message: HTMLElement; describedBy: string | null }[] = [];

  /** Marks each issue at its field (errors and warnings; infos only in the list). */
  show(root: ParentNode, issues: readonly Issue[]): void {
    this.clear();
    const seen = new Set<HTMLElement>();
    for (const issue of issues) {
      if (issue.severity === 'info') continue;
      const field = fieldFor(root, issue.path);
      if (!field || seen.has(field)) continue; // one message per field: the first, issues come in order
      seen.add(field);
      const id = uniqueId('zf-msg');
      const message = el(
        'span',
        { id, class: `zf-msg zf-msg-${issue.severity}`, 'data-code': issue.code, 'data-path': issue.path.join('.') },
        issue.message,
      );
      const describedBy = field.getAttribute('aria-describedby');
      field.setAttribute('aria-describedby', describedBy ? `${describedBy} ${id}` : id);
      if (issue.severity === 'error') field.setAttribute('aria-invalid', 'true');
      field.classList.add(`zf-has-${issue.severity}`);
      field.after(message);
      this.marked.push({ field, message, describedBy });
    }
  }

  /** Removes every mark. */
  clear(): void {
    for (const { field, message, describedBy } of this.marked) {
      message.remove();
      field.removeAttribute('aria-invalid');
      field.classList.remove('zf-has-error', 'zf-has-warning');
      if (describedBy === null) field.removeAttribute('aria-describedby');
      else field.setAttribute('aria-describedby', describedBy);
    }
    this.marked = [];
  }
}

/**
 * Draws the list of all issues into `host`, and their counts into `summary` (a live region kept
 * from one check to the next, so a screen reader hears the counts, not the whole list, as one
 * types); clicking an issue focuses its field inside `root`.
 */
export function drawIssueList(
  host: HTMLElement,
  summary: HTMLElement,
  root: ParentNode,
  issues: readonly Issue[],
): void {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  const text = `${counts.error > 0 ? '未通过' : '通过'}：${counts.error} 个错误，${counts.warning} 个警告，${counts.info} 个提示`;
  if (summary.textContent !== text) summary.textContent = text;
  summary.className = `zf-summary ${counts.error > 0 ? 'zf-summary-bad' : 'zf-summary-good'}`;
  const list = el('ul', { class: 'zf-issue-list' });
  for (const issue of issues) {
    const path = issue.path.join('.');
    const item = button(
      '',
      () => {
        const field = fieldFor(root, issue.path);
        if (!field) return;
        field.scrollIntoView({ block: 'center' });
        field.focus();
      },
      { class: `zf-issue zf-issue-${issue.severity}`, 'data-code': issue.code, 'data-path': path },
    );
    item.append(
      el('span', { class: 'zf-severity' }, SEVERITY_TEXT[issue.severity]),
      ' ',
      issue.message,
      ' ',
      el('code', {}, issue.code),
    );
    list.append(el('li', {}, item));
  }
  host.replaceChildren(list);
}
