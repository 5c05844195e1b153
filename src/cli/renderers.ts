/** Choosing and making the renderers the render and batch commands use. */
import { existsSync, readdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { createDocxRenderer } from '../docx/index.js';
import { createHtmlRenderer } from '../html/renderer.js';
import type { TemplateOverrides } from '../html/templates.js';
import { FONT_ROLES, type FontOptions, type FontRole } from '../pdf/fonts.js';
import { UsageError } from './command.js';

export type OutputFormat = 'pdf' | 'html' | 'fragment' | 'docx';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['pdf', 'html', 'fragment', 'docx'];

/** The format of an output path: `.pdf` → pdf, `.html`/`.htm` → html. */
export function formatOf(path: string, explicit?: string): OutputFormat {
  if (explicit) {
    if (!OUTPUT_FORMATS.includes(explicit as OutputFormat)) {
      throw new UsageError(`未知的输出格式 ${explicit}，可用：${OUTPUT_FORMATS.join('、')}`);
    }
    return explicit as OutputFormat;
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.pdf') return 'pdf';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.docx') return 'docx';
  throw new UsageError(`无法从文件名 ${path} 判断输出格式：请用 .pdf、.html 或 .docx 结尾，或加 --format`);
}

/**
 * `--fonts dir`: a folder of prepared fonts (holding fonts.conf), or of font files named by role
 * (body.ttf 仿宋, title.ttf 小标宋, hei.ttf 黑体, kai.ttf 楷体, song.ttf 宋体).
 */
export function fontOptions(dir: string | undefined, cwd: string): FontOptions {
  if (!dir) return {};
  const root = resolve(cwd, dir);
  if (!existsSync(root)) throw new UsageError(`字体目录不存在：${dir}`);
  if (existsSync(join(root, 'fonts.conf'))) return { fontDir: root };
  const files: Partial<Record<FontRole, string>> = {};
  for (const name of readdirSync(root)) {
    const ext = extname(name).toLowerCase();
    const role = name.slice(0, -ext.length) as FontRole;
    if ((ext === '.ttf' || ext === '.otf') && FONT_ROLES.includes(role)) files[role] = join(root, name);
  }
  if (Object.keys(files).length === 0) {
    throw new UsageError(`字体目录 ${dir} 中没有可用的字体：应含 fonts.conf，或 ${FONT_ROLES.map((r) => `${r}.ttf`).join('、')}`);
  }
  return { files };
}

export function templateOptions(dir: string | undefined, cwd: string): TemplateOverrides {
  if (!dir) return {};
  const root = resolve(cwd, dir);
  if (!existsSync(root)) throw new UsageError(`模板目录不存在：${dir}`);
  return { templates: root };
}

export { createDocxRenderer, createHtmlRenderer };
