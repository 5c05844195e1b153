/**
 * The editor of a narrative part (开头段落, 一、总体情况, 五, 六): its paragraphs and sub-headed
 * blocks, which can be added, removed and moved. Field names are the paths `validate()` reports
 * (`overview.1.paragraphs.0`), so an issue finds its field.
 */
import { button, el, uniqueId } from './dom.js';

/** A block as the report holds it. */
type BlockValue = string | { heading?: unknown; paragraphs?: unknown; runIn?: unknown };

/** What the editor tells the form: a text changed, or blocks were added, removed or moved. */
export type NarrativeChange = (structural: boolean) => void;

const ORDINALS = '一二三四五六七八九十';

function ordinal(n: number): string {
  if (n < 10) return ORDINALS[n]!;
  if (n < 20) return `十${n === 10 ? '' : ORDINALS[n - 10]}`;
  return String(n + 1);
}

/**
 * Draws the blocks of `report[key]` into `host` (replacing what it held), wired to edit the array
 * in place.
 */
export function drawNarrative(
  host: HTMLElement,
  report: Record<string, unknown>,
  key: string,
  changed: NarrativeChange,
): void {
  if (!Array.isArray(report[key])) report[key] = [];
  const blocks = report[key] as BlockValue[];
  const redraw = () => {
    drawNarrative(host, report, key, changed);
    changed(true);
  };
  host.replaceChildren();
  const list = el('ol', { class: 'zf-blocks' });
  let headed = 0;
  blocks.forEach((block, i) => {
    const tools = el(
      'span',
      { class: 'zf-block-tools' },
      button('上移', () => move(blocks, i, -1, redraw), { disabled: i === 0, 'aria-label': `上移第${i + 1}块` }),
      button('下移', () => move(blocks, i, 1, redraw), {
        disabled: i === blocks.length - 1,
        'aria-label': `下移第${i + 1}块`,
      }),
      button('删除', () => (blocks.splice(i, 1), redraw()), { 'aria-label': `删除第${i + 1}块` }),
    );
    if (typeof block === 'string' || block === null || typeof block !== 'object') {
      const text = typeof block === 'string' ? block : '';
      list.append(
        el(
          'li',
          { class: 'zf-block' },
          textArea(`${key}.${i}`, `第${i + 1}段`, text, (v) => ((blocks[i] = v), changed(false))),
          tools,
        ),
      );
      return;
    }
    const number = `（${ordinal(headed++)}）`;
    const paragraphs = Array.isArray(block.paragraphs) ? (block.paragraphs as unknown[]) : (block.paragraphs = []);
    const headingId = uniqueId('zf-heading');
    const runIn = el('input', {
      type: 'checkbox',
      name: `${key}.${i}.runIn`,
      id: uniqueId('zf-runin'),
      checked: block.runIn === true,
    });
    runIn.addEventListener('change', () => {
      if (runIn.checked) block.runIn = true;
      else delete block.runIn;
      changed(false);
    });
    const heading = el('input', {
      type: 'text',
      id: headingId,
      name: `${key}.${i}.heading`,
      class: 'zf-heading-input',
      value: typeof block.heading === 'string' ? block.heading : '',
    });
    heading.addEventListener('input', () => ((block.heading = heading.value), changed(false)));
    const items = el('ol', { class: 'zf-paragraphs' });
    paragraphs.forEach((p, j) =>
      items.append(
        el(
          'li',
          {},
          textArea(
            `${key}.${i}.paragraphs.${j}`,
            `${number}第${j + 1}自然段`,
            typeof p === 'string' ? p : '',
            (v) => ((paragraphs[j] = v), changed(false)),
          ),
          button('删除', () => (paragraphs.splice(j, 1), redraw()), { 'aria-label': `删除${number}第${j + 1}自然段` }),
        ),
      ),
    );
    list.append(
      el(
        'li',
        { class: 'zf-block zf-headed' },
        el(
          'div',
          { class: 'zf-heading-row' },
          el('label', { for: headingId }, `${number}小标题`),
          heading,
          el('label', { class: 'zf-runin', for: runIn.id }, runIn, '与首段同排'),
        ),
        items,
        button('添加自然段', () => (paragraphs.push(''), redraw())),
        tools,
      ),
    );
  });
  host.append(
    list,
    el(
      'div',
      { class: 'zf-add' },
      button('添加段落', () => (blocks.push(''), redraw())),
      button('添加小标题', () => (blocks.push({ heading: '', paragraphs: [''] }), redraw())),
    ),
  );
}

function move(blocks: BlockValue[], i: number, by: number, done: () => void): void {
  const j = i + by;
  if (j < 0 || j >= blocks.length) return;
  [blocks[i], blocks[j]] = [blocks[j]!, blocks[i]!];
  done();
}

function textArea(name: string, label: string, value: string, onInput: (value: string) => void): HTMLElement {
  const id = uniqueId('zf-text');
  const area = el('textarea', { id, name, rows: 3, class: 'zf-text' });
  area.value = value;
  area.addEventListener('input', () => onInput(area.value));
  return el('div', { class: 'zf-field' }, el('label', { for: id }, label), area);
}
