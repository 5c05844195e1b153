/**
 * Splitting a long title into balanced lines (GB/T 9704 §7.3.3: keep words whole, lines symmetric,
 * arranged as a trapezoid or diamond).
 */

/** Width in em: CJK and full-width characters 1, ASCII and half-width digits ½. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return width;
}

/** Where a title may break without splitting a word: before these phrases, after a year. */
const BREAK_BEFORE = ['政府信息公开工作年度报告', '政府信息公开', '工作年度报告', '年度报告'];

/**
 * The title as one or more lines of at most `capacity` em, breaking at a phrase boundary so the
 * lines are as even as possible.
 * @example titleLines('工布江达县人民政府2023年政府信息公开工作年度报告') // ['工布江达县人民政府2023年', '政府信息公开工作年度报告']
 */
export function titleLines(title: string, capacity = 20, agency?: string): string[] {
  if (textWidth(title) <= capacity) return [title];
  const breaks = new Set<number>();
  for (const phrase of BREAK_BEFORE) {
    const at = title.indexOf(phrase);
    if (at > 0) breaks.add(at);
  }
  for (const m of title.matchAll(/\d{4}\s*年(度)?/g)) breaks.add(m.index! + m[0].length);
  if (agency && title.startsWith(agency)) breaks.add(agency.length);
  let best: { at: number; score: number } | undefined;
  for (const at of breaks) {
    const a = textWidth(title.slice(0, at));
    const b = textWidth(title.slice(at));
    if (a > capacity || b > capacity) continue;
    const score = Math.abs(a - b);
    if (!best || score < best.score) best = { at, score };
  }
  if (best) return [title.slice(0, best.at), title.slice(best.at)];
  // No phrase boundary fits: break into even runs of characters, never inside a run of ASCII.
  const lines = Math.ceil(textWidth(title) / capacity);
  const target = textWidth(title) / lines;
  const out: string[] = [];
  let line = '';
  const chars = [...title];
  for (let i = 0; i < chars.length; i++) {
    line += chars[i];
    const next = chars[i + 1];
    const inWord = next !== undefined && /[\w.]/.test(chars[i]!) && /[\w.]/.test(next);
    if (out.length < lines - 1 && textWidth(line) >= target && !inWord) {
      out.push(line);
      line = '';
    }
  }
  if (line) out.push(line);
  return out;
}
