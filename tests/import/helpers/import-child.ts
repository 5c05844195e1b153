/**
 * Imports one file in a process of its own, for tests that run hostile input under a memory cap
 * (`node --max-old-space-size=512 --import tsx import-child.ts FILE KIND [LIMITS_JSON]`). Prints
 * the notes, the time taken and the process's peak resident memory as one line of JSON.
 */
import { readFileSync } from 'node:fs';
import { importReport, type ImportKind } from '../../../src/import/index.js';

const [file, kind, limits] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file!));
const start = performance.now();
const result = await importReport(bytes, {
  kind: kind as ImportKind,
  ...(limits ? { limits: JSON.parse(limits) } : {}),
});
const ms = performance.now() - start;
const notes = result.notes.map((n) => ({
  code: n.code,
  severity: n.severity,
  ...(n.params ? { params: n.params } : {}),
}));
console.log(JSON.stringify({ notes, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
