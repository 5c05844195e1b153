/**
 * The DevTools protocol over `--remote-debugging-pipe`: Chromium reads commands on its fd 3 and
 * writes replies and events on its fd 4, each message a JSON text ended by a NUL byte. Puppeteer
 * speaks through any object of this shape (`connect({ transport })`), which lets zfxxgk start
 * Chromium itself, before the driver is even loaded (see launch.ts).
 */
import type { Readable, Writable } from 'node:stream';
import type { ConnectionTransport } from 'puppeteer-core';

/**
 * A transport over Chromium's two pipes.
 * @param toChromium the child's fd 3 (written)
 * @param fromChromium the child's fd 4 (read)
 * @returns the transport puppeteer's `connect` takes; `onclose` fires when Chromium's end closes
 * @example connect({ transport: pipeTransport(child.stdio[3] as Writable, child.stdio[4] as Readable) })
 */
export function pipeTransport(toChromium: Writable, fromChromium: Readable): ConnectionTransport {
  let pending: Buffer[] = [];
  let closed = false;
  const transport: ConnectionTransport = {
    send(message: string) {
      if (closed) return;
      // One write per message: each write is a system call that wakes Chromium.
      toChromium.write(`${message}\0`);
    },
    close() {
      closed = true;
      fromChromium.removeListener('data', onData);
    },
  };
  function onData(chunk: Buffer): void {
    let end = chunk.indexOf(0);
    if (end < 0) {
      pending.push(chunk);
      return;
    }
    let start = 0;
    let head = pending.length > 0 ? Buffer.concat([...pending, chunk.subarray(0, end)]) : chunk.subarray(0, end);
    pending = [];
    for (;;) {
      const message = head.toString('utf8');
      // One message per task, as puppeteer's own pipe transport delivers them.
      setImmediate(() => {
        if (!closed) transport.onmessage?.(message);
      });
      start = end + 1;
      end = chunk.indexOf(0, start);
      if (end < 0) break;
      head = chunk.subarray(start, end);
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  fromChromium.on('data', onData);
  fromChromium.once('close', () => {
    if (closed) return;
    closed = true;
    transport.onclose?.();
  });
  // A write to a Chromium that has gone fails here; the 'close' above tells puppeteer.
  toChromium.on('error', () => undefined);
  fromChromium.on('error', () => undefined);
  return transport;
}
