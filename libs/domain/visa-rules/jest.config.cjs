module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'visa-rules',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
