import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { packageRoot } from '../../node/package-root.js';
import { defaultFontDir } from '../../pdf/fonts.js';
import { defineCommand, EXIT, UsageError } from '../command.js';
import { envelope, printJson } from '../output.js';

export const fontsCommand = defineCommand({
  name: 'fonts',
  summary: '准备 PDF 用的字体 / prepare the fonts PDFs embed',
  usage: 'fonts [--coverage gb2312|uro] [--extra-chars 文件] [--out 目录]',
  help: [
    '把 Debian 的开源中文字体（Noto Serif/Sans CJK SC、霞鹜文楷）裁成 GB2312 字集并转为 TrueType，使 PDF 以嵌入子集（而非 Type 3）保存文字。只需运行一次；npm run example 和 npm test 会自动运行。需要 python3-fonttools、fonts-noto-cjk、fonts-lxgw-wenkai。',
    'Cuts Debian’s open CJK faces to GB2312 and converts them to TrueType so PDFs embed them as subsets (not Type 3). Run once; the README commands do it for you.',
    '',
    '示例 / example:',
    '  zfxxgk fonts',
    '  zfxxgk fonts --extra-chars rare-names.txt      # 加入 GB2312 以外的人名、地名用字',
  ].join('\n'),
  options: {
    coverage: { type: 'string' },
    'extra-chars': { type: 'string' },
    out: { type: 'string' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    coverage: 'gb2312（默认，约 30 秒）或 uro（全部中日韩统一表意文字，约 2 分钟） / character coverage',
    'extra-chars': '额外字符所在的 UTF-8 文本文件 / a file of extra characters',
    out: `输出目录，默认 ${defaultFontDir()}（或环境变量 ZFXXGK_FONT_DIR） / output folder`,
    json: '以 JSON 输出 / print the JSON envelope',
  },
  async run({ values }, io) {
    const coverage = values.coverage ?? 'gb2312';
    if (coverage !== 'gb2312' && coverage !== 'uro') throw new UsageError(`--coverage 只能是 gb2312 或 uro`);
    const out = values.out ? resolve(io.cwd, values.out) : defaultFontDir();
    const args = [join(packageRoot(), 'scripts/fonts/prepare-fonts.sh'), '--out', out, '--coverage', coverage];
    if (values['extra-chars']) args.push('--extra-chars', resolve(io.cwd, values['extra-chars']));
    const child = spawn('bash', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d: Buffer) => {
      log += d.toString();
      if (!values.json) io.stdout.write(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      log += d.toString();
      io.stderr.write(d);
    });
    const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
    if (values.json) printJson(io, envelope('fonts', code === 0 ? EXIT.ok : EXIT.usage, { out, coverage, log }));
    if (code !== 0) {
      if (!values.json) io.stderr.write('字体准备失败（见上方说明） / font preparation failed\n');
      return EXIT.usage;
    }
    return EXIT.ok;
  },
});
