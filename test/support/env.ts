/**
 * Set by global-setup for the test workers: the migrated databases the test files use, one for each Jest worker, as
 * a JSON array of connection strings. A file takes the one of the worker it runs in (`testDatabaseUrl`), so two
 * files running at once never see each other's rows, and a file may count across a whole table (the audit trail,
 * the claims) as if it ran alone.
 */
export const TEST_DATABASE_ENV = 'VERBATIM_TEST_DATABASE_URLS';

/** The database of the Jest worker this code runs in (workers are numbered from 1; in band, the one worker is 1). */
export function databaseOfWorker(urls: readonly string[], workerId: string | undefined): string {
  const id = Number(workerId ?? '1');
  const index = Number.isInteger(id) && id >= 1 ? (id - 1) % urls.length : 0;
  return urls[index]!;
}
