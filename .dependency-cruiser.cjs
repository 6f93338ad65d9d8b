/**
 * Import boundaries of src/, checked in CI (`npm run -s deps:check`, part of .ci/run):
 * - no import cycles, type-only imports included;
 * - features in one order (the same as in src/modules.ts): a feature imports only features before it;
 * - another feature only through its index.ts; <feature>.module.ts only from src/modules.ts;
 * - shared/ imports no feature.
 */
const FEATURES = [
  'auth',
  'audit',
  'municipalities',
  'organisations',
  'places',
  'workshops',
  'participants',
  'enrolments',
  'scheduling',
  'attendance',
  'funding',
  'training-fund',
  'skills',
  'cooperatives',
  'outcomes',
  'accounts',
  'privacy',
  'nodes',
  'reports',
];

/** cooperatives stands beside places..funding: it uses neither side, and they may not use it. */
const BESIDE = {
  cooperatives: ['places', 'workshops', 'participants', 'enrolments', 'scheduling', 'attendance', 'funding'],
};

const order = FEATURES.map((feature, index) => {
  const later = [...FEATURES.slice(index + 1), ...(BESIDE[feature] ?? [])];
  for (const [other, peers] of Object.entries(BESIDE)) if (peers.includes(feature)) later.push(other);
  return {
    name: `order-${feature}`,
    severity: 'error',
    comment: `${feature} may import only features before it (src/modules.ts).`,
    from: { path: `^src/${feature}/` },
    to: { path: `^src/(${[...new Set(later)].join('|')})/` },
  };
}).filter((rule) => !rule.to.path.includes('()'));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Features form a one-way graph (see src/modules.ts); a cycle means two files know each other.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'feature-through-index',
      severity: 'error',
      comment: "Another feature is reached only through its index.ts, e.g. '../places'.",
      from: { path: '^src/([^/]+)/' },
      to: {
        path: `^src/(${FEATURES.join('|')})/`,
        pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'top-level-through-index',
      severity: 'error',
      comment: 'Top-level files use a feature through its index.ts; module files only from src/modules.ts.',
      from: { path: '^src/[^/]+\\.ts$', pathNot: '^src/modules\\.ts$' },
      to: { path: `^src/(${FEATURES.join('|')})/`, pathNot: '^src/[^/]+/index\\.ts$' },
    },
    {
      name: 'module-files-from-modules-only',
      severity: 'error',
      comment: '<feature>.module.ts is imported only by src/modules.ts.',
      from: { pathNot: '^src/modules\\.ts$' },
      to: { path: '\\.module\\.ts$' },
    },
    {
      name: 'shared-imports-no-feature',
      severity: 'error',
      comment: 'shared/ is the base every feature stands on.',
      from: { path: '^src/shared/' },
      to: { path: `^src/(?!shared/)[^/]+/` },
    },
    ...order,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
