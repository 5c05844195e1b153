/**
 * The words the workbook itself shows besides the format's labels: the messages of its data
 * validation and the name of a draft's problems sheet. Chinese only, as the official table is.
 */
export const SHEET_WORDS = {
  errorTitle: '数值不符合要求',
  count: '请填写不小于 0 的整数（件数）。',
  signedCount: '请填写整数。',
  amount: '请填写不小于 0 的数（单位：万元，可有小数）。',
  year: (first: number) => `请填写 ${first} 年或以后的年份。`,
  problemsSheet: '问题',
} as const;
