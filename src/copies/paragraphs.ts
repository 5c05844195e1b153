/**
 * The paragraphs of a report that copy detection reads: every paragraph of the opening and of the
 * narrative sections the format describes, with its path. Headings are left out (the format's own
 * wording, or a few words). Reads data not yet validated: what is not text is skipped.
 */
import type { EditionSpec } from '../format/spec-types.js';
import type { PathKey } from '../issues/values.js';
import { blockTexts } from '../util/blocks.js';

/** One paragraph of a report. */
export interface ReportParagraph {
  readonly path: readonly PathKey[];
  readonly text: string;
}

/** The paragraphs of a report, in reading order. */
export function reportParagraphs(spec: EditionSpec, report: unknown): ReportParagraph[] {
  if (report === null || typeof report !== 'object') return [];
  const record = report as Record<string, unknown>;
  const keys = ['preamble', ...spec.sections.filter((s) => s.body === 'narrative').map((s) => s.key)];
  const out: ReportParagraph[] = [];
  for (const key of keys) {
    for (const piece of blockTexts(record[key])) {
      if (piece.kind === 'paragraph') out.push({ path: [key, ...piece.path], text: piece.text });
    }
  }
  return out;
}
