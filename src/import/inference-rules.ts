/**
 * The words for each rule by which the importer fills a cell the page settles without printing it
 * (`CellSource.inferred.rule`), in Chinese and English.
 */
import type { Lang } from '../issues/message-kit.js';
import type { InferenceRule } from './report.js';

/** Every inference rule and what it means. */
export const INFERENCE_RULES = {
  MERGED_ZERO: {
    zh: '与上一行合并的数值单元格为 0，所覆盖的各行均为 0',
    en: 'a value cell of 0 merged over several rows: each covered row is 0',
  },
  SINGLE_ROW_ZERO: {
    zh: '印成单行的（六）其他处理在该栏为 0，各小项均为 0',
    en: '（六）其他处理 printed as one row is 0 in this column: each sub-item is 0',
  },
  NO_REGULATIONS_ROW: {
    zh: '表格中没有“规章”一行，而本机关不能制定规章：按 0 计',
    en: 'the tables have no 规章 row and the agency cannot make 规章: taken as 0',
  },
  EQUATION: {
    zh: '等式中只缺这一格，由其余各格算出',
    en: 'the one missing cell of an equation, computed from its other cells',
  },
} as const satisfies { readonly [R in InferenceRule]: { readonly [L in Lang]: string } };
