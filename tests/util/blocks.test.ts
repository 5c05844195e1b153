import { describe, expect, it } from 'vitest';
import { blocksPlainText, blockTexts, forEachHeading } from '../../src/util/blocks.js';

describe('blockTexts', () => {
  it('yields headings and paragraphs in reading order with their paths', () => {
    const blocks = ['甲', { heading: '乙', paragraphs: ['丙', '丁'] }];
    expect([...blockTexts(blocks)]).toEqual([
      { kind: 'paragraph', text: '甲', block: 0, path: [0] },
      { kind: 'heading', text: '乙', block: 1, path: [1, 'heading'] },
      { kind: 'paragraph', text: '丙', block: 1, path: [1, 'paragraphs', 0] },
      { kind: 'paragraph', text: '丁', block: 1, path: [1, 'paragraphs', 1] },
    ]);
  });
  it('skips what is not text, in data not yet validated', () => {
    const blocks = [3, null, { heading: 4, paragraphs: [5, '戊'] }, { paragraphs: '己' }];
    expect([...blockTexts(blocks)].map((t) => t.path)).toEqual([[2, 'paragraphs', 1]]);
    expect([...blockTexts('not a list')]).toEqual([]);
  });
});

describe('blocksPlainText', () => {
  it('runs a block together and puts blocks on separate lines', () => {
    expect(blocksPlainText(['甲', { heading: '乙', paragraphs: ['丙'] }, 7, '丁'])).toBe('甲\n乙丙\n\n丁');
  });
});

describe('forEachHeading', () => {
  it('visits the sub-headings only, with their block and paragraphs as found', () => {
    const seen: unknown[] = [];
    const blocks = ['甲', { heading: '乙', paragraphs: [] }, { heading: 3 }, null, { heading: '丙', paragraphs: '丁' }];
    forEachHeading(blocks, (heading, block, paragraphs) => seen.push([heading, block, paragraphs]));
    expect(seen).toEqual([
      ['乙', 1, []],
      ['丙', 4, '丁'],
    ]);
    forEachHeading('not a list', () => seen.push('never'));
    expect(seen).toHaveLength(2);
  });
});
