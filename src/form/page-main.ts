/**
 * The script of the page `formPage()` makes (built into one file, inlined in the page): mounts the
 * form, and adds the buttons its server offers — downloads through `zfxxgk serve`, or saving back
 * to the file `zfxxgk edit` opened.
 */
import { download, fileStem, reportJson } from './files.js';
import { mount } from './form.js';
import { PAGE_CONFIG_ID, type PageConfig } from './page-config.js';
import type { FormAction } from './toolbar.js';

const FORMATS = [
  { format: 'pdf', label: '下载 PDF', ext: 'pdf' },
  { format: 'docx', label: '下载 Word', ext: 'docx' },
  { format: 'html', label: '下载 HTML', ext: 'html' },
] as const;

/** The reason in a service's error answer, as far as it can be read. */
async function failure(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as {
      error?: { message?: string };
      message?: string;
      issues?: { message?: string }[];
    };
    return body.error?.message ?? body.issues?.[0]?.message ?? body.message ?? `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

function serviceActions(serviceUrl: string): FormAction[] {
  const base = serviceUrl.replace(/\/+$/, '');
  return FORMATS.map(({ format, label, ext }) => ({
    label,
    name: `render-${format}`,
    async run(form, say) {
      say(`正在生成 ${ext.toUpperCase()}…`);
      const report = form.getReport();
      const response = await fetch(`${base}/v1/render?format=${format}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(report),
      });
      if (!response.ok) return say(`未能生成 ${ext.toUpperCase()}：${await failure(response)}`);
      download(`${fileStem(report)}.${ext}`, await response.blob());
      say(`已生成 ${ext.toUpperCase()}`);
    },
  }));
}

function withToken(url: string): string {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  return `${url}${url.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
}

async function startEdit(app: HTMLElement, fileUrl: string, fileName: string): Promise<void> {
  const save: FormAction = {
    label: `保存到 ${fileName}`,
    name: 'save-file',
    async run(form, say) {
      const response = await fetch(withToken(fileUrl), {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: reportJson(form.getReport()),
      });
      say(
        response.ok
          ? `已保存到 ${fileName}（${new Date().toLocaleTimeString('zh-CN')}）`
          : `未能保存：${await failure(response)}`,
      );
    },
  };
  const response = await fetch(withToken(fileUrl));
  const report = response.status === 200 ? ((await response.json()) as unknown) : undefined;
  mount(app, { ...(report !== undefined ? { report } : {}), autosave: false, actions: [save] });
}

const app = document.getElementById('zfxxgk-app')!;
const configText = document.getElementById(PAGE_CONFIG_ID)?.textContent ?? '{}';
const config = JSON.parse(configText) as PageConfig;
if (config.fileUrl) void startEdit(app, config.fileUrl, config.fileName ?? config.fileUrl);
// An empty serviceUrl is the page's own server (zfxxgk serve answering `/`).
else mount(app, { actions: config.serviceUrl !== undefined ? serviceActions(config.serviceUrl) : [] });
