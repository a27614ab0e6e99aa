module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'domain-core',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
