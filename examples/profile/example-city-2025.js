// An example local rule profile for a platform to copy: plain JavaScript, no import needed (a
// profile is a value). Load it with `zfxxgk validate report.json --profile ./example-city-2025.js`
// or `validate(report, { profiles: [profile] })`. The rules below are made up for the example — a
// real profile cites the notice it takes its rules from (see docs/profiles.md).

/** @type {import('zfxxgk').Profile} */
export const profile = {
  id: 'example-city-2025',
  name: '示例市 2025 年度报告要求（示例）',
  sources: [
    {
      title: '（示例）某市关于做好2025年政府信息公开工作年度报告编制发布工作的通知',
      url: 'https://example.org/notice',
    },
  ],
  years: { first: 2025, last: 2025 },
  // The profile's own codes: severity, meaning, and the message in each language, made from the
  // issue's values (`c.label` names the path by the format's labels).
  codes: {
    CONTACT_MISSING: {
      severity: 'warning',
      zh: '开头段落没有联系电话',
      en: 'The opening paragraphs give no telephone number',
      message: {
        zh: (c) => `${c.label}没有写明联系电话；本市要求写明对报告有疑问时的联系方式`,
        en: (c) => `${c.label} gives no telephone number; this city asks for a contact for questions about the report`,
      },
    },
  },
  // Departments publish by 25 January, a week before the statutory 31 January. The runner reports a
  // report dated later as `example-city-2025/LATE_PUBLICATION`.
  deadlines: [
    {
      date: '01-25',
      kinds: ['department'],
      rule: { zh: '本市政府部门于1月25日前公布', en: 'departments of this city publish by 25 January' },
    },
  ],
  // The checks: a report that passed the national checks in, drafts under the profile's own codes out.
  check(report) {
    const text = (report.preamble ?? []).map((b) => (typeof b === 'string' ? b : b.paragraphs.join(''))).join('');
    return /电话|\d{3,4}-\d{7,8}/.test(text) ? [] : [{ code: 'CONTACT_MISSING', path: ['preamble'] }];
  },
};
