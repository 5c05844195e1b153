import { resolve } from 'node:path';
import { defaultFontDir } from '../../pdf/fonts.js';
import { defineCommand } from '../define-command.js';
import { EXIT, UsageError } from '../command.js';
import { readInput } from '../io.js';
import { cliText, say } from '../messages/index.js';
import { envelope, printJson, terminalSafe } from '../output.js';

export const fontsCommand = defineCommand({
  name: 'fonts',
  usage: 'fonts [--coverage gb2312|uro] [--extra-chars 文件|-] [--out 目录]',
  usageEn: 'fonts [--coverage gb2312|uro] [--extra-chars file|-] [--out folder]',
  help: [
    '把 Debian 的开源中文字体（Noto Serif/Sans CJK SC、霞鹜文楷）裁成 GB2312 字集并转为 TrueType，使 PDF 以嵌入子集（而非 Type 3）保存文字。只需运行一次；npm run example 和 npm test 会自动运行。用 JavaScript 完成（HarfBuzz wasm），无需 Python；需要 fonts-noto-cjk、fonts-lxgw-wenkai。未运行时，第一次生成 PDF 会自动准备。',
    'Cuts Debian’s open CJK faces to GB2312 and converts them to TrueType so PDFs embed them as subsets (not Type 3). Run once, in JavaScript (no Python); the first PDF render does it too when it was never run.',
    '',
    '示例 / example:',
    '  zfxxgk fonts',
    '  zfxxgk fonts --extra-chars rare-names.txt      # 加入 GB2312 以外的人名、地名用字 / rare characters of names beyond GB2312',
  ].join('\n'),
  options: {
    coverage: { type: 'string' },
    'extra-chars': { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    coverage: 'gb2312（默认，约 15 秒）或 uro（全部中日韩统一表意文字） / character coverage',
    'extra-chars': '额外字符所在的 UTF-8 文本文件，- 为标准输入 / a file of extra characters, - for standard input',
    out: `输出目录，默认 ${defaultFontDir()}（或环境变量 ZFXXGK_FONT_DIR） / output folder`,
    json: '以 JSON 输出 / print the JSON envelope',
  },
  async run({ values }, io) {
    const lang = io.lang ?? 'zh';
    const coverage = values.coverage ?? 'gb2312';
    if (coverage !== 'gb2312' && coverage !== 'uro') throw new UsageError(cliText('coverageValue'));
    if (values.out === '-') throw new UsageError(cliText('folderNotStdout', { option: '--out' }));
    const out = values.out ? resolve(io.cwd, values.out) : defaultFontDir();
    // `--extra-chars -` reads the characters from standard input.
    const extra = values['extra-chars'];
    const extraChars = extra ? (await readInput(extra, io)).text : '';
    const { prepareFonts, FontPreparationError } = await import('../../pdf/fonts-prepare.js');
    try {
      const report = await prepareFonts({
        dir: out,
        coverage,
        extraChars,
        onFace: (f) => {
          if (values.json) return;
          const face = { key: f.key, mb: (f.size / 1e6).toFixed(2), glyphs: f.glyphs };
          const seconds = f.reused ? {} : { seconds: (f.ms / 1000).toFixed(1) };
          io.stdout.write(`${say(lang, 'fontFace', { ...face, ...seconds })}\n`);
        },
      });
      if (values.json)
        printJson(
          io,
          envelope('fonts', EXIT.ok, { out, coverage, built: report.built, reused: report.reused, ms: report.ms }),
        );
      else
        io.stdout.write(
          `${say(lang, 'fontsDone', {
            dir: terminalSafe(out),
            built: report.built.length,
            reused: report.reused.length,
            seconds: (report.ms / 1000).toFixed(1),
          })}\n`,
        );
      return EXIT.ok;
    } catch (error) {
      if (error instanceof FontPreparationError) {
        // Missing Debian packages are a fact the message is made from; other failures say their own.
        const packages = error.missingPackages;
        const text = packages.length > 0 ? cliText('fontSourcesMissing', { packages }) : error.message;
        throw new UsageError(text, 'FONTS_UNAVAILABLE');
      }
      throw error;
    }
  },
});
