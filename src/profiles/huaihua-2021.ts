/**
 * 怀化 2021: the deadlines of 怀化市政务公开政务服务领导小组办公室's notice on the 2021 annual
 * reports, earlier than 《条例》第四十九条's — the city's own departments publish by 28 January,
 * the counties' reports (county governments, their departments, townships) by 20 February.
 * See docs/profiles.md.
 */
import { defineProfile } from './types.js';

/** The county-level units of 怀化 (from its administrative divisions), whose reports the counties gather. */
const COUNTIES = /鹤城|中方|沅陵|辰溪|溆浦|会同|麻阳|新晃|芷江|靖州|通道|洪江/u;

/** The 怀化 2021 profile. */
export const HUAIHUA_2021 = /* @__PURE__ */ defineProfile({
  id: 'huaihua-2021',
  name: '怀化市 2021 年度报告发布期限',
  sources: [
    {
      title: '怀化市政务公开政务服务领导小组办公室关于认真做好2021年政府信息公开工作年度报告编制发布工作的通知',
      url: 'http://www.chnzj.gov.cn/chnzj/c133076/202204/c7190af08a8e4fc49bf5450b10396b52.shtml',
    },
  ],
  years: { first: 2021, last: 2021 },
  codes: {},
  deadlines: [
    {
      date: '01-28',
      kinds: ['department'],
      agency: /^怀化市/u,
      notAgency: COUNTIES,
      rule: {
        zh: '怀化市直单位于1月28日前在市政府门户网站公布',
        en: 'the city’s own departments of 怀化 publish by 28 January',
      },
    },
    {
      date: '02-20',
      agency: COUNTIES,
      rule: {
        zh: '怀化各县市区汇总县直单位和乡镇（街道）年报，于2月20日前在县级政府门户网站公布',
        en: 'the counties of 怀化 publish their own, their departments’ and their townships’ reports by 20 February',
      },
    },
  ],
});
