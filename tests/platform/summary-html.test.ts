import { describe, expect, it } from 'vitest';
import { summaryHtml } from '../../src/cli/batch/summary-html.js';
import type { BatchSummary } from '../../src/cli/batch/summary.js';

const summary: BatchSummary = {
  startedAt: '2027-01-05T08:00:00.000Z',
  seconds: 1.5,
  interrupted: false,
  totals: { rendered: 1, skipped: 0, invalid: 1, failed: 0, interrupted: 0 },
  reports: [
    {
      file: 'a.json',
      agency: '甲局',
      year: 2023,
      status: 'rendered',
      counts: { error: 0, warning: 0, info: 0 },
      outputs: [],
      digests: [],
    },
    {
      file: '<img src=x onerror=alert(1)>.json',
      agency: '乙局',
      year: 2023,
      status: 'invalid',
      counts: { error: 1, warning: 0, info: 0 },
      outputs: [],
      digests: [],
    },
  ],
};

describe('summaryHtml', () => {
  it('shows the counts and the reports with errors, with file names escaped', () => {
    const page = summaryHtml(summary);
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<li class="bad"><b>1</b>有错误 invalid</li>');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;.json');
    expect(page).not.toContain('<img');
    // No roster, no copies given: no section for them.
    expect(page).not.toContain('未报送');
    expect(page).not.toContain('雷同文字');
  });

  it('shows the copied-text pairs when given, long paragraphs folded', () => {
    const paragraph = `我局坚持以公开为常态、不公开为例外，<script>x</script>${'推进决策、执行、管理、服务、结果公开。'.repeat(10)}`;
    const page = summaryHtml(summary, { copies: [{ a: '甲局', b: '乙局', share: 0.426, paragraph }] });
    expect(page).toContain('<h2>雷同文字 / Copied text</h2>');
    expect(page).toContain(
      '<td class="who">甲局</td><td class="who">乙局</td><td class="n">43%</td><td><details><summary>',
    );
    expect(page).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(page).not.toContain('<script>');
    expect(summaryHtml(summary, { copies: [] })).toContain('没有发现 / none found');
  });
});
