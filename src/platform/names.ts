/**
 * Agency names as a platform compares them. The same unit is written several ways across a
 * province's reports (full-width letters, stray spaces, 人民政府 or 政府, 街道办事处 or 街道), so a
 * name is matched by a key made from it by the rules below, applied in order. The rules are data:
 * each says why it is safe, and a match that needed one names it.
 */

/** One rewriting of a name, applied to the whole name after the ones before it. */
export interface NameRule {
  /** Stable id, listed in a match that needed this rule. */
  readonly id: string;
  readonly pattern: RegExp;
  readonly replacement: string;
  /** Why two names that differ only here are the same unit. */
  readonly why: string;
  /** A pair of names this rule makes equal. */
  readonly example: readonly [string, string];
}

/**
 * The rules, in the order they apply. NFKC comes first (it is not a pattern; see
 * {@link nameKey}), so the rules see half-width forms: `（` is `(` and U+3000 is a space by then.
 */
export const NAME_RULES: readonly NameRule[] = [
  {
    id: 'spaces',
    pattern: /\s+/gu,
    replacement: '',
    why: 'Chinese names have no spaces; a space is left over from typesetting (名 称 spaced out in a table) or a copy.',
    example: ['工布江达县 人民政府', '工布江达县人民政府'],
  },
  {
    id: 'dots',
    pattern: /[·・•‧]/gu,
    replacement: '',
    why: 'The middle dot in 自治州 and minority names is typed as any of four look-alike characters, or left out.',
    example: ['伊犁哈萨克自治州·教育局', '伊犁哈萨克自治州教育局'],
  },
  {
    id: 'prc',
    pattern: /^中华人民共和国/u,
    replacement: '',
    why: 'A ministry’s full name starts with 中华人民共和国, which its own reports and rosters often leave out.',
    example: ['中华人民共和国教育部', '教育部'],
  },
  {
    id: 'people-government',
    pattern: /人民政府/gu,
    replacement: '政府',
    why: '人民政府 is the formal name of every government at every level; 政府 the everyday one, used in titles and lists.',
    example: ['某县人民政府办公室', '某县政府办公室'],
  },
  {
    id: 'subdistrict-office',
    pattern: /街道办事处/gu,
    replacement: '街道',
    why: 'A sub-district is named as its office (街道办事处) or as the sub-district (街道); there is one body behind both.',
    example: ['城关街道办事处', '城关街道'],
  },
  {
    id: 'government-of-region',
    pattern: /(省|市|县|区|旗|州|盟|乡|镇|苏木|街道)政府$/u,
    replacement: '$1',
    why: 'A region’s own report is filed under the region’s name alone (某县) as often as under its government; no other unit of a roster carries the bare name of a region.',
    example: ['某县政府', '某县'],
  },
];

/**
 * The key a name is matched by: NFKC (full-width letters, digits and brackets to half-width), then
 * every rule of {@link NAME_RULES}, with the ids of the rules that changed something.
 * @example nameKey('某县人民政府') // { key: '某县', rules: ['people-government', 'government-of-region'] }
 */
export function nameKey(name: string): { key: string; rules: string[] } {
  const rules: string[] = [];
  let key = name.normalize('NFKC');
  if (key !== name) rules.push('nfkc');
  for (const rule of NAME_RULES) {
    const next = key.replace(rule.pattern, rule.replacement);
    if (next !== key) rules.push(rule.id);
    key = next;
  }
  return { key, rules };
}
