// Browser tests: the real API (in-process, real PostgreSQL) serving the built portal, driven in Chromium.
// Build the portal first: npx vite build -c apps/web/vite.config.mts
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'browser',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.browser.spec.ts'],
  testTimeout: 60000,
  maxWorkers: 1,
};
