/**
 * The rule that PDFs never degrade silently: prepared fonts are used when there; otherwise they
 * are prepared on first use; otherwise the render is refused with the fix — unless the caller
 * opted in to system fonts (Type 3 text) with `allowType3`.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { missingSourcePackages } from './fonts-faces.js';
import { prepareFonts } from './fonts-prepare.js';
import { FONT_ROLES, type FontOptions, type FontSetup, forgetFonts, resolveFonts } from './fonts.js';

/** Thrown when no usable fonts exist, none can be prepared, and Type 3 text was not allowed. */
export class FontsUnavailableError extends Error {
  override readonly name = 'FontsUnavailableError';
  constructor(
    readonly fontDir: string,
    /** Why: the Debian packages missing, preparation turned off, or the preparation's own error. */
    readonly reason: { readonly missingPackages?: readonly string[]; readonly cause?: Error },
  ) {
    const install = reason.missingPackages?.length ? `apt-get install ${reason.missingPackages.join(' ')}，然后` : '';
    const installEn = reason.missingPackages?.length
      ? `apt-get install ${reason.missingPackages.join(' ')}, then `
      : '';
    const why = reason.cause ? `（${reason.cause.message}）` : '';
    super(
      [
        `没有可用的 PDF 字体：${fontDir} 中没有已准备的字体${why}，系统字体会以 Type 3 字体嵌入（文件大、打印差），因此不生成 PDF。`,
        `解决：${install}运行 zfxxgk fonts；或明确接受 Type 3 字体：命令行加 --allow-type3，SDK 用 fonts: { allowType3: true }。`,
        `No usable PDF fonts: nothing prepared in ${fontDir}; system fonts would be embedded as Type 3. Fix: ${installEn}run \`zfxxgk fonts\`, or opt in with --allow-type3 / fonts: { allowType3: true }.`,
      ].join('\n'),
    );
  }
}

/** Whether caller files give every role, so nothing needs preparing. */
const filesForEveryRole = (options: FontOptions) => FONT_ROLES.every((role) => options.files?.[role]);

/** Whether the first render will prepare the fonts (missing, preparable, not turned off). */
export function willPrepare(options: FontOptions = {}): boolean {
  const setup = resolveFonts(options);
  return (
    !setup.prepared && !filesForEveryRole(options) && options.prepare !== false && missingSourcePackages().length === 0
  );
}

/**
 * Refuses at once when the fonts are missing and cannot be prepared (and Type 3 was not allowed);
 * cheap, synchronous: `createPdfRenderer` calls it so a misconfigured machine fails before any work.
 * @throws FontsUnavailableError naming the fix
 */
export function checkFonts(options: FontOptions = {}): void {
  const setup = resolveFonts(options);
  if (setup.prepared || filesForEveryRole(options) || options.allowType3) return;
  const missingPackages = missingSourcePackages();
  if (options.prepare === false || missingPackages.length > 0) {
    throw new FontsUnavailableError(setup.fontDir, { missingPackages });
  }
}

/**
 * The fonts to render with, preparing them first when they are missing (bounded in time; other
 * processes preparing the same folder are waited for). Coverage is narrowed by caller files.
 * @returns the font set-up; `source: 'system'` only when `allowType3` is set
 * @throws FontsUnavailableError when nothing usable can be had and Type 3 was not allowed
 * @example
 * const fonts = await ensureFonts({ allowType3: false });
 */
export async function ensureFonts(options: FontOptions = {}): Promise<FontSetup> {
  checkFonts(options);
  let setup = resolveFonts(options);
  if (willPrepare(options)) {
    try {
      options.onPrepare?.({ dir: setup.fontDir });
      await prepareFonts({
        dir: setup.fontDir,
        ...(options.prepareTimeoutMs ? { timeoutMs: options.prepareTimeoutMs } : {}),
      });
      forgetFonts();
      setup = resolveFonts(options);
    } catch (error) {
      if (!options.allowType3) throw new FontsUnavailableError(setup.fontDir, { cause: error as Error });
    }
  }
  return withFileCoverage(setup, options);
}

/** Narrows coverage to what the caller's files map: a character they lack is not covered. */
async function withFileCoverage(setup: FontSetup, options: FontOptions): Promise<FontSetup> {
  const files = FONT_ROLES.map((role) => options.files?.[role]).filter((f): f is string => Boolean(f));
  if (files.length === 0 || setup.source === 'system') return setup;
  const hb = await import('harfbuzzjs');
  let coverage: Set<number> | undefined =
    setup.prepared && setup.source !== 'files' ? new Set(setup.coverage) : undefined;
  for (const file of files) {
    const mapped = new hb.Face(new hb.Blob(new Uint8Array(await readFile(resolve(file)))), 0).collectUnicodes();
    const own = new Set(mapped);
    coverage = coverage ? new Set([...coverage].filter((cp) => own.has(cp))) : own;
  }
  return { ...setup, coverage: coverage ?? setup.coverage };
}
