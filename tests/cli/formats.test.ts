/**
 * render and batch treat every output format alike, and validate each report once. The CLI runs in
 * this process (not as a child) so that its calls to validate() can be counted.
 */
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { validate } from '../../src/validate.js';
import { projectPath, seedReport } from '../helpers/reports.js';

vi.mock('../../src/validate.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/validate.js')>();
  return { ...actual, validate: vi.fn(actual.validate) };
});

const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-formats-'));
chmodSync(dir, 0o755);
const EXAMPLE = 'examples/gongbujiangda-2023.json';

/** Runs the CLI in this process; counts the validations it made. */
async function cli(
  args: readonly string[],
): Promise<{ code: number; stdout: string; stderr: string; validations: number }> {
  let stdout = '';
  let stderr = '';
  const sink = (write: (s: string) => void) =>
    new Writable({ write: (chunk, _encoding, done) => (write(String(chunk)), done()) });
  vi.mocked(validate).mockClear();
  // `env` for a CLI that takes its environment through io (colours off); one that does not ignores it.
  const io = {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    stdin: Readable.from([]),
    cwd: projectPath(''),
    env: { ...process.env, NO_COLOR: '1' },
    signal: new AbortController().signal,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr, validations: vi.mocked(validate).mock.calls.length };
}

/** The issues as they come out of `--json`. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));
const exampleIssues = () => asJson(validate(readFileSync(projectPath(EXAMPLE), 'utf8')).issues);

describe('zfxxgk render, for every format', () => {
  it('validates once for three outputs and lists the same fields for each', async () => {
    const out = ['a.pdf', 'a.html', 'a.docx'].map((f) => join(dir, f));
    const run = await cli(['render', EXAMPLE, ...out.flatMap((o) => ['-o', o]), '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.validations).toBe(1);
    const data = JSON.parse(run.stdout).data;
    expect(data.issues).toEqual(exampleIssues());
    expect(data.issues.length).toBeGreaterThan(0);
    const written = [...data.written].sort((a: any, b: any) => a.format.localeCompare(b.format));
    for (const w of written)
      expect(Object.keys(w).sort()).toEqual(['bytes', 'draft', 'format', 'mediaType', 'pages', 'path']);
    expect(written.map((w: any) => [w.format, w.pages, w.draft])).toEqual([
      ['docx', null, false],
      ['html', null, false],
      ['pdf', 7, false],
    ]);
  }, 120_000);

  it('reports the same issues whichever single format is asked for', async () => {
    const expected = exampleIssues();
    for (const name of ['b.html', 'b.docx', 'b.pdf']) {
      const run = await cli(['render', EXAMPLE, '-o', join(dir, name), '--json']);
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout).data.issues, name).toEqual(expected);
    }
  }, 120_000);

  it('marks every output of a draft as a draft and says so for each', async () => {
    const report = seedReport();
    report.requests.results.total.naturalPerson = 0;
    const input = join(dir, 'wrong.json');
    writeFileSync(input, JSON.stringify(report));
    const out = ['d.pdf', 'd.html', 'd.docx'].map((f) => join(dir, f));
    const run = await cli(['render', input, ...out.flatMap((o) => ['-o', o]), '--draft']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.validations).toBe(1);
    expect(run.stdout).toContain(`已生成 ${out[0]}（PDF 草稿，8 页，`);
    expect(run.stdout).toContain(`已生成 ${out[1]}（HTML 草稿，`);
    expect(run.stdout).toContain(`已生成 ${out[2]}（Word 文档 草稿，`);
    expect(run.stdout).toContain(`草稿：报告仍有 1 个错误，${out[1]}、${out[2]}、${out[0]} 都标为草稿`);
    expect(readFileSync(out[1]!, 'utf8')).toContain('class="zfxxgk-watermark"');
  }, 120_000);
});

describe('zfxxgk batch, for every format', () => {
  it('validates each report once, whatever the formats', async () => {
    const input = mkdtempSync(join(tmpdir(), 'zfxxgk-formats-in-'));
    writeFileSync(join(input, 'seed.json'), readFileSync(projectPath(EXAMPLE)));
    const wrong = seedReport();
    wrong.requests.newReceived.total = 9;
    writeFileSync(join(input, 'wrong.json'), JSON.stringify(wrong));
    writeFileSync(join(input, 'bytes.yaml'), readFileSync(projectPath(EXAMPLE)));
    const run = await cli(['batch', input, '--out', join(dir, 'batch'), '--format', 'pdf,html,docx', '--json']);
    expect(run.code, run.stderr).toBe(1);
    expect(JSON.parse(run.stdout).data.totals).toMatchObject({ rendered: 2, invalid: 1 });
    expect(run.validations).toBe(3);
  }, 120_000);

  it('fills the same summary columns for a format without a browser', async () => {
    const input = mkdtempSync(join(tmpdir(), 'zfxxgk-formats-in-'));
    writeFileSync(join(input, 'seed.json'), readFileSync(projectPath(EXAMPLE)));
    const run = await cli(['batch', input, '--out', join(dir, 'batch-html'), '--format', 'html,docx', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const [record] = JSON.parse(run.stdout).data.reports;
    expect(record).toMatchObject({ status: 'rendered', attempts: 1, retried: false });
    expect(record.outputs.map((o: string) => o.split('/').pop())).toEqual(['seed.html', 'seed.docx']);
  }, 120_000);

  it('renders the reports with errors as drafts with --draft, and still lists them as invalid', async () => {
    const input = mkdtempSync(join(tmpdir(), 'zfxxgk-formats-in-'));
    writeFileSync(join(input, 'seed.json'), readFileSync(projectPath(EXAMPLE)));
    const wrong = seedReport();
    wrong.requests.newReceived.total = 9;
    writeFileSync(join(input, 'wrong.json'), JSON.stringify(wrong));
    const out = join(dir, 'batch-draft');
    const run = await cli(['batch', input, '--out', out, '--format', 'html,docx', '--draft']);
    expect(run.code, run.stderr).toBe(1);
    expect(run.validations).toBe(2);
    expect(run.stdout).toContain('完成：共 2 份，生成 1，跳过（已是最新）0，有错误 1');
    expect(run.stdout).toMatch(
      /有错误 {2}\S*wrong\.json：1 个错误，首个：.*；已生成草稿 \S*wrong\.html、\S*wrong\.docx/,
    );
    expect(readFileSync(join(out, 'wrong.html'), 'utf8')).toContain('class="zfxxgk-watermark"');
    expect(readFileSync(join(out, 'seed.html'), 'utf8')).not.toContain('class="zfxxgk-watermark"');
    const record = JSON.parse(readFileSync(join(out, 'zfxxgk-summary.json'), 'utf8')).reports.find((r: any) =>
      r.file.endsWith('wrong.json'),
    );
    expect(record).toMatchObject({ status: 'invalid', counts: { error: 1 }, attempts: 1 });
    expect(record.outputs).toHaveLength(2);
  }, 120_000);
});
