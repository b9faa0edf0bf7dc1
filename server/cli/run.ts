import { ConfigError, databaseUrlProblem, readSettings, withSessionSecret } from '../config';
import { openDatabase, type Database } from '../db/connect';
import { DataDirInUseError } from '../db/embedded';

/** Runs a command-line entry point: its result is the exit code; expected failures print plainly. */
export function runCli(main: () => Promise<number>): void {
  main()
    .then((code) => process.exit(code))
    .catch((err: unknown) => {
      console.error(err instanceof ConfigError || err instanceof DataDirInUseError ? err.message : err);
      process.exit(2);
    });
}

/** Opens the configured database (DATABASE_URL or the embedded one) for the length of `fn`. */
export async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const settings = readSettings();
  // a server that cannot be used is named in one line, as at the app's start, before anything is written
  const problem = settings.databaseUrl ? await databaseUrlProblem(settings.databaseUrl) : null;
  if (problem) throw new ConfigError(problem);
  const database = await openDatabase(withSessionSecret(settings));
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}
