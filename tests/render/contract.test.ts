import { describe, expect, it, vi } from 'vitest';
import { createDocxRenderer, DOCX_MEDIA_TYPE } from '../../src/docx/index.js';
import { createHtmlRenderer, RenderRefusedError } from '../../src/html/index.js';
import { validate } from '../../src/validate.js';
import { seedReport } from '../helpers/reports.js';
import { docxFiles } from '../docx/ooxml.js';

// Counts validations: the renderers reach validate() through this module.
vi.mock('../../src/validate.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/validate.js')>();
  return { ...actual, validate: vi.fn(actual.validate) };
});
const validations = () => vi.mocked(validate).mock.calls.length;

const html = createHtmlRenderer();
const docx = createDocxRenderer();
const wrongReport = () => {
  const report = seedReport();
  report.requests.results.total.naturalPerson = 0;
  return report;
};
const docxText = (bytes: Uint8Array) => docxFiles(bytes)['word/document.xml']!;

describe('the render result', () => {
  it('is one shape for every renderer: body, media type, the report’s issues, draft, extras', async () => {
    const { issues } = validate(seedReport());
    expect(issues.length).toBeGreaterThan(0);
    const page = await html.render(seedReport());
    expect(page).toMatchObject({ mediaType: 'text/html', issues, draft: false, extras: {} });
    expect(page.body.startsWith('<!DOCTYPE html>')).toBe(true);
    const word = await docx.render(seedReport());
    expect(word).toMatchObject({ mediaType: DOCX_MEDIA_TYPE, issues, draft: false, extras: {} });
    expect(word.body).toBeInstanceOf(Uint8Array);
  });

  it('marks a draft as a draft in every format, and carries its errors', async () => {
    const { issues } = validate(wrongReport());
    for (const fragment of [false, true]) {
      const page = await html.render(wrongReport(), { draft: true, fragment });
      expect(page).toMatchObject({ draft: true, issues });
      expect(page.body).toContain('<div class="zfxxgk-watermark" aria-hidden="true">草稿</div>');
    }
    const word = await docx.render(wrongReport(), { draft: true });
    expect(word).toMatchObject({ draft: true, issues });
  });
});

describe('validating once', () => {
  it('does not validate a result of validate() again, nor its report, but does validate a copy', async () => {
    const result = validate(JSON.stringify(seedReport()));
    vi.mocked(validate).mockClear();
    const page = await html.render(result);
    const word = await docx.render(result.report);
    expect(validations()).toBe(0);
    expect(page.issues).toBe(result.issues);
    expect(word.issues).toBe(result.issues);
    // The same output as from the report itself.
    expect(page.body).toBe((await html.render(seedReport())).body);
    expect(validations()).toBe(1);

    // An object validate() did not return is validated, however like a validated report it looks.
    const copy = structuredClone(result.report) as Record<string, any>;
    copy.requests.newReceived.total = 9;
    const refused = await html.render(copy).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RenderRefusedError);
    expect((refused as RenderRefusedError).issues.map((i) => i.code)).toContain('T3_ROW_TOTAL');
    expect(validations()).toBe(2);

    // Nor is the caller's own object trusted when validate() gave it back as the report: it may be edited.
    const own = seedReport();
    expect(validate(own).report).toBe(own);
    await html.render(own);
    own.requests.newReceived.total = 9;
    await expect(html.render(own)).rejects.toBeInstanceOf(RenderRefusedError);
  });

  it('refuses a result with errors with exactly its issues, and draws its report as a draft', async () => {
    const result = validate(JSON.stringify(wrongReport()));
    expect(result.ok).toBe(false);
    const refused = await html.render(result).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RenderRefusedError);
    expect((refused as RenderRefusedError).issues).toBe(result.issues);
    const draft = await html.render(result, { draft: true });
    expect(draft.issues).toBe(result.issues);
    expect(draft.body).toContain('工布江达县人民政府2023年');
    expect(draft.body).toContain('>821</td>');
  });

  it('reads a draft given as bytes like one given as text: it draws the report, not an empty page', async () => {
    const text = JSON.stringify(wrongReport());
    const fromText = await html.render(text, { draft: true });
    const fromBytes = await html.render(new TextEncoder().encode(text), { draft: true });
    expect(fromBytes.body).toBe(fromText.body);
    expect(fromBytes.body).toContain('>821</td>');
    const word = await docx.render(new TextEncoder().encode(text), { draft: true });
    expect(docxText(word.body)).toContain('工布江达县人民政府');
  });

  it('draws a draft of text that does not parse as an empty report listing the syntax error', async () => {
    const draft = await html.render('{"format": "2021",', { draft: true });
    expect(draft.issues.map((i) => i.code)).toEqual(['JSON_SYNTAX']);
    expect(draft.body).toContain('JSON_SYNTAX');
  });
});
