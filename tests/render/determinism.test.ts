/**
 * Deterministic output (issue 10): the same report and options give the same bytes — PDF, DOCX and
 * HTML, from the SDK, the CLI and a batch — dated by the report, never by the clock; a different
 * report gives different bytes; and the content key names exactly what decides them.
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import puppeteer from 'puppeteer-core';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocxRenderer } from '../../src/docx/index.js';
import { createHtmlRenderer } from '../../src/html/index.js';
import { contentKey, validate } from '../../src/index.js';
import { createPdfRenderer, type PdfRenderer } from '../../src/pdf/index.js';
import { deterministicPdf } from '../../src/pdf/deterministic.js';
import { bundleForBrowser } from '../browser/bundle.js';
import { docxFiles } from '../docx/ooxml.js';
import { zfxxgk } from '../helpers/cli.js';
import { pdfFile, pdfInfo } from '../helpers/pdf-tools.js';
import { huaianReport, seedReport } from '../helpers/reports.js';

let pdf: PdfRenderer;
beforeAll(() => {
  pdf = createPdfRenderer();
});
afterAll(async () => {
  await pdf?.close();
});

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const hasQpdf = (() => {
  try {
    execFileSync('qpdf', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

/** The MS-DOS date and time of every entry of a zip (local file headers; fflate writes no data descriptors). */
function zipTimes(zip: Uint8Array): { date: string; time: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: { date: string; time: number }[] = [];
  for (let at = 0; view.getUint32(at, true) === 0x04034b50; ) {
    const time = view.getUint16(at + 10, true);
    const d = view.getUint16(at + 12, true);
    out.push({ date: `${1980 + (d >> 9)}-${(d >> 5) & 15}-${d & 31}`, time });
    at += 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true) + view.getUint32(at + 18, true);
  }
  return out;
}

describe('the PDF', () => {
  it('is byte-identical for two renders of one report, in one browser and in a new one', async () => {
    const first = (await pdf.render(seedReport())).body;
    const second = (await pdf.render(seedReport())).body;
    expect(Buffer.compare(first, second)).toBe(0);
    const other = createPdfRenderer();
    try {
      expect(Buffer.compare((await other.render(seedReport())).body, first)).toBe(0);
    } finally {
      await other.close();
    }
  }, 90_000);

  it('is dated by the report’s 成文日期 (midnight, Beijing time), stays tagged and valid, and has an /ID made from its content', async () => {
    const body = (await pdf.render(seedReport())).body;
    const info = pdfInfo(pdfFile(body));
    // 2024-01-27 00:00 +08:00, shown by pdfinfo in UTC.
    expect(info['CreationDate']).toBe('Fri Jan 26 16:00:00 2024 UTC');
    expect(info['ModDate']).toBe(info['CreationDate']);
    expect(info['Tagged']).toBe('yes');
    expect(latin1(body)).toContain("/CreationDate (D:20240127000000+08'00')");
    expect(latin1(body)).toMatch(/trailer\n<<\/ID \[<([0-9A-F]{32})> <\1>\]/);
    if (hasQpdf)
      expect(execFileSync('qpdf', ['--check', pdfFile(body)], { encoding: 'utf8' })).toContain(
        'No syntax or stream encoding errors',
      );
  }, 60_000);

  it('differs for a different report, /ID included', async () => {
    const a = latin1((await pdf.render(seedReport())).body);
    const b = latin1((await pdf.render(huaianReport())).body);
    expect(a).not.toBe(b);
    const id = (text: string) => /\/ID \[<([0-9A-F]{32})>/.exec(text)?.[1];
    expect(id(a)).not.toBe(id(b));
  }, 60_000);

  it('takes a fixed date when the report has none', async () => {
    const report = seedReport();
    delete report.publishedAt;
    const body = (await pdf.render(report)).body;
    expect(latin1(body)).toContain("/CreationDate (D:20210929000000+08'00')");
  }, 60_000);
});

describe('deterministicPdf', () => {
  it('moves the cross-reference offsets when a date changes length, so the file stays valid', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.addPage();
    doc.setCreationDate(new Date(Date.UTC(2020, 0, 1)));
    const made = await doc.save({ useObjectStreams: false });
    // pdf-lib writes `D:20200101000000Z`: six bytes shorter than ours, before objects the table points to.
    expect(latin1(made)).toContain('/CreationDate (D:20200101000000Z)');
    const fixed = deterministicPdf(made, '2024-01-27');
    expect(latin1(fixed)).toContain("/CreationDate (D:20240127000000+08'00')");
    const info = pdfInfo(pdfFile(fixed));
    expect(info['CreationDate']).toBe('Fri Jan 26 16:00:00 2024 UTC');
    expect(info['Pages']).toBe('2');
    if (hasQpdf)
      expect(execFileSync('qpdf', ['--check', pdfFile(fixed)], { encoding: 'utf8' })).toContain(
        'No syntax or stream encoding errors',
      );
    // Made twice, the same bytes; the input is left as it was.
    expect(Buffer.compare(deterministicPdf(made, '2024-01-27'), fixed)).toBe(0);
    expect(latin1(made)).toContain('/CreationDate (D:20200101000000Z)');
  });
});

describe('the DOCX', () => {
  const docx = createDocxRenderer();

  it('is byte-identical for two renders, in any time zone, and differs for a different report', async () => {
    const zone = process.env['TZ'];
    try {
      process.env['TZ'] = 'America/Los_Angeles';
      const west = (await docx.render(seedReport())).body;
      process.env['TZ'] = 'Asia/Shanghai';
      const east = (await docx.render(seedReport())).body;
      expect(Buffer.compare(west, east)).toBe(0);
      expect(Buffer.compare(west, (await docx.render(seedReport())).body)).toBe(0);
      expect(Buffer.compare(west, (await docx.render(huaianReport())).body)).not.toBe(0);
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });

  it('carries the report’s 成文日期 as its created and modified dates, and as every zip entry’s date', async () => {
    const body = (await docx.render(seedReport())).body;
    const core = docxFiles(body)['docProps/core.xml']!;
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-26T16:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-26T16:00:00Z</dcterms:modified>');
    const times = zipTimes(body);
    expect(times.length).toBe(Object.keys(docxFiles(body)).length);
    expect(new Set(times.map((t) => t.date))).toEqual(new Set(['2024-1-27']));
  });
});

describe('the HTML', () => {
  it('is identical for two renders (document and fragment) and differs for a different report', async () => {
    const html = createHtmlRenderer();
    for (const fragment of [false, true]) {
      const first = (await html.render(seedReport(), { fragment })).body;
      expect((await createHtmlRenderer().render(seedReport(), { fragment })).body).toBe(first);
      expect((await html.render(huaianReport(), { fragment })).body).not.toBe(first);
    }
  });
});

describe('the CLI', () => {
  it('writes byte-identical PDF, DOCX and HTML for two runs of render, and of batch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-determinism-'));
    const input = join(dir, 'report.json');
    writeFileSync(input, JSON.stringify(seedReport()));
    const formats = ['pdf', 'docx', 'html'];
    for (const run of ['a', 'b']) {
      const outputs = formats.flatMap((f) => ['-o', join(dir, `${run}.${f}`)]);
      expect((await zfxxgk(['render', input, ...outputs])).code).toBe(0);
      const batch = await zfxxgk(['batch', input, '--out', join(dir, `batch-${run}`), '--format', formats.join(',')]);
      expect(batch.code).toBe(0);
    }
    for (const f of formats) {
      const a = readFileSync(join(dir, `a.${f}`));
      expect(readFileSync(join(dir, `b.${f}`)).equals(a), f).toBe(true);
      expect(readFileSync(join(dir, 'batch-a', `report.${f}`)).equals(a), `batch ${f}`).toBe(true);
      expect(readFileSync(join(dir, 'batch-b', `report.${f}`)).equals(a), `batch ${f}`).toBe(true);
    }
  }, 120_000);
});

describe('contentKey', () => {
  const valid = () => validate(seedReport()).report!;

  it('is 64 hex digits, the same for the same report however its file was written', async () => {
    const key = await contentKey(valid(), 'pdf');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    // Keys in another order, YAML instead of JSON: the same report, the same key.
    const reversed = Object.fromEntries(Object.entries(seedReport()).reverse());
    expect(await contentKey(validate(reversed).report!, 'pdf')).toBe(key);
    expect(await contentKey(validate(stringify(seedReport())).report!, 'pdf')).toBe(key);
  });

  it('changes with the report, the renderer and the options that change the output', async () => {
    const key = await contentKey(valid(), 'pdf');
    const changed = seedReport();
    changed.agency = '工布江达县人民政府办公室';
    const keys = [
      key,
      await contentKey(validate(changed).report!, 'pdf'),
      await contentKey(validate(huaianReport()).report!, 'pdf'),
      await contentKey(valid(), 'docx'),
      await contentKey(valid(), 'html'),
      await contentKey(valid(), 'html', { fragment: true }),
      await contentKey(valid(), 'pdf', { tagged: false }),
      await contentKey(valid(), 'pdf', { draft: true, lang: 'en' }),
      await contentKey(valid(), 'pdf', { style: { css: '.zfxxgk { color: navy }' } }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('does not change with what never changes the bytes: time limits, abort signals, options at their default', async () => {
    const key = await contentKey(valid(), 'pdf');
    for (const options of [
      { timeoutMs: 5_000 },
      { signal: new AbortController().signal },
      { draft: false, tagged: true, fragment: false },
      { tagged: undefined },
    ])
      expect(await contentKey(valid(), 'pdf', options), JSON.stringify(options)).toBe(key);
    // Options are compared as values: their key order does not count.
    expect(await contentKey(valid(), 'pdf', { style: { a: 1, b: 2 } })).toBe(
      await contentKey(valid(), 'pdf', { style: { b: 2, a: 1 } }),
    );
  });

  it('does not mutate the report', async () => {
    const report = valid();
    const before = JSON.stringify(report);
    await contentKey(report, 'pdf');
    expect(JSON.stringify(report)).toBe(before);
  });

  it('gives the same key in a browser (Web Crypto, a page of a secure origin) as in Node', async () => {
    const bundle = await bundleForBrowser(`import { contentKey, validate } from 'zfxxgk';
globalThis.zfxxgkKey = (report) => contentKey(validate(report).report, 'pdf', { tagged: false });`);
    const server = createServer((_, response) =>
      response.end(`<!DOCTYPE html><meta charset="utf-8"><script>${bundle.code}</script>`),
    ).listen(0, '127.0.0.1');
    await new Promise((listening) => server.once('listening', listening));
    const browser = await puppeteer.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      const key = await page.evaluate(
        (report) => (globalThis as unknown as { zfxxgkKey: (r: unknown) => Promise<string> }).zfxxgkKey(report),
        seedReport(),
      );
      expect(key).toBe(await contentKey(valid(), 'pdf', { tagged: false }));
    } finally {
      await browser.close();
      server.close();
    }
  }, 60_000);
});
