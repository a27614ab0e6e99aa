module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'api-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/../setup/global-setup.ts',
  globalTeardown: '<rootDir>/../setup/global-teardown.ts',
  testTimeout: 30_000,
};
