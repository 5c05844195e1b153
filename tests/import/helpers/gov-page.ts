/**
 * Pages written the way government sites publish reports, made from a report in the canonical
 * JSON so that the expected numbers are known: page chrome around the article, `&nbsp;` padding,
 * labels with half-width brackets, spaces and line breaks, known typos, full-width digits,
 * thousands separators, `/` and blanks for zero, unmerged value cells — and GBK, on request.
 */
import { compileEdition } from '../../../src/format/compile.js';
import { EDITION_2021 } from '../../../src/format/edition-2021.js';
import { tableGrid, type GridCell } from '../../../src/format/grid.js';
import { readPath } from '../../../src/util/path.js';

/** Labels as real pages misprint them (SPEC B §11). */
const LABEL_QUIRKS: Record<string, string> = {
  '第二十条第（一）项': '第二十条  第(一)项',
  行政规范性文件: '规范性文件',
  本年废止件数: '本年废纸件数',
  商业企业: '商业<br>企业',
  科研机构: '科研<br/>机构',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）':
    '（二）部分公开<br>(区分处理的,只计这一情形，不计其他情形)',
  '2.其他法律行政法规禁止公开': '2.其他法律行政止公开',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请':
    '1、申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请':
    '2、申请人逾期未按收费通知<br>要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '3.其他': '3、其他',
  '四、结转下年度继续办理': '四、结转下年度 继续办理',
};

const FULL_WIDTH = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** How a value is printed: zeros as blank, `/` or `—`; big numbers with separators; some in full width. */
function quirkyValue(value: unknown, n: number): string {
  if (typeof value !== 'number') return '';
  if (value === 0) return ['', '/', '—', '&nbsp;', '0'][n % 5]!;
  if (value >= 1000 && Number.isInteger(value)) return value.toLocaleString('en-US');
  return n % 3 === 0 ? FULL_WIDTH(String(value)) : `&nbsp;${value}&nbsp;`;
}

function cellHtml(cell: GridCell, text: string, unmerge: boolean): string {
  const tag = cell.kind === 'value' ? 'td' : 'td';
  if (unmerge && cell.kind === 'value' && cell.colspan > 1) {
    return `<${tag}><p>${text}</p></${tag}>${'<td>&nbsp;</td>'.repeat(cell.colspan - 1)}`;
  }
  const spans = `${cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ''}${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''}`;
  return `<${tag}${spans} style="border:1px solid #000"><p style="text-align:center"><span style="font-family:宋体">${text}</span></p></${tag}>`;
}

/** The tables of a report as a government CMS would print them. */
export function govTables(report: Record<string, unknown>): string[] {
  let n = 0;
  return EDITION_2021.tables.map((table) => {
    const grid = tableGrid(table, (path) => quirkyValue(readPath(report, path), n++));
    const rows = [...grid.head, ...grid.body].map(
      (row) =>
        `<tr>${row.map((cell) => cellHtml(cell, cell.kind === 'value' ? cell.text : (LABEL_QUIRKS[cell.text] ?? cell.text), table.kind === 'blocks')).join('')}</tr>`,
    );
    return `<table border="1" cellspacing="0" style="width:100%">\n<tbody>\n${rows.join('\n')}\n</tbody></table>`;
  });
}

const para = (text: string) =>
  `<p style="text-indent:2em">&nbsp;&nbsp;<span style="font-family:仿宋_GB2312;font-size:16px">${text}</span></p>`;

function blocksHtml(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  let k = 0;
  return blocks
    .map((b) => {
      if (typeof b === 'string') return para(b);
      const { heading, paragraphs, runIn } = b as { heading: string; paragraphs: string[]; runIn?: boolean };
      const number = `（${'一二三四五六七八九十'[k++]}）`;
      if (runIn)
        return [
          `<p>&nbsp;&nbsp;<strong><span style="font-family:楷体">${number}${heading}</span></strong><span>${paragraphs[0]}</span></p>`,
          ...paragraphs.slice(1).map(para),
        ].join('\n');
      return [`<p><strong>${number}${heading}</strong></p>`, ...paragraphs.map(para)].join('\n');
    })
    .join('\n');
}

/** A whole page: navigation, breadcrumb, title, article with the report, signature, footer. */
export function govPage(report: Record<string, any>, options: { charset?: string } = {}): string {
  const tables = govTables(report);
  const [t2, t3, t4] = tables;
  const heading = (text: string) =>
    `<p style="text-indent:2em"><strong><span style="font-family:黑体">${text}</span></strong></p>`;
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(report.publishedAt ?? '');
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${options.charset ?? 'utf-8'}">
<title>${report.title}_${report.agency}门户网站</title>
<script>var _hmt = _hmt || [];</script></head>
<body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>
<div class="article">
<h2 class="article-title">${report.title}</h2>
<div class="info">发布日期：2025-02-25 &nbsp; 来源：市政府办公室 &nbsp; 浏览次数：1234</div>
<div class="TRS_Editor" id="zoom">
${(report.preamble ?? []).map((p: string) => para(p)).join('\n')}
${heading('一、总体情况')}
${blocksHtml(report.overview)}
${heading('二、主动公开政府信息情况')}
${t2}
${heading('三、收到和处理政府信息公开申请情况')}
${t3}
${heading('四、政府信息公开行政复议、行政诉讼情况')}
${t4}
${heading('五、存在的主要问题及改进情况')}
${blocksHtml(report.problems)}
${heading('六、其他需要报告的事项')}
${blocksHtml(report.otherMatters)}
<p style="text-align:right">${report.agency}&nbsp;&nbsp;</p>
${date ? `<p style="text-align:right">${Number(date[1])}年${Number(date[2])}月${Number(date[3])}日</p>` : ''}
</div>
<div class="share">分享到：微信 微博</div>
</div>
<div class="footer"><p>主办：${report.agency}办公室 &nbsp; 网站标识码：3208000001</p><p>苏ICP备05000000号</p></div>
</body></html>`;
}

/** Every cell path of the 2021 edition, for comparing numbers. */
export const ALL_CELLS = compileEdition(EDITION_2021).cells;
