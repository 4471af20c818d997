/**
 * Jest configuration: ts-jest over the TypeScript sources, tests mirror src/ under test/.
 * ts-jest only transpiles (isolatedModules); `npm run typecheck` type-checks src, tests, examples and scripts.
 */
// The provider generator warns about a missing ~/.terraformrc; an empty CLI config keeps test output clean.
process.env.TF_CLI_CONFIG_FILE = process.env.TF_CLI_CONFIG_FILE || require('os').devnull;

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
