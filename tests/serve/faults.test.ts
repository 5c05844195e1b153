import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumBrowserUnder } from '../helpers/processes.js';
import { seedReport } from '../helpers/reports.js';
import { createService } from '../../src/serve/index.js';
import { hasChinese, metricValue, startService, type Running } from './helpers.js';

let server: Running;

beforeAll(async () => {
  server = await startService({ concurrency: 2, queue: 8 });
  // Start the browser once, so the tests below find it running.
  expect((await server.post('/v1/render?format=pdf', seedReport())).status).toBe(200);
});
afterAll(async () => {
  await server?.service.close();
});

const reportNo = (i: number): Record<string, any> => ({ ...seedReport(), agency: `测试${i}县人民政府` });

/** The example with its overview repeated forty times: some 110 pages, a render long enough to leave in the middle of. */
function longReport(): Record<string, unknown> {
  const report = reportNo(0);
  report.overview = Array.from({ length: 40 }, () => report.overview).flat();
  return report;
}

/** Resolves when `check` holds, polling; rejects after `ms`. */
async function until(check: () => Promise<boolean> | boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('zfxxgk serve under faults', () => {
  it('stops the render of a client that goes away', async () => {
    const before = await (await server.call('/metrics')).text();
    const controller = new AbortController();
    const gone = fetch(`${server.url}/v1/render?format=pdf`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(longReport()),
      signal: controller.signal,
    }).catch((e: unknown) => e);
    // The only request: once one is in flight, it is this one, and its render lasts well past the abort.
    await until(async () => metricValue(await (await server.call('/metrics')).text(), 'zfxxgk_in_flight') >= 1);
    controller.abort();
    expect(await gone).toBeInstanceOf(Error);
    await until(async () => {
      const m = await (await server.call('/metrics')).text();
      return metricValue(m, 'zfxxgk_client_aborts_total') > metricValue(before, 'zfxxgk_client_aborts_total');
    });
    await until(async () => {
      const m = await (await server.call('/metrics')).text();
      const aborted = (text: string) => metricValue(text, 'zfxxgk_render_failures_total', { code: 'ABORTED' });
      return aborted(m) > aborted(before);
    });
    // The next client is served as before.
    expect((await server.post('/v1/render?format=pdf', reportNo(1))).status).toBe(200);
  });

  it('does no work for a client gone before its request reached the handler', async () => {
    const service = await createService({ port: 0 });
    let arrived = false;
    // Holds each render request before its handler until its client has gone, as a loaded
    // service may take longer to reach the handler than a client is willing to wait.
    service.app.addHook('preHandler', async (request) => {
      if (!request.url.startsWith('/v1/render')) return;
      arrived = true;
      await new Promise((resolve) => request.raw.socket.once('close', resolve));
    });
    const errors: string[] = [];
    service.app.addHook('onError', async (_request, _reply, error) => {
      errors.push(error.name);
    });
    const url = await service.listen();
    try {
      const controller = new AbortController();
      const gone = fetch(`${url}/v1/render?format=pdf`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(seedReport()),
        signal: controller.signal,
      }).catch((e: unknown) => e);
      await until(() => arrived);
      controller.abort();
      expect(await gone).toBeInstanceOf(Error);
      const metrics = async () => (await fetch(`${url}/metrics`)).text();
      await until(async () => metricValue(await metrics(), 'zfxxgk_client_aborts_total') === 1);
      // The handler has run, found its client gone, and started no render.
      await until(() => errors.length > 0);
      expect(errors).toEqual(['ClientGoneError']);
      const m = await metrics();
      expect(metricValue(m, 'zfxxgk_renders_total')).toBe(0);
      expect(metricValue(m, 'zfxxgk_in_flight')).toBe(0);
      expect(metricValue(m, 'zfxxgk_browser_launches')).toBe(0);
    } finally {
      await service.close();
    }
  });

  it('survives Chromium killed under load: no request hangs, and the next ones succeed', async () => {
    const browser = chromiumBrowserUnder(process.pid);
    expect(browser).toBeDefined();
    const started = Date.now();
    const load = Array.from({ length: 4 }, (_, i) => server.post('/v1/render?format=pdf', reportNo(10 + i)));
    await until(async () => (await (await server.call('/healthz')).json()).active >= 1);
    process.kill(browser!, 'SIGKILL');
    const answers = await Promise.all(load);
    // Each is a PDF (retried on a new browser) or a 503 with Retry-After; none waits forever.
    for (const res of answers) {
      expect([200, 503]).toContain(res.status);
      if (res.status === 503) {
        expect(res.headers.get('retry-after')).toBeTruthy();
        expect(hasChinese((await res.json()).message)).toBe(true);
      }
    }
    expect(Date.now() - started).toBeLessThan(60_000);
    const next = await Promise.all([1, 2].map((i) => server.post('/v1/render?format=pdf', reportNo(20 + i))));
    expect(next.map((r) => r.status)).toEqual([200, 200]);
    const health = await (await server.call('/healthz')).json();
    expect(health.browser).toBe('ready');
    expect(health.restarts).toBeGreaterThanOrEqual(1);
    expect(chromiumBrowserUnder(process.pid)).not.toBe(browser);
  });

  it('answers 503 when the request runs out of time, and stays up', async () => {
    // Less time than Chromium takes to start.
    const hurried = await startService({ requestTimeoutMs: 150 });
    try {
      const res = await hurried.post('/v1/render?format=pdf', seedReport());
      expect(res.status).toBe(503);
      expect((await res.json()).code).toBe('RENDER_TIMEOUT');
      expect((await hurried.post('/v1/validate', seedReport())).status).toBe(200);
    } finally {
      await hurried.service.close();
    }
  });

  it('answers 503 while Chromium cannot start, and /healthz says the browser is down', async () => {
    const broken = await startService({ executablePath: '/bin/false' });
    try {
      const res = await broken.post('/v1/render?format=pdf', seedReport());
      expect(res.status).toBe(503);
      const body = await res.json();
      expect(body.code).toBe('BROWSER_UNAVAILABLE');
      expect(hasChinese(body.message)).toBe(true);
      expect(res.headers.get('retry-after')).toBeTruthy();
      expect((await (await broken.call('/healthz')).json()).browser).toBe('down');
      // Other formats need no browser.
      expect((await broken.post('/v1/render?format=html', seedReport())).status).toBe(200);
    } finally {
      await broken.service.close();
    }
  });

  // Last: it closes the shared service.
  it('on close, refuses new requests with 503 and finishes the one in flight', async () => {
    const inFlight = server.post('/v1/render?format=pdf', reportNo(30));
    await until(async () => (await (await server.call('/healthz')).json()).active >= 1);
    const closing = server.service.close();
    const late = await server.service.app.inject({ method: 'GET', url: '/healthz' });
    expect(late.statusCode).toBe(503);
    expect(late.json()).toMatchObject({ code: 'SHUTTING_DOWN' });
    expect(hasChinese(late.json().message)).toBe(true);
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    await closing;
    expect(chromiumBrowserUnder(process.pid)).toBeUndefined();
  });
});
