import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HUAIHUA_2021, validate, WUWEI_2025, type Issue, type Profile } from '../../src/index.js';
import { BUILTIN_PROFILES } from '../../src/profiles/builtin.js';
import { deepFreeze, projectPath, seedReport } from '../helpers/reports.js';

/** The seed report moved to 2025: it passes the national checks (infos only). */
function report2025(): Record<string, any> {
  const seed = JSON.stringify(seedReport()).replaceAll('2023', '2025').replaceAll('2024', '2026');
  const report = JSON.parse(seed);
  delete report.title;
  return report;
}

/** A 2025 report that keeps every 武威 rule: a short opening, and counts in every part that needs them. */
function wuweiCompliant(): Record<string, any> {
  const report = report2025();
  report.overview[0] = '2025年，全县坚持公开为常态、不公开为例外，推进政务公开标准化规范化。';
  report.overview[4].paragraphs = ['以县政府门户网站为第一平台，开设政务公开专区3处，运维政务新媒体5个。'];
  return report;
}

const fromProfile = (issues: readonly Issue[], id: string) => issues.filter((i) => i.code.startsWith(`${id}/`));
const national = (report: unknown) => validate(report).issues.map((i) => i.code);

describe('validate with profiles', () => {
  it('adds nothing to a report that keeps the profile’s rules, and finds the seed’s 2025 version breaking them', () => {
    const report = wuweiCompliant();
    const result = validate(report, { profiles: [WUWEI_2025] });
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => i.code)).toEqual(national(report));
    const seed2025 = fromProfile(validate(report2025(), { profiles: [WUWEI_2025] }).issues, 'wuwei-2025');
    expect(seed2025.map((i) => i.code)).toEqual(['wuwei-2025/OVERVIEW_TOO_LONG', 'wuwei-2025/OVERVIEW_COUNTS_MISSING']);
  });

  it('reports exactly a 总体情况 over 1,000 characters, with its length', () => {
    const report = wuweiCompliant();
    report.overview.push(
      '为进一步提升政务公开质量，我县持续完善工作机制，压实各方责任，推动各项工作落地见效。'.repeat(4),
    );
    const result = validate(report, { profiles: [WUWEI_2025] });
    expect(result.ok).toBe(true);
    const [issue, ...rest] = fromProfile(result.issues, 'wuwei-2025');
    expect(rest).toEqual([]);
    expect({ ...issue }).toEqual({
      code: 'wuwei-2025/OVERVIEW_TOO_LONG',
      severity: 'warning',
      path: ['overview'],
      expected: 1000,
      actual: expect.any(Number),
      message: expect.stringContaining('不超过 1000 字'),
      params: { profile: 'wuwei-2025' },
    });
    expect(issue!.actual).toBeGreaterThan(1000);
    // The national checks are the same with and without the profile.
    expect(result.issues.filter((i) => !i.code.includes('/')).map((i) => i.code)).toEqual(national(report));
  });

  it('reports exactly a part of 总体情况 that states no counts, naming the part', () => {
    const report = wuweiCompliant();
    report.overview[4].paragraphs = ['以县政府门户网站为第一平台，加强政务新媒体运维。'];
    const issues = fromProfile(validate(report, { profiles: [WUWEI_2025] }).issues, 'wuwei-2025');
    expect(issues.map((i) => ({ code: i.code, path: i.path, params: i.params }))).toEqual([
      {
        code: 'wuwei-2025/OVERVIEW_COUNTS_MISSING',
        path: ['overview', 4],
        params: { topic: '政府信息公开平台建设', profile: 'wuwei-2025' },
      },
    ]);
  });

  it('words profile issues in English when asked', () => {
    const report = wuweiCompliant();
    report.overview[4].paragraphs = ['以县政府门户网站为第一平台。'];
    const [issue] = fromProfile(validate(report, { profiles: [WUWEI_2025], lang: 'en' }).issues, 'wuwei-2025');
    expect(issue!.message).toMatch(/states no counts/);
  });

  it('leaves reports of other years alone', () => {
    const report = seedReport(); // 2023, and far over 1,000 characters
    expect(fromProfile(validate(report, { profiles: [WUWEI_2025] }).issues, 'wuwei-2025')).toEqual([]);
    report.year = 2025;
    expect(fromProfile(validate(report, { profiles: [WUWEI_2025] }).issues, 'wuwei-2025')).not.toEqual([]);
  });

  it('reports a city department past 怀化’s earlier deadline, though within the statutory one', () => {
    const report = JSON.parse(JSON.stringify(seedReport()).replaceAll('2023', '2021').replaceAll('2024', '2022'));
    delete report.title;
    report.agency = '怀化市林业局';
    report.publishedAt = '2022-01-30';
    const result = validate(report, { profiles: [HUAIHUA_2021] });
    expect(result.issues.some((i) => i.code === 'LATE_PUBLICATION')).toBe(false);
    expect(fromProfile(result.issues, 'huaihua-2021').map((i) => ({ ...i }))).toEqual([
      {
        code: 'huaihua-2021/LATE_PUBLICATION',
        severity: 'warning',
        path: ['publishedAt'],
        expected: '2022-01-28',
        actual: '2022-01-30',
        message: '成文日期 2022-01-30 晚于地方规定的期限 2022-01-28（怀化市直单位于1月28日前在市政府门户网站公布）',
        params: {
          rule: '怀化市直单位于1月28日前在市政府门户网站公布',
          ruleEn: 'the city’s own departments of 怀化 publish by 28 January',
          profile: 'huaihua-2021',
        },
      },
    ]);
    const county = { ...report, agency: '怀化市鹤城区人民政府', publishedAt: '2022-02-25' };
    expect(fromProfile(validate(county, { profiles: [HUAIHUA_2021] }).issues, 'huaihua-2021')).toMatchObject([
      { code: 'huaihua-2021/LATE_PUBLICATION', expected: '2022-02-20' },
    ]);
    const onTime = { ...report, publishedAt: '2022-01-28' };
    expect(fromProfile(validate(onTime, { profiles: [HUAIHUA_2021] }).issues, 'huaihua-2021')).toEqual([]);
  });

  it('reports a profile that throws as an issue and runs the others', () => {
    const throwing: Profile = {
      id: 'broken-city',
      name: '出错的规则',
      sources: [],
      codes: {},
      check() {
        throw new Error('boom');
      },
    };
    const report = wuweiCompliant();
    report.overview[4].paragraphs = ['以县政府门户网站为第一平台。'];
    const result = validate(report, { profiles: [throwing, WUWEI_2025] });
    expect(result.ok).toBe(true);
    const failed = result.issues.filter((i) => i.code === 'PROFILE_FAILED');
    expect(failed.map((i) => ({ ...i }))).toEqual([
      {
        code: 'PROFILE_FAILED',
        severity: 'warning',
        path: [],
        params: { profile: 'broken-city', detail: 'boom' },
        message: '地方规则“broken-city”出错，其检查未完成：boom',
      },
    ]);
    expect(fromProfile(result.issues, 'wuwei-2025')).toHaveLength(1);
  });

  it('reports a profile that returns a code it does not define, or is no profile at all', () => {
    const stray: Profile = { id: 'stray', name: '', sources: [], codes: {}, check: () => [{ code: 'NOPE', path: [] }] };
    const notOne = { id: 'Not A Profile' } as unknown as Profile;
    const issues = validate(wuweiCompliant(), { profiles: [stray, notOne] }).issues.filter(
      (i) => i.code === 'PROFILE_FAILED',
    );
    expect(issues.map((i) => i.params)).toEqual([
      { profile: 'stray', detail: 'a check returned the code "NOPE", which is not in its table of codes' },
      { profile: 'Not A Profile', detail: 'not a profile: id "Not A Profile" is not of the form wuwei-2025' },
    ]);
  });

  it('does not run profiles over a report with national errors, and says so', () => {
    const report = wuweiCompliant();
    report.requests.results.granted.naturalPerson += 1;
    const result = validate(report, { profiles: [WUWEI_2025] });
    expect(result.ok).toBe(false);
    expect(result.issues.filter((i) => i.code.startsWith('PROFILE_'))).toMatchObject([
      { code: 'PROFILE_NOT_RUN', severity: 'info', params: { profile: 'wuwei-2025' } },
    ]);
  });

  it('does not change its input', () => {
    const report = deepFreeze(report2025());
    const issues = validate(report, { profiles: [WUWEI_2025, HUAIHUA_2021] }).issues;
    expect(fromProfile(issues, 'wuwei-2025')).toHaveLength(2);
  });

  it('runs the example profile for platforms, loaded by path', async () => {
    const module = await import(pathToFileURL(projectPath('examples/profile/example-city-2025.js')).href);
    const report = wuweiCompliant();
    report.agencyKind = 'department';
    report.publishedAt = '2026-01-28';
    report.preamble = [report.preamble[0]]; // without the paragraph that gives the telephone number
    const issues = fromProfile(validate(report, { profiles: [module.profile] }).issues, 'example-city-2025');
    expect(issues.map((i) => i.code)).toEqual([
      'example-city-2025/LATE_PUBLICATION',
      'example-city-2025/CONTACT_MISSING',
    ]);
    const kept = { ...report, preamble: seedReport().preamble, publishedAt: '2026-01-25' };
    expect(fromProfile(validate(kept, { profiles: [module.profile] }).issues, 'example-city-2025')).toEqual([]);
  });
});

describe('the shipped profiles', () => {
  it('are listed under their own ids', () => {
    for (const [key, profile] of Object.entries(BUILTIN_PROFILES)) expect(profile.id).toBe(key);
  });
});
