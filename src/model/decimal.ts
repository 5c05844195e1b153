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
    if (!Number.isSafeInteger(scaled) || !Number.isSafeInteger(total + scaled)) return values.reduce((a, b) => a + b, 0);
    total += scaled;
  }
  return Number((total / scale).toFixed(places));
}
