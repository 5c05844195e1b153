/**
 * Prepares the font folder (`zfxxgk-*.ttf`, `coverage.txt`, `manifest.json`, `fonts.conf`) from
 * Debian's open faces, in JavaScript. Safe to run from several processes at once: one holds a
 * lock folder while the others wait for it, and every file is written under a temporary name and
 * renamed into place, `fonts.conf` last, so a reader never sees a half-written font.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildFace, PREPARATION_VERSION } from './fonts-build.js';
import { type FontCoverage, missingSourcePackages, PREPARED_FACES, wantedCodePoints } from './fonts-faces.js';

/** How to prepare. */
export interface PrepareOptions {
  /** The folder to fill. */
  readonly dir: string;
  /** `gb2312` (default) or `uro`: every CJK Unified Ideograph. */
  readonly coverage?: FontCoverage;
  /** Characters to add to every face (rare names). */
  readonly extraChars?: string;
  /** Rebuild even when the folder is up to date. */
  readonly force?: boolean;
  /** Give up after this long, waiting for another process included (default 180 000 ms). */
  readonly timeoutMs?: number;
  /** Called as each face is done. */
  readonly onFace?: (event: { key: string; size: number; glyphs: number; ms: number; reused: boolean }) => void;
}

/** What a preparation did. */
export interface PrepareReport {
  readonly dir: string;
  readonly built: readonly string[];
  readonly reused: readonly string[];
  readonly ms: number;
}

/** Thrown when fonts cannot be prepared: source packages missing, a time-out, or an unusable folder. */
export class FontPreparationError extends Error {
  override readonly name = 'FontPreparationError';
  constructor(
    message: string,
    /** Debian packages to install, when that is the fix. */
    readonly missingPackages: readonly string[] = [],
  ) {
    super(message);
  }
}

interface ManifestFace {
  readonly source: string;
  readonly sourceSize: number;
  readonly sourceMtimeMs: number;
  readonly size: number;
  readonly glyphs: number;
  readonly sha256: string;
}

interface Manifest {
  readonly preparedBy: 'zfxxgk';
  readonly version: number;
  readonly coverage: FontCoverage;
  readonly extraCharsSha256: string;
  readonly faces: Record<string, ManifestFace>;
}

const LOCK_STALE_MS = 10 * 60_000;
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** fonts.conf for Chromium's FONTCONFIG_FILE: the system's fonts plus ours (absolute path). */
export function fontsConf(dir: string): string {
  const escaped = resolve(dir).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    `  <dir>${escaped}</dir>`,
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    '</fontconfig>',
    '',
  ].join('\n');
}

/** Where a font folder's fontconfig file is. */
export const fontsConfPath = (dir: string) => join(resolve(dir), 'fonts.conf');

/** Writes the folder's fonts.conf when missing (the system's fonts plus the folder). */
export async function writeFontsConf(dir: string): Promise<void> {
  if (await exists(fontsConfPath(dir))) return;
  await mkdir(dir, { recursive: true });
  await writeAtomically(fontsConfPath(dir), fontsConf(dir));
}

async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temp, data);
  await rename(temp, path);
}

async function readManifest(dir: string): Promise<Manifest | undefined> {
  try {
    const m = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    return m.preparedBy === 'zfxxgk' ? m : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a face recorded in the manifest is still what its source and the folder hold. */
async function isFresh(dir: string, key: string, entry: ManifestFace | undefined): Promise<boolean> {
  if (!entry) return false;
  try {
    const [src, out] = await Promise.all([stat(entry.source), stat(join(dir, `${key}.ttf`))]);
    return src.size === entry.sourceSize && Math.trunc(src.mtimeMs) === entry.sourceMtimeMs && out.size === entry.size;
  } catch {
    return false;
  }
}

/** Takes the lock folder, waiting while another live process holds it. Returns its release. */
async function lock(dir: string, deadline: number): Promise<() => Promise<void>> {
  const path = join(dir, '.preparing.lock');
  for (;;) {
    try {
      await mkdir(path);
      await writeFile(join(path, 'owner'), `${process.pid}`);
      return () => rm(path, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const age = await stat(path).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    // A lock left by a process that died mid-way would otherwise block every render.
    if (age > LOCK_STALE_MS) await rm(path, { recursive: true, force: true });
    if (Date.now() > deadline) {
      throw new FontPreparationError(
        `等待其他进程准备字体超时（${path}） / timed out waiting for another process preparing the fonts`,
      );
    }
    await new Promise((done) => setTimeout(done, 250));
  }
}

/**
 * Prepares the fonts into `options.dir`, reusing faces that are up to date.
 * @returns which faces were built and which reused, and the time taken
 * @throws FontPreparationError naming the Debian packages to install, or on a time-out
 * @example
 * await prepareFonts({ dir: defaultFontDir() });
 */
export async function prepareFonts(options: PrepareOptions): Promise<PrepareReport> {
  const started = Date.now();
  const deadline = started + (options.timeoutMs ?? 180_000);
  const dir = resolve(options.dir);
  const missing = missingSourcePackages();
  if (missing.length > 0) {
    throw new FontPreparationError(
      `缺少字体源文件，请安装：apt-get install ${missing.join(' ')} / source fonts missing: install ${missing.join(' ')}`,
      missing,
    );
  }
  const coverage = options.coverage ?? 'gb2312';
  const extraChars = [...new Set(options.extraChars ?? '')]
    .filter((c) => c.trim() !== '')
    .sort()
    .join('');
  await mkdir(dir, { recursive: true });
  const release = await lock(dir, deadline);
  try {
    const old = await readManifest(dir);
    const same =
      !options.force &&
      old?.version === PREPARATION_VERSION &&
      old.coverage === coverage &&
      old.extraCharsSha256 === sha256(extraChars);
    const faces: Record<string, ManifestFace> = {};
    const built: string[] = [];
    const reused: string[] = [];
    const codePoints = wantedCodePoints(coverage, extraChars);
    let covered: Set<number> | undefined;
    for (const face of PREPARED_FACES) {
      const entry = same ? old.faces[face.key] : undefined;
      if (entry && (await isFresh(dir, face.key, entry))) {
        faces[face.key] = entry;
        reused.push(face.key);
        options.onFace?.({ key: face.key, size: entry.size, glyphs: entry.glyphs, ms: 0, reused: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new FontPreparationError(`准备字体超时 / font preparation timed out (${face.key})`);
      const t = Date.now();
      const result = await buildFace(face, codePoints);
      await writeAtomically(join(dir, `${face.key}.ttf`), result.bytes);
      const src = await stat(face.source);
      faces[face.key] = {
        source: face.source,
        sourceSize: src.size,
        sourceMtimeMs: Math.trunc(src.mtimeMs),
        size: result.bytes.length,
        glyphs: result.glyphs,
        sha256: sha256(result.bytes),
      };
      // A character counts as covered only when every face maps it.
      covered = covered ? new Set([...covered].filter((cp) => result.codePoints.has(cp))) : new Set(result.codePoints);
      built.push(face.key);
      options.onFace?.({
        key: face.key,
        size: result.bytes.length,
        glyphs: result.glyphs,
        ms: Date.now() - t,
        reused: false,
      });
      // Builds are synchronous wasm work: let timers and I/O of the host process run between faces.
      await new Promise((done) => setImmediate(done));
    }
    // After a partial rebuild the reused faces hold the same wanted characters as the new ones.
    if (built.length > 0 || !(await exists(join(dir, 'coverage.txt')))) {
      await writeAtomically(join(dir, 'coverage.txt'), coveredText(covered ?? codePoints));
    }
    const manifest: Manifest = {
      preparedBy: 'zfxxgk',
      version: PREPARATION_VERSION,
      coverage,
      extraCharsSha256: sha256(extraChars),
      faces,
    };
    await writeAtomically(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await writeAtomically(join(dir, 'fonts.conf'), fontsConf(dir));
    return { dir, built, reused, ms: Date.now() - started };
  } finally {
    await release();
  }
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** coverage.txt: the characters the faces map, so a renderer can tell which would fall back. */
function coveredText(codePoints: ReadonlySet<number>): string {
  return [...codePoints]
    .filter((cp) => cp > 0x20)
    .sort((a, b) => a - b)
    .map((cp) => String.fromCodePoint(cp))
    .join('');
}
