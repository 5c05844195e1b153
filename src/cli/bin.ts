#!/usr/bin/env node
/** The bin edge: the only place zfxxgk calls process.exit. */
import { langOf } from './global-flags.js';
import { runCli } from './main.js';
import { say } from './messages/index.js';

const controller = new AbortController();
let interrupted = false;
process.on('SIGINT', () => {
  if (interrupted) process.exit(130);
  interrupted = true;
  process.stderr.write(`\n${say(langOf(process.argv.slice(2), process.env), 'interrupted')}\n`);
  controller.abort();
});

// A reader that stops early (`zfxxgk schema | head -1`) closes the pipe: that is no error, and
// there is no one left to tell. Exit quietly instead of dying with an EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
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
