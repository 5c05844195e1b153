import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHtmlRenderer, TemplateConfigError } from '../../src/html/index.js';
import { seedReport } from '../helpers/reports.js';

/** A templates folder holding `files` (paths relative to it). */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-templates-'));
  mkdirSync(join(dir, 'partials'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const codeOf = (make: () => unknown): string | undefined => {
  try {
    make();
    return undefined;
  } catch (error) {
    return error instanceof TemplateConfigError ? error.code : `not a TemplateConfigError: ${String(error)}`;
  }
};

describe('templates that would drop the national tables', () => {
  it('refuses a section or report partial of its own, from a folder or from options', () => {
    const noTables = '<section><h2>{{heading}}</h2>{{#each blocks}}{{> block}}{{/each}}</section>';
    expect(codeOf(() => createHtmlRenderer({ templates: folder({ 'partials/section.hbs': noTables }) }))).toBe(
      'LOCKED_PARTIAL',
    );
    expect(codeOf(() => createHtmlRenderer({ partials: { section: noTables } }))).toBe('LOCKED_PARTIAL');
    expect(codeOf(() => createHtmlRenderer({ partials: { report: '<article>{{> title}}</article>' } }))).toBe(
      'LOCKED_PARTIAL',
    );
  });

  it('refuses a document or fragment that does not draw the report once, outside any block', () => {
    const page = (body: string) => `<html><head><style>{{{css}}}</style></head><body>${body}</body></html>`;
    for (const body of ['<p>nothing</p>', '{{#if view.draft}}{{> report}}{{/if}}', '{{> report}}{{> report}}']) {
      expect(codeOf(() => createHtmlRenderer({ templates: folder({ 'document.hbs': page(body) }) }))).toBe(
        'REPORT_NOT_DRAWN',
      );
    }
    expect(
      codeOf(() =>
        createHtmlRenderer({
          templates: folder({ 'fragment.hbs': '<div>{{#each view.sections}}{{heading}}{{/each}}</div>' }),
        }),
      ),
    ).toBe('REPORT_NOT_DRAWN');
    expect(
      codeOf(() => createHtmlRenderer({ templates: folder({ 'document.hbs': page('<main>{{> report}}</main>') }) })),
    ).toBeUndefined();
  });
});

describe('templates that would insert report data raw', () => {
  it.each([
    ['a triple-stash in a partial', { 'partials/letterhead.hbs': '<header>{{{view.agency}}}</header>' }, 'view.agency'],
    ['an ampersand in a partial', { 'partials/footer.hbs': '<footer>{{& view.title}}</footer>' }, 'view.title'],
    [
      'a triple-stash inside a block',
      { 'partials/signature.hbs': '{{#if view.date}}<p>{{{view.date}}}</p>{{/if}}' },
      'view.date',
    ],
    [
      'a triple-stash in the document',
      { 'document.hbs': '<html><style>{{{css}}}</style>{{{view.title}}}{{> report}}</html>' },
      'view.title',
    ],
    [
      'the CSS slot inside a block',
      { 'document.hbs': '<html>{{#each view.sections}}{{{css}}}{{/each}}{{> report}}</html>' },
      'css',
    ],
  ])('refuses %s at load time, naming the file, line and expression', (_, files, expression) => {
    const load = () => createHtmlRenderer({ templates: folder(files) });
    expect(codeOf(load)).toBe('UNESCAPED_OUTPUT');
    expect(load).toThrow(expression);
  });

  it('refuses it in partials given as strings too', () => {
    expect(codeOf(() => createHtmlRenderer({ partials: { letterhead: '<p>\n{{{view.agency}}}</p>' } }))).toBe(
      'UNESCAPED_OUTPUT',
    );
    expect(() => createHtmlRenderer({ partials: { letterhead: '<p>\n{{{view.agency}}}</p>' } })).toThrow(
      /partials\/letterhead\.hbs 第 2 行/,
    );
  });

  it('still renders the package templates and escaped overrides', async () => {
    const html = createHtmlRenderer({ partials: { letterhead: '<header>{{view.agency}}</header>' } });
    const report = seedReport();
    report.agency = '工布江达县人民政府<script>x</script>';
    const out = (await html.render(report, { draft: true })).body;
    expect(out).toContain('<header>工布江达县人民政府&lt;script&gt;x&lt;/script&gt;</header>');
    expect(out).not.toContain('<script>x');
  });
});
