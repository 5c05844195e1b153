/** What copy detection takes, what it is told, and what it finds. */
import type { Issue } from '../issues/issue.js';
import type { Lang } from '../issues/message-kit.js';
import type { PathKey } from '../issues/values.js';
import type { Banding } from './minhash.js';

/** One report of the batch: the report (an object, as read) and the name the caller knows it by. */
export interface CopyInput {
  readonly report: unknown;
  /** A file name or id, named in issues and pairs. */
  readonly id?: string;
}

/** How to tell copied text from boilerplate. */
export interface CopyOptions {
  /** The language of the issues' messages. */
  readonly lang?: Lang;
  /**
   * A shingle carried by at least `minAgencies` agencies (default 5), or by `share` of the batch's
   * agencies when that is more (default 0.01), is boilerplate; `texts` are more wording to treat as
   * boilerplate (a province's template sentences).
   */
  readonly boilerplate?: { readonly minAgencies?: number; readonly share?: number; readonly texts?: readonly string[] };
  /**
   * Two paragraphs are copies when they share at least `minShared` shingles beyond boilerplate
   * (default 8, about 12 characters) and the shingles they share are at least this share of the
   * smaller one's, beyond boilerplate or in all (default 0.5).
   */
  readonly minSimilarity?: number;
  /** See `minSimilarity` (default 8). */
  readonly minShared?: number;
  /** Paragraphs with fewer shingles than this once boilerplate is left out are not compared (default 15, about 20 characters). */
  readonly minShingles?: number;
  /** MinHash bands and rows (default 64 × 2). */
  readonly banding?: Banding;
  /** Whether to look for tables repeated from one year to the next (default true). */
  readonly tables?: boolean;
}

/** One side of a pair. */
export interface CopySide {
  /** Index of the report in the input. */
  readonly index: number;
  readonly id?: string;
  readonly agency: string;
  readonly year?: number;
  /** Share (0–1, two decimals) of this report's narrative characters in paragraphs found in the other. */
  readonly share: number;
  /** How many of its paragraphs are found in the other. */
  readonly paragraphs: number;
}

/** Two reports of different agencies that share paragraphs beyond boilerplate. */
export interface CopyPair {
  /** The side with the larger share. */
  readonly a: CopySide;
  readonly b: CopySide;
  /** `a.share`: the larger of the two. */
  readonly share: number;
  /** The longest paragraph they share: its path on each side, its text in a, and how alike the two are (0–1). */
  readonly paragraph: {
    readonly a: readonly PathKey[];
    readonly b: readonly PathKey[];
    readonly text: string;
    readonly similarity: number;
  };
}

/** What copy detection found. */
export interface CopiesResult {
  /** Pairs, largest share first. */
  readonly pairs: readonly CopyPair[];
  /** Issues of each input, in input order (TEXT_COPIED, TABLE_REPEATED). */
  readonly issues: readonly (readonly Issue[])[];
  /** How boilerplate was decided: the agency count that made a shingle common, and how many were. */
  readonly boilerplate: { readonly agencies: number; readonly threshold: number; readonly commonShingles: number };
  /** Paragraphs read, paragraphs compared (enough text beyond boilerplate), candidate pairs verified. */
  readonly stats: { readonly paragraphs: number; readonly compared: number; readonly candidates: number };
}
