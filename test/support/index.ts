export { getTestDb, getSessionPool, testDatabaseUrl } from './db';
export { testApp, listeningTestApp, unreachableDatabaseApp, TEST_SESSION_SECRET } from './app';
export { createUser, uniqueEmail, DEFAULT_TEST_PASSWORD } from './users';
export { signIn, csrfFrom, csrfToken, followPreview, hiddenFields, newAgent, type Agent } from './http';
export { auditEventsFor } from './audit';
export { declaredRoutes, concretePath, type DeclaredRoute } from './routes';
export { sessionIdSet, sessionCookie } from './session';
export { isolatedDatabase, type IsolatedDatabase } from './isolated';
export { createScratchDatabase, type ScratchDatabase } from './scratch';
