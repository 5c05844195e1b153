/** The comparison across a batch: copied text between agencies, tables repeated from the year before. */
import { findCopies } from '../../copies/find.js';
import type { CopyInput } from '../../copies/types.js';
import type { BatchRecord, BatchSummary } from './summary.js';

/**
 * Copied text and repeated tables across the reports read: each report's issues added to its
 * record (and its warnings count), the pairs returned for the summary.
 */
export function compareBatch(
  read: readonly (CopyInput | undefined)[],
  records: BatchRecord[],
  lang: 'zh' | 'en',
): BatchSummary['copies'] {
  const present = read.flatMap((r, index) => (r ? [{ input: r, index }] : []));
  if (present.length < 2) return undefined;
  const result = findCopies(
    present.map((p) => p.input),
    { lang },
  );
  present.forEach(({ index }, k) => {
    const found = result.issues[k]!;
    if (found.length === 0) return;
    const record = records[index]!;
    record.copies = found;
    for (const issue of found) record.counts[issue.severity] += 1;
  });
  const files = present.map((p) => p.index);
  // Pairs name reports by their index in the batch's list of reports, not in the list compared.
  const side = <S extends { index: number }>(s: S): S => ({ ...s, index: files[s.index]! });
  return {
    pairs: result.pairs.map((p) => ({ ...p, a: side(p.a), b: side(p.b) })),
    boilerplate: result.boilerplate,
  };
}
