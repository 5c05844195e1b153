/**
 * `formPage()`: the form as one self-contained HTML page (script and styles inlined, nothing
 * fetched from elsewhere), for `zfxxgk serve` to answer `GET /` with and for `zfxxgk edit`.
 * Node only: the page's script is the build's `dist/form-page/form-page.global.js`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../node/package-root.js';
import { PAGE_CONFIG_ID, type PageConfig } from './page-config.js';

/** What the page is for. */
export interface FormPageOptions extends PageConfig {
  /** The page's title (default `政府信息公开工作年度报告 填报`). */
  readonly title?: string;
}

let script: string | undefined;

/** The built page script, read once. */
function pageScript(): string {
  if (script !== undefined) return script;
  const path = join(packageRoot(), 'dist', 'form-page', 'form-page.global.js');
  try {
    script = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`zfxxgk: the form's page script ${path} is missing; run \`npm run build\``, { cause: error });
  }
  return script;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** JSON safe inside a `<script>` element: no `</script>`, no `<!--`. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * Makes the page.
 * @param options `serviceUrl` adds buttons that POST the report to `<serviceUrl>/v1/render?format=pdf|docx|html`
 *   and download the answer; `fileUrl` (used by `zfxxgk edit`) reads and saves the report there
 * @returns a complete HTML document
 * @example fastify.get('/', (_, reply) => reply.type('text/html').send(formPage({ serviceUrl: '' })));
 */
export function formPage(options: FormPageOptions = {}): string {
  const { title = '政府信息公开工作年度报告 填报', ...config } = options;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body { margin: 0 16px 16px; } h1 { font-size: 20px; margin: 12px 0 4px; }</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<div id="zfxxgk-app"></div>
</main>
<script type="application/json" id="${PAGE_CONFIG_ID}">${scriptJson(config)}</script>
<script>${pageScript().replace(/<\/script/gi, '<\\/script')}</script>
</body>
</html>
`;
}
