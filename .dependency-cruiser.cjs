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
    {
      name: 'only-the-cli-installs-packages',
      comment:
        'src/node/fetch-optional.ts installs the PDF driver at run time: the CLI render and batch commands may ' +
        '(through src/cli/formats.ts); the SDK and the service must not.',
      severity: 'error',
      from: { pathNot: '^src/(cli/formats\\.ts|node/fetch-optional\\.ts)$' },
      to: { path: '^src/node/fetch-optional\\.ts$' },
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
