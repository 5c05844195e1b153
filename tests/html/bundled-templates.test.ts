import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_TEMPLATES, BUNDLED_VERSION } from '../../src/html/bundled-templates.js';
import { packageTemplatesDir, readTemplateFolder } from '../../src/html/template-folder.js';
import { projectPath } from '../helpers/reports.js';

describe('the templates built into the HTML renderer', () => {
  it('are the templates/ folder (run `node scripts/inline-templates.mjs` after editing it)', () => {
    expect(BUNDLED_TEMPLATES).toEqual(readTemplateFolder(packageTemplatesDir()));
  });

  it('carry the package version', () => {
    expect(BUNDLED_VERSION).toBe(JSON.parse(readFileSync(projectPath('package.json'), 'utf8')).version);
  });
});
