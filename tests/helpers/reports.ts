/** Real reports for tests (never made-up stand-ins): fresh copies each call. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of a file in the project. */
export function projectPath(relative: string): string {
  return root + relative;
}

/** 工布江达县人民政府 2023 (examples/gongbujiangda-2023.json), as a mutable copy. */
export function seedReport(): Record<string, any> {
  return JSON.parse(readFileSync(projectPath('examples/gongbujiangda-2023.json'), 'utf8'));
}

/** 淮安市人民政府 2024: the published tables (narrative placeholders), as a mutable copy. */
export function huaianReport(): Record<string, any> {
  return JSON.parse(readFileSync(projectPath('tests/fixtures/huaian-city-2024.tables.json'), 'utf8'));
}

/** Recursively freezes a value, so a test fails if anything writes to it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Issues reduced to what tests compare (the message is checked separately where it matters). */
export function essentials(
  issues: readonly { code: string; path: readonly unknown[]; expected?: unknown; actual?: unknown; severity: string }[],
) {
  return issues.map(({ code, path, expected, actual, severity }) => ({ code, severity, path, expected, actual }));
}
