/**
 * Deterministic made-up Chinese narrative for copy detection tests and the bench: words drawn from
 * a vocabulary by a Zipf-like law (so common words recur across reports, as in real ones), and the
 * sentences many real reports share (boilerplate) to mix in.
 */
import { prng } from '../../bench/generate.js';

/** Characters words are made of (common characters of government prose). */
const CHARS =
  '政府信息公开工作年度报告主动依申请管理平台建设监督保障情况本单位全面推进深化落实规范制度机制完善加强提升质量服务群众社会关切回应解读政策文件发布网站新媒体栏目专区目录指南审查保密培训考核通报整改问题措施重点领域教育医疗就业养老资源配置财政预算决算采购项目乡村振兴营商环境优化流程办理答复时限标准化便民热线咨询意见建议征集座谈调研督查检查通知要求精神部署统筹协调推动开展组织实施持续不断进一步有效及时准确全面系统规范';

/** A vocabulary of `size` words of two to four characters, fixed by `seed`. */
export function vocabulary(size: number, seed = 1): string[] {
  const random = prng(seed);
  const words = new Set<string>();
  while (words.size < size) {
    const n = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += CHARS[Math.floor(random() * CHARS.length)];
    words.add(w);
  }
  return [...words];
}

/** Makes paragraphs of made-up prose from a vocabulary; each call to the returned function gives a new one. */
export function proseWriter(words: readonly string[], seed: number): (length: number) => string {
  const random = prng(seed);
  return (length) => {
    let text = '';
    while (text.length < length) {
      // Zipf-like: low ranks far more often.
      const rank = Math.floor(words.length ** random()) - 1;
      text += words[rank]!;
      const r = random();
      if (r < 0.08) text += '，';
      else if (r < 0.11) text += `${Math.floor(random() * 500)}条`;
      else if (r < 0.13) text += '。';
    }
    return `${text}。`;
  };
}

/** Sentences most reports carry in some form: the opening, the fee sentence, phrases of the work points. */
export const BOILERPLATE_SENTENCES = [
  '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》要求，编制本报告。',
  '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六部分组成。',
  '报告中所列数据统计期限为2025年1月1日至12月31日。',
  '本年度未收取信息处理费。',
  '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届历次全会精神，认真落实党中央、国务院关于政务公开工作的决策部署。',
  '坚持以公开为常态、不公开为例外，推进行政决策、执行、管理、服务和结果公开，保障人民群众知情权、参与权、表达权、监督权。',
  '严格落实信息发布三审制度，加强拟公开信息保密审查，确保公开信息准确规范。',
  '下一步，将持续加强政务公开队伍建设，加大业务培训力度，不断提升政府信息公开工作水平。',
];
