const os = require('node:os');

/** @type {import('jest').Config} */
module.exports = {
  // why: Jest's default is one worker fewer than the cores, so on two cores one file ran at a time, mostly waiting on
  // the database, a child process or Chromium; two files at a time use that wait. Each worker has a database of its
  // own (test/support/global-setup.ts), so a file that counts across a table sees only its own worker's rows.
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }] },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/test/support/after-env.ts'],
  testTimeout: 30_000,
};
