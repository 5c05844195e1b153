/**
 * Deterministic generated reports for benchmarks: the seed report's text with random table numbers
 * that satisfy every 勾稽 rule (a small PRNG, so every run measures the same reports).
 */
import { readFileSync } from 'node:fs';
import { compileEdition, EDITION_2021 } from '../src/index.js';

const seed = JSON.parse(readFileSync(new URL('../examples/gongbujiangda-2023.json', import.meta.url), 'utf8'));
const edition = compileEdition(EDITION_2021);

/** mulberry32: a tiny seeded PRNG. */
export function prng(seedValue: number): () => number {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function set(root: any, path: readonly string[], value: number): void {
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key] ??= {};
  node[path.at(-1)!] = value;
}
function get(root: any, path: readonly string[]): number {
  return path.reduce((n, k) => n?.[k], root) as number;
}

/** One valid report with every total present; `index` picks its numbers. */
export function generateReport(index: number, agency = seed.agency as string): Record<string, any> {
  const random = prng(index + 1);
  const report = structuredClone(seed);
  report.agency = agency;
  report.title = `${agency}${report.year}年政府信息公开工作年度报告`;
  // Leaf cells of tables 二, 三 (outcomes and 结转下年度) and 四 at random.
  for (const cell of edition.cells) {
    if (cell.role !== 'leaf') continue;
    const p = cell.path;
    if (p[0] === 'requests' && (p[1] === 'newReceived' || p[1] === 'carriedOver')) continue;
    const value = cell.value === 'amount' ? Math.round(random() * 1e6) / 100 : Math.floor(random() * random() * 30);
    set(report, p, value);
  }
  // 本年新收 and 上年结转 from the balance, then every total from its relation.
  for (const rel of edition.relations) {
    if (rel.kind !== 'balance') continue;
    const right = rel.right!.reduce(
      (s, c) => s + (edition.cells[c]!.role === 'leaf' ? get(report, edition.cells[c]!.path) : 0),
      0,
    );
    const [received, carried] = rel.left!.map((c) => edition.cells[c]!);
    if (received!.role !== 'leaf') continue;
    const resultsTotal = edition.relations.find((r) => r.kind === 'sum' && r.target === rel.right![0])!;
    const concluded = resultsTotal.terms.slice(1).reduce((s, c) => s + get(report, edition.cells[c]!.path), 0);
    const due = concluded + right;
    const over = Math.floor(due * random() * 0.3);
    set(report, carried!.path, over);
    set(report, received!.path, due - over);
  }
  for (let pass = 0; pass < 2; pass++) {
    for (const rel of edition.relations) {
      if (rel.kind !== 'sum') continue;
      const sum = rel.terms.slice(1).reduce((s, c) => s + (get(report, edition.cells[c]!.path) ?? 0), 0);
      set(report, edition.cells[rel.target]!.path, sum);
    }
  }
  // The text states the counts of table 三 (as the seed's does), so that it agrees with the tables.
  const counts = (block: { paragraphs?: string[] }) => {
    if (!block.paragraphs) return;
    block.paragraphs = block.paragraphs.map((p) =>
      p.replace(
        /收到依申请公开\d+件，其中办结\d+件/,
        `收到依申请公开${report.requests.newReceived.total}件，其中办结${report.requests.results.total.total}件`,
      ),
    );
  };
  report.overview.forEach((b: unknown) => typeof b === 'object' && counts(b as { paragraphs?: string[] }));
  return report;
}
