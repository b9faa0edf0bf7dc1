export { getTestDb, getSessionPool, testDatabaseUrl } from './db';
export { testApp, TEST_SESSION_SECRET } from './app';
export { createUser, uniqueEmail, DEFAULT_TEST_PASSWORD } from './users';
export { signIn, csrfFrom, csrfToken, newAgent, type Agent } from './http';
