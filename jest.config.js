const os = require('node:os');

/** @type {import('jest').Config} */
module.exports = {
  // why: Jest's default is one worker fewer than the cores, so on two cores one file ran at a time, mostly waiting on
  // the database, a child process or Chromium; two files at a time use that wait. On a two-core machine, measured in
  // one clean clone: PostgreSQL run 643 s with one worker, 436 s with two; embedded run 535 s against 415 s, all green
  // both ways. (Test files that count across tables take a database of their own, so they do not see each other.)
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
