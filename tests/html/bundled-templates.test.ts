import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED_TEMPLATES, BUNDLED_VERSION } from '../../src/html/bundled-templates.js';
import { packageTemplatesDir, readTemplateFolder } from '../../src/html/template-folder.js';
import { checkTemplates, templateSources } from '../../src/html/template-references.js';
import { checkTemplate } from '../../src/html/template-rules.js';
import { loadTemplates } from '../../src/html/templates.js';
import { projectPath } from '../helpers/reports.js';

describe('the templates built into the HTML renderer', () => {
  afterEach(() => vi.restoreAllMocks());

  it('are the templates/ folder (run `node scripts/inline-templates.mjs` after editing it)', () => {
    expect(BUNDLED_TEMPLATES).toEqual(readTemplateFolder(packageTemplatesDir()));
  });

  it('carry the package version', () => {
    expect(BUNDLED_VERSION).toBe(JSON.parse(readFileSync(projectPath('package.json'), 'utf8')).version);
  });

  it("pass every check a caller's templates get when they are loaded", () => {
    const sources = templateSources(BUNDLED_TEMPLATES);
    expect(() => checkTemplates(BUNDLED_TEMPLATES, new Map(sources.map(([key]) => [key, key])))).not.toThrow();
    for (const [key, source] of sources)
      expect(() => checkTemplate(`${key}.hbs`, source, key.startsWith('partials/') ? 'partial' : 'page')).not.toThrow();
  });

  it('are not parsed again when a process loads them: only the templates a caller gives are', () => {
    const parse = vi.spyOn(Handlebars, 'parse');
    const precompile = vi.spyOn(Handlebars, 'precompile');
    loadTemplates();
    expect(parse).not.toHaveBeenCalled();
    expect(precompile).not.toHaveBeenCalled();
    const footer = '<p>{{view.agency}}</p>';
    loadTemplates({ partials: { footer } });
    expect(new Set(parse.mock.calls.map(([source]) => source))).toEqual(new Set([footer]));
    expect(precompile.mock.calls.map(([source]) => source)).toEqual([footer]);
  });
});
