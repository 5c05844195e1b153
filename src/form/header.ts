/**
 * The header fields of a report (报告机关, 报告年度, 成文日期, 标题, 机关类型), drawn from their
 * declaration in src/format/header.ts. The format version is fixed by the edition and the
 * 开头段落 are a narrative part, so neither is drawn here.
 */
import { HEADER_FIELDS } from '../format/header.js';
import { AGENCY_KINDS } from '../model/agency-kind.js';
import { deletePath } from './values.js';
import { el, uniqueId } from './dom.js';

/** Draws the header fields; `changed` is called after each edit of `report`. */
export function drawHeader(report: Record<string, unknown>, changed: () => void): HTMLElement {
  const box = el('div', { class: 'zf-header' });
  for (const field of HEADER_FIELDS) {
    if (field.value === 'format' || field.value === 'blocks') continue;
    const id = uniqueId('zf-field');
    const current = report[field.key];
    const set = (value: unknown) => {
      if (value === undefined || value === '') deletePath(report, [field.key]);
      else report[field.key] = value;
      changed();
    };
    let control: HTMLInputElement | HTMLSelectElement;
    if (field.value === 'agencyKind') {
      const select = el('select', { id, name: field.key }, el('option', { value: '' }, '未填写（按机关名称推断）'));
      for (const [kind, facts] of Object.entries(AGENCY_KINDS))
        select.append(el('option', { value: kind }, facts.label));
      select.value = typeof current === 'string' ? current : '';
      select.addEventListener('change', () => set(select.value));
      control = select;
    } else {
      const input = el('input', {
        id,
        name: field.key,
        type: field.value === 'date' ? 'date' : field.value === 'year' ? 'number' : 'text',
        class: field.key === 'title' || field.key === 'agency' ? 'zf-wide' : undefined,
        autocomplete: 'off',
      });
      input.value = current === undefined || current === null ? '' : String(current);
      input.addEventListener('input', () => {
        const text = input.value.trim();
        // A year is a number in the report; anything else typed stays text for validate() to name.
        set(field.value === 'year' && /^\d+$/.test(text) ? Number(text) : field.value === 'year' ? text : input.value);
      });
      control = input;
    }
    box.append(el('div', { class: 'zf-field' }, el('label', { for: id }, field.label), control));
  }
  return box;
}
