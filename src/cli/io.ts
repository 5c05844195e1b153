/** File input and output for the CLI: reading reports (or standard input) and atomic writes. */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { readHeader, type HeaderFacts } from '../model/header.js';
import { parseSource } from '../read/source.js';
import { UsageError } from './command.js';

/** Reads a file, or all of standard input for `-`. I/O problems become UsageErrors (exit 2). */
export async function readInput(path: string, stdin: NodeJS.ReadableStream, cwd: string): Promise<{ name: string; text: string }> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    return { name: '<stdin>', text: Buffer.concat(chunks).toString('utf8') };
  }
  try {
    return { name: path, text: await readFile(resolve(cwd, path), 'utf8') };
  } catch (error) {
    throw ioError(error, path, '读取');
  }
}

/** Turns a Node file-system error into a UsageError with a Chinese message. */
export function ioError(error: unknown, path: string, verb: string): UsageError {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  const reason: Record<string, string> = {
    ENOENT: '文件或目录不存在',
    EACCES: '没有权限',
    EPERM: '没有权限',
    EISDIR: '这是一个目录，不是文件',
    ENOTDIR: '路径中有一部分不是目录',
    EROFS: '文件系统只读',
    ENOSPC: '磁盘空间不足',
  };
  return new UsageError(`无法${verb} ${path}：${reason[code] ?? (error as Error).message}`, code);
}

/**
 * Writes a file atomically: to a temporary file beside it, then renamed into place, so an
 * interrupted run never leaves a half-written file under the final name.
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw ioError(error, path, '写入');
  }
}

export { packageVersion } from '../node/package-root.js';

/**
 * The header fields (agency, year, …) a report file names, read as far as its text allows (for
 * listings of reports that did not validate). Never throws.
 * @example peekHeader('{"agency": "某县人民政府", "year": 2023, "requests": 1}') // { agency: '某县人民政府', year: 2023 }
 */
export function peekHeader(text: string): HeaderFacts {
  const parsed = parseSource(text);
  return parsed.ok ? readHeader(parsed.value) : {};
}
