module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'marketplace',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
