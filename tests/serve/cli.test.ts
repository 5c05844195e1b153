import { describe, expect, it } from 'vitest';
import { zfxxgk } from '../helpers/cli.js';

describe('zfxxgk serve: its options', () => {
  it('refuses numbers out of range before starting, naming the option', async () => {
    for (const [flag, value] of [
      ['--port', '70000'],
      ['--concurrency', '0'],
      ['--queue', '-1'],
      ['--max-body-mb', 'ten'],
      ['--timeout', '0'],
    ] as const) {
      const run = await zfxxgk(['serve', flag, value]);
      expect(run.code, flag).toBe(2);
      expect(run.stderr, flag).toContain(flag);
    }
  });

  it('refuses a templates folder that does not exist', async () => {
    const run = await zfxxgk(['serve', '--templates', 'no/such/folder']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('模板目录不存在');
  });

  it('lists its routes in its help', async () => {
    const run = await zfxxgk(['serve', '--help']);
    expect(run.code).toBe(0);
    for (const route of ['/v1/validate', '/v1/render', '/v1/import', '/v1/aggregate', '/healthz', '/metrics'])
      expect(run.stdout).toContain(route);
  });
});
