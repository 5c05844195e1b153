/**
 * 武威 2025: the rules of 武威市人民政府办公室's notice on the 2025 annual reports
 * (武政办发〔2025〕54号) that can be read from a report — 总体情况 at most 1,000 characters, and
 * counts stated in its parts on 主动公开, 政府信息管理 and 政府信息公开平台建设. See docs/profiles.md.
 */
import { namesTopic, normalizeHeading } from '../checks/narrative.js';
import { blockTexts } from '../util/blocks.js';
import type { TopicSpec } from '../format/spec-types.js';
import type { Report } from '../model/types.js';
import { defineProfile, type ProfileDraft } from './types.js';

/** 篇幅原则上不超过一千字. */
const MAX_OVERVIEW_CHARACTERS = 1000;

/** The parts of 总体情况 the notice says must give counts, by their titles in the format's topics. */
const COUNTED_TOPICS = ['主动公开', '政府信息管理', '政府信息公开平台建设'];

/** A figure with its measure word: `发布信息118条`, `专区1处`, `1,200 篇`. */
const STATED_COUNT = /[0-9０-９][0-9０-９,，.]*\s*(条|件|个|篇|期|次|家|处|份|项|场|部|人|批|万|余|多)/u;

const characters = (text: string) => text.replace(/\s+/g, '').length;

/** The topic a sub-heading names, matched by the national OVERVIEW_TOPICS check's own rule. */
function topicOf(heading: string, topics: readonly TopicSpec[]): TopicSpec | undefined {
  const bare = normalizeHeading(heading);
  return topics.find((t) => namesTopic(bare, t));
}

/** The 武威 2025 profile. */
export const WUWEI_2025 = /* @__PURE__ */ defineProfile({
  id: 'wuwei-2025',
  name: '武威市 2025 年度报告编制要求',
  sources: [
    {
      title: '武威市人民政府办公室关于做好2025年政府信息公开工作年度报告编制和发布工作的通知',
      url: 'https://www.gswuwei.gov.cn/art/2025/12/19/art_76_1558865.html',
      number: '武政办发〔2025〕54号',
      date: '2025-12-19',
    },
  ],
  years: { first: 2025, last: 2025 },
  codes: {
    OVERVIEW_TOO_LONG: {
      severity: 'warning',
      zh: '总体情况超过一千字',
      en: '总体情况 is longer than 1,000 characters',
      message: {
        zh: (c) => `${c.label}共 ${c.actual} 字，武威市要求篇幅原则上不超过 ${c.expected} 字（武政办发〔2025〕54号）`,
        en: (c) =>
          `${c.label} has ${c.actual} characters; 武威 asks for at most ${c.expected} as a rule (武政办发〔2025〕54号)`,
      },
    },
    OVERVIEW_COUNTS_MISSING: {
      severity: 'warning',
      zh: '总体情况的一部分没有写明数量',
      en: 'A part of 总体情况 states no counts',
      message: {
        zh: (c) =>
          `${c.label}（${c.params?.['topic']}）没有写明数量；武威市要求写明发布信息、文件、平台等的数量（武政办发〔2025〕54号）`,
        en: (c) =>
          `${c.label} (${c.params?.['topic']}) states no counts; 武威 asks for the numbers of items published, documents and platforms (武政办发〔2025〕54号)`,
      },
    },
  },
  check(report: Report, { edition }) {
    const drafts: ProfileDraft[] = [];
    const overview = report.overview;
    let length = 0;
    for (const piece of blockTexts(overview)) length += characters(piece.text);
    if (length > MAX_OVERVIEW_CHARACTERS)
      drafts.push({ code: 'OVERVIEW_TOO_LONG', path: ['overview'], expected: MAX_OVERVIEW_CHARACTERS, actual: length });
    const topics = (edition.spec.topics['overview'] ?? []).filter((t) => COUNTED_TOPICS.includes(t.title));
    overview.forEach((block, index) => {
      if (typeof block === 'string') return;
      const topic = topicOf(block.heading, topics);
      if (!topic) return;
      const text = [block.heading, ...block.paragraphs].join('');
      if (!STATED_COUNT.test(text))
        drafts.push({ code: 'OVERVIEW_COUNTS_MISSING', path: ['overview', index], params: { topic: topic.title } });
    });
    return drafts;
  },
});
