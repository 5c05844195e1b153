#!/usr/bin/env node
/** The bin edge: the only place zfxxgk calls process.exit. */
import { runCli } from './main.js';

const controller = new AbortController();
let interrupted = false;
process.on('SIGINT', () => {
  if (interrupted) process.exit(130);
  interrupted = true;
  process.stderr.write('\n收到中断信号，正在停止…（再按一次 Ctrl-C 立即退出）\n');
  controller.abort();
});

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
  signal: controller.signal,
});
process.exitCode = interrupted && code === 0 ? 130 : code;
