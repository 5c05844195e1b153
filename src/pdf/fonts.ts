/**
 * Fonts for the PDF. Chromium embeds CFF fonts (Debian's Noto CJK) as Type 3, which prints poorly
 * and is slow; so TrueType cuts of the open substitutes are prepared once (`fonts-prepare.ts`,
 * `zfxxgk fonts`, or on first use), and Chromium finds them through fontconfig
 * (`FONTCONFIG_FILE`). The official faces (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312) win when
 * installed, because the CSS names them first; caller-supplied files win over both.
 * Without prepared fonts a PDF is never made silently with Type 3 text: they are prepared, or the
 * render is refused, unless the caller opts in with `allowType3`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { cacheRoot } from '../node/cache-dir.js';

/** What a face is used for. */
export type FontRole = 'body' | 'title' | 'hei' | 'kai' | 'song';
export const FONT_ROLES: readonly FontRole[] = ['body', 'title', 'hei', 'kai', 'song'];

const CSS_PROPERTY: Record<FontRole, string> = {
  body: '--zfxxgk-font-body',
  title: '--zfxxgk-font-title',
  hei: '--zfxxgk-font-hei',
  kai: '--zfxxgk-font-kai',
  song: '--zfxxgk-font-song',
};

/** Where fonts come from. */
export interface FontOptions {
  /**
   * Folder of the prepared fonts (`fonts.conf`, `zfxxgk-*.ttf`, `coverage.txt`). Default: the
   * `ZFXXGK_FONT_DIR` environment variable, else `~/.cache/zfxxgk/fonts`.
   */
  readonly fontDir?: string;
  /**
   * Font files to use instead, by role (`body` 仿宋, `title` 小标宋, `hei` 黑体, `kai` 楷体,
   * `song` 宋体 for tables and page numbers): TrueType (.ttf) or OpenType (.otf) with glyf outlines.
   */
  readonly files?: Partial<Readonly<Record<FontRole, string>>>;
  /**
   * Prepare the fonts on first use when they are missing (default true): about 15 s once, into
   * `fontDir`. With false, a missing preparation refuses the render (or uses system fonts when
   * `allowType3` is set).
   */
  readonly prepare?: boolean;
  /** Time limit of a first-use preparation in ms (default 180 000). */
  readonly prepareTimeoutMs?: number;
  /**
   * Use the system fonts when no prepared fonts can be had: Chromium then embeds Debian's CFF
   * fonts as Type 3 (larger, poorer print, text often not searchable). Off by default.
   */
  readonly allowType3?: boolean;
  /** Told when a first-use preparation starts, e.g. to print a notice. */
  readonly onPrepare?: (event: { readonly dir: string }) => void;
}

/** What the PDF renderer needs to know about fonts. */
export interface FontSetup {
  /** `FONTCONFIG_FILE` for Chromium, when prepared fonts exist. */
  readonly fontconfigFile?: string;
  readonly fontDir: string;
  readonly prepared: boolean;
  /**
   * Where the text's fonts come from: `prepared` cuts (or caller files for every role), or
   * `system` fonts, allowed by `allowType3`, which Chromium embeds as Type 3.
   */
  readonly source: 'prepared' | 'files' | 'system';
  /**
   * Code points every used face covers: the prepared ones, narrowed by caller files. Empty with
   * system fonts, so every character is reported as uncovered there.
   */
  readonly coverage: ReadonlySet<number>;
  /** Caller font bytes, served to the page at `https://zfxxgk.invalid/fonts/<role>`. */
  readonly assets: ReadonlyMap<string, { bytes: Uint8Array; type: string }>;
  /** CSS: @font-face for caller files, and the font stacks of print. */
  readonly css: string;
}

/** The origin caller fonts are served from; nothing else is ever fetched. */
export const ASSET_ORIGIN = 'https://zfxxgk.invalid';

/** The default folder of prepared fonts. */
export function defaultFontDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['ZFXXGK_FONT_DIR'] ?? join(cacheRoot(env), 'fonts'));
}

/** Thrown for a caller font file that cannot be used. */
export class FontFileError extends Error {
  override readonly name = 'FontFileError';
}

const cache = new Map<string, FontSetup>();

/** Forgets resolved set-ups, so the next `resolveFonts` looks at the folders again (after a preparation). */
export function forgetFonts(): void {
  cache.clear();
}

/** Resolves the fonts once per configuration. */
export function resolveFonts(options: FontOptions = {}): FontSetup {
  const fontDir = resolve(options.fontDir ?? defaultFontDir());
  const key = JSON.stringify([fontDir, options.files ?? {}]);
  const hit = cache.get(key);
  if (hit) return hit;
  const conf = join(fontDir, 'fonts.conf');
  const prepared = existsSync(conf) && existsSync(join(fontDir, 'zfxxgk-serif.ttf'));
  const coverageFile = join(fontDir, 'coverage.txt');
  const coverage = new Set<number>();
  if (prepared && existsSync(coverageFile)) {
    for (const ch of readFileSync(coverageFile, 'utf8')) coverage.add(ch.codePointAt(0)!);
  }
  const assets = new Map<string, { bytes: Uint8Array; type: string }>();
  const faces: string[] = [];
  const overrides: string[] = [];
  for (const role of FONT_ROLES) {
    const file = options.files?.[role];
    if (!file) continue;
    const path = resolve(file);
    if (!existsSync(path)) throw new FontFileError(`字体文件不存在：${file} / font file not found`);
    const type = extname(path).toLowerCase() === '.otf' ? 'font/otf' : 'font/ttf';
    assets.set(`${ASSET_ORIGIN}/fonts/${role}`, { bytes: readFileSync(path), type });
    faces.push(
      `@font-face { font-family: "zfxxgk-user-${role}"; src: url("${ASSET_ORIGIN}/fonts/${role}"); font-display: block; }`,
    );
    overrides.push(`${CSS_PROPERTY[role]}: "zfxxgk-user-${role}", ${stackOf(role)};`);
  }
  const titleWeight = hasOfficialTitleFace(prepared ? conf : undefined) || options.files?.title ? 'normal' : '700';
  const css = [
    ...faces,
    `@media print { .zfxxgk { --zfxxgk-title-weight: ${titleWeight}; font-synthesis: none; ${overrides.join(' ')} } }`,
  ].join('\n');
  const allFiles = FONT_ROLES.every((role) => options.files?.[role]);
  const source = allFiles ? 'files' : prepared ? 'prepared' : 'system';
  const setup: FontSetup = {
    fontDir,
    prepared,
    source,
    coverage,
    assets,
    css,
    ...(prepared ? { fontconfigFile: conf } : {}),
  };
  cache.set(key, setup);
  return setup;
}

/** The default stacks, kept in step with templates/styles/report.css. */
function stackOf(role: FontRole): string {
  return `var(${CSS_PROPERTY[role]}-default, serif)`;
}

/** Whether 方正小标宋 is installed (it is bold by design: no weight must be added). */
function hasOfficialTitleFace(fontconfigFile: string | undefined): boolean {
  try {
    const out = execFileSync('fc-list', [':', 'family'], {
      encoding: 'utf8',
      env: { ...process.env, ...(fontconfigFile ? { FONTCONFIG_FILE: fontconfigFile } : {}) },
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    });
    return /方正小标宋|FZXiaoBiaoSong/.test(out);
  } catch {
    return false;
  }
}

/**
 * Characters of a text that no prepared (or caller) font covers: they print from a system font,
 * as Type 3. With system fonts (`source: 'system'`) that is every printed character.
 */
export function uncoveredCharacters(text: string, setup: FontSetup): string[] {
  // Caller files for every role: their coverage is read in ensureFonts; without it, trust them.
  if (setup.source === 'files' && setup.coverage.size === 0) return [];
  const out = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp <= 0x20 || cp === 0x3000 || setup.coverage.has(cp)) continue;
    out.add(ch);
  }
  return [...out];
}
