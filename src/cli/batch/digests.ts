/**
 * What a batch summary says of each output file: its SHA-256 and the content key of the render
 * that made it (`contentKey`). Renders are deterministic, so a platform that keeps the key of what
 * it has published can skip the work next time, and a job queue can use it as an idempotency key.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { contentKey } from '../../render/content-key.js';
import type { Lang } from '../../issues/message-kit.js';
import { loadTemplates, type TemplateOverrides } from '../../html/templates.js';
import type { RenderBody } from '../../render/contract.js';

/** One output file of a report, in the summary. */
export interface OutputDigest {
  /** As in the record's `outputs` (relative to the working folder). */
  readonly file: string;
  /** The output format (`pdf`, `html`, `fragment`, `docx`). */
  readonly format: string;
  /** Hex SHA-256 of the file's bytes. */
  readonly sha256: string;
  /** Hex content key of its render: the same key, the same bytes. */
  readonly key: string;
}

/** What of a batch's command line changes the output of every report. */
export interface KeyOptions {
  /** `--templates`: the house style, its content in the key (not its path). */
  readonly style?: unknown;
}

/**
 * The options of a batch that enter every content key, read once per batch.
 * @example keyOptionsOf({ templates: '/srv/style' }) // { style: { document: '…', … } }
 */
export function keyOptionsOf(templates: TemplateOverrides): KeyOptions {
  return templates.templates ? { style: loadTemplates(templates) } : {};
}

/**
 * Hex SHA-256 of an output as written (text as UTF-8).
 * @example sha256Hex('<!DOCTYPE html>…')
 */
export function sha256Hex(body: RenderBody): string {
  return createHash('sha256').update(body).digest('hex');
}

/**
 * The content key of rendering a report in one format in this batch. A report with errors is
 * drawn as a draft, whose last page lists its issues in the run's language: both enter its key.
 * @param report the report as validated, or as read for a draft
 * @param format the output format's name
 * @param draft whether it is drawn as a draft
 */
export function batchKey(
  report: unknown,
  format: string,
  draft: boolean,
  lang: Lang,
  options: KeyOptions,
): Promise<string> {
  return contentKey(report as Parameters<typeof contentKey>[0], format, {
    ...options,
    ...(draft ? { draft: true, lang } : {}),
  });
}

/**
 * The digest of an output left as it was (up to date): its bytes read back.
 * @param path absolute path of the file
 */
export async function digestOfFile(path: string): Promise<string> {
  return sha256Hex(await readFile(path));
}
