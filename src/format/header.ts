/**
 * The fields of a report file before its sections: declared once here, and used by the schemas,
 * the JSON Schema, the labels of messages, the order of issues and the CLI's header peeking. They
 * are the same in every edition; only the value of `format` differs.
 */

/** The values of `agencyKind` (which deadline of 《条例》第四十九条 applies). */
export const AGENCY_KIND_VALUES = ['department', 'government', 'township'] as const;

/**
 * What a header field holds: the edition's `format` value, text, a reporting year, an ISO date,
 * one of the agency kinds, or narrative blocks.
 */
export type HeaderValueKind = 'format' | 'text' | 'year' | 'date' | 'agencyKind' | 'blocks';

/** One header field of a report file. */
export interface HeaderFieldSpec {
  /** JSON key. */
  readonly key: string;
  /** Name in messages (`成文日期`). */
  readonly label: string;
  readonly value: HeaderValueKind;
  /** Whether a file may leave it out. */
  readonly optional: boolean;
  /** Longer explanation for the JSON Schema; the label when absent. */
  readonly description?: string;
}

/** The header fields, in the order a report file lists them. */
export const HEADER_FIELDS = [
  { key: 'format', label: '格式版本（format）', value: 'format', optional: false },
  { key: 'agency', label: '报告机关', value: 'text', optional: false },
  { key: 'year', label: '报告年度', value: 'year', optional: false },
  {
    key: 'publishedAt',
    label: '成文日期',
    value: 'date',
    optional: true,
    description: '成文日期（落款日期），YYYY-MM-DD',
  },
  {
    key: 'title',
    label: '标题',
    value: 'text',
    optional: true,
    description: '标题；省略时为“机关名称+年度+年政府信息公开工作年度报告”',
  },
  {
    key: 'agencyKind',
    label: '机关类型',
    value: 'agencyKind',
    optional: true,
    description:
      '机关类型：department 政府部门（1月31日前公布），government 县级以上人民政府本级报告（3月31日前），township 乡镇、街道',
  },
  { key: 'preamble', label: '开头段落', value: 'blocks', optional: true, description: '开头段落（一、之前）' },
] as const satisfies readonly HeaderFieldSpec[];

/** The key of a header field. */
export type HeaderKey = (typeof HEADER_FIELDS)[number]['key'];

/** The keys of the header fields, in file order. */
export const HEADER_KEYS: readonly HeaderKey[] = HEADER_FIELDS.map((f) => f.key);
