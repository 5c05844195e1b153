/** Adding decimal amounts (the fee in 万元) without binary floating-point drift. */

function decimals(n: number): number {
  const text = String(n);
  if (/e/i.test(text)) {
    const [mantissa, exponent] = text.toLowerCase().split('e') as [string, string];
    const frac = (mantissa.split('.')[1] ?? '').length;
    return Math.max(0, frac - Number(exponent));
  }
  return (text.split('.')[1] ?? '').length;
}

/**
 * Sums numbers exactly as decimals (0.1 + 0.2 = 0.3), as long as the scaled values stay within
 * the safe integer range; beyond it, falls back to a plain sum.
 * @example sumDecimals([96171.6, 24252.311082]) // 120423.911082
 */
export function sumDecimals(values: readonly number[]): number {
  const places = Math.min(15, Math.max(0, ...values.map(decimals)));
  const scale = 10 ** places;
  let total = 0;
  for (const v of values) {
    const scaled = Math.round(v * scale);
    if (!Number.isSafeInteger(scaled) || !Number.isSafeInteger(total + scaled))
      return values.reduce((a, b) => a + b, 0);
    total += scaled;
  }
  return Number((total / scale).toFixed(places));
}

/**
 * A number in plain decimal notation, never with an exponent: the shortest digits that read back
 * as the same number (as `String(n)` gives them), with the point moved. A fee of 1e-7 万元 is
 * printed `0.0000001`, and 1e21 as `1000000000000000000000`.
 * @example plainDecimal(1e-7) === '0.0000001'
 * @example plainDecimal(24252.311082) === '24252.311082'
 */
export function plainDecimal(n: number): string {
  const text = String(n);
  const e = text.indexOf('e');
  if (e === -1) return text; // also NaN and Infinity, which are not decimals
  const sign = text.startsWith('-') ? '-' : '';
  const mantissa = text.slice(sign.length, e);
  const exponent = Number(text.slice(e + 1));
  const digits = mantissa.replace('.', '');
  // Where the point goes, counted in digits from the left.
  const point = (mantissa.indexOf('.') === -1 ? mantissa.length : mantissa.indexOf('.')) + exponent;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
