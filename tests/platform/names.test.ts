import { describe, expect, it } from 'vitest';
import { NAME_RULES, nameKey } from '../../src/index.js';

describe('nameKey', () => {
  it('makes the two names of every rule’s example equal', () => {
    for (const rule of NAME_RULES) {
      const [a, b] = rule.example;
      expect(nameKey(a).key, rule.id).toBe(nameKey(b).key);
      expect([...nameKey(a).rules, ...nameKey(b).rules], rule.id).toContain(rule.id);
    }
  });

  it('reads full-width letters, digits and brackets as half-width, and says so', () => {
    expect(nameKey('ＸＸ市第２中学（分校）')).toEqual({ key: 'XX市第2中学(分校)', rules: ['nfkc'] });
  });

  it('ignores spaces, the ideographic space too, and 人民政府 against 政府', () => {
    const keys = ['工布江达县人民政府', '工布江达县 人民政府', '工布江达县\u3000政府', '工布江达县政府', '工布江达县'];
    expect(new Set(keys.map((k) => nameKey(k).key))).toEqual(new Set(['工布江达县']));
  });

  it('keeps apart units that differ in more than a variant', () => {
    expect(nameKey('工布江达县人民政府办公室').key).not.toBe(nameKey('工布江达县人民政府').key);
    expect(nameKey('某市教育局').key).not.toBe(nameKey('某县教育局').key);
    expect(nameKey('某县人民政府办公室').key).toBe('某县政府办公室');
  });

  it('leaves a name with nothing to change as it is, with no rule', () => {
    expect(nameKey('某县教育局')).toEqual({ key: '某县教育局', rules: [] });
  });
});
