/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // Limits in tests catch hangs, never slowness: generous, so a loaded machine passes (issue 9).
  testTimeout: 120_000,
  // The suites run in one long-lived worker on a two-core machine, and what they load
  // (models, lexicons, compiled patterns) piles up past the worker's default ~2 GB heap
  // by the 100th file: a worker over 1 GB is replaced between files.
  workerIdleMemoryLimit: '1GB',
};
