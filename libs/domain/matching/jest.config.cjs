module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'matching',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
