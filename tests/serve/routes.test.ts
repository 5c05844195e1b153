import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath, seedReport } from '../helpers/reports.js';
import { hasChinese, metricValue, startService, type Running } from './helpers.js';

const WRONG_TOKEN = 'test-token-wrong';
let server: Running;

beforeAll(async () => {
  server = await startService({ token: 'test-token', bodyLimit: 256 * 1024, concurrency: 1, queue: 1 });
});
afterAll(async () => {
  await server?.service.close();
});

/** An error answer: its status, its JSON body with a code and a Chinese message. */
async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = await res.json();
  expect(body.code).toBe(code);
  expect(hasChinese(body.message)).toBe(true);
  expect(typeof body.messageEn).toBe('string');
  return body;
}

describe('zfxxgk serve: routes', () => {
  it('binds to 127.0.0.1 by default', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  it('validates a report and answers in the SDK shape', async () => {
    const res = await server.post('/v1/validate', seedReport());
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.ok).toBe(true);
    expect(body.issues.map((i: { code: string }) => i.code)).toContain('AGENCY_KIND_INFERRED');
    expect(body.report.agency).toBe('工布江达县人民政府');
  });

  it('validates YAML, and a wrong total is an issue on its cell', async () => {
    const report = seedReport();
    report.requests.newReceived.naturalPerson += 1;
    const { stringify } = await import('yaml');
    const res = await server.post('/v1/validate?lang=en', stringify(report), { 'content-type': 'application/yaml' });
    const body = await res.json();
    expect(res.status).toBe(200);
    expect(body.ok).toBe(false);
    const error = body.issues.find((i: { severity: string }) => i.severity === 'error');
    expect(error.path[0]).toBe('requests');
    const zh = (await (await server.post('/v1/validate', report)).json()).issues;
    // The same issue, its words in English.
    const same = zh.find((i: { code: string; path: unknown[] }) => i.code === error.code);
    expect(same.path).toEqual(error.path);
    expect(same.message).not.toBe(error.message);
  });

  it("takes last year's report in a form for the checks across years", async () => {
    const form = new FormData();
    const report = seedReport();
    const previous: Record<string, any> = { ...seedReport(), year: 2022 };
    previous.activeDisclosure.regulations.inForce += 5;
    form.set('report', new Blob([JSON.stringify(report)], { type: 'application/json' }), 'report.json');
    form.set('previous', new Blob([JSON.stringify(previous)], { type: 'application/json' }), 'previous.json');
    const res = await server.call('/v1/validate', { method: 'POST', body: form });
    const body = await res.json();
    expect(res.status).toBe(200);
    const alone = await (await server.post('/v1/validate', report)).json();
    // The form's answer has issues the report alone does not: those across the two years.
    expect(body.issues.length).toBeGreaterThan(alone.issues.length);
  });

  it('renders HTML, a fragment and Word with their media types and file names', async () => {
    for (const [format, type, ending] of [
      ['html', 'text/html; charset=utf-8', '.html'],
      ['fragment', 'text/html; charset=utf-8', '.fragment.html'],
      ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '.docx'],
    ] as const) {
      const res = await server.post(`/v1/render?format=${format}`, seedReport());
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      const disposition = res.headers.get('content-disposition')!;
      expect(disposition).toContain(`filename="report-2023${ending}"`);
      expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(`工布江达县人民政府-2023年度${ending}`);
      const body = Buffer.from(await res.arrayBuffer());
      expect(res.headers.get('x-content-sha256')).toBe(createHash('sha256').update(body).digest('hex'));
    }
  });

  it('renders a PDF; two renders of one report have one ETag, and If-None-Match answers 304 without rendering', async () => {
    const first = await server.post('/v1/render?format=pdf', seedReport());
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await first.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    // Key order does not change the key.
    const reordered = Object.fromEntries(Object.entries(seedReport()).reverse());
    const before = await (await server.call('/metrics')).text();
    const again = await server.post('/v1/render?format=pdf', reordered, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    const after = await (await server.call('/metrics')).text();
    expect(metricValue(after, 'zfxxgk_renders_total', { format: 'pdf' })).toBe(
      metricValue(before, 'zfxxgk_renders_total', { format: 'pdf' }),
    );
    expect(metricValue(after, 'zfxxgk_not_modified_total', { format: 'pdf' })).toBe(1);
    // Another format, or a changed report, is another key.
    const html = await server.post('/v1/render?format=html', seedReport(), { 'if-none-match': etag });
    expect(html.status).toBe(200);
  });

  it('gives byte-identical HTML and Word for two renders of one report', async () => {
    for (const format of ['html', 'docx']) {
      const first = await server.post(`/v1/render?format=${format}`, seedReport());
      await new Promise((r) => setTimeout(r, 1100)); // a clock in the output would show a new second
      const second = await server.post(`/v1/render?format=${format}`, seedReport());
      expect(Buffer.from(await first.arrayBuffer()).equals(Buffer.from(await second.arrayBuffer()))).toBe(true);
      expect(first.headers.get('x-content-sha256')).toBe(second.headers.get('x-content-sha256'));
    }
  });

  it('gives byte-identical PDFs for two renders of one report', async () => {
    const first = await server.post('/v1/render?format=pdf', seedReport());
    await new Promise((r) => setTimeout(r, 1100));
    const second = await server.post('/v1/render?format=pdf', seedReport());
    expect(first.headers.get('x-content-sha256')).toBe(second.headers.get('x-content-sha256'));
  });

  it('refuses an invalid report with 422 and its issues, and draws it as a draft when asked', async () => {
    const report = seedReport();
    report.requests.newReceived.naturalPerson += 1;
    const refused = await expectError(await server.post('/v1/render?format=html', report), 422, 'REPORT_INVALID');
    expect(refused.issues.some((i: { severity: string }) => i.severity === 'error')).toBe(true);
    const draft = await server.post('/v1/render?format=html&draft=1', report);
    expect(draft.status).toBe(200);
    expect(draft.headers.get('x-zfxxgk-draft')).toBe('1');
    expect(await draft.text()).toContain('草稿');
  });

  it('keys drafts of two different unreadable bodies apart', async () => {
    const a = await server.post('/v1/render?format=html&draft=1', '{"format": ');
    const b = await server.post('/v1/render?format=html&draft=1', '{"agency": ');
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.headers.get('etag')).not.toBe(b.headers.get('etag'));
  });

  it('imports a published report from its bytes and from a form', async () => {
    const text = readFileSync(projectPath('tests/fixtures/gongbujiangda-2023.txt'));
    const res = await server.call('/v1/import', {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: text,
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.kind).toBe('text');
    expect(body.report.agency).toBe('工布江达县人民政府');
    expect(body.validation).toBeDefined();
    const form = new FormData();
    form.set('file', new Blob([text]), 'report.txt');
    const viaForm = await (await server.call('/v1/import', { method: 'POST', body: form })).json();
    expect(viaForm.report).toEqual(body.report);
  });

  it('sums several reports', async () => {
    const invalid = seedReport();
    invalid.requests.newReceived.naturalPerson += 1;
    const res = await server.post('/v1/aggregate', {
      reports: [seedReport(), seedReport(), invalid],
      agency: '某县汇总',
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    const one = seedReport();
    expect(body.year).toBe(2023);
    expect(body.report.agency).toBe('某县汇总');
    expect(body.report.requests.newReceived.naturalPerson).toBe(2 * one.requests.newReceived.naturalPerson);
    expect(body.members.map((m: { included: boolean }) => m.included)).toEqual([true, true, false]);
    await expectError(await server.post('/v1/aggregate', { reports: [invalid] }), 422, 'NOTHING_TO_AGGREGATE');
    await expectError(await server.post('/v1/aggregate', { reports: 'x' }), 400, 'BAD_REQUEST');
  });

  it('serves the JSON Schema and an OpenAPI 3.1 document made from the zod schemas', async () => {
    const schema = await (await server.call('/v1/schema')).json();
    expect(schema.$schema).toContain('2020-12');
    const doc = await (await server.call('/v1/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/v1/validate', '/v1/render', '/v1/import', '/v1/aggregate', '/v1/schema', '/healthz']),
    );
    const formats = doc.paths['/v1/render'].post.parameters.find((p: { name: string }) => p.name === 'format');
    expect(formats.schema.enum).toEqual(['pdf', 'html', 'fragment', 'docx']);
    expect(doc.components.schemas.Error.required).toEqual(expect.arrayContaining(['code', 'message']));
    // The report's own shape schema, once, referred to by every route that takes a report.
    expect(doc.paths['/v1/render'].post.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Report',
    });
    expect(doc.components.schemas.Report.properties.requests).toBeDefined();
  });

  it('tells its health and its metrics', async () => {
    const health = await (await fetch(`${server.url}/healthz`)).json(); // no token needed
    expect(health).toMatchObject({ status: 'ok', browser: 'ready' });
    const metrics = await (await server.call('/metrics')).text();
    expect(
      metricValue(metrics, 'zfxxgk_http_requests_total', { route: '/v1/validate', status: '200' }),
    ).toBeGreaterThan(0);
    expect(metrics).toContain('zfxxgk_http_request_duration_seconds_bucket');
    expect(metrics).toContain('zfxxgk_queue_depth');
    expect(metrics).toContain('zfxxgk_render_retries_total');
  });
});

describe('zfxxgk serve: every error is JSON with a code and a Chinese message', () => {
  it('400 for a wrong parameter', async () => {
    await expectError(await server.post('/v1/render?format=odt', seedReport()), 400, 'BAD_QUERY');
    await expectError(await server.call('/v1/schema?format=1999'), 400, 'BAD_QUERY');
  });

  it('400 for no body', async () => {
    await expectError(await server.call('/v1/validate', { method: 'POST' }), 400, 'EMPTY_BODY');
  });

  it("serves the clerk's form at / to a browser, without the token, and the index to anything else", async () => {
    const page = await fetch(`${server.url}/`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('id="zfxxgk-app"');
    // The page's buttons render through this service (its own origin).
    expect(html).toContain('"serviceUrl":""');
    const index = await (await server.call('/')).json();
    expect(index.routes).toContain('GET /healthz');
  });

  it('401 without the token, or with a wrong one', async () => {
    const res = await fetch(`${server.url}/v1/schema`);
    await expectError(res, 401, 'UNAUTHORIZED');
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    await expectError(
      await fetch(`${server.url}/v1/schema`, { headers: { authorization: `Bearer ${WRONG_TOKEN}` } }),
      401,
      'UNAUTHORIZED',
    );
  });

  it('takes the scheme of the token in any case', async () => {
    const res = await fetch(`${server.url}/v1/schema`, { headers: { authorization: 'bearer test-token' } });
    expect(res.status).toBe(200);
  });

  it('404 for an unknown route', async () => {
    await expectError(await server.call('/v1/nothing'), 404, 'NOT_FOUND');
  });

  it('413 for a body over the limit, and a form part over it', async () => {
    const big = { ...seedReport(), padding: 'x'.repeat(300 * 1024) };
    await expectError(await server.post('/v1/validate', big), 413, 'PAYLOAD_TOO_LARGE');
    const form = new FormData();
    form.set('file', new Blob([Buffer.alloc(300 * 1024, 65)]), 'big.txt');
    await expectError(await server.call('/v1/import', { method: 'POST', body: form }), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('415 for a media type a route does not take', async () => {
    await expectError(
      await server.post('/v1/render', '<report/>', { 'content-type': 'application/xml' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    // A PDF is something to import, not a report to render.
    const body = await expectError(
      await server.post('/v1/render', '%PDF-1.4', { 'content-type': 'application/pdf' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expect(body.message).toContain('application/json');
  });

  it('422 for an invalid report (above), and 429 with Retry-After when the queue is full', async () => {
    // One render at a time and one waiting: of five at once, at least three are turned away.
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        server.post('/v1/render?format=pdf', { ...seedReport(), year: 2023, agency: `测试${i}县人民政府` }),
      ),
    );
    const busy = answers.filter((r) => r.status === 429);
    expect(busy.length).toBeGreaterThanOrEqual(3);
    for (const r of busy) {
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      await expectError(r, 429, 'BUSY');
    }
    expect(answers.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(1);
  });
});
