/** Jest runs TypeScript through swc; type-checking is `npm run typecheck`. */
const swcConfig = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // The browser tests run on their own (npm run test:web), after a build of the web app.
  testPathIgnorePatterns: ['/node_modules/', '/tests/browser/'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcConfig] },
  globalSetup: '<rootDir>/tests/setup/global-setup.ts',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
  setupFiles: ['<rootDir>/tests/setup/isolate-orm.ts'],
  testTimeout: 30000,
};
