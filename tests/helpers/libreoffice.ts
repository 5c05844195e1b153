/**
 * Converting .docx files to PDF with LibreOffice (Debian's `libreoffice-writer-nogui`, installed by
 * `scripts/setup.sh --system`), the office suite the tests can see. One `soffice` process converts
 * every document a test file needs, in a profile of its own (so parallel runs never share the
 * user installation LibreOffice locks), and is killed with its children when it overruns its time.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  const soffice = sofficePath();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed: run `bash scripts/setup.sh --system`');
  const dir = mkdtempSync(join(tmpdir(), 'zfxxgk-lo-'));
  const inputs = Object.entries(docs).map(([stem, bytes]) => {
    if (!/^[\w-]+$/.test(stem)) throw new Error(`not a plain file stem: ${stem}`);
    const path = join(dir, `${stem}.docx`);
    writeFileSync(path, bytes);
    return path;
  });
  const args = [
    `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
    '--headless',
    '--norestore',
    '--nologo',
    '--nolockcheck',
    '--convert-to',
    'pdf',
    '--outdir',
    join(dir, 'pdf'),
    ...inputs,
  ];
  const timeoutMs = options.timeoutMs ?? 120_000;
  const env = { ...process.env, FONTCONFIG_FILE: writeFontsConf(dir) };
  const output = await new Promise<string>((resolve, reject) => {
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
  // The profile (a few MB) is of no further use; the PDFs stay for the tests to read.
  rmSync(join(dir, 'profile'), { recursive: true, force: true });
  const out: Record<string, string> = {};
  for (const stem of Object.keys(docs)) {
    const pdf = join(dir, 'pdf', `${stem}.pdf`);
    if (!existsSync(pdf)) throw new Error(`soffice made no ${stem}.pdf:\n${output}`);
    out[stem] = pdf;
  }
  return out;
}
