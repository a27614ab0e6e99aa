// Unit tests: the pure domain libraries, the API's unit specs and the portal's checks (no database, no browser).
module.exports = {
  projects: ['<rootDir>/libs/domain/*/jest.config.cjs', '<rootDir>/apps/api/jest.config.cjs', '<rootDir>/apps/web/jest.config.cjs'],
};
