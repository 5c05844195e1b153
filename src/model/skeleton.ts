/**
 * An empty report of an edition, made from its description: every leaf cell 0, narrative sections
 * empty. The builder starts from it; `zfxxgk init` writes it (with totals) for a clerk to fill in.
 */
import { compileEdition } from '../format/compile.js';
import type { EditionSpec } from '../format/spec-types.js';
import { writePath } from '../util/path.js';

/** Header fields a skeleton starts with. */
export interface SkeletonHeader {
  readonly agency: string;
  readonly year: number;
  readonly publishedAt?: string;
  readonly title?: string;
}

/**
 * Makes an empty report.
 * @param withTotals write total cells as 0 too (for a file to fill in by hand); by default they are
 *   left out, to be derived
 */
export function createSkeleton(spec: EditionSpec, header: SkeletonHeader, withTotals = false): Record<string, unknown> {
  const report: Record<string, unknown> = { format: spec.format, agency: header.agency, year: header.year };
  if (header.publishedAt !== undefined) report['publishedAt'] = header.publishedAt;
  if (header.title !== undefined) report['title'] = header.title;
  for (const section of spec.sections) report[section.key] = section.body === 'narrative' ? [] : {};
  for (const cell of compileEdition(spec).cells) {
    if (!withTotals && cell.role !== 'leaf') continue;
    writePath(report, cell.path, 0);
  }
  return report;
}
