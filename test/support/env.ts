/** Set by global-setup for the test workers: the migrated database every test file uses. */
export const TEST_DATABASE_ENV = 'VERBATIM_TEST_DATABASE_URL';
