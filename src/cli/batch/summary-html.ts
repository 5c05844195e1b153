/**
 * The batch summary as a page people read (zfxxgk-summary.html): the counts, the reports with
 * errors, the units with no report, the roll-up comparisons and the pairs of copied text. One
 * file with its style inside; a content security policy forbids it to load anything, and every
 * text that came from a report, a roster or a file name is escaped.
 */
import { AGENCY_KINDS } from '../../model/agency-kind.js';
import type { AgencyKind } from '../../model/types.js';
import { escapeXml } from '../../docx/xml.js';
import type { BatchRoster } from './roster-output.js';
import type { BatchStatus, BatchSummary } from './summary.js';

/** A paragraph two agencies share (found by the copied-text check of the batch). */
export interface CopiedPair {
  /** The two agencies (or files). */
  readonly a: string;
  readonly b: string;
  /** The share of text copied, 0 to 1. */
  readonly share: number;
  /** The paragraph, or the longest one they share. */
  readonly paragraph: string;
}

/** What the page shows besides the summary. */
export interface SummaryPageExtras {
  readonly copies?: readonly CopiedPair[];
}

const STATUS_WORDS: Readonly<Record<BatchStatus, string>> = {
  rendered: '已生成 rendered',
  skipped: '跳过（已是最新）skipped',
  invalid: '有错误 invalid',
  failed: '失败 failed',
  interrupted: '未完成 interrupted',
};

const STYLE = `
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1b1b1b;line-height:1.5}
h1{font-size:1.5rem;margin-bottom:.25rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1rem}
.meta,.note{color:#555;font-size:.9rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.9rem}
th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}td.n{text-align:right;font-variant-numeric:tabular-nums}
td.who{white-space:nowrap}
.counts{display:flex;flex-wrap:wrap;gap:.5rem;padding:0;list-style:none}
.counts li{border:1px solid #bbb;border-radius:4px;padding:.4rem .8rem;min-width:7rem}
.counts b{display:block;font-size:1.4rem}
.bad{color:#a4000f}.ok{color:#0b6b2b}
@media print{body{margin:0;max-width:none}}
`;

const esc = (value: unknown): string => escapeXml(value === undefined || value === null ? '' : String(value));

/** A table of cells already escaped; `numeric` columns are set right, `names` columns kept on one line. */
function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[] = [],
  names: readonly number[] = [],
): string {
  const kind = (i: number) => (numeric.includes(i) ? ' class="n"' : names.includes(i) ? ' class="who"' : '');
  const cells = (row: readonly string[], tag: 'th' | 'td') =>
    row.map((c, i) => `<${tag}${tag === 'td' ? kind(i) : ''}>${c}</${tag}>`).join('');
  return `<table><thead><tr>${cells(head, 'th')}</tr></thead><tbody>${rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('')}</tbody></table>`;
}

function section(title: string, body: string): string {
  return `<section><h2>${title}</h2>${body}</section>`;
}

const none = (text: string) => `<p class="note ok">${text}</p>`;

function counts(summary: BatchSummary, roster: BatchRoster | undefined): string {
  const items: [string, number, boolean][] = [
    ['报告 reports', summary.reports.length, false],
    ...(Object.keys(STATUS_WORDS) as BatchStatus[]).map((s): [string, number, boolean] => [
      STATUS_WORDS[s],
      summary.totals[s],
      s === 'invalid' || s === 'failed',
    ]),
  ];
  if (roster)
    items.push(
      ['名单单位 on the roster', roster.units, false],
      ['未报送 missing', roster.missing.length, true],
      ['名单外 not on the roster', roster.extra.length, true],
      ['重复报送 more than one', roster.duplicates.length, true],
    );
  return `<ul class="counts">${items
    .map(([label, n, bad]) => `<li${bad && n > 0 ? ' class="bad"' : ''}><b>${n}</b>${esc(label)}</li>`)
    .join('')}</ul>`;
}

function problems(summary: BatchSummary): string {
  const bad = summary.reports.filter((r) => r.status === 'invalid' || r.status === 'failed');
  if (bad.length === 0) return none('没有有错误或失败的报告 / no report with errors');
  return table(
    ['文件 file', '机关 agency', '错误 errors', '首个问题 first problem'],
    bad.map((r) => [
      esc(r.file),
      esc(r.agency),
      String(r.counts.error),
      esc(r.reason ?? r.issues?.find((i) => i.severity === 'error')?.message),
    ]),
    [2],
  );
}

const kindLabel = (kind: string | undefined) =>
  kind && kind in AGENCY_KINDS ? AGENCY_KINDS[kind as AgencyKind].label : (kind ?? '');

function rosterSections(roster: BatchRoster): string {
  const missing = roster.missing.length
    ? table(
        ['单位 unit', '类型 kind', '上级 parent'],
        roster.missing.map((m) => [esc(m.unit), esc(kindLabel(m.kind)), esc(m.parent)]),
      )
    : none('名单中的单位都已报送 / every unit reported');
  const extra = roster.extra.length
    ? table(
        ['机关 agency', '文件 file'],
        roster.extra.map((e) => [esc(e.agency), esc(e.file)]),
      )
    : none('没有 / none');
  const duplicates = roster.duplicates.length
    ? table(
        ['单位 unit', '文件 files'],
        roster.duplicates.map((d) => [esc(d.unit), d.files.map(esc).join('<br>')]),
      )
    : none('没有 / none');
  const matches = roster.matches.length
    ? table(
        ['报告中的名称 in the report', '名单中的单位 unit', '依据 by', '文件 file'],
        roster.matches.map((m) => [
          esc(m.agency),
          esc(m.unit),
          `${m.via === 'alias' ? '别名 alias' : '规范化 normalised'}“${esc(m.matched)}”${m.rules.length ? `<br><span class="note">${esc(m.rules.join(', '))}</span>` : ''}`,
          esc(m.file),
        ]),
      )
    : none('全部按原名匹配 / every name matched as written');
  const other = roster.otherYears.length
    ? section(
        '其他年度的报告（未核对）/ Reports of other years (not checked)',
        table(
          ['机关 agency', '年度 year', '文件 file'],
          roster.otherYears.map((o) => [esc(o.agency), esc(o.year), esc(o.file)]),
        ),
      )
    : '';
  return [
    section(`未报送 ${esc(roster.year)} 年度报告的单位 / Units with no report`, missing),
    section('名单外的报告 / Reports from units not on the roster', extra),
    section('重复报送 / Units with more than one report', duplicates),
    section('名称不完全相同的匹配 / Names matched by an alias or after normalising', matches),
    other,
  ].join('');
}

function rollupSection(roster: BatchRoster): string {
  if (roster.rollups.length === 0)
    return section('汇总比对 / Roll-up', none('名单中没有可比对的汇总报告 / no roll-up report to compare'));
  const parts = roster.rollups.map((r) => {
    const partial =
      r.missing.length || r.invalid.length
        ? `<p class="note bad">合计不完整 / the sum is partial：${r.missing.length ? `没有报告 no report：${r.missing.map(esc).join('、')}` : ''}${r.missing.length && r.invalid.length ? '；' : ''}${r.invalid.length ? `报告有错误 with errors：${r.invalid.map(esc).join('、')}` : ''}</p>`
        : '';
    const cells = r.cells.length
      ? table(
          ['单元格 cell', '填报 declared', '各单位合计 sum', '差额 difference'],
          r.cells.map((c) => [
            esc(c.label),
            esc(c.declared),
            esc(c.sum),
            esc(Number((c.declared - c.sum).toPrecision(12))),
          ]),
          [1, 2, 3],
        )
      : none('各单元格与合计一致 / every cell equals the sum');
    return `<h3>${esc(r.unit)}（${r.scope === 'region' ? '本地区 region' : '本系统 system'}）</h3><p class="meta">${esc(r.file)} · 计入 ${r.counted.length} 个单位 / ${r.counted.length} units counted：${r.counted.map(esc).join('、')}</p>${partial}${cells}`;
  });
  return section('汇总比对 / Roll-up', parts.join(''));
}

function copiesSection(copies: readonly CopiedPair[]): string {
  if (copies.length === 0) return section('雷同文字 / Copied text', none('没有发现 / none found'));
  return section(
    '雷同文字 / Copied text',
    table(
      ['机关 A', '机关 B', '比例 share', '段落 paragraph'],
      copies.map((c) => {
        const text =
          c.paragraph.length > 120
            ? `<details><summary>${esc(c.paragraph.slice(0, 120))}…</summary>${esc(c.paragraph)}</details>`
            : esc(c.paragraph);
        return [esc(c.a), esc(c.b), `${Math.round(c.share * 100)}%`, text];
      }),
      [2],
      [0, 1],
    ),
  );
}

/**
 * The page of a batch summary.
 * @param summary the batch summary (with its `roster` when the batch had one)
 * @param extras the copied-text pairs, shown when given
 * @returns a complete HTML document
 * @example await writeAtomic('out/zfxxgk-summary.html', summaryHtml(summary))
 */
export function summaryHtml(summary: BatchSummary, extras: SummaryPageExtras = {}): string {
  const roster = summary.roster;
  const body = [
    `<h1>政府信息公开工作年度报告批量检查汇总</h1><p class="meta">Batch summary · ${esc(summary.startedAt)} · ${esc(summary.seconds.toFixed(1))} 秒${summary.interrupted ? ' · <span class="bad">已中断 interrupted</span>' : ''}${roster ? ` · 名单 roster：${esc(roster.file)}` : ''}</p>`,
    section('概况 / Counts', counts(summary, roster)),
    section('有错误或失败的报告 / Reports with errors', problems(summary)),
    roster ? rosterSections(roster) + rollupSection(roster) : '',
    extras.copies ? copiesSection(extras.copies) : '',
  ].join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>zfxxgk 批量检查汇总</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
