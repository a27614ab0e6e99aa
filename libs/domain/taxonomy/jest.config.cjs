module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'taxonomy',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
