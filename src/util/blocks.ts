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
 * Every heading and paragraph of a list of blocks, in reading order, with its path.
 * @example [...blockTexts(['甲', { heading: '乙', paragraphs: ['丙'] }])].map((t) => t.text) // ['甲', '乙', '丙']
 */
export function* blockTexts(blocks: unknown): Generator<BlockText> {
  if (!Array.isArray(blocks)) return;
  for (let i = 0; i < blocks.length; i++) {
    const b: unknown = blocks[i];
    if (typeof b === 'string') {
      yield { kind: 'paragraph', text: b, block: i, path: [i] };
      continue;
    }
    if (b === null || typeof b !== 'object') continue;
    const { heading, paragraphs } = b as { heading?: unknown; paragraphs?: unknown };
    if (typeof heading === 'string') yield { kind: 'heading', text: heading, block: i, path: [i, 'heading'] };
    if (!Array.isArray(paragraphs)) continue;
    for (let j = 0; j < paragraphs.length; j++) {
      const p: unknown = paragraphs[j];
      if (typeof p === 'string') yield { kind: 'paragraph', text: p, block: i, path: [i, 'paragraphs', j] };
    }
  }
}

/**
 * The text of a list of blocks: each block's heading and paragraphs run together, blocks on
 * separate lines (so that a phrase is never found across two blocks).
 * @example blocksPlainText(['甲', { heading: '乙', paragraphs: ['丙'] }]) === '甲\n乙丙'
 */
export function blocksPlainText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  const lines: string[] = blocks.map(() => '');
  for (const piece of blockTexts(blocks)) lines[piece.block] += piece.text;
  return lines.join('\n');
}
