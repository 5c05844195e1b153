/**
 * Converting .docx files to PDF (and workbooks to CSV or PDF) with LibreOffice (Debian's `libreoffice-writer-nogui`, installed by
 * `scripts/setup.sh --system`), the office suite the tests can see. One `soffice` process converts
 * every document a test file needs, in a profile of its own (so parallel runs never share the
 * user installation LibreOffice locks), and is killed with its children when it overruns its time.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The `soffice` command on the PATH, or `undefined` when LibreOffice is not installed. */
export function sofficePath(): string | undefined {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** How a conversion runs. */
export interface ConvertOptions {
  /** Time for the whole conversion, after which soffice and its children are killed (default 120 s). */
  readonly timeoutMs?: number;
}

/**
 * The font folders LibreOffice may use here: those of the Debian packages the set-up installs (CJK
 * faces, LXGW WenKai) and DejaVu, which fontconfig always brings. Line widths depend on which Latin
 * face stands in for Times New Roman, and any other package (ghostscript's URW fonts, say) would
 * change that machine by machine.
 */
const FONT_DIRS = [
  '/usr/share/fonts/opentype/noto',
  '/usr/share/fonts/truetype/lxgw-wenkai',
  '/usr/share/fonts/truetype/dejavu',
  '/usr/share/fonts/truetype/libreoffice',
];

/** A fontconfig file with Debian's rules but only {@link FONT_DIRS}, in `dir`. */
function writeFontsConf(dir: string): string {
  const path = join(dir, 'fonts.conf');
  const dirs = FONT_DIRS.filter((d) => existsSync(d)).map((d) => `  <dir>${d}</dir>`);
  writeFileSync(
    path,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
      '<fontconfig>',
      ...dirs,
      `  <cachedir>${join(dir, 'fontconfig-cache')}</cachedir>`,
      '  <include ignore_missing="yes">/etc/fonts/conf.d</include>',
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  return path;
}

/**
 * Converts .docx documents to PDF in one LibreOffice run.
 * @param docs the documents, keyed by a plain file stem (`seed`, `long`, …)
 * @returns the path of each PDF, by the same keys
 * @example const { seed } = await docxToPdf({ seed: bytes });
 */
export async function docxToPdf(
  docs: Readonly<Record<string, Uint8Array>>,
  options: ConvertOptions = {},
): Promise<Record<string, string>> {
  const { dir } = await officeConvert(docs, { ext: 'docx', convertTo: 'pdf', ...options });
  const out: Record<string, string> = {};
  for (const stem of Object.keys(docs)) {
    const pdf = join(dir, `${stem}.pdf`);
    if (!existsSync(pdf)) throw new Error(`soffice made no ${stem}.pdf in ${dir}`);
    out[stem] = pdf;
  }
  return out;
}

/** What to convert files of one kind into. */
export interface OfficeConversion extends ConvertOptions {
  /** The files' extension (`docx`, `xlsx`). */
  readonly ext: string;
  /** soffice's `--convert-to` argument (`pdf`, `png`, `csv:…`). */
  readonly convertTo: string;
  /**
   * Recalculate every formula when a spreadsheet is opened, whatever result the file saved
   * (LibreOffice's default keeps the saved results of Excel files).
   */
  readonly recalculate?: boolean;
}

/**
 * Converts files in one LibreOffice run, with its own profile and fonts.
 * @param files the files, keyed by a plain file stem
 * @returns the folder the converted files are in (named after the stems as soffice names them)
 * @example const { dir } = await officeConvert({ book: bytes }, { ext: 'xlsx', convertTo: 'pdf' });
 */
export async function officeConvert(
  files: Readonly<Record<string, Uint8Array>>,
  conversion: OfficeConversion,
): Promise<{ dir: string }> {
  const soffice = sofficePath();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed: run `bash scripts/setup.sh --system`');
  const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-lo-'));
  const inputs = Object.entries(files).map(([stem, bytes]) => {
    if (!/^[\w-]+$/.test(stem)) throw new Error(`not a plain file stem: ${stem}`);
    const path = join(dir, `${stem}.${conversion.ext}`);
    writeFileSync(path, bytes);
    return path;
  });
  const profile = join(dir, 'profile');
  if (conversion.recalculate) writeRecalculateAlways(profile);
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    '--headless',
    '--norestore',
    '--nologo',
    '--nolockcheck',
    '--convert-to',
    conversion.convertTo,
    '--outdir',
    join(dir, 'out'),
    ...inputs,
  ];
  const timeoutMs = conversion.timeoutMs ?? 120_000;
  const env = { ...process.env, FONTCONFIG_FILE: writeFontsConf(dir) };
  await new Promise<string>((resolve, reject) => {
    // Its own process group, so a timeout kills oosplash and soffice.bin together.
    const child = spawn(soffice, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(new Error(`soffice did not finish in ${timeoutMs} ms:\n${text}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(text);
      else reject(new Error(`soffice exited with ${code}:\n${text}`));
    });
  });
  // The profile (a few MB) is of no further use; the converted files stay for the tests to read.
  rmSync(profile, { recursive: true, force: true });
  return { dir: join(dir, 'out') };
}

/** A profile whose Calc recalculates every formula of an Excel file on load. */
function writeRecalculateAlways(profile: string): void {
  const user = join(profile, 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>',
      '</oor:items>',
      '',
    ].join('\n'),
  );
}
