/**
 * `batch --shard i/n` and its Kubernetes form (JOB_COMPLETION_INDEX + a total): the shards of a list
 * render exactly the reports of one unsharded batch, each once, whatever machine runs them; and the
 * summary names each output's SHA-256 and content key. HTML and DOCX only: sharding is the same for
 * every format, and these need no browser.
 */
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../bench/generate.js';
import { contentKey, validate } from '../../src/index.js';
import { envelopeOf, zfxxgk } from '../helpers/cli.js';
import { projectPath, seedReport } from '../helpers/reports.js';

function folder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `zfxxgk-shard-${name}-`));
  chmodSync(dir, 0o755);
  return dir;
}

/** Ten reports in two folders, JSON and YAML, and one with errors. */
function reports(): string {
  const dir = folder('in');
  mkdirSync(join(dir, 'county'));
  writeFileSync(
    join(dir, 'county', 'gongbujiangda-2023.json'),
    readFileSync(projectPath('examples/gongbujiangda-2023.json')),
  );
  for (let i = 0; i < 8; i++)
    writeFileSync(join(dir, `generated-${i}.json`), JSON.stringify(generateReport(i, `测试${i}县人民政府`)));
  const wrong = seedReport();
  wrong.requests.results.total.naturalPerson = 0;
  writeFileSync(join(dir, 'county', 'wrong.json'), JSON.stringify(wrong));
  return dir;
}

const ALL = 10;

/** Runs a batch and returns the files of its reports (as listed in its summary) and the run. */
async function batch(args: readonly string[], env: Record<string, string | undefined> = {}) {
  const run = await zfxxgk(['batch', ...args, '--format', 'html,docx', '--json'], { env });
  const data = envelopeOf(run).data;
  return { run, data, files: (data.reports as { file: string }[]).map((r) => r.file) };
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('batch --shard', () => {
  it('1/3, 2/3 and 3/3 together render exactly the reports of one unsharded batch, each once', async () => {
    const input = reports();
    const whole = await batch([input, '--out', folder('whole')]);
    expect(whole.files).toHaveLength(ALL);
    const out = folder('out');
    const shards = [];
    for (const i of [1, 2, 3]) shards.push(await batch([input, '--out', out, '--shard', `${i}/3`]));
    const sharded = shards.flatMap((s) => s.files);
    expect([...sharded].sort()).toEqual([...whole.files].sort());
    expect(new Set(sharded).size).toBe(ALL);
    // Shares differ by one report at most (10 = 4 + 3 + 3).
    expect(shards.map((s) => s.files.length)).toEqual([4, 3, 3]);
    expect(shards.map((s) => s.data.shard)).toEqual([1, 2, 3].map((index) => ({ index, total: 3, listed: ALL })));
    // Each shard wrote its own summary beside the others'; the outputs are the unsharded batch's.
    const written = readdirSync(out).filter((f) => f.startsWith('zfxxgk-summary'));
    expect(written.sort()).toEqual(
      [1, 2, 3].flatMap((i) => [
        `zfxxgk-summary.${i}-of-3.csv`,
        `zfxxgk-summary.${i}-of-3.html`,
        `zfxxgk-summary.${i}-of-3.json`,
      ]),
    );
    const outputs = (b: { data: any }) => b.data.reports.flatMap((r: any) => r.digests.map((d: any) => d.sha256));
    expect(shards.flatMap(outputs).sort()).toEqual(outputs(whole).sort());
  }, 60_000);

  it('takes the same slice from JOB_COMPLETION_INDEX (0-based) and a total from the flag or ZFXXGK_SHARD_TOTAL', async () => {
    const input = reports();
    for (const i of [1, 2, 3]) {
      const flag = await batch([input, '--out', folder('flag'), '--shard', `${i}/3`]);
      const fromEnv = await batch([input, '--out', folder('env')], {
        JOB_COMPLETION_INDEX: String(i - 1),
        ZFXXGK_SHARD_TOTAL: '3',
      });
      const fromFlag = await batch([input, '--out', folder('total'), '--shard-total', '3'], {
        JOB_COMPLETION_INDEX: String(i - 1),
      });
      expect(fromEnv.files).toEqual(flag.files);
      expect(fromFlag.files).toEqual(flag.files);
    }
  }, 60_000);

  it('is the same slice however the list was named: a folder, or its files in another order', async () => {
    const input = reports();
    const files = readdirSync(input)
      .filter((f) => f.startsWith('generated-'))
      .map((f) => join(input, f));
    const forward = await batch([...files, '--out', folder('a'), '--shard', '2/3']);
    const backward = await batch([...files].reverse().concat('--out', folder('b'), '--shard', '2/3'));
    expect(backward.files).toEqual(forward.files);
    expect(forward.files).toHaveLength(3);
  }, 60_000);

  it('renders the whole list, and says why, when Kubernetes gives an index but no total', async () => {
    const input = reports();
    const { run, files } = await batch([input, '--out', folder('out')], { JOB_COMPLETION_INDEX: '1' });
    expect(files).toHaveLength(ALL);
    expect(run.stderr).toContain('JOB_COMPLETION_INDEX=1，但没有给出总份数');
  }, 60_000);

  it.each([
    [['--shard', '0/3'], {}, '序号应在 1 到 3 之间'],
    [['--shard', '4/3'], {}, '序号应在 1 到 3 之间'],
    [['--shard', '2'], {}, '--shard 应写作 i/n'],
    [['--shard', 'a/b'], {}, '--shard 应写作 i/n'],
    [['--shard', '1/0'], {}, '--shard 的份数 应在 1 到'],
    [['--shard-total', '3'], {}, '没有 JOB_COMPLETION_INDEX'],
    [['--shard-total', 'three'], { JOB_COMPLETION_INDEX: '0' }, '--shard-total 应为整数'],
    [[], { JOB_COMPLETION_INDEX: '3', ZFXXGK_SHARD_TOTAL: '3' }, '应为 0 到 2'],
    [[], { JOB_COMPLETION_INDEX: '-1', ZFXXGK_SHARD_TOTAL: '3' }, 'JOB_COMPLETION_INDEX 应为整数'],
  ])('refuses %j %j before any work: exit 2, “%s”', async (args, env, message) => {
    const out = folder('out');
    const run = await zfxxgk(['batch', reports(), '--out', out, '--format', 'html', ...args], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('the batch summary', () => {
  it('gives each output its SHA-256 and the content key of its render, in JSON and CSV', async () => {
    const input = reports();
    const out = folder('out');
    const { data } = await batch([input, '--out', out, '--draft']);
    const seed = data.reports.find((r: any) => r.file.endsWith('gongbujiangda-2023.json'));
    const report = validate(readFileSync(join(input, 'county', 'gongbujiangda-2023.json'))).report!;
    expect(seed.digests).toEqual(
      await Promise.all(
        ['html', 'docx'].map(async (format, i) => ({
          file: seed.outputs[i],
          format,
          sha256: sha256(projectPath(seed.outputs[i])),
          key: await contentKey(report, format),
        })),
      ),
    );
    // A draft's key is not the key of a valid report's render: the draft and its language enter it.
    const wrong = data.reports.find((r: any) => r.file.endsWith('wrong.json'));
    expect(wrong.status).toBe('invalid');
    expect(wrong.digests).toHaveLength(2);
    expect(new Set([...wrong.digests, ...seed.digests].map((d: any) => d.key)).size).toBe(4);
    const csv = readFileSync(join(out, 'zfxxgk-summary.csv'), 'utf8').split('\r\n');
    const header = csv[0]!.replace('\ufeff', '').split(',');
    const row = csv.find((l) => l.includes('gongbujiangda-2023.json'))!.split(',');
    expect(row[header.indexOf('sha256')]).toBe(seed.digests.map((d: any) => d.sha256).join(';'));
    expect(row[header.indexOf('keys')]).toBe(seed.digests.map((d: any) => d.key).join(';'));
  }, 60_000);

  it('gives the digests of outputs left as they were (up to date) too', async () => {
    const input = reports();
    const out = folder('out');
    const first = await batch([input, '--out', out]);
    const again = await batch([input, '--out', out]);
    expect(again.data.totals.skipped).toBe(ALL - 1);
    const digests = (b: { data: any }) => b.data.reports.map((r: any) => r.digests);
    expect(digests(again)).toEqual(digests(first));
    const skipped = again.data.reports.filter((r: any) => r.status === 'skipped');
    expect(skipped.map((r: any) => r.digests.map((d: any) => d.format))).toEqual(skipped.map(() => ['html', 'docx']));
  }, 60_000);
});
