/**
 * Walking narrative blocks — a list whose items are paragraphs (strings) or sub-headed blocks
 * (`{ heading, paragraphs }`) — in data not yet validated. Anything not of that shape is skipped,
 * so checks can read whatever is well-typed. Generic: imports nothing of ours.
 */

/** One piece of text in a list of blocks. */
export interface BlockText {
  /** A block's sub-heading, or a paragraph (a string block, or one of a block's paragraphs). */
  readonly kind: 'heading' | 'paragraph';
  readonly text: string;
  /** Index of the block in the list. */
  readonly block: number;
  /** Path inside the list: `[i]`, `[i, 'heading']` or `[i, 'paragraphs', j]`. */
  readonly path: readonly (string | number)[];
}

/**
 * Where a text sits in its block: `'heading'`, the index of one of the block's paragraphs, or
 * `undefined` when the block is itself a paragraph (a string).
 */
export type BlockPart = 'heading' | number | undefined;

/**
 * Calls `visit` for every heading and paragraph of a list of blocks, in reading order. Allocates
 * nothing per text (checks run it on every report validated); the path is made by
 * {@link blockTextPath} only for a text that is reported.
 * @example forEachBlockText(['甲', { heading: '乙', paragraphs: ['丙'] }], (t) => out.push(t)) // 甲, 乙, 丙
 */
export function forEachBlockText(blocks: unknown, visit: (text: string, block: number, part: BlockPart) => void): void {
  if (!Array.isArray(blocks)) return;
  for (let i = 0; i < blocks.length; i++) {
    const b: unknown = blocks[i];
    if (typeof b === 'string') {
      visit(b, i, undefined);
      continue;
    }
    if (b === null || typeof b !== 'object') continue;
    const { heading, paragraphs } = b as { heading?: unknown; paragraphs?: unknown };
    if (typeof heading === 'string') visit(heading, i, 'heading');
    if (!Array.isArray(paragraphs)) continue;
    for (let j = 0; j < paragraphs.length; j++) {
      const p: unknown = paragraphs[j];
      if (typeof p === 'string') visit(p, i, j);
    }
  }
}

/**
 * Calls `visit` for every sub-heading of a list of blocks, with the block's index and its
 * `paragraphs` as found (not looked at). Paragraphs are not visited: the checks that read only
 * headings skip them at no cost.
 * @example forEachHeading(['甲', { heading: '乙', paragraphs: [] }], (h, i) => out.push([h, i])) // ['乙', 1]
 */
export function forEachHeading(
  blocks: unknown,
  visit: (heading: string, block: number, paragraphs: unknown) => void,
): void {
  if (!Array.isArray(blocks)) return;
  for (let i = 0; i < blocks.length; i++) {
    const b: unknown = blocks[i];
    if (b === null || typeof b !== 'object') continue;
    const { heading, paragraphs } = b as { heading?: unknown; paragraphs?: unknown };
    if (typeof heading === 'string') visit(heading, i, paragraphs);
  }
}

/** The path of a text inside its list of blocks: `[i]`, `[i, 'heading']` or `[i, 'paragraphs', j]`. */
export function blockTextPath(block: number, part: BlockPart): (string | number)[] {
  if (part === undefined) return [block];
  return part === 'heading' ? [block, 'heading'] : [block, 'paragraphs', part];
}

/**
 * Every heading and paragraph of a list of blocks, in reading order, with its path.
 * @example blockTexts(['甲', { heading: '乙', paragraphs: ['丙'] }]).map((t) => t.text) // ['甲', '乙', '丙']
 */
export function blockTexts(blocks: unknown): BlockText[] {
  const out: BlockText[] = [];
  forEachBlockText(blocks, (text, block, part) =>
    out.push({ kind: part === 'heading' ? 'heading' : 'paragraph', text, block, path: blockTextPath(block, part) }),
  );
  return out;
}

/**
 * The text of a list of blocks: each block's heading and paragraphs run together, blocks on
 * separate lines (so that a phrase is never found across two blocks).
 * @example blocksPlainText(['甲', { heading: '乙', paragraphs: ['丙'] }]) === '甲\n乙丙'
 */
export function blocksPlainText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  // Most lists are paragraphs only (a preamble, section 六): joined as they are.
  if (blocks.every((b) => typeof b === 'string')) return blocks.join('\n');
  const lines: string[] = blocks.map(() => '');
  forEachBlockText(blocks, (text, block) => {
    lines[block] += text;
  });
  return lines.join('\n');
}
