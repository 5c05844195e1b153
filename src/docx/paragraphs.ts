/**
 * The narrative parts of the document as WordprocessingML paragraphs: the title, headings,
 * paragraphs and run-in sub-headings, the closing agency and date, a draft's list of issues.
 * Text goes in as given; a line feed becomes a line break and a tab a tab.
 */
import type { BlockView, IssueView } from '../render/view-model.js';
import { textWidth } from '../render/title.js';
import { CHAR_PITCH, GRID, LINE_PITCH } from './layout.js';
import { STYLE } from './styles.js';
import { el, escapeXml } from './xml.js';

/**
 * One run of text; `\n` becomes `<w:br/>` and `\t` `<w:tab/>`.
 * @param rPr run properties already made (e.g. a character style)
 * @example run('2024年', '') // '<w:r><w:t xml:space="preserve">2024年</w:t></w:r>'
 */
export function run(text: string, rPr = ''): string {
  const parts = text.replace(/\r\n?/g, '\n').split(/(\n|\t)/);
  const content = parts
    .map((part) =>
      part === '\n'
        ? '<w:br/>'
        : part === '\t'
          ? '<w:tab/>'
          : part === ''
            ? ''
            : `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`,
    )
    .join('');
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${content}</w:r>`;
}

/**
 * A paragraph of a style.
 * @param extra further paragraph properties, in schema order after `w:pStyle`
 */
export function paragraph(style: string, runs: string, extra = ''): string {
  return `<w:p><w:pPr>${el('w:pStyle', { 'w:val': style })}${extra}</w:pPr>${runs}</w:p>`;
}

/** The title: one centred paragraph, its lines separated by line breaks. */
export function titleXml(lines: readonly string[]): string {
  return paragraph(STYLE.title, lines.map((line, i) => (i > 0 ? '<w:r><w:br/></w:r>' : '') + run(line)).join(''));
}

/**
 * A level-1 (`一、总体情况`, 黑体) or level-2 (`（一）主动公开`, 楷体) heading.
 * @param pageBreak start it on a new page
 */
export function headingXml(level: 1 | 2, text: string, pageBreak = false): string {
  return paragraph(level === 1 ? STYLE.heading1 : STYLE.heading2, run(text), pageBreak ? '<w:pageBreakBefore/>' : '');
}

/** A body paragraph (3号 仿宋, 2 字 first-line indent). */
export function bodyXml(text: string): string {
  return paragraph(STYLE.body, run(text));
}

/**
 * A narrative block: a paragraph, a sub-heading with its paragraphs, or a run-in sub-heading — its
 * heading in 楷体 followed, in the same paragraph, by its first paragraph in 仿宋.
 */
export function blockXml(block: BlockView): string {
  if (block.paragraph) return bodyXml(block.text);
  const heading = `${block.number}${block.heading}`;
  const first = block.runIn
    ? paragraph(STYLE.body, run(heading, el('w:rStyle', { 'w:val': STYLE.runIn })) + run(block.lead ?? ''))
    : headingXml(2, heading);
  return first + block.paragraphs.map(bodyXml).join('');
}

/**
 * The closing agency and date, unsealed (GB/T 9704 7.3.5.2): one blank line below the body, the
 * name 2 字 in from the right, the date starting 2 字 right of the name's first character — or, when
 * that would push the date past the name's end, the date 2 字 in and the name moved to match. The
 * right-hand element is right-aligned; the other is placed by a left indent in characters of the
 * 28-character line, widths counted as CJK = 1, ASCII = ½. Indents are in twips of the condensed
 * character (no `w:leftChars`: Word would count those in uncondensed characters, LibreOffice not
 * at all, and the date would sit differently in each).
 */
export function signatureXml(agency: string, date: string): string {
  const name = textWidth(agency);
  const when = textWidth(date);
  const chars = (side: 'left' | 'right', n: number) =>
    el('w:ind', { [`w:${side}`]: Math.round(n * CHAR_PITCH), 'w:firstLine': 0, 'w:firstLineChars': 0 });
  const at = (side: 'left' | 'right', n: number) => chars(side, Math.max(0, n)) + el('w:jc', { 'w:val': side });
  const dateFirst = date !== '' && when > name - 2;
  const nameAt = dateFirst ? at('left', GRID.chars - 4 - when) : at('right', 2);
  const dateAt = dateFirst ? at('right', 2) : at('left', GRID.chars - name);
  const spaced = el('w:spacing', { 'w:before': LINE_PITCH, 'w:beforeLines': 100 });
  const out = [paragraph(STYLE.signature, run(agency), el('w:keepNext') + spaced + nameAt)];
  if (date) out.push(paragraph(STYLE.signature, run(date), dateAt));
  return out.join('');
}

/** A draft's last page: a heading, then each issue with its severity and code. */
export function issuesXml(issues: readonly IssueView[]): string {
  const items = issues.map((issue, i) =>
    paragraph(STYLE.issue, run(`${i + 1}. 【${issue.severityText}】${issue.message}（${issue.code}）`)),
  );
  return headingXml(1, '草稿：发布前须改正的问题', true) + items.join('');
}
