/**
 * Hostile and careless input: every kind of bomb ends within bounded time and memory with a note
 * naming the limit, never with a crash or a hang. The bombs are made at test time; the worst run
 * in a child process capped at 512 MB of heap (and its peak resident memory is checked), so that
 * they are shown to be refused rather than survived by luck on a large machine. Times are
 * compared as ratios between inputs 10× apart (linear work gives about 10×), never as wall-clock
 * bounds.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS, importReport, type ImportLimits, type ImportOptions } from '../../src/import/index.js';
import { projectPath } from '../helpers/reports.js';
import { encryptedPdf, spanBombHtml, zipBombDocx } from './helpers/bombs.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-bounds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface ChildResult {
  notes: { code: string; severity: string; params?: Record<string, unknown> }[];
  ms: number;
  maxRssMb: number;
}

/** Imports `input` in a child process under a 512 MB heap cap; rejects if the child dies. */
async function importCapped(
  name: string,
  input: Uint8Array | string,
  kind: string,
  limits?: Partial<ImportLimits>,
): Promise<ChildResult> {
  const file = join(dir, name);
  writeFileSync(file, input);
  const { stdout } = await run(
    process.execPath,
    [
      '--max-old-space-size=512',
      '--import',
      'tsx',
      projectPath('tests/import/helpers/import-child.ts'),
      file,
      kind,
      ...(limits ? [JSON.stringify(limits)] : []),
    ],
    { cwd: projectPath('.'), timeout: 120_000, maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as ChildResult;
}

/** The CPU time (user and system, in ms) of `repeat` imports of `input`: other processes on a busy machine do not count. */
async function cpuMs(input: string | Uint8Array, options: ImportOptions, repeat: number): Promise<number> {
  const start = process.cpuUsage();
  for (let k = 0; k < repeat; k++) await importReport(input, options);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * How much longer an input 10× larger takes: about 10 when the work is linear, about 100 when it is
 * quadratic. Each sample times the large input once and the small one ten times over, side by
 * side, so both are of the same length; the median of seven such ratios is returned. The tests
 * allow up to {@link LINEAR}: far below quadratic, with room for a loaded machine (a clean-clone
 * run beside other work measured 12.3 for a linear case, over the 12 these tests first allowed).
 */
async function ratio10(make: (n: number) => string, n: number, options: ImportOptions): Promise<number> {
  const small = make(n);
  const large = make(10 * n);
  await importReport(small, options); // warm up
  await importReport(large, options);
  const ratios: number[] = [];
  for (let i = 0; i < 7; i++) ratios.push((await cpuMs(large, options, 1)) / ((await cpuMs(small, options, 10)) / 10));
  return ratios.sort((a, b) => a - b)[3]!;
}

/** The most a 10× larger input may cost, ×: linear work is about 10, quadratic about 100. */
const LINEAR = 20;

const unbounded = { lineChars: Infinity, textChars: Infinity, tableCells: Infinity };
const codes = (notes: readonly { code: string }[]) => notes.map((n) => n.code);

describe('importReport refuses bombs under a 512 MB heap cap', () => {
  it('refuses a .docx of 1.4 MB whose XML inflates to 1 GiB, its sizes declared', async () => {
    const result = await importCapped('truth.docx', zipBombDocx(1024, 'truth'), 'docx');
    expect(result.notes).toEqual([
      {
        code: 'LIMIT_ZIP_INFLATED',
        severity: 'error',
        params: { limit: DEFAULT_IMPORT_LIMITS.zipInflatedBytes, actual: expect.any(Number) },
      },
    ]);
    expect(result.notes[0]!.params!['actual']).toBeGreaterThan(0.99 * 2 ** 30);
    expect(result.maxRssMb).toBeLessThan(600);
  }, 150_000);

  it('refuses the same bomb when the zip declares 1 KB, by counting while it inflates', async () => {
    const result = await importCapped('lie.docx', zipBombDocx(1024, 'lie'), 'docx');
    expect(codes(result.notes)).toEqual(['LIMIT_ZIP_INFLATED']);
    const actual = result.notes[0]!.params!['actual'] as number;
    expect(actual).toBeGreaterThan(DEFAULT_IMPORT_LIMITS.zipInflatedBytes);
    expect(actual).toBeLessThan(DEFAULT_IMPORT_LIMITS.zipInflatedBytes + 64 * 2 ** 20);
    expect(result.maxRssMb).toBeLessThan(600);
  }, 150_000);

  it('leaves out a 95 KB table whose spans would make a billion cells, and says so', async () => {
    const result = await importCapped('span.html', spanBombHtml(1500), 'html');
    expect(result.notes[0]).toEqual({
      code: 'LIMIT_TABLE_CELLS',
      severity: 'warning',
      params: { limit: DEFAULT_IMPORT_LIMITS.tableCells, actual: (1000 * 1500 * 1501) / 2 + 1500, count: 1 },
    });
    expect(result.maxRssMb).toBeLessThan(600);
  }, 150_000);

  it('refuses an HTML page of 20 million characters before parsing it', async () => {
    const page = `<html><body>${'<p>本机关主动公开政府信息。</p>\n'.repeat(1_000_000)}</body></html>`;
    const result = await importCapped('huge.html', page, 'html');
    expect(result.notes).toEqual([
      {
        code: 'LIMIT_TEXT_CHARS',
        severity: 'error',
        params: { limit: DEFAULT_IMPORT_LIMITS.textChars, actual: page.length },
      },
    ]);
    expect(result.maxRssMb).toBeLessThan(600);
  }, 150_000);

  it('refuses text of 10 million characters on one line, as too long a text', async () => {
    const text = `一、总体情况\n${'（一）主动公开情况'.repeat(1_200_000)}\n二、主动公开政府信息情况\n`;
    const result = await importCapped('line.txt', text, 'text');
    expect(result.notes).toEqual([
      {
        code: 'LIMIT_TEXT_CHARS',
        severity: 'error',
        params: { limit: DEFAULT_IMPORT_LIMITS.textChars, actual: text.length },
      },
    ]);
    expect(result.maxRssMb).toBeLessThan(600);
  }, 150_000);

  it('reads text with a line of 10 million characters when the text limit is lifted, leaving that line out', async () => {
    const text = `一、总体情况\n${'（一）主动公开情况'.repeat(1_200_000)}\n二、主动公开政府信息情况\n`;
    const result = await importCapped('line.txt', text, 'text', { textChars: 2 ** 30 });
    expect(result.notes[0]).toEqual({
      code: 'LIMIT_LINE_CHARS',
      severity: 'warning',
      params: { limit: DEFAULT_IMPORT_LIMITS.lineChars, actual: 10_800_000, count: 1 },
    });
    expect(result.maxRssMb).toBeLessThan(600);
  }, 150_000);
});

describe('importReport works in time linear in its input', () => {
  it('reads `2023年` repeated on one line (no quadratic pattern), even with no line limit', async () => {
    const r = await ratio10((n) => `一、总体情况\n${'2023年'.repeat(n)}日`, 4000, { kind: 'text', limits: unbounded });
    expect(r).toBeLessThanOrEqual(LINEAR);
  }, 120_000);

  it('reads a line of many words ending in numbers (a row label is looked for among the last words only)', async () => {
    const r = await ratio10((n) => `${'规章 '.repeat(n)}1 2 3`, 4000, { kind: 'text', limits: unbounded });
    expect(r).toBeLessThanOrEqual(LINEAR);
  }, 120_000);

  it('reads an HTML title of `2023年` repeated', async () => {
    const r = await ratio10((n) => `<h1>${'2023年'.repeat(n)}</h1><p>一、总体情况</p>`, 4000, {
      kind: 'html',
      limits: unbounded,
    });
    expect(r).toBeLessThanOrEqual(LINEAR);
  }, 120_000);

  it('refuses span bombs in time linear in their rows', async () => {
    const r = await ratio10(spanBombHtml, 300, { kind: 'html' });
    expect(r).toBeLessThanOrEqual(LINEAR);
  }, 120_000);
});

describe('importReport limits', () => {
  it('reads a page nested 100000 elements deep, flattening what lies below the depth limit', async () => {
    const page = `<body>${'<div>'.repeat(100_000)}<p>一、总体情况</p><p>本年度共公开信息。</p></body>`;
    const result = await importReport(page, { kind: 'html' });
    expect(result.notes[0]).toEqual({
      code: 'LIMIT_DEPTH',
      severity: 'warning',
      message: expect.any(String),
      params: {
        limit: DEFAULT_IMPORT_LIMITS.depth,
        actual: DEFAULT_IMPORT_LIMITS.depth + 1,
        count: expect.any(Number),
      },
    });
    expect(result.report['overview']).toEqual(['本年度共公开信息。']);
  }, 60_000);

  it('says a PDF is encrypted, not that it is no PDF', async () => {
    const result = await importReport(encryptedPdf(), { kind: 'pdf' });
    expect(result.notes).toEqual([
      { code: 'PDF_ENCRYPTED', severity: 'error', message: 'PDF 已加密（设有打开密码），无法读取；请提供未加密的文件' },
    ]);
    expect(result.complete).toBe(false);
  }, 60_000);

  it('takes limits from the caller, each with its code and values', async () => {
    const bytes = new TextEncoder().encode('一、总体情况\n本年度共公开信息。\n');
    const result = await importReport(bytes, { kind: 'text', limits: { inputBytes: 10 } });
    expect(result.notes).toEqual([
      {
        code: 'LIMIT_INPUT_BYTES',
        severity: 'error',
        message: expect.stringContaining('10 字节'),
        params: { limit: 10, actual: bytes.length },
      },
    ]);
  });

  it('counts the entries of a .docx before reading it', async () => {
    const { readFileSync } = await import('node:fs');
    const template = new Uint8Array(readFileSync(projectPath('tests/fixtures/national-template-2021.docx')));
    const result = await importReport(template, { kind: 'docx', limits: { zipEntries: 5 } });
    expect(result.notes).toEqual([
      { code: 'LIMIT_ZIP_ENTRIES', severity: 'error', message: expect.any(String), params: { limit: 5, actual: 6 } },
    ]);
  });

  it('still reads the official template within the default limits', async () => {
    const { readFileSync } = await import('node:fs');
    const template = new Uint8Array(readFileSync(projectPath('tests/fixtures/national-template-2021.docx')));
    const result = await importReport(template, { kind: 'docx' });
    expect(result.cells).toHaveLength(200);
    expect(codes(result.notes).filter((c) => c.startsWith('LIMIT_'))).toEqual([]);
  });

  it('rejects a limit that is not a positive number, as a caller mistake', async () => {
    await expect(importReport('x', { limits: { lineChars: 0 } })).rejects.toThrow(TypeError);
    await expect(importReport('x', { limits: { tableCells: Number.NaN } })).rejects.toThrow(TypeError);
    await expect(importReport('x', { limits: { nope: 1 } as never })).rejects.toThrow(/unknown limit/);
  });
});
