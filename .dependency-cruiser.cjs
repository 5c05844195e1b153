/**
 * Dependency rules for src/, checked by scripts/test.sh before the tests (STYLE.md: no cycles
 * between folders; generic helpers in one folder that imports nothing of ours).
 * Run by hand: npx depcruise src --config .dependency-cruiser.cjs
 */
module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycles',
      comment:
        'Folders of src/ depend on each other in one direction only (format ← issues ← model ← checks …). ' +
        'A folder and its own subfolders (cli and cli/commands) count as one.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src' },
      to: { circular: true },
    },
    {
      name: 'util-imports-nothing-of-ours',
      comment: 'src/util holds generic helpers: it may use its own files and packages, nothing else in src/.',
      severity: 'error',
      from: { path: '^src/util/' },
      to: { path: '^src/', pathNot: '^src/util/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a cycle of types is still a cycle between folders.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
