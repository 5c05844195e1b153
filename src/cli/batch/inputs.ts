/**
 * The report files a batch works on: directories (searched recursively for .json, .yaml, .yml),
 * glob patterns (`*`, `?`, `**`; for shells that pass them through quoted) and plain files. Each
 * file gets the output name it will be rendered to, mirroring folders under the output folder.
 * A folder is searched for regular files only: a symbolic link that leads out of the folder
 * searched (`passwd.json -> /etc/passwd`) is left out unless `followSymlinks`, and so are pipes
 * and devices, which could block or never end. What is left out is listed, with why.
 */
import { existsSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../command.js';
import { cliText, say, type Lang } from '../messages/index.js';
import { terminalSafe } from '../output.js';

export interface BatchInput {
  /** Absolute path of the report file. */
  readonly path: string;
  /** As the user would name it (relative to the working folder). */
  readonly shown: string;
  /** Output path without extension, relative to the output folder. */
  readonly stem: string;
}

/** A file found in a folder searched and left out. */
export interface ExcludedInput {
  /** As the user would name it (relative to the working folder). */
  readonly file: string;
  /** `outside`: a symbolic link out of the folder searched; `dangling`: a link to nothing; `special`: a pipe, socket or device. */
  readonly reason: 'outside' | 'dangling' | 'special';
  /** Where a link leads. */
  readonly target?: string;
}

/** How to search. */
export interface SearchOptions {
  /** The output folder, never searched for inputs. */
  readonly outDir: string;
  /** Follow symbolic links that lead out of the folder searched (`--follow-symlinks`). */
  readonly followSymlinks?: boolean;
  /** The endings (lower case, with the dot) of the files a folder or glob gives; report files by default. */
  readonly extensions?: ReadonlySet<string>;
}

const REPORT_EXTENSIONS = new Set(['.json', '.yaml', '.yml']);

const inside = (root: string, path: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/** Walks `root` for report files; `excluded` collects what was left out. */
function walk(root: string, options: SearchOptions, excluded: ExcludedInput[], cwd: string): string[] {
  const realRoot = realpathSync(root);
  const seen = new Set<string>([realRoot]);
  const out: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || full === options.outDir) continue;
      const isReport = (options.extensions ?? REPORT_EXTENSIONS).has(extname(entry.name).toLowerCase());
      // What the entry is; for a link, what it leads to.
      let facts: Pick<Stats, 'isDirectory' | 'isFile'> = entry;
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(full);
          facts = statSync(target);
        } catch {
          if (isReport) excluded.push({ file: relative(cwd, full), reason: 'dangling' });
          continue;
        }
        if (!options.followSymlinks && !inside(realRoot, target)) {
          if (isReport || facts.isDirectory()) excluded.push({ file: relative(cwd, full), reason: 'outside', target });
          continue;
        }
        // A link back up the tree would loop for ever.
        if (facts.isDirectory() && seen.has(target)) continue;
        if (facts.isDirectory()) seen.add(target);
      }
      if (facts.isDirectory()) visit(full);
      else if (!isReport) continue;
      else if (facts.isFile()) out.push(full);
      else excluded.push({ file: relative(cwd, full), reason: 'special' });
    }
  };
  visit(root);
  return out;
}

/** Why a file was left out, for the list a batch prints, in `lang`. */
export function excludedText(e: ExcludedInput, lang: Lang = 'zh'): string {
  const file = terminalSafe(e.file);
  if (e.reason === 'outside') return say(lang, 'excludedOutside', { file, target: terminalSafe(e.target ?? '') });
  return e.reason === 'dangling' ? say(lang, 'excludedDangling', { file }) : say(lang, 'excludedSpecial', { file });
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
 * Expands the batch arguments. A file named outright is read even if it is a link: the user chose it.
 * @param args directories, globs and files as given
 * @param cwd what relative arguments are resolved against
 * @param options the output folder (never searched) and whether to follow links out of a folder
 * @returns the inputs sorted by output name, and what was left out of the folders searched
 */
export function expandInputs(
  args: readonly string[],
  cwd: string,
  options: SearchOptions,
): { inputs: BatchInput[]; excluded: ExcludedInput[] } {
  const found = new Map<string, BatchInput>();
  const excluded: ExcludedInput[] = [];
  const add = (path: string, stem: string) => {
    if (!found.has(path)) found.set(path, { path, shown: relative(cwd, path) || path, stem });
  };
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    if (/[*?]/.test(arg)) {
      const parts = arg.split('/');
      const fixed = parts
        .slice(
          0,
          parts.findIndex((p) => /[*?]/.test(p)),
        )
        .join('/');
      const root = resolve(cwd, fixed || '.');
      const pattern = globRegExp(arg.slice(fixed ? fixed.length + 1 : 0));
      if (!existsSync(root)) continue;
      const matches = walk(root, options, excluded, cwd).filter((f) =>
        pattern.test(relative(root, f).split(sep).join('/')),
      );
      for (const f of matches) add(f, stemOf(relative(root, f)));
      if (matches.length === 0) throw new UsageError(cliText('noGlobMatch', { glob: terminalSafe(arg) }));
    } else if (existsSync(abs) && statSync(abs).isDirectory()) {
      for (const f of walk(abs, options, excluded, cwd)) add(f, stemOf(relative(abs, f)));
    } else if (existsSync(abs)) {
      add(abs, stemOf(basename(abs)));
    } else {
      throw new UsageError(cliText('notFound', { file: terminalSafe(arg) }), 'ENOENT');
    }
  }
  const inputs = [...found.values()].sort((a, b) => a.stem.localeCompare(b.stem));
  if (inputs.length === 0)
    throw new UsageError(cliText('noReportFound', { endings: [...(options.extensions ?? REPORT_EXTENSIONS)] }));
  return { inputs, excluded };
}
