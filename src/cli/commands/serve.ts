import { requireChromium } from '../../pdf/browser/find-chromium.js';
import { defineCommand } from '../define-command.js';
import { EXIT, UsageError } from '../command.js';
import { fontOptions, templateOptions } from '../formats.js';
import { cliText, say } from '../messages/index.js';
import { terminalSafe } from '../output.js';
import { timeoutMs } from '../user-errors.js';

/** An integer option within bounds, or a UsageError naming it. */
function integer(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(cliText('integerValue', { option: `--${name}`, min, max, given: terminalSafe(value) }));
  return n;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** `zfxxgk serve`: the report service, until SIGTERM or Ctrl-C. */
export const serveCommand = defineCommand({
  name: 'serve',
  usage:
    'serve [--port 8080] [--host 127.0.0.1] [--token 令牌] [--concurrency 2] [--queue 16] [--max-body-mb 10] [--timeout 秒] [--templates 目录] [--fonts 目录]',
  usageEn:
    'serve [--port 8080] [--host 127.0.0.1] [--token token] [--concurrency 2] [--queue 16] [--max-body-mb 10] [--timeout seconds] [--templates folder] [--fonts folder]',
  help: [
    '启动报告服务（HTTP）：校验、生成 PDF/HTML/Word、导入、汇总，供其他系统（如 Java 平台）调用。默认只监听本机（127.0.0.1）。',
    '收到 SIGTERM 或 Ctrl-C 时不再接受新请求，处理完正在处理的请求，关闭浏览器后退出（退出码 0）。',
    'Starts the report service over HTTP. Binds to 127.0.0.1 unless --host says otherwise. On SIGTERM it refuses new',
    'requests, finishes those in flight, closes Chromium and exits 0.',
    '',
    '接口 / routes: POST /v1/validate, /v1/render?format=pdf|html|fragment|docx, /v1/import, /v1/aggregate;',
    '              GET /v1/schema, /v1/openapi.json, /healthz, /metrics',
    '',
    '示例 / example:',
    '  zfxxgk serve --port 8080',
    '  ZFXXGK_TOKEN=secret zfxxgk serve --host 0.0.0.0',
    '  curl -X POST --data-binary @report.json -H "Content-Type: application/json" \\',
    '       "http://127.0.0.1:8080/v1/render?format=pdf" -o report.pdf',
  ].join('\n'),
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    token: { type: 'string' },
    concurrency: { type: 'string' },
    queue: { type: 'string' },
    'max-body-mb': { type: 'string' },
    timeout: { type: 'string' },
    templates: { type: 'string' },
    fonts: { type: 'string' },
  },
  optionHelp: {
    port: '端口，默认 8080（0 为任一空闲端口） / port, default 8080 (0: any free one)',
    host: '监听地址，默认 127.0.0.1 / address to bind',
    token: '访问令牌（也可用环境变量 ZFXXGK_TOKEN） / bearer token (or ZFXXGK_TOKEN)',
    concurrency: '同时生成的数量，默认 2 / renders at once',
    queue: '排队上限，超出时答 429，默认 16 / requests queued at most, then 429',
    'max-body-mb': '请求体上限（MB），默认 10 / body limit in MB',
    timeout: '每个请求的时限（秒，含排队），默认 120 / time limit of a request, queue included',
    templates: '机构样式模板目录（服务配置） / house-style templates folder',
    fonts: '字体目录（服务配置） / fonts folder',
  },
  async run({ values }, io) {
    const lang = io.lang ?? 'zh';
    const token = values.token ?? io.env.ZFXXGK_TOKEN;
    const host = values.host ?? '127.0.0.1';
    const bodyMb = integer('max-body-mb', values['max-body-mb'], 1, 1024);
    const requestMs = timeoutMs(values.timeout);
    const options = {
      host,
      port: integer('port', values.port, 0, 65535) ?? 8080,
      ...(token ? { token } : {}),
      ...(values.concurrency ? { concurrency: integer('concurrency', values.concurrency, 1, 64)! } : {}),
      ...(values.queue ? { queue: integer('queue', values.queue, 0, 10_000)! } : {}),
      ...(bodyMb ? { bodyLimit: bodyMb * 1024 * 1024 } : {}),
      ...(requestMs ? { requestTimeoutMs: requestMs } : {}),
      ...(values.templates ? { templates: templateOptions(values.templates, io.cwd).templates! } : {}),
      ...(values.fonts ? { fonts: fontOptions(values.fonts, io.cwd) } : {}),
      // Looked for now, so that a missing Chromium is told before the service starts.
      executablePath: requireChromium(io.env),
    };
    if (!LOOPBACK.has(host) && !token) io.stderr.write(`${say(lang, 'serveNoToken', { host: terminalSafe(host) })}\n`);
    const { createService } = await import('../../serve/index.js');
    const service = await createService(options);
    const address = await service.listen();
    io.stdout.write(`${say(lang, 'serveListening', { address })}\n`);
    // SIGTERM (Kubernetes, systemd) or Ctrl-C: stop taking requests, finish those in flight.
    let stop = () => {};
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    process.once('SIGTERM', stop);
    io.signal.addEventListener('abort', stop, { once: true });
    if (io.signal.aborted) stop();
    await stopped;
    process.removeListener('SIGTERM', stop);
    io.signal.removeEventListener('abort', stop);
    io.stderr.write(`${say(lang, 'serveStopping')}\n`);
    await service.close();
    io.stderr.write(`${say(lang, 'stopped')}\n`);
    return EXIT.ok;
  },
});
