/**
 * `zfxxgk edit report.json`: the clerk's form on this machine. A local server on 127.0.0.1 (a
 * random port unless --port) serves the form page and the file; every request must carry the
 * random token printed in the address, so other users and web pages on the machine cannot read or
 * write the file. Saves go to a temporary file renamed into place: never a half-written report.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { formPage } from '../../form/page.js';
import { loadOptional } from '../../node/optional.js';
import { defineCommand } from '../define-command.js';
import { EXIT, UsageError, type CommandIO } from '../command.js';
import { DEFAULT_MAX_INPUT_BYTES, ioError, maxInputBytes, maxInputOption, readInput, writeAtomic } from '../io.js';
import { cliText, say } from '../messages/index.js';
import { envelope, printJson, terminalSafe } from '../output.js';

const inputLimit = maxInputOption(DEFAULT_MAX_INPUT_BYTES);

/** Whether `given` is the token, compared in constant time. */
function tokenMatches(given: unknown, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Reads the file as JSON text, or undefined when it does not exist yet; other problems are UsageErrors. */
async function readReportText(file: string, io: CommandIO, maxBytes: number): Promise<string | undefined> {
  try {
    await stat(resolve(io.cwd, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw ioError(error, file, 'read');
  }
  const { text } = await readInput(file, io, maxBytes);
  try {
    const value = JSON.parse(text) as unknown;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
  } catch {
    throw new UsageError(cliText('editNotJson', { file: terminalSafe(file) }), 'NOT_JSON');
  }
  return text;
}

export const editCommand = defineCommand({
  name: 'edit',
  usage: 'edit <报告.json> [--port 端口] [--json]',
  usageEn: 'edit <report.json> [--port port] [--json]',
  help: [
    '在浏览器中填写报告：在本机 127.0.0.1 上启动只供自己使用的服务，打印带随机口令的地址；用浏览器打开它，按官方表格填写，边填边检查，“保存到文件”写回该文件（先写临时文件再改名）。文件不存在时从空白报告开始，保存时新建。Ctrl-C 结束。',
    'Fill in a report in the browser: starts a server on 127.0.0.1 for you alone and prints its address with a random token; open it, fill in the official tables checked as you type, and save back to the file (atomically). A missing file starts blank and is created on save. Ctrl-C stops it.',
    '',
    '示例 / example:',
    '  zfxxgk edit 2024.json',
  ].join('\n'),
  options: { port: { type: 'string' }, json: { type: 'boolean' }, ...inputLimit.options },
  optionHelp: {
    port: '端口，默认随机 / port, random by default',
    json: '以 JSON 输出地址 / print the address as the JSON envelope',
    ...inputLimit.help,
  },
  async run({ positionals, values }, io) {
    const lang = io.lang ?? 'zh';
    if (positionals.length !== 1) throw new UsageError(cliText('editNeedsFile'));
    const file = positionals[0]!;
    // The form saves back to the file it opened: standard input has nowhere to save to.
    if (file === '-') throw new UsageError(cliText('noStdin', { command: 'edit' }));
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(cliText('editPort', { given: terminalSafe(String(values.port)) }));
    const maxBytes = maxInputBytes(values['max-input-bytes'], DEFAULT_MAX_INPUT_BYTES);
    const path = resolve(io.cwd, file);
    const existing = await readReportText(file, io, maxBytes);
    const { default: fastify } = await loadOptional('fastify', () => import('fastify'));
    const token = randomBytes(24).toString('base64url');
    const page = formPage({ fileUrl: 'report', fileName: basename(file) });
    // forceCloseConnections: the page keeps its connection open, and an ordinary close would wait
    // for it (Fastify's keep-alive, over a minute) before Ctrl-C or SIGTERM could end the command.
    const app = fastify({ bodyLimit: maxBytes, forceCloseConnections: true });

    app.addHook('onRequest', async (request, reply) => {
      const query = request.query as { token?: unknown };
      if (!tokenMatches(query.token ?? request.headers['x-zfxxgk-token'], token)) {
        // Returned, so that Fastify answers here and never runs the route.
        return reply.code(403).send({ error: { code: 'TOKEN', message: '缺少或错误的口令 / missing or wrong token' } });
      }
    });
    app.addHook('onSend', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      reply.header('x-content-type-options', 'nosniff');
      reply.header('referrer-policy', 'no-referrer');
    });
    app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
    app.get('/report', async (_request, reply) => {
      const text = await readReportText(file, io, maxBytes);
      if (text === undefined) return reply.code(404).send({ error: { code: 'NO_FILE', message: `${file} 尚不存在` } });
      return reply.type('application/json; charset=utf-8').send(text);
    });
    app.put('/report', async (request, reply) => {
      const body = request.body;
      if (body === null || typeof body !== 'object' || Array.isArray(body))
        return reply.code(400).send({ error: { code: 'NOT_A_REPORT', message: '请求体应为报告的 JSON 对象' } });
      const text = `${JSON.stringify(body, null, 2)}\n`;
      await writeAtomic(path, text);
      return { saved: file, bytes: Buffer.byteLength(text) };
    });

    await app.listen({ host: '127.0.0.1', port });
    const address = app.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/?token=${token}`;
    if (values.json) printJson(io, envelope('edit', EXIT.ok, { url, file, exists: existing !== undefined }));
    else {
      io.stdout.write(`${say(lang, 'editOpen', { url })}\n`);
      io.stdout.write(`${say(lang, 'editState', { file: terminalSafe(file), exists: existing !== undefined })}\n`);
    }
    // Served until Ctrl-C (the bin aborts the signal) or SIGTERM.
    await new Promise<void>((done) => {
      const stop = () => {
        process.off('SIGTERM', stop);
        done();
      };
      if (io.signal.aborted) return stop();
      io.signal.addEventListener('abort', stop, { once: true });
      process.once('SIGTERM', stop);
    });
    await app.close();
    if (!values.json && !io.quiet) io.stdout.write(`${say(lang, 'editStopped')}\n`);
    return EXIT.ok;
  },
});
