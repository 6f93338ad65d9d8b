import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.data/',
      'coverage/',
      'tests/generated/',
      'web/dist/',
      'web/src/generated/',
      'migrations/Migration*.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // Boundaries: another feature only through its index.ts ('../places', never '../places/place.entity').
    // shared/ is a toolkit, not a feature. The full rules (order, cycles) are in .dependency-cruiser.cjs.
    files: ['src/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(?!shared/|db/)[^./][^/]*/',
              message: "Import another feature only through its index.ts, e.g. '../places'.",
            },
          ],
        },
      ],
    },
  },
  {
    // Top-level files (server, context, schema) use features through their index.ts; only src/modules.ts
    // imports <feature>.module.ts files.
    files: ['src/*.ts'],
    ignores: ['src/modules.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\./(?!shared/|http/|web/|db/|demo/)[^/]+/',
              message: "Import a feature only through its index.ts, e.g. './auth'.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly', process: 'readonly' },
    },
    // Plain CommonJS scripts (tests/setup/run-ts.js) load modules with require.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Node scripts (the fast build): ES modules with Node's globals.
    files: ['scripts/**/*.mjs'],
    languageOptions: {
      sourceType: 'module',
      globals: { process: 'readonly', console: 'readonly', performance: 'readonly', URL: 'readonly' },
    },
  },
  {
    files: ['**/*.cli.ts', 'bench/**', 'tests/setup/**', '**/*.mjs', '**/*.cjs'],
    rules: { 'no-console': 'off' },
  },
);
