/**
 * The README's API section against what the package exports: every export of every entry point
 * is named in the README, and every name in the API section's tables is exported.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTRIES } from '../../tsup.config.js';
import { projectPath } from '../helpers/reports.js';

const readme = readFileSync(projectPath('README.md'), 'utf8');
const apiSection = readme.slice(
  readme.indexOf('\n## API\n'),
  readme.indexOf('\n## ', readme.indexOf('\n## API\n') + 1),
);
const specifier = (entry: string) => (entry === 'index' ? 'zfxxgk' : `zfxxgk/${entry}`);

/** The names each entry point exports, values and types, as TypeScript sees them. */
function exportedNames(): Map<string, string[]> {
  const files = Object.values(ENTRIES).map((f) => projectPath(f));
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  return new Map(
    Object.entries(ENTRIES).map(([entry, file]) => {
      const module = checker.getSymbolAtLocation(program.getSourceFile(projectPath(file))!)!;
      return [specifier(entry), checker.getExportsOfModule(module).map((s) => s.name)];
    }),
  );
}

let exported: Map<string, string[]>;
beforeAll(() => {
  exported = exportedNames();
}, 60_000);

describe('the README API section', () => {
  it('names every export of every entry point', () => {
    const missing = [...exported].flatMap(([entry, names]) =>
      names.filter((n) => !readme.includes(`\`${n}\``)).map((n) => `${entry}: ${n}`),
    );
    expect(missing).toEqual([]);
  });

  it('lists in its tables only names the package exports', () => {
    const all = new Set([...exported.values()].flat());
    const tableRows = apiSection.split('\n').filter((line) => line.startsWith('|'));
    // The identifier each code span in a table starts with: `compareYears(current, previous)` → compareYears.
    const named = tableRows.flatMap((row) => [...row.matchAll(/`([A-Za-z_$][\w$]*)[^`]*`/g)].map((m) => m[1]!));
    const entryNames = new Set([...exported.keys()].map((e) => e.split('/').pop()!));
    expect(named.length).toBeGreaterThan(100);
    expect(named.filter((n) => !all.has(n) && !entryNames.has(n))).toEqual([]);
  });

  it('covers every entry point of package.json', () => {
    const pkg = JSON.parse(readFileSync(projectPath('package.json'), 'utf8'));
    const codeEntries = Object.keys(pkg.exports)
      .filter((k) => !k.endsWith('.json'))
      .map((k) => (k === '.' ? 'zfxxgk' : `zfxxgk/${k.slice(2)}`));
    expect(codeEntries.sort()).toEqual([...exported.keys()].sort());
    for (const entry of codeEntries) expect(apiSection).toContain(`| \`${entry}\` |`);
  });
});
