/** A render's time limit is the one its caller gives, however long: puppeteer's own 30 s defaults do not cut it short. */
import { afterAll, describe, expect, it } from 'vitest';
import { createBrowserPool } from '../../src/pdf/browser/index.js';

const pool = createBrowserPool({ size: 1 });
afterAll(() => pool.close());

describe('the browser pool time limit', () => {
  it('leaves no limit of puppeteer’s own on the page, so a timeoutMs over 30 s is honoured', async () => {
    const limits = await pool.withPage(async (page) => [page.getDefaultTimeout(), page.getDefaultNavigationTimeout()], {
      timeoutMs: 120_000,
    });
    // 0 is "none" to puppeteer: setContent, pdf and waits run until the attempt's own limit.
    expect(limits).toEqual([0, 0]);
  });

  it('still stops a render at the limit it was given', async () => {
    const failure = await pool
      .withPage((page) => page.waitForFunction('false', { polling: 50 }), { timeoutMs: 500 })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'RENDER_TIMEOUT', timeoutMs: 500 });
  });
});
