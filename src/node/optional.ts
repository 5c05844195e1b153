/**
 * Packages that only one feature needs — the Chromium driver for PDF output, the PDF and Word
 * readers for import — are optional peer dependencies: `npm install zfxxgk` does not bring them,
 * and they are loaded with `import()` the first time the feature runs. When one is missing, the
 * caller gets a {@link MissingPackageError} that names the package and the command to install it,
 * instead of a bare "Cannot find package" from deep inside a renderer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root.js';

/** Each optional package and what it is needed for, in Chinese and English. */
export const OPTIONAL_PACKAGES = {
  'puppeteer-core': { zh: '生成 PDF', en: 'Rendering PDF' },
  'pdfjs-dist': { zh: '导入 PDF', en: 'Importing PDF' },
  mammoth: { zh: '导入 Word（.docx）', en: 'Importing Word (.docx)' },
  exceljs: { zh: '读写 Excel 表格（.xlsx）', en: 'Reading and writing spreadsheets (.xlsx)' },
  fastify: { zh: '运行报告服务（zfxxgk serve / edit）', en: 'Running the report service (zfxxgk serve / edit)' },
  '@fastify/multipart': { zh: '服务接收上传的文件', en: 'Receiving uploaded files in the service' },
  'prom-client': { zh: '服务的运行指标（/metrics）', en: 'The service metrics (/metrics)' },
  'zod-openapi': { zh: '服务的接口说明（/v1/openapi.json）', en: 'The service API description (/v1/openapi.json)' },
} as const satisfies Record<string, { readonly zh: string; readonly en: string }>;

/** The name of an optional package. */
export type OptionalPackage = keyof typeof OPTIONAL_PACKAGES;

/** Thrown when a feature needs an optional package (or several) that is not installed. */
export class MissingPackageError extends Error {
  override readonly name = 'MissingPackageError';
  readonly code = 'MISSING_PACKAGE';
  /** The command that installs it (all of them), e.g. `npm install "puppeteer-core@^24.43.1"`. */
  readonly install: string;
  /** Every package missing for the feature, `packageName` first; one only, unless several were looked for together. */
  readonly packageNames: readonly OptionalPackage[];

  /**
   * @param packageName the package that could not be loaded
   * @param options the loader's own error, as `cause`; `alsoMissing`, the others the same feature
   *   needs that are missing too, so that one command installs them all
   */
  constructor(
    readonly packageName: OptionalPackage,
    options?: ErrorOptions & { readonly alsoMissing?: readonly OptionalPackage[] },
  ) {
    const names = [packageName, ...(options?.alsoMissing ?? []).filter((name) => name !== packageName)];
    // Quoted: `^` is special in cmd.exe and some shells.
    const install = `npm install ${names.map(installSpec).join(' ')}`;
    const purpose = OPTIONAL_PACKAGES[packageName];
    super(
      names.length === 1
        ? `${purpose.zh}：需要 ${packageName}，但它没有安装。请运行：${install}\n` +
            `${purpose.en} needs the package ${packageName}, which is not installed. Run: ${install}`
        : `${purpose.zh}：需要 ${names.join('、')}，但它们没有安装。请运行：${install}\n` +
            `${purpose.en} needs the packages ${names.join(', ')}, which are not installed. Run: ${install}`,
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.install = install;
    this.packageNames = names;
  }
}

/** A package as `npm install` takes it: with zfxxgk's range when known, quoted. */
function installSpec(name: OptionalPackage): string {
  const range = optionalRange(name);
  return range ? `"${name}@${range}"` : name;
}

/**
 * Loads the optional packages one feature needs, all at once, so that a missing one is told
 * together with every other one missing (one command installs them all), rather than one per try.
 * Each is loaded as {@link loadOptional} does, and stays loaded for its own later `import()`.
 * @param loads each package and its `import()`, written out where it is used
 * @throws MissingPackageError naming every package missing; any other failure as it came
 * @example await loadOptionalTogether([['fastify', () => import('fastify')], ['prom-client', () => import('prom-client')]]);
 */
export async function loadOptionalTogether(
  loads: readonly (readonly [OptionalPackage, () => Promise<unknown>])[],
): Promise<void> {
  const settled = await Promise.allSettled(loads.map(([name, load]) => loadOptional(name, load)));
  const failures = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
  const other = failures.find((reason) => !(reason instanceof MissingPackageError));
  if (other !== undefined) throw other;
  const missing = failures as MissingPackageError[];
  if (missing.length === 0) return;
  throw new MissingPackageError(missing[0]!.packageName, {
    cause: missing[0]!.cause,
    alsoMissing: missing.slice(1).map((error) => error.packageName),
  });
}

/**
 * Loads an optional package, turning "not installed" into a {@link MissingPackageError}; any other
 * failure (a broken install, a missing package of its own) is passed on unchanged.
 * @param name the package, as listed in {@link OPTIONAL_PACKAGES}
 * @param load the `import()` of it, written out where it is used so that bundlers and the type
 *   checker see the specifier (and the CommonJS build keeps a real `import()`, which ESM-only
 *   packages need)
 * @returns what `load` resolves to
 * @throws MissingPackageError when the package cannot be found
 * @example const { launch } = await loadOptional('puppeteer-core', () => import('puppeteer-core'));
 */
export async function loadOptional<T>(name: OptionalPackage, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!isNotFound(error, name)) throw error;
    const elsewhere = fallbacks.get(name);
    if (elsewhere) return (await elsewhere()) as T;
    throw new MissingPackageError(name, { cause: error });
  }
}

/** Where else a package may be loaded from, when our own resolution cannot find it (see {@link provideOptional}). */
const fallbacks = new Map<OptionalPackage, () => Promise<unknown>>();

/**
 * Tells {@link loadOptional} where else to load a package from when it is not installed beside
 * zfxxgk: the CLI does this after fetching the PDF driver into the user's cache
 * (src/node/fetch-optional.ts). A library import never calls it, so an SDK user keeps the
 * {@link MissingPackageError}. It lasts for the life of the process.
 * @param name the package
 * @param load loads it from the other place; it must resolve to what `import(name)` would
 * @example provideOptional('puppeteer-core', () => import(pathToFileURL(entry).href));
 */
export function provideOptional(name: OptionalPackage, load: () => Promise<unknown>): void {
  fallbacks.set(name, load);
}

/** Whether `error` says that the package `name` itself (not something it imports) cannot be found. */
function isNotFound(error: unknown, name: string): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return false;
  // Node: "Cannot find package 'mammoth' imported from …" (ESM) or "Cannot find module 'mammoth'" (CommonJS).
  return typeof message === 'string' && (message.includes(`'${name}'`) || message.includes(`'${name}/`));
}

/**
 * The range of `name` in zfxxgk's peerDependencies (`^24.43.1`), or undefined when package.json
 * cannot be read or does not list it.
 * @param name an optional package
 * @returns the range as written in package.json
 * @example optionalRange('puppeteer-core') // '^24.43.1'
 */
export function optionalRange(name: OptionalPackage): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
      peerDependencies?: Record<string, string>;
    };
    const range = pkg.peerDependencies?.[name];
    return range || undefined;
  } catch {
    return undefined;
  }
}
