/**
 * Browser tests (npm run test:web): the built web app in the system's Chromium against the real server on a
 * fresh database with the demo data. Same transform and database set-up as the API suite.
 */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  roots: ['<rootDir>/tests/browser'],
  testMatch: ['**/*.browser.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 60000,
};
