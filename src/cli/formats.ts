/**
 * The output formats of the render and batch commands: one registry line per format (its name, the
 * file names that choose it, how the CLI calls it, how to make its renderer). The commands loop
 * over what they are asked for and treat every format alike; adding a format is one line here.
 */
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { createDocxRenderer } from '../docx/renderer.js';
import { createHtmlRenderer } from '../html/renderer.js';
import type { TemplateOverrides } from '../html/templates.js';
import { FONT_ROLES, type FontOptions, type FontRole } from '../pdf/fonts.js';
import {
  defineRenderer,
  RendererRegistry,
  type AnyRenderer,
  type RenderBody,
  type RenderContext,
  type Renderer,
  type RenderExtras,
} from '../render/contract.js';
import { requireChromium } from '../pdf/browser/find-chromium.js';
import { driverInstalled, requireDriver } from '../pdf/browser/driver.js';
import { UsageError, type CommandEnv } from './command.js';
import type { Lang } from '../issues/message-kit.js';
import { cliText, say } from './messages/index.js';
import { terminalSafe } from './output.js';
import { closestWord } from './suggest.js';

/** What the command line says about how to render, for every format. */
export interface FormatSetup {
  readonly cwd: string;
  /** `--templates`, resolved. */
  readonly templates: TemplateOverrides;
  /** `--fonts` as given (read only when a format needs fonts). */
  readonly fonts?: string;
  /** `--allow-type3`: system fonts (Type 3 text) when no prepared fonts can be had. */
  readonly allowType3?: boolean;
  /** Where a notice goes (a first-use font preparation). */
  readonly notice?: (line: string) => void;
  /** `--quiet`: no notice of a first-use install of the PDF driver. */
  readonly quiet?: boolean;
  /** Renders at once (browser pages for PDF). */
  readonly concurrency: number;
  /** False for `--untagged`. */
  readonly tagged: boolean;
  /** `--timeout`: the time limit of one PDF render in ms (default the renderer's, 30 s). */
  readonly timeoutMs?: number;
  /** The environment Chromium is looked for in (`ZFXXGK_CHROMIUM`); default this process's. */
  readonly env?: CommandEnv;
  /** The language of notices; Chinese by default. */
  readonly lang?: Lang;
}

/** One output format of the CLI. */
export interface OutputFormat {
  /** What `--format` calls it; also the name its renderer is registered under. */
  readonly name: string;
  /** Endings of an output file name (lower case) that choose this format for `-o`. */
  readonly extensions: readonly string[];
  /** What batch appends to a report's name for this format. */
  readonly suffix: string;
  /** Its short name, the same in every language (`PDF`, `Word`): where several outputs are listed. */
  readonly label: string;
  /** The message naming it in words, when that differs by language (see {@link formatLabel}). */
  readonly labelKey?: 'formatLabelFragment' | 'formatLabelDocx' | 'formatLabelXlsx';
  /** Bytes that are not text (PDF, Word, Excel): never written to a terminal. */
  readonly binary: boolean;
  /** Makes its renderer, named `name`. */
  create(setup: FormatSetup): Promise<AnyRenderer>;
}

/** A renderer under another name, with part of its context fixed (`fragment`, `tagged`). */
function bound<Body extends RenderBody, Extras extends RenderExtras, Context extends RenderContext>(
  renderer: Renderer<Body, Extras, Context>,
  name: string,
  fixed: Omit<Context, keyof RenderContext>,
): Renderer<Body, Extras, RenderContext> {
  // The spread keeps what the renderer has besides (close, stats, a PDF renderer's pool).
  return defineRenderer<Body, Extras, RenderContext>({
    ...renderer,
    name,
    render: (input, ctx = {}) => renderer.render(input, { ...ctx, ...fixed } as Context),
  });
}

/**
 * Every format, cheapest first: outputs are made in this order, so a file that cannot be written
 * shows before a browser is started.
 */
export const OUTPUT_FORMATS: readonly OutputFormat[] = [
  {
    name: 'html',
    extensions: ['.html', '.htm'],
    suffix: '.html',
    label: 'HTML',
    binary: false,
    create: async (s) => createHtmlRenderer(s.templates),
  },
  {
    name: 'fragment',
    extensions: [],
    suffix: '.fragment.html',
    label: 'HTML',
    labelKey: 'formatLabelFragment',
    binary: false,
    create: async (s) => bound(createHtmlRenderer(s.templates), 'fragment', { fragment: true }),
  },
  {
    name: 'docx',
    extensions: ['.docx'],
    suffix: '.docx',
    label: 'Word',
    labelKey: 'formatLabelDocx',
    binary: true,
    create: async () => createDocxRenderer(),
  },
  {
    name: 'xlsx',
    extensions: ['.xlsx'],
    suffix: '.xlsx',
    label: 'Excel',
    labelKey: 'formatLabelXlsx',
    binary: true,
    // ExcelJS is loaded only when a workbook is asked for.
    create: async () => (await import('../xlsx/renderer.js')).createXlsxRenderer(),
  },
  {
    name: 'pdf',
    extensions: ['.pdf'],
    suffix: '.pdf',
    label: 'PDF',
    binary: true,
    create: async (s) => {
      // Puppeteer is loaded only when a PDF is asked for.
      const { createPdfRenderer } = await import('../pdf/renderer.js');
      const { ensureFonts, FontsUnavailableError } = await import('../pdf/fonts-policy.js');
      const fonts: FontOptions = {
        ...fontOptions(s.fonts, s.cwd),
        allowType3: s.allowType3 === true,
        onPrepare: ({ dir }) => s.notice?.(say(s.lang ?? 'zh', 'preparingFonts', { dir })),
      };
      try {
        await ensureFonts(fonts);
      } catch (error) {
        if (error instanceof FontsUnavailableError) {
          const { fontDir: dir, reason } = error;
          const facts = {
            dir,
            packages: reason.missingPackages ?? [],
            ...(reason.cause ? { cause: reason.cause.message } : {}),
          };
          throw new UsageError(cliText('fontsUnavailable', facts), 'FONTS_UNAVAILABLE');
        }
        throw error;
      }
      // Chromium is looked for now, so that a missing one is told before any work is done.
      const executablePath = requireChromium(s.env);
      const pool = { size: s.concurrency, executablePath, ...(s.timeoutMs ? { timeoutMs: s.timeoutMs } : {}) };
      const pdf = createPdfRenderer({ ...s.templates, fonts, pool });
      // Chromium boots while its driver loads and the command reads its input: each takes a few
      // hundred ms, and the first PDF is ready that much sooner for not waiting on one another.
      // A driver from the CLI's cache can be loaded only once loadPdfDriver has found it there:
      // Chromium then starts after it (a launch before would fail for want of the driver).
      if (driverInstalled()) pdf.warm();
      try {
        // The driver: the CLI installs it into the user's cache on first use (the SDK does not).
        await loadPdfDriver(s);
      } catch (error) {
        await pdf.close();
        throw error;
      }
      pdf.warm();
      return bound(pdf, 'pdf', { tagged: s.tagged });
    },
  },
];

/**
 * Loads puppeteer-core, installing it into the user's cache first when zfxxgk was installed
 * without it (src/node/fetch-optional.ts). npm failing is a set-up problem, told like a missing package.
 */
async function loadPdfDriver(s: FormatSetup): Promise<void> {
  const { loadOrFetch, PackageInstallError } = await import('../node/fetch-optional.js');
  const notice = s.quiet ? undefined : s.notice;
  try {
    await loadOrFetch('puppeteer-core', requireDriver, {
      env: s.env ?? process.env,
      ...(notice ? { notice } : {}),
    });
  } catch (error) {
    if (error instanceof PackageInstallError) throw new UsageError(error.message, error.code);
    throw error;
  }
}

const names = () => OUTPUT_FORMATS.map((f) => f.name);

/**
 * How the CLI names a format in `lang`.
 * @example formatLabel(formatNamed('docx'), 'en') // 'Word document'
 */
export function formatLabel(format: OutputFormat, lang: Lang): string {
  return format.labelKey ? say(lang, format.labelKey) : format.label;
}

/** The format called `name` (`--format`); a UsageError names the ones there are. */
export function formatNamed(name: string): OutputFormat {
  const format = OUTPUT_FORMATS.find((f) => f.name === name);
  if (!format) {
    const near = closestWord(name, names());
    throw new UsageError(
      cliText('unknownFormat', { given: terminalSafe(name), names: names(), ...(near ? { near } : {}) }),
    );
  }
  return format;
}

/** The format of an output path: `--format` when given, else the path's ending (`.pdf` → pdf). */
export function formatOf(path: string, explicit?: string): OutputFormat {
  if (explicit) return formatNamed(explicit);
  const ext = extname(path).toLowerCase();
  const format = OUTPUT_FORMATS.find((f) => f.extensions.includes(ext));
  if (format) return format;
  const endings = OUTPUT_FORMATS.flatMap((f) => f.extensions.slice(0, 1));
  throw new UsageError(cliText('formatFromName', { file: terminalSafe(path), endings }));
}

/** The formats asked for, in registry order, each once. */
export function inRegistryOrder(formats: readonly OutputFormat[]): OutputFormat[] {
  return OUTPUT_FORMATS.filter((f) => formats.includes(f));
}

/**
 * Makes the renderers of these formats, registered by format name. Close the registry when done
 * (it closes the browser of a PDF renderer).
 */
export async function openRenderers(formats: readonly OutputFormat[], setup: FormatSetup): Promise<RendererRegistry> {
  const registry = new RendererRegistry();
  try {
    for (const format of formats) registry.register(await format.create(setup));
  } catch (error) {
    await registry.close();
    throw error;
  }
  return registry;
}

/**
 * `--fonts dir`: a folder of prepared fonts (holding fonts.conf), or of font files named by role
 * (body.ttf 仿宋, title.ttf 小标宋, hei.ttf 黑体, kai.ttf 楷体, song.ttf 宋体).
 */
export function fontOptions(dir: string | undefined, cwd: string): FontOptions {
  if (!dir) return {};
  const root = resolve(cwd, dir);
  const shown = terminalSafe(dir);
  const roles = FONT_ROLES.map((r) => `${r}.ttf`);
  if (!existsSync(root)) throw new UsageError(cliText('fontsFolderMissing', { dir: shown }), 'FONTS');
  if (!statSync(root).isDirectory()) throw new UsageError(cliText('fontsNotFolder', { dir: shown, roles }), 'FONTS');
  if (existsSync(join(root, 'fonts.conf'))) return { fontDir: root };
  const files: Partial<Record<FontRole, string>> = {};
  for (const name of readdirSync(root)) {
    const ext = extname(name).toLowerCase();
    const role = name.slice(0, -ext.length) as FontRole;
    if ((ext === '.ttf' || ext === '.otf') && FONT_ROLES.includes(role))
      files[role] = checkedFontFile(join(root, name), join(dir, name));
  }
  if (Object.keys(files).length === 0) throw new UsageError(cliText('fontsNoFont', { dir: shown, roles }), 'FONTS');
  return { files };
}

/** How TrueType and OpenType files begin (a TrueType collection too). */
const FONT_SIGNATURES = ['00010000', '74727565', '4f54544f', '74746366'];

/** A font file of a `--fonts` folder, checked: a readable regular file that begins as a font does. */
function checkedFontFile(path: string, shown: string): string {
  const bad = (why: 'notFile' | 'unreadable' | 'notFont') =>
    new UsageError(cliText('fontFileBad', { file: terminalSafe(shown), why }), 'FONTS');
  if (!statSync(path).isFile()) throw bad('notFile');
  const head = Buffer.alloc(4);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    readSync(fd, head, 0, 4, 0);
  } catch {
    throw bad('unreadable');
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (!FONT_SIGNATURES.includes(head.toString('hex'))) throw bad('notFont');
  return path;
}

/** `--templates dir`: a folder overriding the package's templates. */
export function templateOptions(dir: string | undefined, cwd: string): TemplateOverrides {
  if (!dir) return {};
  const root = resolve(cwd, dir);
  if (!existsSync(root) || !statSync(root).isDirectory())
    throw new UsageError(cliText('templatesMissing', { dir: terminalSafe(dir) }), 'TEMPLATES');
  return { templates: root };
}
