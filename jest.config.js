/**
 * Jest configuration: ts-jest over the TypeScript sources, tests mirror src/ under test/.
 * ts-jest only transpiles (isolatedModules); `npm run typecheck` type-checks src, tests, examples and scripts.
 */
// No checkpoint call from cdktf's tools and an empty Terraform CLI config (no "missing ~/.terraformrc" warnings);
// the test workers inherit this environment.
require('./scripts/tool-env').quietToolEnv();

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.dev.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 60000,
  setupFiles: ['<rootDir>/test/setup-fast-check.ts'],
};
