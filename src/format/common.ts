/**
 * Parts of the national format shared by the 2019 and 2021 editions (SPEC B §5, §6, §9.2–9.3).
 * Each edition file assembles its description from these and from what is its own.
 */
import type { AxisNode, MatrixTableSpec, SectionSpec, TopicSpec } from './spec-types.js';

/** Table 三's note in the top-left corner, printed verbatim (SPEC B §5.2). */
export const BALANCE_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/** Table 三's value columns: 申请人情况 (SPEC B §5.1–5.2). */
export const APPLICANT_COLUMNS = [
  {
    label: '申请人情况',
    children: [
      { key: 'naturalPerson', label: '自然人' },
      {
        label: '法人或其他组织',
        children: [
          { key: 'commercial', label: '商业企业' },
          { key: 'research', label: '科研机构' },
          { key: 'socialWelfare', label: '社会公益组织' },
          { key: 'legalService', label: '法律服务机构' },
          { key: 'other', label: '其他' },
        ],
      },
      { key: 'total', label: '总计', total: true },
    ],
  },
] as const satisfies readonly AxisNode[];

/** Outcome groups （一）–（五） of 三、本年度办理结果, identical in both editions (SPEC B §5.3). */
export const OUTCOMES_ONE_TO_FIVE = [
  { key: 'granted', label: '（一）予以公开' },
  { key: 'partiallyGranted', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
  {
    key: 'denied',
    label: '（三）不予公开',
    children: [
      { key: 'stateSecret', label: '1.属于国家秘密' },
      { key: 'prohibitedByLaw', label: '2.其他法律行政法规禁止公开', aliases: ['2.其他法律行政止公开'] },
      { key: 'threeSecurityOneStability', label: '3.危及“三安全一稳定”' },
      { key: 'thirdPartyRights', label: '4.保护第三方合法权益' },
      { key: 'internalAffairs', label: '5.属于三类内部事务信息' },
      { key: 'processInformation', label: '6.属于四类过程性信息' },
      { key: 'lawEnforcementFiles', label: '7.属于行政执法案卷' },
      { key: 'administrativeQuery', label: '8.属于行政查询事项' },
    ],
  },
  {
    key: 'unableToProvide',
    label: '（四）无法提供',
    children: [
      { key: 'notHeld', label: '1.本机关不掌握相关政府信息' },
      { key: 'needsCreation', label: '2.没有现成信息需要另行制作' },
      { key: 'unclearAfterCorrection', label: '3.补正后申请内容仍不明确' },
    ],
  },
  {
    key: 'notProcessed',
    label: '（五）不予处理',
    children: [
      { key: 'petitionComplaint', label: '1.信访举报投诉类申请' },
      { key: 'duplicate', label: '2.重复申请' },
      { key: 'publication', label: '3.要求提供公开出版物' },
      { key: 'excessive', label: '4.无正当理由大量反复申请' },
      { key: 'confirmationOrReissue', label: '5.要求行政机关确认或重新出具已获取信息' },
    ],
  },
] as const satisfies readonly AxisNode[];

export const RESULTS_TOTAL = { key: 'total', label: '（七）总计', total: true } as const satisfies AxisNode;

/** Builds table 三 around the edition's own （六）其他处理 node. */
export function requestsTable<const Other extends AxisNode>(other: Other) {
  return {
    kind: 'matrix',
    key: 'requests',
    name: '表三',
    corner: BALANCE_NOTE,
    value: 'count',
    rows: [
      { key: 'newReceived', label: '一、本年新收政府信息公开申请数量' },
      { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量' },
      {
        key: 'results',
        label: '三、本年度办理结果',
        children: [...OUTCOMES_ONE_TO_FIVE, other, RESULTS_TOTAL] as const,
      },
      { key: 'carriedForward', label: '四、结转下年度继续办理' },
    ],
    columns: APPLICANT_COLUMNS,
    // The official template's grid (SPEC A6): the third label column, with the long sub-item labels, is the widest.
    columnWidths: [754, 921, 3271, 685, 685, 685, 685, 685, 685, 685],
    totalCodes: { column: 'T3_ROW_TOTAL', row: 'T3_RESULTS_SUM' },
    balances: [
      {
        code: 'T3_BALANCE',
        left: [['newReceived'], ['carriedOver']],
        right: [['results', 'total'], ['carriedForward']],
        reportAt: ['carriedForward'],
      },
    ],
    carry: { code: 'CARRY_CONTINUITY', from: ['carriedForward'], to: ['carriedOver'] },
  } as const satisfies MatrixTableSpec;
}

const OUTCOME_COLUMNS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计', total: true },
] as const satisfies readonly AxisNode[];

/** Table 四, identical in both editions (SPEC B §6, §9.3). */
export const REVIEW_LITIGATION_TABLE = {
  kind: 'matrix',
  key: 'reviewLitigation',
  name: '表四',
  value: 'count',
  columns: [
    { key: 'review', label: '行政复议', children: OUTCOME_COLUMNS },
    {
      label: '行政诉讼',
      children: [
        { key: 'litigationDirect', label: '未经复议直接起诉', children: OUTCOME_COLUMNS },
        { key: 'litigationAfterReview', label: '复议后起诉', children: OUTCOME_COLUMNS },
      ],
    },
  ],
  totalCodes: { column: 'T4_GROUP_TOTAL' },
} as const satisfies MatrixTableSpec;

/** The six sections and their canonical headings (SPEC B §3.1, A6). */
export const SECTIONS = [
  {
    key: 'overview',
    number: '一',
    title: '总体情况',
    body: 'narrative',
    variants: ['总体概况', '基本情况'],
    placeholder: '（文字描述）',
  },
  {
    key: 'activeDisclosure',
    number: '二',
    title: '主动公开政府信息情况',
    body: 'table',
    variants: ['行政机关主动公开政府信息情况', '主动公开政府信息的情况'],
  },
  {
    key: 'requests',
    number: '三',
    title: '收到和处理政府信息公开申请情况',
    body: 'table',
    variants: ['行政机关收到和处理政府信息公开申请情况', '收到和处理政府信息公开申请的情况'],
  },
  {
    key: 'reviewLitigation',
    number: '四',
    title: '政府信息公开行政复议、行政诉讼情况',
    body: 'table',
    variants: [
      '政府信息公开行政复议和行政诉讼情况',
      '因政府信息公开工作被申请行政复议、提起行政诉讼情况',
      '政府信息公开行政复议、行政诉讼的情况',
    ],
  },
  {
    key: 'problems',
    number: '五',
    title: '存在的主要问题及改进情况',
    body: 'narrative',
    variants: [
      '政府信息公开工作存在的主要问题及改进情况',
      '存在问题及改进情况',
      '存在的主要问题和改进措施',
      '存在的主要问题和改进情况',
    ],
    placeholder: '（文字描述）',
  },
  {
    key: 'otherMatters',
    number: '六',
    title: '其他需要报告的事项',
    body: 'narrative',
    variants: ['其它需要报告事项', '其他需要报告事项', '其它需要报告的事项'],
    placeholder: '（文字描述，收取信息处理费情况在此处报告。）',
  },
] as const satisfies readonly SectionSpec[];

/** The five areas 一、总体情况 covers (SPEC B §3.2). */
export const OVERVIEW_TOPICS = [
  { title: '主动公开', variants: ['主动公开情况', '主动公开方面', '主动公开工作'] },
  { title: '依申请公开', variants: ['依申请公开情况', '依申请公开方面', '依申请公开工作'] },
  { title: '政府信息管理', variants: ['政府信息管理情况', '政府信息管理方面', '信息管理'] },
  {
    title: '政府信息公开平台建设',
    variants: ['政府信息公开平台建设情况', '平台建设', '政府信息公开平台建设方面', '公开平台建设'],
  },
  { title: '监督保障', variants: ['监督保障情况', '监督保障方面', '监督保障工作'] },
] as const satisfies readonly TopicSpec[];
