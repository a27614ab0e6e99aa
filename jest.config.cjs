// Unit tests: the pure domain libraries and the API's unit specs (no database, no network).
module.exports = {
  projects: ['<rootDir>/libs/domain/*/jest.config.cjs', '<rootDir>/apps/api/jest.config.cjs'],
};
