/**
 * The report files a batch works on: directories (searched recursively for .json, .yaml, .yml),
 * glob patterns (`*`, `?`, `**`; for shells that pass them through quoted) and plain files. Each
 * file gets the output name it will be rendered to, mirroring folders under the output folder.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../command.js';

export interface BatchInput {
  /** Absolute path of the report file. */
  readonly path: string;
  /** As the user would name it (relative to the working folder). */
  readonly shown: string;
  /** Output path without extension, relative to the output folder. */
  readonly stem: string;
}

const REPORT_EXTENSIONS = new Set(['.json', '.yaml', '.yml']);

function walk(dir: string, skip: string | undefined): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || full === skip) continue;
    if (entry.isDirectory()) out.push(...walk(full, skip));
    else if (REPORT_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(full);
  }
  return out;
}

/** A glob as a regular expression over `/`-separated relative paths. */
function globRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += '(?:.*/)?';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const stemOf = (file: string) => file.slice(0, file.length - extname(file).length);

/**
 * Expands the batch arguments.
 * @param outDir the output folder, never searched for inputs
 */
export function expandInputs(args: readonly string[], cwd: string, outDir: string): BatchInput[] {
  const found = new Map<string, BatchInput>();
  const add = (path: string, stem: string) => {
    if (!found.has(path)) found.set(path, { path, shown: relative(cwd, path) || path, stem });
  };
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    if (/[*?]/.test(arg)) {
      const parts = arg.split('/');
      const fixed = parts.slice(0, parts.findIndex((p) => /[*?]/.test(p))).join('/');
      const root = resolve(cwd, fixed || '.');
      const pattern = globRegExp(arg.slice(fixed ? fixed.length + 1 : 0));
      if (!existsSync(root)) continue;
      const matches = walk(root, outDir).filter((f) => pattern.test(relative(root, f).split(sep).join('/')));
      for (const f of matches) add(f, stemOf(relative(root, f)));
      if (matches.length === 0) throw new UsageError(`没有与 ${arg} 匹配的报告文件`);
    } else if (existsSync(abs) && statSync(abs).isDirectory()) {
      for (const f of walk(abs, outDir)) add(f, stemOf(relative(abs, f)));
    } else if (existsSync(abs)) {
      add(abs, stemOf(basename(abs)));
    } else {
      throw new UsageError(`找不到 ${arg}`, 'ENOENT');
    }
  }
  const inputs = [...found.values()].sort((a, b) => a.stem.localeCompare(b.stem));
  const stems = new Map<string, string>();
  for (const input of inputs) {
    const other = stems.get(input.stem);
    if (other) throw new UsageError(`${other} 和 ${input.shown} 会写到同一个输出文件 ${input.stem}.*；请分开处理`);
    stems.set(input.stem, input.shown);
  }
  if (inputs.length === 0) throw new UsageError('没有找到报告文件（.json、.yaml、.yml）');
  return inputs;
}
