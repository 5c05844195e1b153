/**
 * Copy detection over 5,000 generated reports (bench/generate.ts: valid tables), their narratives
 * drawn from a made-up corpus (tests/helpers/corpus.ts): the sentences most reports share, each
 * agency's own prose, and planted copies — paragraphs one agency takes from another, its name put
 * in, figures changed and a few characters edited; some copied by two agencies. Prints the time
 * and the recall and precision on the planted pairs. Goal: every planted pair found, no pair that
 * shares only boilerplate, under a minute on this 2-core machine.
 */
import { findCopies } from '../src/index.js';
import { BOILERPLATE_SENTENCES, proseWriter, vocabulary } from '../tests/helpers/corpus.js';
import { generateReport, prng } from './generate.js';

const N = Number(process.env.COPIES_N ?? 5000);
const PLANTED = Math.round(N / 50); // 100 copying agencies in 5,000
const random = prng(2026);
const words = vocabulary(3000);
const CHARS = words.join('');

// ——— agencies ———
const PLACES = '东西南北中上下新老大小安平和丰永长兴宁远清河山川江湖城乡田林岭峰溪源泉港湾桥关';
const KINDS = [
  '县人民政府',
  '区人民政府',
  '县财政局',
  '县教育局',
  '县民政局',
  '区住房和城乡建设局',
  '镇人民政府',
  '街道办事处',
];
const agencies: string[] = [];
const places: string[] = [];
{
  const seen = new Set<string>();
  while (agencies.length < N) {
    const place =
      PLACES[Math.floor(random() * PLACES.length)]! +
      PLACES[Math.floor(random() * PLACES.length)]! +
      PLACES[Math.floor(random() * PLACES.length)]!;
    const name = `${place}${KINDS[Math.floor(random() * KINDS.length)]}`;
    if (seen.has(name)) continue;
    seen.add(name);
    agencies.push(name);
    places.push(place);
  }
}

// ——— boilerplate: each agency carries most shared sentences, some in a reworded variant ———
const variant = (s: string) => (random() < 0.3 ? s.replace(/，[^，。]*，/, '，') : s);
const someBoilerplate = (from: number, to: number) =>
  BOILERPLATE_SENTENCES.slice(from, to)
    .filter(() => random() < 0.75)
    .map(variant)
    .join('');

/** Own prose naming the agency's place now and then, as real text does. */
function ownParagraph(write: (n: number) => string, place: string, length: number): string {
  const text = write(length);
  const cut = Math.floor(text.length / 3);
  return `${text.slice(0, cut)}${place}${text.slice(cut)}`;
}

const write = Array.from({ length: N }, (_, i) => proseWriter(words, 10_000 + i));
const reports = agencies.map((agency, i) => {
  const report = generateReport(i, agency);
  const w = write[i]!;
  const p = places[i]!;
  report.preamble = [someBoilerplate(0, 3) || BOILERPLATE_SENTENCES[0]!];
  report.overview = [
    `${someBoilerplate(4, 6)}${ownParagraph(w, p, 60)}`,
    ...['主动公开情况', '依申请公开情况', '政府信息管理情况', '政府信息公开平台建设情况', '监督保障情况'].map(
      (heading) => ({
        heading,
        paragraphs: [
          random() < 0.4
            ? `${BOILERPLATE_SENTENCES[6]}${ownParagraph(w, p, 80)}`
            : ownParagraph(w, p, 120 + random() * 160),
        ],
      }),
    ),
  ];
  report.problems = [`${ownParagraph(w, p, 150)}${someBoilerplate(7, 8)}`];
  report.otherMatters = [BOILERPLATE_SENTENCES[3]!];
  return report;
});

// ——— planted copies ———
/** Every narrative paragraph of a report, as [container, index] to read and write it. */
function slots(report: any): [string[], number][] {
  const out: [string[], number][] = [];
  report.overview.forEach((b: any) => typeof b === 'object' && out.push([b.paragraphs, 0]));
  out.push([report.problems, 0]);
  return out;
}
/** A copier's light edits: the names put in, figures changed, about 3% of the characters replaced. */
function disguise(text: string, fromPlace: string, toPlace: string): string {
  let out = text
    .split(fromPlace)
    .join(toPlace)
    .replace(/\d+/g, () => String(Math.floor(random() * 900)));
  const chars = [...out];
  for (let k = 0; k < chars.length * 0.03; k++)
    chars[Math.floor(random() * chars.length)] = CHARS[Math.floor(random() * CHARS.length)]!;
  out = chars.join('');
  return random() < 0.3 ? out.slice(0, Math.floor(out.length * 0.75)) : out;
}
/** Who holds a version of each planted paragraph: its origin id → report indexes. */
const holders = new Map<string, Set<number>>();
const used = new Set<number>();
const pick = () => {
  for (;;) {
    const i = Math.floor(random() * N);
    if (!used.has(i)) {
      used.add(i);
      return i;
    }
  }
};
for (let k = 0; k < PLANTED; k++) {
  const source = pick();
  const copiers = random() < 0.2 ? [pick(), pick()] : [pick()];
  const from = slots(reports[source]);
  const howMany = 1 + Math.floor(random() * 3);
  // Distinct paragraphs, each copied into the same place of the copier's report (so none overwrites another).
  const chosen = new Set<number>();
  while (chosen.size < howMany) chosen.add(Math.floor(random() * from.length));
  for (const s of chosen) {
    const [container, index] = from[s]!;
    const origin = `${source}:${s}`;
    if (!holders.has(origin)) holders.set(origin, new Set([source]));
    for (const copier of copiers) {
      const to = slots(reports[copier]);
      const [target, at] = to[s]!;
      target[at] = disguise(container[index]!, places[source]!, places[copier]!);
      holders.get(origin)!.add(copier);
    }
  }
}
const truth = new Set<string>();
const key = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);
for (const set of holders.values()) {
  const list = [...set];
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) truth.add(key(list[i]!, list[j]!));
}

// ——— run ———
const inputs = reports.map((report, i) => ({ id: `r${i}.json`, report }));
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const result = findCopies(inputs);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;

const found = new Set(result.pairs.map((p) => key(p.a.index, p.b.index)));
const hits = [...found].filter((k) => truth.has(k)).length;
const falsePairs = result.pairs.filter((p) => !truth.has(key(p.a.index, p.b.index)));
const missed = [...truth].filter((k) => !found.has(k));
console.log(`copy detection: ${N} generated reports, ${truth.size} planted pairs, Node ${process.version}`);
console.log(
  `  time ${seconds.toFixed(1)} s (goal < 60 s; CPU ${cpuSeconds.toFixed(1)} s: the rest is waiting for a core on a shared machine); ${result.stats.paragraphs} paragraphs, ${result.stats.compared} compared beyond boilerplate, ${result.stats.candidates} candidate pairs verified`,
);
console.log(
  `  boilerplate: shingles carried by ≥ ${result.boilerplate.threshold} of ${result.boilerplate.agencies} agencies (${result.boilerplate.commonShingles} shingles)`,
);
console.log(
  `  recall ${(hits / truth.size).toFixed(3)} (${hits}/${truth.size}), precision ${(found.size ? hits / found.size : 1).toFixed(3)} (${falsePairs.length} pairs reported that were not planted)`,
);
for (const k of missed.slice(0, 5)) console.log(`  missed ${k}`);
for (const p of falsePairs.slice(0, 5))
  console.log(`  not planted: ${p.a.agency} · ${p.b.agency} ${p.share} ${p.paragraph.text.slice(0, 40)}`);
const goal = missed.length === 0 && falsePairs.length === 0 && seconds < 60;
console.log(`  goal (all planted found, none else, < 60 s): ${goal ? 'met' : 'not met'}`);
