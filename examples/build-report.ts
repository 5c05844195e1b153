/**
 * Building a report from an agency system's own data with the typed builder.
 *
 * The narrative comes from the agency's CMS and the counts from its case register; here both are
 * those of the published 工布江达县人民政府 2023 report, so the result can be compared with it.
 * Totals are never typed in: build() derives them and checks every 勾稽 rule.
 *
 * Run: npx tsx examples/build-report.ts   (after npm run build)
 */
import { readFileSync } from 'node:fs';
import { countIssues, ReportBuilder, type RequestRowPath } from 'zfxxgk';

// The agency's register of disclosure applications in 2023: one record per application.
type Applicant = 'naturalPerson' | 'commercial' | 'research' | 'socialWelfare' | 'legalService' | 'other';
const register: { received: string; applicant: Applicant; outcome: RequestRowPath }[] = [
  { received: '2023-03-14', applicant: 'naturalPerson', outcome: 'results.other.other' },
  { received: '2023-06-02', applicant: 'naturalPerson', outcome: 'results.other.other' },
  { received: '2023-10-19', applicant: 'naturalPerson', outcome: 'results.other.other' },
];

// The published text, standing in for the CMS.
const text = JSON.parse(readFileSync(new URL('./gongbujiangda-2023.json', import.meta.url), 'utf8'));

let builder = ReportBuilder.create({ agency: '工布江达县人民政府', year: 2023 })
  .agencyKind('government')
  .publishedAt('2024-01-27')
  .narrative('preamble', ...text.preamble)
  .narrative('overview', ...text.overview)
  .narrative('problems', ...text.problems)
  .narrative('otherMatters', ...text.otherMatters)
  .activeDisclosure({
    regulations: { issued: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { issued: 1, repealed: 1, inForce: 12 },
    licensing: 821,
    punishment: 9,
    coercion: 0,
    fees: 0,
  });

// Count the register into table 三: one row for receipts, one per outcome.
const count = (rows: typeof register) => {
  const cells: Partial<Record<Applicant, number>> = {};
  for (const r of rows) cells[r.applicant] = (cells[r.applicant] ?? 0) + 1;
  return cells;
};
builder = builder.requestRow('newReceived', count(register));
for (const outcome of new Set(register.map((r) => r.outcome))) {
  builder = builder.requestRow(outcome, count(register.filter((r) => r.outcome === outcome)));
}

const result = builder.build();
const counts = countIssues(result.issues);
console.log(
  `${result.ok ? '通过' : '未通过'}：${counts.error} 个错误，${counts.warning} 个警告，${counts.info} 个提示`,
);
for (const issue of result.issues) console.log(`  ${issue.severity}  ${issue.message}`);
if (result.ok) {
  console.log(`表三（七）总计 · 总计 = ${result.report.requests.results.total.total}（由各行自动计算）`);
}
process.exitCode = result.ok ? 0 : 1;
